# Sequences as in CPython (patch 0042): splitlines' line boundaries, bytes
# and str kept apart, bytearray/array repetition, slice(), extended slices.
import array

text = 'a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(text.splitlines())
print(text.splitlines(True))
print('one\n\ntwo\n'.splitlines(), ''.splitlines(), '\n'.splitlines(keepends=True))
print(b'a\x0bb\x0cc\r\nd\ne'.splitlines(), b'x\ny\n'.splitlines(True))

for expr in ["b'' + 'ab'", "b'ab' + b'c'", "'ab' + b'c'", "'a' in b'abc'", "b'a' in b'abc'",
             "b'ab' + bytearray(b'c')", "b'a' == 'a'", "b'x' + memoryview(b'y')"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except TypeError as e:
        print(expr, '-> TypeError:', e)

print(bytearray(b'ab') * 3, 2 * bytearray(b'xy'), bytearray(b'q') * 0, bytearray(b'q') * -2)
ba = bytearray(b'12')
ba *= 2
print(ba, array.array('i', [1, 2]) * 2, array.array('d', [0.5]) * 3)

s = slice(3)
print(s.start, s.stop, s.step, list(range(10))[s])
s = slice(1, 8, 3)
print(s.start, s.stop, s.step, list(range(10))[s], 'abcdefghij'[slice(None, None, -2)])
print(s.indices(5), slice(-3, None).indices(10))
try:
    slice()
except TypeError as e:
    print('TypeError')

for start, stop, step in [(None, None, 2), (1, None, 2), (None, None, -1), (None, None, -2),
                          (8, 1, -3), (1, 8, 3), (-1, 0, -2), (5, 5, 2), (20, None, -4),
                          (None, None, 100), (9, None, 4)]:
    a = list(range(10))
    del a[start:stop:step]
    b = list(range(10))
    n = len(b[start:stop:step])
    b[start:stop:step] = ['x%d' % i for i in range(n)]
    print((start, stop, step), a, b)

a = list(range(6))
a[::-1] = a
print(a)
a = list(range(6))
a[::2] = 'abc'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
a = [1, 2, 3]
a[1:2] = [7, 8, 9]
del a[::-1]
print(a)
