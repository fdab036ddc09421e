# `with` on a subclass of StringIO, BytesIO or a file class calls the
# subclass's own close() (patch 0308), as CPython's IOBase.__exit__ does.
import io
import os
import tempfile

calls = []


class KeepOpen(io.StringIO):
    def close(self):
        calls.append('KeepOpen.close')


class Counting(io.BytesIO):
    def close(self):
        calls.append('Counting.close')
        super().close()


with KeepOpen() as t:
    t.write('x')
print(calls, t.getvalue(), t.closed)
with Counting(b'ab') as b:
    print(b.read())
print(calls, b.closed)
with io.StringIO() as plain:
    plain.write('p')
print(plain.closed)
d = tempfile.mkdtemp(dir='.')
p = os.path.join(d, 'f')
with open(p, 'w') as f:
    f.write('text')
print(f.closed, open(p).read())
os.remove(p)
os.rmdir(d)
