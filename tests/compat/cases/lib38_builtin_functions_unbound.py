# Library functions that are C functions in CPython (struct.pack,
# zlib.compress, os.stat, binascii.hexlify, math.gcd, ...) are not bound as
# methods when a class keeps one as an attribute (_pywasm.as_builtins).
import binascii, codecs, functools, heapq, math, os, socket, stat, struct, time, unicodedata, zlib


class Codec:
    pack = struct.pack
    unpack = struct.unpack
    compress = zlib.compress
    decompress = zlib.decompress
    crc = zlib.crc32
    hexlify = binascii.hexlify
    gcd = math.gcd
    prod = math.prod
    reduce = functools.reduce
    exists = os.stat
    is_dir = stat.S_ISDIR
    pushpop = heapq.heappushpop
    name = unicodedata.name
    encode = codecs.encode
    htons = socket.htons
    gmtime = time.gmtime

    def roundtrip(self, data):
        return self.decompress(self.compress(data))


c = Codec()
print(c.unpack('<HI', c.pack('<HI', 7, 9)))
print(c.roundtrip(b'abc' * 20) == b'abc' * 20, c.crc(b'abc'))
print(c.hexlify(b'\x01\xff'), c.gcd(12, 18), c.prod([2, 3, 4]))
print(c.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(c.is_dir(c.exists('.').st_mode), c.pushpop([1, 5], 3), c.name('a'))
print(c.encode('hi', 'rot13'), c.htons(1) in (1, 256), c.gmtime(0).tm_year)
for f in (struct.pack, zlib.compress, os.stat, binascii.hexlify, math.gcd, time.gmtime, unicodedata.name):
    print(type(f).__name__, f.__name__, type(Codec.__dict__.get(f.__name__, f)).__name__)
print(Codec.pack is struct.pack, callable(os.listdir))
