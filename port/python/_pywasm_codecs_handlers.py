"""codecs' error-handler registry: register_error, lookup_error and the
built-in handlers, as CPython 3.11 has them. Imported by codecs.lookup_error/
register_error and codecs.*_errors when first used, and by the codecs of
the library when they meet a handler name they do not know themselves.

A handler takes the UnicodeEncodeError/UnicodeDecodeError (or
UnicodeTranslateError) that an error would raise and returns (replacement,
position to go on from). The built-in ones: strict_errors (raises it),
ignore_errors, replace_errors, xmlcharrefreplace_errors,
backslashreplace_errors, namereplace_errors (unicodedata.name, which raises
NotImplementedError for a character whose name pywasm's table lacks) and the
two CPython exposes only by name, surrogateescape and surrogatepass (their
str results hold lone surrogates). Like CPython's they read start and end
clamped to the object (start to [0, len-1], end to [1, len]), and refuse
other exceptions with TypeError("don't know how to handle ... in error
callback"). pywasm's UnicodeTranslateError has no attributes: its args are
read instead."""
from _pywasm_codecs_errors import escaped


def _wrong(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _fields(exc, kind):
    """(object, start, end) of a Unicode error, start and end clamped as
    CPython's PyUnicode*Error_GetStart/GetEnd do."""
    if isinstance(exc, UnicodeTranslateError) and not hasattr(exc, 'object'):
        obj, start, end = exc.args[0], exc.args[1], exc.args[2]
    else:
        obj, start, end = exc.object, exc.start, exc.end
    if not isinstance(obj, kind):
        raise TypeError('object attribute must be ' + ('bytes' if kind is bytes else 'unicode'))
    size = len(obj)
    if start < 0:
        start = 0
    if start >= size:
        start = size - 1
    if end < 1:
        end = 1
    if end > size:
        end = size
    return obj, start, end


def _text_fields(exc):
    """(str, start, end) of an encode or translate error; TypeError for
    anything else."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return _fields(exc, str)
    raise _wrong(exc)


def strict_errors(exception):
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError('codec must pass exception instance')


def ignore_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        return '', _fields(exception, bytes)[2]
    return '', _text_fields(exception)[2]


def replace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        return '\ufffd', _fields(exception, bytes)[2]
    text, start, end = _text_fields(exception)
    mark = '?' if isinstance(exception, UnicodeEncodeError) else '\ufffd'
    return mark * (end - start), end


def _characters(exception):
    # the code points an encode error covers (UnicodeEncodeError only)
    if not isinstance(exception, UnicodeEncodeError):
        raise _wrong(exception)
    text, start, end = _fields(exception, str)
    return [ord(ch) for ch in text[start:end]], end


def xmlcharrefreplace_errors(exception):
    codes, end = _characters(exception)
    return ''.join(['&#%d;' % code for code in codes]), end


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        data, start, end = _fields(exception, bytes)
        return ''.join(['\\x%02x' % byte for byte in data[start:end]]), end
    text, start, end = _text_fields(exception)
    return ''.join([escaped(ord(ch)) for ch in text[start:end]]), end


def namereplace_errors(exception):
    codes, end = _characters(exception)
    import unicodedata
    out = []
    for code in codes:
        name = unicodedata.name(chr(code), None)
        out.append(escaped(code) if name is None else '\\N{%s}' % name)
    return ''.join(out), end


def surrogateescape(exception):
    """Decoding: bytes 0x80-0xff (at most 4 at a time) as U+DC80-U+DCFF;
    encoding: those code points back to their bytes; else the error."""
    if isinstance(exception, UnicodeDecodeError):
        data, start, end = _fields(exception, bytes)
        out = []
        while len(out) < 4 and 0 <= start + len(out) < end and data[start + len(out)] >= 0x80:
            out.append(chr(0xdc00 + data[start + len(out)]))
        if not out:
            raise exception
        return ''.join(out), start + len(out)
    if not isinstance(exception, UnicodeEncodeError):
        raise _wrong(exception)
    text, start, end = _fields(exception, str)
    out = []
    for ch in text[start:end]:
        code = ord(ch)
        if not 0xdc80 <= code <= 0xdcff:
            raise exception
        out.append(code - 0xdc00)
    return bytes(out), end


def _standard(encoding):
    """For surrogatepass, as CPython reads a codec name: (bytes per
    surrogate, 'utf-8'/'le'/'be'), or None for any other codec."""
    name = encoding.lower()
    if name == 'cp_utf8':
        return 3, 'utf-8'
    if name[:3] != 'utf':
        return None
    name = name[3:]
    if name[:1] in '-_':
        name = name[1:]
    if name == '8':
        return 3, 'utf-8'
    width = {'16': 2, '32': 4}.get(name[:2])
    if width is None:
        return None
    name = name[2:]
    if not name:
        return width, 'le'  # the machine's order: WebAssembly is little-endian
    if name[:1] in '-_':
        name = name[1:]
    if name in ('le', 'be'):
        return width, name
    return None


def surrogatepass(exception):
    """Lone surrogates to and from the bytes utf-8, utf-16 and utf-32 would
    give them; else the error."""
    if isinstance(exception, UnicodeEncodeError):
        text, start, end = _fields(exception, str)
        form = _standard(exception.encoding)
        if form is None:
            raise exception
        width, order = form
        out = []
        for ch in text[start:end]:
            code = ord(ch)
            if not 0xd800 <= code < 0xe000:
                raise exception
            if order == 'utf-8':
                out += [0xe0 | code >> 12, 0x80 | code >> 6 & 0x3f, 0x80 | code & 0x3f]
            else:
                shifts = range(width) if order == 'le' else range(width - 1, -1, -1)
                out += [code >> 8 * i & 0xff for i in shifts]
        return bytes(out), end
    if not isinstance(exception, UnicodeDecodeError):
        raise _wrong(exception)
    data, start, end = _fields(exception, bytes)
    form = _standard(exception.encoding)
    if form is None:
        raise exception
    width, order = form
    code = 0
    piece = data[start:start + width]
    if len(piece) == width:
        if order == 'utf-8':
            if piece[0] & 0xf0 == 0xe0 and piece[1] & 0xc0 == 0x80 and piece[2] & 0xc0 == 0x80:
                code = (piece[0] & 0x0f) << 12 | (piece[1] & 0x3f) << 6 | piece[2] & 0x3f
        else:
            for i in (range(width - 1, -1, -1) if order == 'le' else range(width)):
                code = code << 8 | piece[i]
    if not 0xd800 <= code < 0xe000:
        raise exception
    return chr(code), start + width


_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': surrogateescape, 'surrogatepass': surrogatepass,
}


def _name_argument(func, name, what):
    if not isinstance(name, str):
        raise TypeError('%s() argument%s must be str, not %s'
                        % (func, what, 'None' if name is None else type(name).__name__))
    if '\x00' in name:
        raise ValueError('embedded null character')


def register_error(name, handler):
    _name_argument('register_error', name, ' 1')
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[name] = handler


def lookup_error(name):
    _name_argument('lookup_error', name, '')
    handler = _handlers.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler
