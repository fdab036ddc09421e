"""_struct_codes: the format parser and argument checks behind struct.py.

_parse turns a format into its size, a format MicroPython's built-in struct
(ustruct) packs and unpacks the same bytes with, one spec per argument and the
unpack fix-ups for codes the built-in lacks. Converters raise CPython 3.11's
errors; struct.py sets `error` to its struct.error at import."""
import ustruct as _u

_upack = _u.pack
_uunpack_from = _u.unpack_from
error = Exception   # replaced by struct.error

_M64 = (1 << 64) - 1
_OOR = 'argument out of range'
_TOOBIG = 'int too large to convert'
_S64 = (-(1 << 63), (1 << 63) - 1)
_U64 = (0, _M64)
# Largest magnitudes that round to a finite float32 / float16 (ties go to
# the even neighbour, which is infinity).
_FMAX = float((1 << 128) - (1 << 103))
_INF = float('inf')
_FLT = 3.4028234663852886e38


def _names(code, lo, hi):
    return "'%s' format requires %d <= number <= %d" % (code, lo, hi)


def _conv_int(v, sp):
    # Slow path for integer codes: __index__, then CPython's two-step range
    # check (the C long/unsigned long conversion, then the code's own range).
    if type(v) is not int:
        if isinstance(v, int):
            v = int(v)
        else:
            f = getattr(type(v), '__index__', None)
            if f is None:
                raise error('required argument is not an integer')
            v = f(v)
            if not isinstance(v, int):
                raise TypeError('__index__ returned non-int (type %s)' % type(v).__name__)
            v = int(v)
    olo, ohi, omsg, msg = sp[3]
    if v < olo or v > ohi:
        raise error(omsg)
    if sp[4]:
        return v & _M64     # 'P': negative addresses pack as two's complement
    if v < sp[0] or v > sp[1]:
        raise error(msg)
    return v


def _to_float(v):
    if type(v) is float:
        return v
    try:
        if isinstance(v, (int, float)):
            return float(v)
        t = type(v)
        if hasattr(t, '__float__'):
            r = v.__float__()
            if isinstance(r, float):
                return float(r)
        elif hasattr(t, '__index__'):
            return float(t.__index__(v))
    except Exception:
        pass
    raise error('required argument is not a float')


def _conv_d(v, sp):
    return _to_float(v)


def _overflow(v, code):
    # CPython turns an OverflowError met while packing an int into this.
    if isinstance(v, int):
        raise error(_TOOBIG)
    raise OverflowError('float too large to pack with %s format' % code)


def _conv_f(v, sp):
    x = _to_float(v)
    if (x >= _FMAX or x <= -_FMAX) and x - x == 0.0:
        _overflow(v, 'f')
    return x


def _conv_e(v, sp):
    # Half float by hand, from the double's bits: round half to even.
    b = _uunpack_from('<Q', _upack('<d', _to_float(v)))[0]
    sign = (b >> 48) & 0x8000
    e = (b >> 52) & 0x7FF
    m = b & 0xFFFFFFFFFFFFF
    if e == 0x7FF:
        return sign | (0x7E00 if m else 0x7C00)
    if e:
        m |= 1 << 52
    else:
        e = 1
    eh = e - 1023
    if eh < -14:
        eh = -14
    if eh > 15:
        _overflow(v, 'e')
    # v = m * 2**(e-1075); the half's quantum at exponent eh is 2**(eh-10).
    sh = (eh - 10) - (e - 1075)
    if sh > 0:
        n = m >> sh
        rem = m - (n << sh)
        half = 1 << (sh - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    else:
        n = m << -sh
    bits = ((eh + 14) << 10) + n
    if bits >= 0x7C00:
        _overflow(v, 'e')
    return sign | bits


def _conv_bool(v, sp):
    return 1 if v else 0


def _conv_c(v, sp):
    if isinstance(v, bytes) and len(v) == 1:
        return v
    raise error('char format requires a bytes object of length 1')


def _conv_s(v, sp):
    if isinstance(v, (bytes, bytearray)):
        return v
    raise error("argument for 's' must be a bytes object")


def _conv_p(v, sp):
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for 'p' must be a bytes object")
    n = sp[3] - 1
    if n < 0:
        return b''
    v = v[:n]
    return bytes((min(len(v), 255),)) + v


def _half(bits):
    s = -1.0 if bits & 0x8000 else 1.0
    e = (bits >> 10) & 0x1F
    f = bits & 0x3FF
    if e == 0x1F:
        return s * float('inf') if f == 0 else float('nan')
    if e == 0:
        return s * f * 5.960464477539063e-08          # 2**-24
    return s * (1024 + f) * 2.0 ** (e - 25)


def _int_spec(code, lo, hi, outer, omsg, msg=None, mask=False):
    return (0 if mask else lo, hi, _conv_int, (outer[0], outer[1], omsg, msg or _names(code, lo, hi)), mask, int)


def _specs_for(order):
    # code -> (size, alignment, built-in code, pack spec or None).
    # A spec is (lo, hi, converter, data, mask, type): a value of that exact
    # type inside lo..hi goes to the built-in as it is; anything else goes
    # through converter(value, spec).
    nat = order == '@'
    little = order in '@=<'
    b = _int_spec('b', -128, 127, _S64, _OOR, 'byte format requires -128 <= number <= 127')
    B = _int_spec('B', 0, 255, _S64, _OOR, 'ubyte format requires 0 <= number <= 255')
    if little:
        h = _int_spec('h', -32768, 32767, _S64, _OOR, 'short format requires -32768 <= number <= 32767')
        H = _int_spec('H', 0, 65535, _S64, _OOR, 'ushort format requires 0 <= number <= 65535')
    else:
        h = _int_spec('h', -32768, 32767, _S64, _OOR)
        H = _int_spec('H', 0, 65535, _U64, _OOR)
    i = _int_spec('i', -2 ** 31, 2 ** 31 - 1, _S64, _OOR)
    I = _int_spec('I', 0, 2 ** 32 - 1, _U64, _OOR)
    big = _OOR if little else _TOOBIG
    q = _int_spec('q', _S64[0], _S64[1], _S64, big)
    Q = _int_spec('Q', 0, _M64, _U64, big)
    w = 8 if nat else 1
    t = {
        'x': (1, 1, 'x', None), 'c': (1, 1, 's', (1, 0, _conv_c, None, False, None)),
        'b': (1, 1, 'b', b), 'B': (1, 1, 'B', B),
        '?': (1, 1, 'B', (1, 0, _conv_bool, None, False, None)),
        'h': (2, 2 if nat else 1, 'h', h), 'H': (2, 2 if nat else 1, 'H', H),
        'i': (4, 4 if nat else 1, 'i', i), 'I': (4, 4 if nat else 1, 'I', I),
        'q': (8, w, 'q', q), 'Q': (8, w, 'Q', Q),
        'e': (2, 2 if nat else 1, 'H', (1, 0, _conv_e, None, False, None)),
        # CPython's native 'f' is a plain C cast: no overflow check.
        'f': (4, 4 if nat else 1, 'f', (-_INF, _INF, _conv_d, None, False, float) if nat
              else (-_FLT, _FLT, _conv_f, None, False, float)),
        'd': (8, w, 'd', (-_INF, _INF, _conv_d, None, False, float)),
        's': (1, 1, 's', (1, 0, _conv_s, None, False, None)),
        'p': (1, 1, 's', None),
    }
    if nat:
        t['l'] = (8, 8, 'q', q)
        t['L'] = (8, 8, 'Q', Q)
        t['n'] = (8, 8, 'q', q)
        t['N'] = (8, 8, 'Q', Q)
        t['P'] = (8, 8, 'Q', _int_spec('P', -(1 << 63), _M64, (-(1 << 63), _M64), _TOOBIG, _TOOBIG, True))
    else:
        t['l'] = (4, 1, 'i', _int_spec('l', -2 ** 31, 2 ** 31 - 1, _S64, _OOR))
        t['L'] = (4, 1, 'I', _int_spec('L', 0, 2 ** 32 - 1, _U64, _OOR))
    return t


_TABLES = {}
_SPACE = b' \t\n\r\x0b\x0c'
_BIG = (1 << 63) - 1


def _parse(fmt):
    # -> (size, built-in format, per-argument specs, unpack fix-ups)
    raw = fmt.encode('ascii')
    if b'\0' in raw:
        raise error('embedded null character')
    order = '@'
    pos = 0
    if raw and raw[0] in b'@=<>!':
        order = chr(raw[0])
        pos = 1
    table = _TABLES.get(order)
    if table is None:
        table = _TABLES[order] = _specs_for(order)
    parts = ['<' if order in '@=<' else '>']
    specs = []
    fixes = []
    size = nitems = 0
    end = len(raw)
    while pos < end:
        c = raw[pos]
        pos += 1
        if c in _SPACE:
            continue
        if 48 <= c <= 57:
            num = c - 48
            while pos < end and 48 <= raw[pos] <= 57:
                num = num * 10 + raw[pos] - 48
                pos += 1
                if num > _BIG:
                    raise error('total struct size too long')
            if pos == end:
                raise error('repeat count given without format specifier')
            c = raw[pos]
            pos += 1
        else:
            num = 1
        code = chr(c)
        ent = table.get(code)
        if ent is None:
            raise error('bad char in struct format')
        isz, al, ucode, spec = ent
        if al > 1 and size % al:
            pad = al - size % al
            parts.append('%dx' % pad)
            size += pad
        if code in 'sp':
            parts.append('%ds' % num)
            if code == 'p':
                spec = (1, 0, _conv_p, num, False, None)
                fixes.append((nitems, 'p', num))
            specs.append(spec)
            nitems += 1
            size += num
        elif num:
            if code == 'x':
                parts.append('%dx' % num)
            elif code == 'c':
                parts.append('s' * num)
            else:
                parts.append('%d%s' % (num, ucode))
            if code in '?e':
                for k in range(nitems, nitems + num):
                    fixes.append((k, code, 0))
            if code != 'x':
                specs.extend([spec] * num)
                nitems += num
            size += num * isz
        if size > _BIG:
            raise error('total struct size too long')
    return size, ''.join(parts), tuple(specs), fixes
