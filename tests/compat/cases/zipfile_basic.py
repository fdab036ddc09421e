# zipfile: the exact bytes of a stored archive with fixed ZipInfo fields,
# writestr/write/open('w') round trips (stored and deflated), ZipInfo repr,
# mode 'a', reading a CPython-made archive with a comment, printdir, testzip,
# extractall keeping '../evil' and '/abs' inside the target, and the errors:
# missing member, not a zip, bad CRC, encrypted member, closed archive.
# File times and permission bits are not printed for write(): WASI has no
# os.utime and no permission bits. Deflated compress_size differs between
# compressors, so only file_size is printed for deflated members.
import hashlib
import io
import os
import shutil
import stat
import struct
import tempfile
import warnings
import zipfile


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def fixed(name, date, attr, **kw):
    zi = zipfile.ZipInfo(name, date)
    zi.external_attr = attr
    for k, v in kw.items():
        setattr(zi, k, v)
    return zi


buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(fixed('a.txt', (2020, 1, 2, 3, 4, 6), 0o100644 << 16), b'hello')
    z.writestr(fixed('dir/', (2021, 5, 6, 7, 8, 10), 0o40755 << 16 | 0x10), b'')
    z.writestr(fixed('é/ü.txt', (2022, 12, 31, 23, 59, 58), 0o600 << 16, comment=b'c', extra=b'\x99\x99\x02\x00hi'), 'unicode \u20ac')
    z.writestr(zipfile.ZipInfo('plain'), b'')
    z.comment = b'archive comment'
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for zi in z.infolist():
        print(zi, zi.date_time, zi.CRC, hex(zi.flag_bits), zi.header_offset, zi.extra, zi.comment)
    print(z.comment, z.namelist(), z.read('é/ü.txt').decode(), z.testzip())
    z.printdir()
    attempt(lambda: z.getinfo('missing'))
    attempt(lambda: z.writestr('x', b''))

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('lines.txt', ''.join('line %d\n' % i for i in range(200)))
    z.writestr('raw.bin', bytes(range(256)) * 4, zipfile.ZIP_STORED)
    z.writestr('empty', b'')
    with z.open('stream.txt', 'w') as w:
        w.write(b'first\n')
        w.write(b'second\n')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        z.writestr('empty', b'again')
    print([str(c.message) for c in caught])
with zipfile.ZipFile(buf) as z:
    for zi in z.infolist():
        print(zi.filename, zi.compress_type, zi.file_size, zi.CRC, oct(zi.external_attr), zi.is_dir())
    print(repr(z.getinfo('raw.bin')), z.read('empty'), z.testzip())
    with z.open('lines.txt') as f:
        print(f.read(5), f.readline(), f.readline(), len(list(f)))
    with z.open(z.getinfo('stream.txt')) as f:
        print([line for line in f], z.getinfo('stream.txt').date_time)

cpython_made = bytes.fromhex(
    '504b0304140000000800e4308556ef6793360e00000060000000080000006e6f74652e747874'
    'abca2c50a8c2c45c58c4c8120700504b01021403140000000800e4308556ef6793360e000000'
    '60000000080000000000000000000000a401000000006e6f74652e747874504b050600000000'
    '0100010036000000340000000f006d6164652062792043507974686f6e')
with zipfile.ZipFile(io.BytesIO(cpython_made)) as z:
    print(z.comment, z.infolist(), z.read('note.txt').splitlines()[0])
print(zipfile.is_zipfile(io.BytesIO(cpython_made)), zipfile.is_zipfile(io.BytesIO(b'not a zip' * 9)))
attempt(lambda: zipfile.ZipFile(io.BytesIO(b'not a zip' * 9)))

bad = bytearray(data)
struct.pack_into('B', bad, 30 + len('a.txt'), ord('j'))  # first data byte of a.txt
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    attempt(lambda: z.read('a.txt'))
    print(z.testzip())
enc = bytearray(data)
struct.pack_into('<H', enc, 6, 1)  # set the encryption flag of a.txt in both headers
struct.pack_into('<H', enc, enc.find(b'PK\x01\x02') + 8, 1)
attempt(lambda: zipfile.ZipFile(io.BytesIO(bytes(enc))).read('a.txt'))

d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'sub', 'deeper'))
with open(os.path.join(src, 'top.txt'), 'w') as f:
    f.write('top file\n')
with open(os.path.join(src, 'sub', 'data.bin'), 'wb') as f:
    f.write(bytes(range(100)))
archive = os.path.join(d, 'tree.zip')
with zipfile.ZipFile(archive, 'w', zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in sorted(os.walk(src)):
        dirs.sort()
        z.write(root, os.path.relpath(root, d))
        for name in sorted(files):
            z.write(os.path.join(root, name), os.path.relpath(os.path.join(root, name), d))
with zipfile.ZipFile(archive, 'a') as z:
    z.writestr('../evil', b'up')
    z.writestr('/abs', b'root')
    z.writestr('x/./y/../z', b'dots')
with zipfile.ZipFile(archive) as z:
    for zi in z.infolist():
        kind = 'dir' if stat.S_ISDIR(zi.external_attr >> 16) else 'file'
        print(zi.filename, kind, zi.file_size, zi.CRC, zi.external_attr & 0xFFFF)
    out = os.path.join(d, 'out')
    print(os.path.relpath(z.extract('../evil', out), d), os.path.relpath(z.extract(z.getinfo('/abs'), out), d))
    z.extractall(os.path.join(d, 'all'))
for root, dirs, files in sorted(os.walk(os.path.join(d, 'all'))):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, 'top.txt')))
z.close()  # the last archive read, closed by its with block
attempt(lambda: z.read('abs'))
attempt(lambda: z.writestr('late', b''))
attempt(lambda: zipfile.ZipInfo('old', (1979, 12, 31, 0, 0, 0)))
shutil.rmtree(d)
