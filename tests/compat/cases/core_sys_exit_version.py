# SystemExit.code, and sys.version_info as scripts check it.
import sys

for args in ((), (3,), ('message',), (None,), (1, 2)):
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, repr(e.code))
for args in ((), (4,), ('bye',)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print('exit', args, repr(e.code))
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, e.args)

# version checks written for CPython 3
v = sys.version_info
print(v >= (3, 8), v < (3, 8), v[0], v.major, v[:1], len(v) == 5, v.releaselevel)
print(sys.version_info > (3,), (3, 6) <= sys.version_info, sys.version_info >= (3, 11))
major, minor = sys.version_info[:2]
print(major, minor >= 8, sys.version.startswith('%d.%d' % (major, minor)))
if sys.version_info < (3, 7):
    raise SystemExit('requires Python 3.7+')
print('ok')
