"""The error handlers of pywasm's Python codecs (their strict handler raises
UnicodeDecodeError/UnicodeEncodeError, whose message the interpreter writes
from their parts), and the code point helpers they share. The handlers: strict, ignore, replace, backslashreplace,
and xmlcharrefreplace to encode; namereplace, surrogateescape and
surrogatepass raise NotImplementedError (no Unicode name database, and no
lone surrogates to stand for bytes), as the interpreter's own codecs do."""

_UNSUPPORTED = ('surrogateescape', 'surrogatepass', 'namereplace')


def escaped(code):
    """A code point as repr() escapes it: \\xNN, \\uNNNN or \\UNNNNNNNN."""
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def _unsupported(errors):
    return NotImplementedError("error handler '%s' is not supported (pywasm's str holds only valid UTF-8)"
                               % errors)


def handle_decode_error(errors, codec, data, start, end, reason, escape_codec=True):
    """What the error handler named `errors` puts in place of data[start:end].
    For the escape codecs surrogateescape and surrogatepass act as strict
    (the bytes in error are ASCII, which neither can stand for)."""
    if errors == 'strict' or escape_codec and errors in _UNSUPPORTED[:2]:
        raise UnicodeDecodeError(codec, data, start, end, reason)
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '\ufffd'
    if errors == 'backslashreplace':
        return ''.join(['\\x%02x' % b for b in data[start:end]])
    if errors in ('xmlcharrefreplace', 'namereplace'):
        raise TypeError("don't know how to handle UnicodeDecodeError in error callback")
    if errors in _UNSUPPORTED:
        raise _unsupported(errors)
    raise LookupError("unknown error handler name '%s'" % errors)


def handle_encode_error(errors, codec, text, start, end, reason, codes):
    """What stands for text[start:end] (whose code points are `codes`): an
    ASCII str the codec then encodes, or the handler's exception."""
    if errors == 'strict':
        raise UnicodeEncodeError(codec, text, start, end, reason)
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '?' * (end - start)
    if errors == 'backslashreplace':
        return ''.join([escaped(code) for code in codes])
    if errors == 'xmlcharrefreplace':
        return ''.join(['&#%d;' % code for code in codes])
    if errors in _UNSUPPORTED:
        raise _unsupported(errors)
    raise LookupError("unknown error handler name '%s'" % errors)


def code_points(text):
    """text's code points, read off its UTF-8 bytes: iterating a str makes a
    str object per character, which is slow here; this makes none. Bytes
    when every code point is below 0x100."""
    raw = text.encode()
    if len(raw) == len(text):
        return raw
    try:
        return text.encode('latin-1')
    except UnicodeError:
        pass
    out = []
    add = out.append
    code = left = 0
    for byte in raw:
        if byte < 0x80:
            add(byte)
        elif byte >= 0xc0:
            if byte < 0xe0:
                code, left = byte & 0x1f, 1
            elif byte < 0xf0:
                code, left = byte & 0x0f, 2
            else:
                code, left = byte & 0x07, 3
        else:
            code = code << 6 | byte & 0x3f
            left -= 1
            if not left:
                add(code)
    return out


def utf8_of(codes):
    """The UTF-8 bytes of code points (none of them surrogates) as a list of
    ints, which grows faster here than a bytearray."""
    out = []
    add = out.append
    for code in codes:
        if code < 0x80:
            add(code)
        elif code < 0x800:
            add(0xc0 | code >> 6)
            add(0x80 | code & 0x3f)
        elif code < 0x10000:
            add(0xe0 | code >> 12)
            add(0x80 | code >> 6 & 0x3f)
            add(0x80 | code & 0x3f)
        else:
            add(0xf0 | code >> 18)
            add(0x80 | code >> 12 & 0x3f)
            add(0x80 | code >> 6 & 0x3f)
            add(0x80 | code & 0x3f)
    return out
