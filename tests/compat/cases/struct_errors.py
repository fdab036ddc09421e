# struct: every error CPython 3.11 raises, with its type and message.
import struct


def attempt(label, func, *args, **kwargs):
    try:
        r = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


print(issubclass(struct.error, Exception), struct.error.__name__)

# range errors, per code and byte order
for order in ('@', '=', '<', '>', '!'):
    codes = 'bBhHiIlLqQ' + ('nNP' if order == '@' else '')
    for c in codes:
        for v in (-2 ** 64 - 1, -2 ** 63 - 1, -2 ** 63, -1, 256, 65536, 2 ** 32, 2 ** 63, 2 ** 64):
            attempt('%s%s %d' % (order, c, v), struct.pack, order + c, v)

# integer and float conversions
class Idx:
    def __index__(self):
        return 300
class BadIdx:
    def __index__(self):
        return 'x'
for v in (1.0, '1', None, b'1', Idx(), BadIdx()):
    attempt('B %r' % type(v).__name__, struct.pack, 'B', v)
for c in 'efd':
    for v in ('1.5', None, 2 ** 1100, 70000, 1e300, -1e39, 65520.0):
        attempt('<%s %r' % (c, v if not isinstance(v, int) or v < 10 ** 10 else 'big'), struct.pack, '<' + c, v)
attempt('@f 1e300', struct.pack, '@f', 1e300)
attempt('>f 2**200', struct.pack, '>f', 2 ** 200)

# bytes codes
for v in (b'ab', 'a', bytearray(b'a'), 97, b''):
    attempt('c %r' % (v,), struct.pack, 'c', v)
for c in 'sp':
    for v in ('abc', 5, memoryview(b'ab'), None):
        attempt('%s %r' % (c, type(v).__name__), struct.pack, '3' + c, v)

# argument counts
attempt('pack few', struct.pack, 'ii', 1)
attempt('pack many', struct.pack, 'i', 1, 2)
attempt('pack 3s', struct.pack, '3s', b'a', b'b')
attempt('pack x', struct.pack, 'x', 1)
attempt('Struct.pack', struct.Struct('2h').pack, 1, 2, 3)
attempt('pack_into few', struct.pack_into, 'i', bytearray(8), 0)
attempt('pack_into offset', struct.pack_into, 'i', bytearray(8))

# bad formats
for fmt in (' <i', '<<i', 'i<', '3', '3 i', 'iz', 'i\0', '\0', '-1i', '=n', '<P', '>N', '99999999999999999999i',
            'i\u00e9'):
    attempt('calcsize %r' % fmt, struct.calcsize, fmt)
attempt('Struct int', struct.Struct, 5)
attempt('Struct None', struct.Struct, None)
attempt('Struct null', struct.Struct, b'h\0')

# buffers
attempt('unpack short', struct.unpack, '<i', b'abc')
attempt('unpack long', struct.unpack, '<i', b'abcde')
attempt('unpack str', struct.unpack, 'b', 'a')
attempt('unpack int', struct.unpack, 'b', 5)
attempt('Struct.unpack', struct.Struct('<hh').unpack, b'\0' * 5)
for off in (0, 5, 8, 9, -1, -3, -8, -9):
    attempt('unpack_from %d' % off, struct.unpack_from, '<i', b'\x01' * 8, off)
    attempt('pack_into %d' % off, struct.pack_into, '<i', bytearray(8), off, 1)
attempt('unpack_from float offset', struct.unpack_from, '<i', b'\0' * 8, 1.0)
attempt('pack_into float offset', struct.pack_into, '<i', bytearray(8), 1.0, 1)
attempt('pack_into bytes', struct.pack_into, '<i', b'\0' * 8, 0, 1)
attempt('pack_into bad value', struct.pack_into, '<i', bytearray(8), 0, 'x')
attempt('iter_unpack', struct.iter_unpack, '<i', b'\0' * 7)
attempt('iter_unpack empty', struct.iter_unpack, '', b'')
attempt('iter_unpack str', struct.iter_unpack, 'b', 'abc')
try:
    struct.unpack('<I', b'\0\0')
except struct.error as e:
    print('caught struct.error', e.args)
