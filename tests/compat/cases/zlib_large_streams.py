# Compression round trips larger than the 32 KiB window (the match search's
# hash chains wrap around it, patch 0082): text with near and far repeats,
# random bytes, a run of one byte, in the zlib, raw and gzip containers and
# through compressobj in chunks; gzip files of several members, with zero
# padding after them. Compressed sizes differ from CPython's (a different
# compressor), so only what decompresses, and its checksum, is printed.
import gzip
import random
import zlib

rng = random.Random(7)
words = [''.join(rng.choice('abcdefghijklmnop') for _ in range(rng.randint(2, 9))) for _ in range(400)]
text = ' '.join(rng.choice(words) for _ in range(60000)).encode()
noise = bytes(rng.getrandbits(8) for _ in range(70000))
samples = {'text': text, 'noise': noise, 'run': b'x' * 200000, 'mixed': text[:50000] + noise + text[:50000]}
for name, data in samples.items():
    for wbits in (15, -15, 31, 9):
        packed = zlib.compress(data, 6, wbits)
        back = zlib.decompress(packed, wbits)
        print(name, wbits, len(data), back == data, zlib.crc32(back))
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = b''.join(c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)) + c.flush()
    print(name, 'chunks', zlib.decompress(packed, -15) == data)
members = gzip.compress(b'one ' * 10000) + gzip.compress(text) + gzip.compress(b'')
print(len(gzip.decompress(members)), gzip.decompress(members + bytes(16)) == b'one ' * 10000 + text)
print(zlib.adler32(text), zlib.crc32(noise))
