"""The error handlers of pywasm's Python codecs, and the code point helpers
they share. decode_error/encode_error give what stands for the part in
error and where the codec goes on: strict, ignore, replace, backslashreplace
(and xmlcharrefreplace to encode) here; namereplace, surrogateescape and
surrogatepass to encode, and any name given to codecs.register_error,
through the handlers of _pywasm_codecs_handlers, called as CPython calls
them (the result checked, a negative position counted from the end).
Decoding under surrogateescape or surrogatepass raises NotImplementedError
where it would make a lone surrogate (the decoders build their str from
UTF-8), except for the escape codecs, whose bytes in error are ASCII: there
both act as strict."""

_SURROGATES = ('surrogateescape', 'surrogatepass')


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


def call_handler(errors, exc, size):
    """(replacement, position to go on from) by the handler registered as
    `errors` for the UnicodeEncodeError/UnicodeDecodeError exc, whose object
    has `size` items; LookupError for a name nobody registered."""
    import _pywasm_codecs_handlers
    result = _pywasm_codecs_handlers.lookup_error(errors)(exc)
    encoding = isinstance(exc, UnicodeEncodeError)
    kinds = (str, bytes) if encoding else str
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], kinds):
        raise TypeError('encoding error handler must return (str/bytes, int) tuple' if encoding
                        else 'decoding error handler must return (str, int) tuple')
    replacement, pos = result
    if not isinstance(pos, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
    if pos < 0:
        pos += size
    if not 0 <= pos <= size:
        raise IndexError('position %d from error handler out of bounds' % pos)
    return replacement, pos


def decode_error(errors, codec, data, start, end, reason, escape_codec=True):
    """(str for data[start:end] by the handler named `errors`, position to
    go on from)."""
    if errors == 'strict' or escape_codec and errors in _SURROGATES:
        raise UnicodeDecodeError(codec, data, start, end, reason)
    if errors == 'ignore':
        return '', end
    if errors == 'replace':
        return '\ufffd', end
    if errors == 'backslashreplace':
        return ''.join(['\\x%02x' % b for b in data[start:end]]), end
    if errors in _SURROGATES:
        raise _unsupported(errors)
    return call_handler(errors, UnicodeDecodeError(codec, data, start, end, reason), len(data))


def encode_error(errors, codec, text, start, end, reason, codes):
    """(str or bytes for text[start:end], whose code points are `codes`, by
    the handler named `errors`, position to go on from). A str is for the
    codec to encode; the built-in handlers make ASCII."""
    if errors == 'strict':
        raise UnicodeEncodeError(codec, text, start, end, reason)
    if errors == 'ignore':
        return '', end
    if errors == 'replace':
        return '?' * (end - start), end
    if errors == 'backslashreplace':
        return ''.join([escaped(code) for code in codes]), end
    if errors == 'xmlcharrefreplace':
        return ''.join(['&#%d;' % code for code in codes]), end
    return call_handler(errors, UnicodeEncodeError(codec, text, start, end, reason), len(text))


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
