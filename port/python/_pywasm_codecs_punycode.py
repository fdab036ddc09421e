"""The punycode codec (RFC 3492) of pywasm's codecs module, as CPython 3.11
has it: 'bücher'.encode('punycode') == b'bcher-kva' and back.

Encoding: the ASCII characters as they are (case kept), then '-' when there
were any, then the insertions as generalized variable-length integers in
lower-case digits; the error handler is not looked at. Decoding: the part
before the last '-' is the ASCII base (decoded with the error handler given),
the part after it (or all of the input when there is no '-') holds the
insertions, in either case. The handlers are 'strict', 'ignore' and
'replace' (others: UnicodeError('Unsupported error handling ...'), as
CPython). Under 'strict' a bad digit, a number cut short or a code point past
U+10FFFF raise plain UnicodeError with CPython's messages; under the other
two a bad digit or a cut-short number ends the decoding with what was
decoded so far, and a code point past U+10FFFF becomes '?' (the next
insertion counts on from it, as CPython's does). codecs.decode and
bytes.decode wrap those UnicodeErrors as "decoding with 'punycode' codec
failed (...)", as CPython does (_pywasm_codecs_table.naming_codec).

Not as CPython: decoding to a lone surrogate (U+D800-U+DFFF) raises
NotImplementedError, since pywasm's str holds only valid UTF-8.

The work is on lists of code points (_pywasm_codecs_errors.code_points):
indexing a non-ASCII str is slow here."""
from _pywasm_codecs_errors import code_points, utf8_of
from _pywasm_codecs_table import _classes, _info

# RFC 3492 section 5, the parameters for IDNA
_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80
# digit values 0-25 are a-z, 26-35 are 0-9 (encoding writes lower case)
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'
_HANDLERS = ('strict', 'replace', 'ignore')


def _adapt(delta, first, count):
    """RFC 3492 6.1: the bias after a delta, with `count` code points in
    the output so far (the new one included)."""
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    t = k - bias
    if t < _TMIN:
        return _TMIN
    if t > _TMAX:
        return _TMAX
    return t


# --- encoding ----------------------------------------------------------------

def _codes_to_encode(text):
    """text's code points. CPython's encoder walks any iterable and takes
    ord() of each item, so bytes and non-iterables fail with its messages."""
    if isinstance(text, str):
        return code_points(text)
    try:
        items = iter(text)
    except TypeError:
        raise TypeError("'%s' object is not iterable" % type(text).__name__)
    codes = []
    for item in items:
        if not isinstance(item, str):
            raise TypeError('ord() expected string of length 1, but %s found' % type(item).__name__)
        if len(item) != 1:
            raise TypeError('ord() expected a character, but string of length %d found' % len(item))
        codes.append(ord(item))
    return codes


def _encode_codes(codes):
    out = bytearray()
    for code in codes:
        if code < 0x80:
            out.append(code)
    handled = basic = len(out)
    if basic:
        out.append(0x2d)  # '-'
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    # each code point above the basic ones, in order (RFC 3492 6.3)
    for m in sorted(set([code for code in codes if code >= 0x80])):
        delta += (m - n) * (handled + 1)
        n = m
        for code in codes:
            if code < n:
                delta += 1
            elif code == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                handled += 1
                bias = _adapt(delta, handled == basic + 1, handled)
                delta = 0
        delta += 1
        n += 1
    return bytes(out)


def punycode_encode(input, errors='strict'):
    # CPython's encoder takes no notice of the error handler
    return _encode_codes(_codes_to_encode(input)), len(input)


# --- decoding ----------------------------------------------------------------

def _check_handler(errors):
    if errors not in _HANDLERS:
        # errors=None: CPython's str + None TypeError, as here
        raise UnicodeError('Unsupported error handling ' + errors)


def _raw(input):
    if isinstance(input, str):
        return input.encode('ascii')
    if isinstance(input, bytes):
        return input
    if isinstance(input, (bytearray, memoryview)):
        return bytes(input)
    raise AttributeError("'%s' object has no attribute 'rfind'" % type(input).__name__)


def _read_number(digits, at, bias, strict):
    """The generalized variable-length integer at digits[at:] (upper-case
    ASCII): (value, where it ends), or (None, _) where a non-strict decoding
    stops."""
    value, w, k = 0, 1, _BASE
    size = len(digits)
    while True:
        if at >= size:
            if strict:
                raise UnicodeError('incomplete punicode string')
            return None, at
        char = digits[at]
        at += 1
        if 0x41 <= char <= 0x5a:  # A-Z
            digit = char - 0x41
        elif 0x30 <= char <= 0x39:  # 0-9
            digit = char - 0x30 + 26
        else:
            if strict:
                raise UnicodeError("Invalid extended code point '%s'" % chr(char))
            return None, at
        value += digit * w
        t = _threshold(k, bias)
        if digit < t:
            return value, at
        w *= _BASE - t
        k += _BASE


def _decode_codes(base, digits, strict):
    """RFC 3492 6.2 over the base's code points (a list, extended in place)
    and the digits of the insertions."""
    n, i, bias, at = _INITIAL_N, 0, _INITIAL_BIAS, 0
    while at < len(digits):
        delta, after = _read_number(digits, at, bias, strict)
        if delta is None:
            # no way to go on past a broken number: what was decoded stands
            break
        i += delta
        size = len(base) + 1
        n += i // size
        if n > 0x10ffff:
            if strict:
                raise UnicodeError('Invalid character U+%x' % n)
            n = 0x3f  # '?'
        i %= size
        base.insert(i, n)
        bias = _adapt(delta, at == 0, size)
        i += 1
        at = after
    return base


def punycode_decode(input, errors='strict'):
    _check_handler(errors)
    raw = _raw(input)
    cut = raw.rfind(b'-')
    if cut < 0:
        base, digits = '', raw
    else:
        base, digits = raw[:cut].decode('ascii', errors), raw[cut + 1:]
    # always strictly: a non-ASCII byte here is the ascii codec's error
    digits = digits.decode('ascii').upper().encode()
    codes = _decode_codes(list(code_points(base)), digits, errors == 'strict')
    for code in codes:
        if 0xd800 <= code < 0xe000:
            raise NotImplementedError("punycode: the decoded text has the lone surrogate U+%04X, which "
                                      "pywasm's str cannot hold" % code)
    return bytes(utf8_of(codes)).decode(), len(input)


def make():
    classes = _classes(punycode_encode, punycode_decode)
    return _info('punycode', punycode_encode, punycode_decode, classes)
