# A bytearray's slice takes any iterable of ints, as CPython's (patch 0311);
# bytes()/bytearray() of a value that is no iterable say "cannot convert".
import array
for v in ([120, 121], (1,), iter([120]), range(3), 'x', [300], memoryview(b'zz'), 5, None, {7: 0}, bytearray(b'q'), [], (x for x in b'hi'), [True], [1.5]):
    b = bytearray(b'ab')
    try:
        b[0:1] = v
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'abcd')
for v in ([1, 2], iter([3, 4]), [1], 'xy', array.array('h', [1]), array.array('b', [5, 6])):
    try:
        b[::2] = v
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'abcdef')
b[1:3] = b'' ; print(b)
b[2:] = (c + 1 for c in b); print(b)
b[:0] = [65] * 3; print(b)
a = array.array('b', [1, 2])
for v in ([3], bytearray(b'\x04')):
    try:
        a[0:1] = v; print(a)
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(bytearray(b'abc'))
try:
    m[0:1] = [1]
except Exception as e:
    print(type(e).__name__)

for f in (bytes, bytearray):
    for v in (None, 1.5, object(), -1, 'x'):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
