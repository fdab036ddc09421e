# struct: every code under every byte order, native alignment (as CPython on
# 64-bit Linux), Struct objects, iter_unpack, pack_into/unpack_from offsets.
import struct
import array
import enum

CODES = 'bBhHiIlLqQ?efdcsp'
VALUES = {'b': -5, 'B': 200, 'h': -300, 'H': 60000, 'i': -70000, 'I': 4000000000,
          'l': -2000000000, 'L': 4000000000, 'q': -2 ** 62, 'Q': 2 ** 64 - 1, '?': True,
          'e': 1.5, 'f': -0.375, 'd': 2.5e300, 'c': b'z', 's': b'str', 'p': b'pas',
          'n': -2 ** 40, 'N': 2 ** 63, 'P': 0xdeadbeef}
for order in ('', '@', '=', '<', '>', '!'):
    codes = CODES + ('nNP' if order in ('', '@') else '')
    for c in codes:
        fmt = order + ('5' + c if c in 'sp' else c)
        data = struct.pack(fmt, VALUES[c])
        print(repr(fmt), struct.calcsize(fmt), data, struct.unpack(fmt, data))
    fmt = order + 'b' + ''.join(c for c in codes if c not in 'sp')
    vals = [1] + [VALUES[c] for c in codes if c not in 'sp']
    data = struct.pack(fmt, *vals)
    print(repr(fmt), struct.calcsize(fmt), len(data), struct.unpack(fmt, data) == tuple(vals))

# alignment: only '@' (and no prefix) pads, and never at the end
for fmt in ('bi', 'ib', 'bq', 'bd', 'bl', 'bP', 'bn', 'be', 'bf', 'b?', 'b0i', 'b0q', 'x0i', 'hq', 'c3sh',
            '@bi', '<bi', '=bq', '>bd', '!bh', '3b2i', 'b 3h  q', '\tb\ni '):
    print(repr(fmt), struct.calcsize(fmt))

# repeat counts and whitespace
print(struct.pack('<3B 2h', 1, 2, 3, -1, -2), struct.unpack('<3B 2h', b'\x01\x02\x03\xff\xff\xfe\xff'))
print(struct.pack('4x'), struct.unpack('<2xH', b'\x00\x00\x01\x00'), struct.pack('0s0p0x0i', b'a', b'b'), struct.unpack('0s', b''))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('<4s', b'ab'), struct.pack('<2s', b'abcdef'), struct.pack('<5p', b'ab'), struct.pack('<3p', b'abcdef'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x09xy'), struct.pack('1p', b'zz'), struct.pack('300p', b'y' * 400)[:3])
print(struct.unpack('<4?', b'\x00\x01\x02\xff'), struct.pack('<3?', [], 'x', 0))

# floats: rounding, infinities, NaN, half floats
for c in 'efd':
    for v in (0.1, -0.0, 65504.0, 1 / 3, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -26, float('inf'), float('-inf')):
        data = struct.pack('<' + c, v)
        print(c, data, '%.17g' % struct.unpack('<' + c, data)[0])
    print(c, struct.pack('>' + c, float('nan')), struct.unpack('>' + c, struct.pack('>' + c, float('nan'))))
print(struct.pack('@f', 1e300), struct.pack('<f', 3.4028235e38), struct.pack('<e', 65519.99))

# integers given as bool, IntEnum, __index__; floats given as int, __float__
class Color(enum.IntEnum):
    RED = 1
    BIG = 1000
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 0.5
print(struct.pack('<bhq', True, Color.BIG, Idx()), struct.pack('<dfe', 3, Flt(), Color.RED))

# Struct objects
s = struct.Struct('<IHHf')
print(s.format, s.size, s.pack(1, 2, 3, 0.25), s.unpack(b'\x01\x00\x00\x00\x02\x00\x03\x00\x00\x00\x80>'))
sb = struct.Struct(b'>2sxh')
print(sb.format, type(sb.format).__name__, sb.size, sb.pack(b'ok', -2), sb.unpack(b'ok\x00\xff\xfe'))
print(isinstance(s, struct.Struct), struct.Struct('i').size == struct.calcsize('i'))

# iter_unpack
records = struct.pack('<6h', 1, 2, 3, 4, 5, 6)
it = struct.iter_unpack('<hh', records)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
print(list(s.iter_unpack(s.pack(1, 2, 3, 0.5) * 3)))
print(list(struct.iter_unpack('<2?', bytearray(b'\x00\x01\x02\x00'))))

# pack_into / unpack_from with offsets, positive and negative
buf = bytearray(16)
struct.pack_into('<hI', buf, 2, -1, 0x01020304)
struct.pack_into('>H', buf, -2, 0xabcd)
struct.pack_into('<b', buf, -16, 7)
print(bytes(buf))
print(struct.unpack_from('<hI', buf, 2), struct.unpack_from('>H', buf, -2), struct.unpack_from('<b', buf))
print(struct.unpack_from('<hI', buf, offset=2), struct.unpack_from('<I', buffer=bytes(buf), offset=12))
print(s.unpack_from(b'xx' + s.pack(9, 8, 7, 6.0), 2), s.unpack_from(b'..' + s.pack(9, 8, 7, 6.0) + b'..', offset=-14))
mv = memoryview(bytearray(8))
struct.pack_into('<ii', mv, 0, 1, -1)
print(bytes(mv), struct.unpack('<ii', mv), struct.unpack_from('<i', mv, 4))
arr = array.array('H', [1, 2, 3])
print(struct.unpack('<3H', arr), struct.unpack_from('<H', arr, 4))
struct.pack_into('<H', arr, 2, 500)
print(list(arr))

# a binary file written and read back
import io
f = io.BytesIO()
for i in range(5):
    f.write(struct.pack('<IHHf', i, i * 2, 65535 - i, i / 4))
f.seek(0)
rows = []
while True:
    chunk = f.read(12)
    if not chunk:
        break
    rows.append(struct.unpack('<IHHf', chunk))
print(rows)
struct._clearcache()
print(struct.calcsize('<IHHf'), struct.pack('<Q', 2 ** 64 - 1))
