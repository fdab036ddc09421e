# bytearray and array built an item or a chunk at a time (append, +=,
# extend; patch 0169 grows them geometrically: 100,000 `+= b'xy'` took
# 1.3 s), then read back, sliced, shrunk and grown again.
import array
b = bytearray()
for i in range(200000):
    b.append(i & 255)
c = bytearray()
for i in range(100000):
    c += b'xy'
d = bytearray()
for i in range(50000):
    d.extend(b'abc')
    d.extend(bytearray(b'!'))
a = array.array('i')
for i in range(100000):
    a.append(i * 3)
f = array.array('d', [0.5])
for i in range(20000):
    f.extend([i / 4])
print(len(b), sum(b), b[:5], b[-3:], len(c), c[:6], c.count(b'xy'), len(d), d[:9], d.count(b'!'))
print(len(a), a[-1], sum(a), len(f), f[-1], sum(f))
del b[10:199990]
b += b'end'
b.extend(range(3))
print(b, len(b))
c[2:4] = b'----'
del c[100:]
c.append(0)
print(c[:10], len(c), c == bytearray(c), bytes(c[-3:]))
e = bytearray(b'x')
e.extend(e)
e += bytes(e)
print(e, bytearray(8) + bytearray(b'z'))
g = bytearray(range(20))
del g[3]
del g[-1]
del g[::3]
del g[5:2]
del g[100:]
h = array.array('h', range(10))
del h[1::2]
del h[-2:]
print(g, h)
for bad in (50, -50):
    try:
        del g[bad]
    except IndexError as e:
        print('IndexError', e)
buf = bytearray(b'hello world ' * 1000)
n = 0
while buf:
    del buf[:7]
    n += 1
print(n, len(buf))
try:
    del memoryview(b'ab')[0]
except TypeError as e:
    print('TypeError')
