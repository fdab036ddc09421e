import errno
import os  # any compat module installs FileNotFoundError & co. (docs/compat.md)
import sys


def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 3, 'z': 0}), f(a=1, c=2, b=0))


def g(*, only):
    return only


print(g(only=1))
for call in (lambda: f(), lambda: f(1), lambda: g(1), lambda: f(1, c=1, a=2)):
    try:
        call()
    except TypeError as e:
        print('TypeError')


def h(**kw):
    return kw


print(h(), h(a=1, **{'b': 2}), dict(h(x=1)))
e = ValueError('bad', 42)
print(e.args, str(e), repr(e), ValueError().args, str(ValueError()), repr(ValueError('x')))
try:
    open('/definitely/missing/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.errno == errno.ENOENT, e.strerror, e.filename, isinstance(e, OSError))
try:
    open('/definitely/missing/file.txt')
except OSError as e:
    print(str(e))
try:
    {}['k']
except KeyError as e:
    print('KeyError', e, e.args, repr(e))
try:
    [][1]
except IndexError as e:
    print('IndexError', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e).__name__)


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError('custom', 7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, MyError))
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(e)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('a', 'b', sep='-', end='!\n')
print(*[1, 2, 3], sep=', ')
sys.stdout.write('written\n')
sys.stdout.flush()
print(sys.argv[0].endswith('core_calls_exceptions.py'), sys.maxsize >= 2 ** 31 - 1, sys.byteorder, type(sys.platform).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
