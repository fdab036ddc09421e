# io as CPython scripts use it beyond StringIO/BytesIO: TextIOWrapper over a
# binary stream (universal newlines, newline='' and '\r\n', characters split
# across reads, another encoding, detach, sys.stdout.buffer), BufferedReader,
# subclassing TextIOBase, SEEK_*/DEFAULT_BUFFER_SIZE/UnsupportedOperation;
# the stream methods files, StringIO, BytesIO and sys.std* have in CPython
# (writelines, readlines, readable/writable/seekable, closed, encoding); and
# sys.stdout.reconfigure(encoding='utf-8').
import io, sys
b = io.BytesIO('héllo\r\nwörld\rthree\nfour'.encode())
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t.readline()), repr(t.read(3)), repr(t.readlines()))
b = io.BytesIO('a\r\nb\rc\n'.encode())
print(list(io.TextIOWrapper(b, newline='')))
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
w.write('x\ny\n'); w.flush(); print(b.getvalue())
print(w.detach() is b)
big = ('é' * 5000 + '\n') * 3
t = io.TextIOWrapper(io.BytesIO(big.encode()), encoding='utf-8')
print([len(l) for l in t])
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError))
class Up(io.TextIOBase):
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s.upper()); return len(s)
u = Up(); print('hi', file=u); print(u.out, u.readable(), u.closed)
r = io.BufferedReader(io.BytesIO(b'line1\nline2\n'))
print(r.peek()[:5], r.readline(), r.read())
try:
    io.TextIOWrapper(io.BytesIO(), encoding='nope')
except LookupError as e:
    print('LookupError', e)
t = io.TextIOWrapper(io.BytesIO('caf\xe9'.encode('latin-1')), encoding='latin-1')
print(t.read(), t.encoding, t.errors)
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
out.write('via buffer ✓\n')
out.flush()
print(io.StringIO('a\nb').readlines(), io.BytesIO(b'z').read())
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.txt')
with open(p, 'w') as f:
    f.writelines(['one\n', 'two\n'])
    print(f.closed, f.readable(), f.writable(), f.seekable(), f.encoding, f.errors, f.isatty())
print(f.closed)
with open(p, 'rb') as f:
    print(f.readlines(), f.readable(), f.writable(), f.closed)
    print(hasattr(f, 'encoding'))
with open(p, 'a+') as f:
    print(f.readable(), f.writable())
s = io.StringIO('x\ny\nz')
print(s.readlines(), s.readable(), s.writable(), s.seekable(), s.closed, hasattr(s, 'encoding'))
s.writelines(['p', 'q']); print(s.getvalue())
s.close(); print(s.closed)
b = io.BytesIO(b'1\n2\n')
print(b.readlines(1), b.closed)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.encoding, sys.stderr.closed)
sys.stdout.writelines(['w1\n', 'w2\n'])
print(type(io.StringIO).__name__, callable(io.StringIO.writelines))
sys.stdout.reconfigure(encoding='utf-8')
print('after reconfigure ✓')
__import__('shutil').rmtree(d)
bts = io.BytesIO()
bw = io.BufferedWriter(bts, 8)
bw.write(b'foobar'); print(bts.getvalue())
bw.write(b'foobar'); print(bts.getvalue())
bw.flush(); print(bts.getvalue())
