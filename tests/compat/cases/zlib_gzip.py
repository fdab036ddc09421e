import zlib, gzip, io, os, tempfile
data = b'hello hello hello hello, compressible data ' * 50
for wbits in (15, -15, 31):
    c = zlib.compress(data, 9, wbits) if wbits != 15 else zlib.compress(data)
    print(wbits, len(c) < len(data), zlib.decompress(c, wbits) == data)
cpython_zlib = bytes.fromhex('789ccb48cdc9c957c800910019910449')
print(zlib.decompress(cpython_zlib))
print(zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.adler32(b'abc'), zlib.adler32(b''), hex(zlib.crc32(data)))
d = zlib.decompressobj()
out = d.decompress(zlib.compress(b'stream')) + d.flush()
print(out)
c = zlib.compressobj()
z = c.compress(b'part one ') + c.compress(b'part two') + c.flush()
print(zlib.decompress(z))
try:
    zlib.decompress(b'not zlib data')
except zlib.error:
    print('zlib.error')
g = gzip.compress(b'gzipped text\n' * 3)
print(g[:2], gzip.decompress(g))
cpython_gz = bytes.fromhex('1f8b0800000000000203cb48cdc9c9e7020020303a3606000000')
print(gzip.decompress(cpython_gz))
d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt.gz')
with gzip.open(path, 'wt') as f:
    f.write('line one\nline two\n')
with gzip.open(path, 'rt') as f:
    print(f.read().splitlines())
with gzip.open(path, 'rb') as f:
    print(f.read())
os.remove(path)
os.rmdir(d)
