# tarfile: archives written with addfile (io.BytesIO payloads) and add (a tree,
# recursive in sorted order, a filter fixing owner, mode and mtime), read back
# plain and gzip-compressed (mode 'r' detects gzip), long and non-ASCII names
# (pax headers) and GNU long names, extractfile, extractall with filter='data'
# (a leading '/' is stripped, '../' is refused), append mode, getmember's
# KeyError, is_tarfile, ReadError, and the exact bytes of a small ustar archive.
import hashlib
import io
import os
import tarfile
import tempfile


def fixed(ti):
    ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = 1700000000, 0, 0, 'root', 'root'
    ti.mode = 0o755 if ti.isdir() else 0o644
    return ti


def add_bytes(tar, name, data, **kw):
    ti = fixed(tarfile.TarInfo(name))
    ti.size = len(data)
    for k, v in kw.items():
        setattr(ti, k, v)
    tar.addfile(ti, io.BytesIO(data) if ti.isreg() else None)


def show(tar):
    for m in tar:
        print(' ', m.name, m.size, m.type, oct(m.mode), m.mtime, m.isfile(), m.isdir(), m.issym(), m.linkname)


print(tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE)
print(tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.DEFAULT_FORMAT == tarfile.PAX_FORMAT, tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT)
ti = tarfile.TarInfo('x')
print(ti.name, ti.size, oct(ti.mode), ti.type, ti.mtime, repr(ti.uname), ti.isreg(), issubclass(tarfile.ReadError, tarfile.TarError))
print([issubclass(getattr(tarfile, n), tarfile.FilterError) for n in ('AbsolutePathError', 'OutsideDestinationError')])

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as tar:
    add_bytes(tar, 'hello.txt', b'hello tar\n')
raw = buf.getvalue()
print(len(raw), raw[257:265], raw[148:156], hashlib.sha256(raw).hexdigest())

base = tempfile.mkdtemp()
src = os.path.join(base, 'src')
for rel, text in [('pkg/a.txt', 'alpha\n'), ('pkg/sub/b.txt', 'beta\nline two\n'), ('pkg/c.bin', 'c' * 700)]:
    os.makedirs(os.path.dirname(os.path.join(src, rel)), exist_ok=True)
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)
for mode in ('w', 'w:gz'):
    path = os.path.join(base, 'tree.tar' + mode[2:])
    with tarfile.open(path, mode) as tar:
        tar.add(os.path.join(src, 'pkg'), arcname='pkg', filter=fixed)
        add_bytes(tar, 'pkg/link', b'', type=tarfile.SYMTYPE, linkname='a.txt')
    print(mode, tarfile.is_tarfile(path), os.path.getsize(path) if mode == 'w' else '')
    with tarfile.open(path) as tar:
        show(tar)
        print(tar.getnames() == [m.name for m in tar.getmembers()], tar.extractfile('pkg/sub') is None)
        with tar.extractfile('pkg/sub/b.txt') as f:
            print(f.readline(), f.read(4), f.read(), f.read())
        print(tar.extractfile('pkg/sub/b.txt').readlines(), list(tar.extractfile('pkg/a.txt')))
        print(tar.extractfile('pkg/link').read(), len(tar.extractfile(tar.getmember('pkg/c.bin')).read()))
        try:
            tar.getmember('pkg/missing')
        except KeyError as e:
            print('KeyError', e)

long_name = 'deep/' + 'd' * 60 + '/' + 'f' * 70 + '.txt'
for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as tar:
        add_bytes(tar, long_name, b'long')
        add_bytes(tar, 'caf\u00e9/na\u00efve.txt', 'd\u00e9j\u00e0'.encode())
        add_bytes(tar, 'l', b'', type=tarfile.SYMTYPE, linkname='t' * 120)
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode='r:') as tar:
        print(fmt, len(buf.getvalue()), [(len(m.name), m.name[-12:], m.size, len(m.linkname)) for m in tar])
        print(tar.extractfile(long_name).read(), tar.extractfile('caf\u00e9/na\u00efve.txt').read().decode())

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:gz') as tar:
    add_bytes(tar, 'ok.txt', b'fine\n')
    add_bytes(tar, 'dir/inner.txt', b'inner\n')
    add_bytes(tar, 'dir/ln', b'', type=tarfile.SYMTYPE, linkname='inner.txt')
    add_bytes(tar, '/abs.txt', b'absolute\n')
dest = os.path.join(base, 'out')
with tarfile.open(fileobj=io.BytesIO(buf.getvalue())) as tar:
    tar.extractall(dest, filter='data')
for root, dirs, files in sorted(os.walk(dest)):
    for n in sorted(files):
        with open(os.path.join(root, n)) as f:
            print(os.path.relpath(os.path.join(root, n), dest), repr(f.read()))
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w') as tar:
    add_bytes(tar, '../evil.txt', b'evil\n')
buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    try:
        tar.extractall(dest, filter='data')
    except tarfile.FilterError as e:
        print(type(e).__name__, e.tarinfo.name, os.path.exists(os.path.join(base, 'evil.txt')))

path = os.path.join(base, 'app.tar')
for i, mode in enumerate(('w', 'a', 'a')):
    with tarfile.open(path, mode) as tar:
        add_bytes(tar, 'n%d.txt' % i, b'%d' % i)
with tarfile.open(path) as tar:
    print(tar.getnames(), os.path.getsize(path))
try:
    tarfile.open(path, 'x')
except FileExistsError:
    print('FileExistsError')

text = os.path.join(base, 'plain.txt')
with open(text, 'w') as f:
    f.write('not a tar archive\n' * 40)
print(tarfile.is_tarfile(text), tarfile.is_tarfile(io.BytesIO(raw)))
for mode in ('r', 'r:', 'r:gz'):
    try:
        tarfile.open(text, mode)
    except tarfile.ReadError as e:
        print(mode, 'ReadError', str(e).splitlines()[0])
import shutil
shutil.rmtree(base)
