"""binascii: MicroPython's C functions with CPython's binascii.Error and
Incomplete, hexlify/b2a_hex with sep, a2b_hex/b2a_hex aliases, crc32,
crc_hqx."""
from ubinascii import *
import ubinascii as _u


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')


def _b64_error(s, strict):
    # Walk the input as CPython's decoder does, to name the first fault the
    # way it does (MicroPython's C decoder has one message for all of them).
    # Only called for strict mode or for input that already failed, so the
    # per-character loop never slows a good non-strict decode.
    quad = pads = data = 0
    padding = False
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == 61:  # '='
            padding = True
            if strict and i == 0:
                return 'Leading padding not allowed'
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict and i + 1 < n:
                        return 'Excess data after padding'
                    return None
            continue
        if c not in _B64:
            if strict:
                return 'Only base64 data is allowed'
            continue
        if strict and padding:
            return 'Discontinuous padding not allowed'
        pads = 0
        data += 1
        quad = (quad + 1) & 3
    if quad == 1:
        # CPython counts the characters of the whole quads it decoded, plus
        # the stray one.
        return ('Invalid base64-encoded string: number of data characters (%d) '
                'cannot be 1 more than a multiple of 4' % ((data - 1) // 4 * 4 + 1))
    if quad:
        return 'Incorrect padding'
    return None


def a2b_base64(s, *, strict_mode=False):
    if isinstance(s, str):
        try:
            s = s.encode('ascii')
        except UnicodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if strict_mode:
        msg = _b64_error(bytes(s), True)
        if msg:
            raise Error(msg)
    try:
        # Non-strict decoding in MicroPython's C matches CPython's result
        # (junk skipped, input after a complete pad ignored); only its error
        # text differs.
        return _u.a2b_base64(s)
    except ValueError:
        raise Error(_b64_error(bytes(s), False) or 'Incorrect padding')


def unhexlify(s):
    try:
        return _u.unhexlify(s)
    except ValueError:
        # CPython checks the length first
        raise Error('Odd-length string' if len(s) % 2 else 'Non-hexadecimal digit found')


def crc_hqx(data, value):
    """CRC-CCITT (XMODEM, polynomial 0x1021) of data, starting from value."""
    crc = value & 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


a2b_hex = unhexlify


def hexlify(data, sep=None, bytes_per_sep=1):
    if sep is None:
        return _u.hexlify(data)
    return _u.hexlify(data, sep) if bytes_per_sep == 1 else _sep(_u.hexlify(data), sep, bytes_per_sep)


def _sep(h, sep, n):
    sep = sep.encode() if isinstance(sep, str) else sep
    step = abs(n) * 2
    if n > 0:
        parts = [h[max(0, i - step):i] for i in range(len(h), 0, -step)][::-1]
    else:
        parts = [h[i:i + step] for i in range(0, len(h), step)]
    return sep.join(parts)


b2a_hex = hexlify

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'a2b_base64 a2b_hex b2a_hex hexlify unhexlify crc_hqx')
del as_builtins
