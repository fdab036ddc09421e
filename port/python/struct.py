"""struct: CPython 3.11's struct over MicroPython's built-in (reachable as
`ustruct`): pack, pack_into, unpack, unpack_from, iter_unpack, calcsize,
Struct, error and _clearcache; byte orders @ = < > !, every code
x c b B ? h H i I l L q Q n N e f d s p P, repeat counts, whitespace between
items, and CPython's range checks, argument rules and error texts.

Native ('@') sizes and alignment are those of CPython on 64-bit Linux
(l, L, n, N, P and their alignment are 8 bytes), not wasm32's: scripts are
compared with CPython on a 64-bit runner and read files written there.
'=' and '<' are little-endian, like that runner, and CPython on a little-endian
machine checks '<'/'=' arguments with its native routines, whose error texts
differ from '>' for some codes (h, H, q, Q): reproduced in _struct_codes.

Each format is parsed once (cached, as CPython does) into a '<' or '>' format
the built-in understands, with '@' alignment spelled out as 'x' padding; the
built-in then does all byte work. Python checks arguments (the built-in checks
none: 256 packs as 'B' silently) and fixes up the codes it lacks ('?', 'p',
'e'). unpack of a format the built-in reads verbatim from bytes of the right
size costs one dict lookup and two type/length tests over the built-in."""
import ustruct as _u

import _struct_codes as _codes
from _struct_codes import _parse, _half

_upack = _u.pack
_upack_into = _u.pack_into
_uunpack_from = _u.unpack_from


class error(Exception):
    pass


_codes.error = error


def _buflen(buffer):
    # Byte length of a bytes-like object; bytes and bytearray are handled by
    # the callers' fast paths.
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(buffer).nbytes
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(format).__name__)
        self.size, self._ufmt, self._specs, self._fixes = _parse(format)
        self.format = format
        self._n = len(self._specs)
        # The built-in takes the format as it is (same sizes, alignment and
        # values on unpack) when it has no whitespace, no '=' and only codes
        # it implements like CPython: '@' alignment on wasm32 matches x86-64
        # for these, and l/L are 4 bytes in standard sizes on both. Others
        # go to it as self._ufmt.
        first = format[:1]
        ok = 'bBhHiIlLqQfdsx0123456789' if first in ('<', '>', '!') else 'bBhHiIqQfdsx0123456789'
        self._plain = bool(format) and first != '=' and not self._fixes
        if first not in ('<', '>', '!') and '0' in format:
            self._plain = False     # the built-in skips '@' alignment for a count of 0
        for c in format[1:] if first in ('@', '<', '>', '!') else format:
            if c not in ok:
                self._plain = False
                break
        # Packing can be checked by reading back (see pack()) unless a value
        # changes on the way (float32) or bytes compare equal to other types.
        self._rt = self._plain and 's' not in format and 'f' not in format

    def _args(self, args):
        specs = self._specs
        out = None
        i = 0
        for v in args:
            sp = specs[i]
            if type(v) is not sp[5] or v < sp[0] or v > sp[1]:
                w = sp[2](v, sp)
                if w is not v:
                    if out is None:
                        out = list(args)
                    out[i] = w
            i += 1
        return out or args

    def pack(self, *args):
        return _pack(self, args)

    def pack_into(self, *args):
        if len(args) < 2:
            raise error('pack_into expected %s argument' % ('offset' if args else 'buffer'))
        buffer, offset = args[0], args[1]
        args = args[2:]
        if len(args) != self._n:
            raise error('pack_into expected %d items for packing (got %d)' % (self._n, len(args)))
        if isinstance(buffer, (bytes, str)):
            raise TypeError('argument must be read-write bytes-like object, not %s' % type(buffer).__name__)
        n = len(buffer) if type(buffer) is bytearray else _buflen(buffer)
        offset = _offset(offset)
        size = self.size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)' % (size + offset, size, offset, n))
        _upack_into(self._ufmt, buffer, offset, *self._args(args))

    def unpack(self, buffer):
        t = type(buffer)
        n = len(buffer) if t is bytes or t is bytearray else _buflen(buffer)
        if n != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        r = _uunpack_from(self._ufmt, buffer)
        return self._fix(r) if self._fixes else r

    def unpack_from(self, buffer, offset=0):
        t = type(buffer)
        n = len(buffer) if t is bytes or t is bytearray else _buflen(buffer)
        size = self.size
        if type(offset) is not int:
            offset = _offset(offset)
        if offset < 0:
            if offset + size > 0:
                raise error('not enough data to unpack %d bytes at offset %d' % (size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes '
                        'at offset %d (actual buffer size is %d)' % (size + offset, size, offset, n))
        r = _uunpack_from(self._ufmt, buffer, offset)
        return self._fix(r) if self._fixes else r

    def iter_unpack(self, buffer):
        t = type(buffer)
        n = len(buffer) if t is bytes or t is bytearray else _buflen(buffer)
        if not self.size:
            raise error('cannot iteratively unpack with a struct of length 0')
        if n % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return unpack_iterator(self, buffer, n)

    def _fix(self, r):
        r = list(r)
        for i, code, num in self._fixes:
            v = r[i]
            if code == '?':
                r[i] = v != 0
            elif code == 'e':
                r[i] = _half(v)
            elif num:
                r[i] = v[1:1 + min(v[0], num - 1)]
        return tuple(r)


class unpack_iterator:
    def __init__(self, s, buffer, n):
        self._s = s
        self._buf = buffer
        self._pos = 0
        self._end = n

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        pos = self._pos
        if s is None or pos >= self._end:
            self._s = self._buf = None
            raise StopIteration
        self._pos = pos + s.size
        r = _uunpack_from(s._ufmt, self._buf, pos)
        return s._fix(r) if s._fixes else r

    def __length_hint__(self):
        return (self._end - self._pos) // self._s.size if self._s else 0


def _offset(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), '__index__', None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


_cache = {}
_fast = {}     # format -> size, for formats the built-in reads as they are


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if type(fmt) is not str and type(fmt) is not bytes:
            if not isinstance(fmt, (str, bytes)):
                # CPython looks the format up in a dict first.
                hash(fmt)
            return Struct(fmt)
        if len(_cache) >= 100:
            _clearcache()
        s = _cache[fmt] = Struct(fmt)
        if s._plain and type(fmt) is str:
            _fast[fmt] = s.size
    return s


def _clearcache():
    _cache.clear()
    _fast.clear()


def calcsize(format):
    return _struct(format).size


def pack(format, *args):
    return _pack(_cache.get(format) or _struct(format), args)


def _pack(s, args):
    if len(args) != s._n:
        raise error('pack expected %d items for packing (got %d)' % (s._n, len(args)))
    if s._rt:
        # Integers and doubles only: let the built-in pack, and accept its
        # bytes if they read back as the arguments (no wrap-around, no
        # conversion CPython would refuse); otherwise check item by item.
        try:
            b = _upack(s._ufmt, *args)
            if _uunpack_from(s._ufmt, b) == args:
                return b
        except Exception:
            pass
    specs = s._specs
    i = 0
    for v in args:
        sp = specs[i]
        if type(v) is not sp[5] or v < sp[0] or v > sp[1]:
            return _upack(s._ufmt, *s._args(args))
        i += 1
    return _upack(s._ufmt, *args)


def pack_into(format, *args):
    return _struct(format).pack_into(*args)


def unpack(format, buffer):
    # The loop over records in a binary file: formats the built-in reads
    # exactly as CPython does, given bytes of the right size, go straight to it.
    try:
        size = _fast[format]
    except KeyError:
        return _struct(format).unpack(buffer)
    t = type(buffer)
    if (t is bytes or t is bytearray) and len(buffer) == size:
        return _uunpack_from(format, buffer)
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    try:
        size = _fast[format]
    except KeyError:
        return _struct(format).unpack_from(buffer, offset)
    t = type(buffer)
    if (t is bytes or t is bytearray) and type(offset) is int and 0 <= offset <= len(buffer) - size:
        return _uunpack_from(format, buffer, offset)
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'calcsize iter_unpack pack pack_into unpack unpack_from')
del as_builtins
