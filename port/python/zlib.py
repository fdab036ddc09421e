"""zlib: compress/decompress over MicroPython's deflate module (zlib, raw
deflate and gzip containers chosen by wbits as in CPython: 9..15, -9..-15,
25..31, and 40..47 for automatic detection on decompression), crc32 and
adler32, compressobj/decompressobj (decompressobj returns everything on
flush() or when the stream is complete), error, the constants.

Compressed bytes are valid for any inflater but are not the same bytes
CPython's zlib produces (a different compressor; the level is ignored)."""
import io as _io
import deflate as _d
from binascii import crc32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
ZLIB_VERSION = ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _format(wbits, decompress):
    if 9 <= wbits <= 15 or wbits == 0:
        return _d.ZLIB, wbits or 15
    if -15 <= wbits <= -9:
        return _d.RAW, -wbits
    if 25 <= wbits <= 31:
        return _d.GZIP, wbits - 16
    if decompress and 40 <= wbits <= 47:
        return _d.AUTO, wbits - 32
    raise ValueError('Invalid initialization option')


def adler32(data, value=1):
    a, b = value & 0xffff, (value >> 16) & 0xffff
    for i in range(0, len(data), 3800):
        for c in data[i:i + 3800]:
            a += c
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a


# An empty input: MicroPython's compressor writes nothing at all for it, but
# a stream must still hold its header, one empty final block and its trailer
# (what CPython writes, byte for byte).
_EMPTY = {_d.RAW: b'\x03\x00', _d.ZLIB: b'x\x9c\x03\x00\x00\x00\x00\x01',
          _d.GZIP: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x03\x00' + bytes(8)}


def compress(data, level=-1, wbits=MAX_WBITS):
    fmt, wb = _format(wbits, False)
    if not data:
        out = _EMPTY[fmt]
        if fmt == _d.ZLIB:  # CMF: the window size
            out = bytes((((wb - 8) << 4) | 8,)) + out[1:]
        return _level_header(out, fmt, level)
    out = _io.BytesIO()
    with _d.DeflateIO(out, fmt, wb) as f:
        f.write(data)
    return _level_header(out.getvalue(), fmt, level)


def _level_header(out, fmt, level):
    # The header fields zlib fills from the level: FLEVEL of a zlib
    # stream's FLG (its check bits redone), XFL of a gzip header.
    if level == -1:
        level = 6
    if fmt == _d.ZLIB:
        flg = (0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3) << 6
        flg |= 31 - (out[0] * 256 + flg) % 31
        return out[:1] + bytes((flg,)) + out[2:]
    if fmt == _d.GZIP:
        return out[:8] + bytes((2 if level == 9 else 4 if level < 2 else 0,)) + out[9:]
    return out


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    fmt, wb = _format(wbits, True)
    try:
        with _d.DeflateIO(_io.BytesIO(data), fmt, wb) as f:
            return f.read()
    except OSError as e:
        raise error('Error -3 while decompressing data: %s' % (e.args[0] if e.args else 'invalid data'))


class _Compress:
    def __init__(self, level, wbits):
        self._wbits = wbits
        self._level = level
        self._buf = []

    def compress(self, data):
        self._buf.append(bytes(data))
        return b''

    def flush(self, mode=Z_FINISH):
        out = compress(b''.join(self._buf), self._level, self._wbits)
        self._buf = []
        return out


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._buf = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        self._buf += data
        return b''

    def flush(self, length=DEF_BUF_SIZE):
        out = decompress(self._buf, self._wbits) if self._buf else b''
        self._buf = b''
        self.eof = True
        return out


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=0, zdict=None):
    if zdict is not None:
        raise NotImplementedError('zlib: zdict')
    _format(wbits, False)
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        raise NotImplementedError('zlib: zdict')
    _format(wbits, True)
    return _Decompress(wbits)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'adler32 compress compressobj decompress decompressobj')
del as_builtins
