# TextIOWrapper over other codecs: one BOM per stream, characters split
# between reads of any size (utf-16-be through a 3-byte raw stream), a BOM
# left out when appending, tell() after a line.
import io
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-16')
w.write('a'); w.write('b\n'); w.flush()
print(b.getvalue())
r = io.TextIOWrapper(io.BytesIO(b.getvalue()), encoding='utf-16')
print(repr(r.read()))
data = ('x€😀\r\n' * 3000).encode('utf-16-be')
class Slow(io.RawIOBase):
    def __init__(self, d): self.d = d; self.p = 0
    def readable(self): return True
    def readinto(self, buf):
        n = min(3, len(buf), len(self.d) - self.p)
        buf[:n] = self.d[self.p:self.p + n]; self.p += n
        return n
t = io.TextIOWrapper(io.BufferedReader(Slow(data), 7), encoding='utf-16-be')
lines = t.readlines()
print(len(lines), repr(lines[0]), repr(lines[-1]))
t = io.TextIOWrapper(io.BytesIO('héllo\nwörld\n'.encode()), encoding='utf-8')
print(repr(t.readline()), t.tell())
a = io.BytesIO(b'\xff\xfeh\x00')
a.seek(0, 2)
w = io.TextIOWrapper(a, encoding='utf-16'); w.write('i'); w.flush(); print(a.getvalue())
t = io.TextIOWrapper(io.BytesIO('ab'.encode('cp1252') + b'\x80'), encoding='cp1252'); print(repr(t.read()))
# line endings of every kind split across chunk boundaries, in each mode
text = ''.join(('line %d' % i) + ['\n', '\r\n', '\r'][i % 3] for i in range(5000))
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(text.encode('utf-8')), encoding='utf-8', newline=nl)
    lines = list(t)
    print(repr(nl), len(lines), repr(lines[1]), repr(lines[-1]), sum(map(len, lines)))
t = io.TextIOWrapper(io.BytesIO(text.encode()), encoding='utf-8')
print(repr(t.readline(3)), repr(t.read(5)), repr(t.readline()), repr(t.readline(100)))
print(issubclass(io.UnsupportedOperation, ValueError), issubclass(io.UnsupportedOperation, OSError))
