# Reads of a file opened by name go through a buffer (patch 0071): reads,
# readline, iteration, tell, seek (within the buffer and outside it),
# writes after reads ('r+'), and appends seen by a reader must all land
# where CPython puts them.
import os
import random
import shutil
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.bin')
rng = random.Random(71)
blob = bytes(rng.randrange(256) for _ in range(20000))
with open(path, 'wb') as f:
    f.write(blob)

with open(path, 'rb') as f:
    pos = 0
    ok = True
    for step in range(2000):
        op = rng.randrange(6)
        if op == 0:
            n = rng.choice([1, 7, 100, 4095, 4096, 5000])
            got = f.read(n)
            ok &= got == blob[pos:pos + n]
            pos += len(got)
        elif op == 1:
            line = f.readline()
            end = blob.find(b'\n', pos)
            want = blob[pos:] if end < 0 else blob[pos:end + 1]
            ok &= line == want
            pos += len(line)
        elif op == 2:
            ok &= f.tell() == pos
        elif op == 3:
            off = rng.randrange(-300, 300)
            if 0 <= pos + off:
                pos = f.seek(off, 1)
        elif op == 4:
            pos = f.seek(rng.randrange(len(blob) + 10))
        else:
            pos = f.seek(-rng.randrange(1, 50), 2)
    print('random reads and seeks', ok, f.tell() == pos)

with open(path, 'rb') as f:
    print('iteration', b''.join(f) == blob)

# text: lines, tell between them, universal newlines
tpath = os.path.join(d, 'text.txt')
with open(tpath, 'w', newline='') as f:
    for i in range(3000):
        f.write('line %d %s\r\n' % (i, 'é' * (i % 5)))
with open(tpath) as f:
    lines = list(f)
print(len(lines), lines[0], lines[-1], all(l.endswith('\n') and not l.endswith('\r\n') for l in lines))
with open(tpath) as f:
    first = f.readline()
    mark = f.tell()
    second = f.readline()
    f.seek(mark)
    print(repr(first), repr(second), f.readline() == second)

# r+: a write after a read lands where the reader is
with open(path, 'r+b') as f:
    head = f.read(10)
    f.write(b'XYZ')
    f.seek(0)
    print(f.read(16) == head + b'XYZ' + blob[13:16])
    f.seek(5000)
    f.read(1)
    f.write(b'@@')
    f.seek(4999)
    print(f.read(5) == blob[4999:5001] + b'@@' + blob[5003:5004])

# a second handle appends; the reader sees it once its buffer runs out
with open(path, 'rb') as r:
    r.read(len(blob) - 10)
    with open(path, 'ab') as w:
        w.write(b'tail!')
    print(r.read() == blob[-10:] + b'tail!')

# seek past the end, read nothing; read after truncating writes
with open(path, 'rb') as f:
    f.seek(len(blob) + 100)
    print(f.read(10), f.tell())
with open(path, 'w') as f:
    f.write('short')
with open(path) as f:
    print(f.read(), f.read(), f.tell())
shutil.rmtree(d)
print('cleaned up', not os.path.exists(d))
