# A text stream writes str only and a binary one bytes-like objects only,
# with CPython's messages (patch 0304); StringIO's and BytesIO's initial
# values are checked the same way.
import io
import os
import sys
import tempfile

for make, arg in ((io.StringIO, b'x'), (io.BytesIO, 'x'), (io.StringIO, None), (io.BytesIO, None),
                  (io.StringIO, bytearray(b'x')), (io.BytesIO, bytearray(b'ab')), (io.BytesIO, [1])):
    try:
        print('made', make.__name__, repr(make(arg).getvalue()))
    except TypeError as e:
        print('TypeError', e)
for make, arg in ((io.StringIO, b'x'), (io.BytesIO, 'x'), (io.StringIO, 5), (io.BytesIO, memoryview(b'mv')),
                  (io.StringIO, 'ok'), (io.BytesIO, bytearray(b'ba'))):
    v = make()
    try:
        print(v.write(arg), repr(v.getvalue()))
    except TypeError as e:
        print('TypeError', e)
try:
    io.StringIO().writelines(['a', b'b'])
except TypeError as e:
    print('TypeError', e)
d = tempfile.mkdtemp(dir='.')
p = os.path.join(d, 'f')
for mode, arg in (('w', b'x'), ('wb', 'x'), ('w', 5), ('a', 'ok'), ('ab', b'ok')):
    with open(p, mode) as f:
        try:
            print(f.write(arg))
        except TypeError as e:
            print('TypeError', e)
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print('TypeError', e)
