"""binascii: MicroPython's C functions with CPython's binascii.Error and
Incomplete, hexlify/b2a_hex with sep, a2b_hex/b2a_hex aliases, crc32."""
from ubinascii import *
import ubinascii as _u


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def a2b_base64(s, *, strict_mode=False):
    try:
        return _u.a2b_base64(s)
    except ValueError as e:
        raise Error('Incorrect padding' if 'padding' in str(e) else str(e))


def unhexlify(s):
    try:
        return _u.unhexlify(s)
    except ValueError as e:
        raise Error('Non-hexadecimal digit found' if 'digit' in str(e) or len(s) % 2 == 0 else 'Odd-length string')


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
