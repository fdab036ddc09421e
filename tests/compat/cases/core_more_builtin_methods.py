# Methods of bytearray, memoryview, range and complex that MicroPython's
# types lack, from the frozen _pywasm_methods (patch 0059).
b = bytearray(b'hello')
b.insert(0, ord('>'))
b.insert(100, ord('!'))
b.insert(-1, ord('?'))
print(b, b.pop(), b.pop(0), b)
b.remove(ord('l'))
print(b)
b.reverse()
print(b, b.copy() == b, b.copy() is b)
b.clear()
print(b, len(b))
for bad in [lambda: bytearray().pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(ord('z'))]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(bytearray(b'ab').ljust(4, b'*'), bytearray(b'7').zfill(3), bytearray(b'v1.0').removeprefix(b'v'),
      bytearray(b'x.txt').removesuffix(b'.txt'), bytearray(b'abc').isascii(), bytearray(b'\xff').isascii())
m = memoryview(b'abcdef')
print(m.tobytes(), m[1:3].tobytes(), m.tolist()[:3], m.nbytes, m[2:].nbytes)
m.release()
r = range(3, 20, 4)
print(r.index(11), r.count(11), r.count(12), range(10).index(0), range(5, 0, -1).index(2))
try:
    r.index(4)
except ValueError as e:
    print('ValueError', e)
print((3 + 4j).conjugate(), (1j).conjugate(), complex(2, 1.5).conjugate())
# bytes and bytearray: ASCII-only case methods and tests, tabs, translate
for v in (b'hello wORLD 3rd-place', b'\xe9t\xe9 \xc9T\xc9', b'', b'already Title Case', b'ABC', b'a1 B2', b'x\ty\tz\nab\tc'):
    print(v.capitalize(), v.title(), v.swapcase(), v.expandtabs(), v.expandtabs(3), v.isalnum(), v.istitle())
    ba = bytearray(v)
    print(ba.capitalize(), ba.title(), ba.swapcase(), ba.expandtabs(4), ba.isalnum(), ba.istitle())
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc-abc'.translate(t), b'hello'.translate(None, b'l'), b'abc'.translate(t, b'b'),
      bytearray(b'cab').translate(t), bytearray.maketrans(b'q', b'r')[113])
for bad in [lambda: b'x'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
