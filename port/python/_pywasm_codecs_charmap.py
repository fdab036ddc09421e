"""The single-byte code pages of pywasm's codecs module (cp1252, cp437,
iso8859-2, koi8-r, mac-roman, ...: _pywasm_charmaps.NAMES lists them; bytes
0x00-0x7F are ASCII in all), with CPython's 'charmap' errors, and
codecs.charmap_decode/charmap_encode/charmap_build.

Differences: charmap_build returns a dict (code point -> byte), which
charmap_encode takes, rather than CPython's EncodingMap object."""
import _pywasm_charmaps as _data
from _pywasm_codecs_errors import code_points, decode_error, encode_error
from _pywasm_codecs_table import _bytes_of, _classes, _handler, _info, _need_str, c_decode, c_encode

_REASON = 'character maps to <undefined>'
# what marks an undefined byte in a decoding table given as a str (CPython's)
_UNDEFINED = 0xfffe


def _expand(packed):
    """The 128 code points (None: undefined) of a TABLES entry; the packing
    is described in _pywasm_charmaps."""
    out, last = [], 0x7f
    for code in code_points(packed):
        if code == 0x7e:
            out.append(None)
        elif code >= 0x80:
            out.append(code)
            last = code
        elif code <= 0x40:
            for _ in range(code - 0x20):
                last += 1
                out.append(last)
        else:
            for _ in range(code - 0x40):
                last = 0x80 + len(out)
                out.append(last)
    return out


def _maps(codes):
    """For the code points of bytes 0, 1, ... (None: undefined): each byte's
    UTF-8 piece (None: undefined), and the dict code point -> byte (as a
    1-byte bytes) that encodes."""
    pieces, encoding = [], {}
    for byte in range(len(codes)):
        code = codes[byte]
        if code is None:
            pieces.append(None)
            continue
        pieces.append(chr(code).encode())
        encoding.setdefault(code, bytes([byte]))
    return pieces + [None] * (256 - len(pieces)), encoding


def _decode(pieces, data, errors):
    try:
        return b''.join([pieces[b] for b in data]).decode()
    except TypeError:
        pass  # an undefined byte: again, slowly
    out = []
    at, size = 0, len(data)
    while at < size:
        piece = pieces[data[at]]
        if piece is None:
            text, at = decode_error(errors, 'charmap', data, at, at + 1, _REASON, False)
            out.append(text.encode())
            continue
        out.append(piece)
        at += 1
    return b''.join(out).decode()


def _encode(encoding, text, errors, ascii_kept):
    """text encoded by `encoding` (code point -> bytes); ascii_kept says
    ASCII maps to itself, so an ASCII text is its own encoding."""
    if ascii_kept:
        raw = text.encode()
        if len(raw) == len(text):
            return raw
    codes = code_points(text)
    try:
        return b''.join([encoding[code] for code in codes])
    except KeyError:
        pass  # a character with no byte: again, slowly
    out = []
    at, size = 0, len(codes)
    while at < size:
        piece = encoding.get(codes[at])
        if piece is not None:
            out.append(piece)
            at += 1
            continue
        # CPython hands the handler the whole run of unencodable characters
        stop = at + 1
        while stop < size and codes[stop] not in encoding:
            stop += 1
        stand_in, next_at = encode_error(errors, 'charmap', text, at, stop, _REASON, codes[at:stop])
        if isinstance(stand_in, str):
            try:
                stand_in = _encode(encoding, stand_in, 'strict', False)
            except UnicodeEncodeError:
                raise UnicodeEncodeError('charmap', text, at, stop, _REASON)
        out.append(stand_in)
        at = next_at
    return b''.join(out)


# --- the code pages ----------------------------------------------------------

_pages = {}  # codec module name -> (pieces, encoding)


def _page(module):
    maps = _pages.get(module)
    if maps is None:
        maps = _pages[module] = _maps(list(range(128)) + _expand(_data.TABLES[module]))
    return maps


def _info_name(module):
    for row in _data.NAMES.split('\n'):
        words = row.split()
        if words and words[0] == module:
            return words[1]


def make(module):
    """The CodecInfo of a code page (by codec module name: cp1252, ...)."""
    def encode(input, errors='strict'):
        _need_str('charmap_encode', input)
        return _encode(_page(module)[1], input, _handler('charmap_encode', errors), True), len(input)

    def decode(input, errors='strict'):
        raw = _bytes_of(input)
        return _decode(_page(module)[0], raw, _handler('charmap_decode', errors)), len(raw)
    return _info(_info_name(module), encode, decode, _classes(encode, decode))


# --- codecs.charmap_* --------------------------------------------------------

def _mapping_code(value):
    """A decoding mapping's value for a byte as a code point (None: undefined)."""
    if value is None or isinstance(value, int):
        code = value
    elif isinstance(value, str):
        if len(value) != 1:
            raise NotImplementedError('codecs.charmap_decode: a mapping to more or less than one character')
        code = ord(value)
    else:
        raise TypeError('character mapping must return integer, None or str')
    if code is not None and not 0 <= code < 0x110000:
        raise TypeError('character mapping must be in range(0x110000)')
    return None if code == _UNDEFINED else code


def charmap_decode(data, errors=None, mapping=None):
    raw = _bytes_of(data)
    errors = _handler('charmap_decode', errors)
    if mapping is None:
        return c_decode(raw, 'latin-1', errors), len(raw)
    if isinstance(mapping, str):
        codes = code_points(mapping)[:256]
        codes = [None if code == _UNDEFINED else code for code in codes]
    else:
        codes = [_mapping_code(mapping.get(byte)) for byte in range(256)]
    return _decode(_maps(codes)[0], raw, errors), len(raw)


def _encoding_piece(value):
    if isinstance(value, int):
        if not 0 <= value < 256:
            raise TypeError('character mapping must be in range(256)')
        return bytes([value])
    if isinstance(value, bytes):
        return value
    raise TypeError('character mapping must return integer, bytes or None, not %s' % type(value).__name__)


def charmap_encode(str, errors=None, mapping=None):
    _need_str('charmap_encode', str)
    errors = _handler('charmap_encode', errors)
    if mapping is None:
        return c_encode(str, 'latin-1', errors), len(str)
    encoding = {}
    for code, value in mapping.items():
        if value is not None:
            encoding[code] = _encoding_piece(value)
    return _encode(encoding, str, errors, False), len(str)


def charmap_build(map):
    """The encoding dict for a decoding table str: code point -> byte."""
    _need_str('charmap_build', map)
    built = {}
    codes = code_points(map)
    for byte in range(min(len(codes), 256)):
        built.setdefault(codes[byte], byte)
    return built
