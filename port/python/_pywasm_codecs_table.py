"""The codecs pywasm's codecs module provides, and how lookup() finds them:
the text codecs (on the interpreter's bytes.decode/str.encode), hex, base64,
rot13 and the escape codecs here; utf-16/utf-32 in _pywasm_codecs_wide, the
code pages in _pywasm_codecs_charmap. codecs re-exports the public
functions. decode_text/encode_text/text_codec are what port/codecs.c calls
for an encoding it does not know itself."""
import _pywasm_codecs_base as _base
import _pywasm_codecs_names as _names

BOM_UTF8 = b'\xef\xbb\xbf'


def _type_name(obj):
    return type(obj).__name__


def _need_str(func, value):
    if not isinstance(value, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (func, _type_name(value)))


def _handler(func, errors):
    """The error handler name a codec function was given (None: strict)."""
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError('%s() argument 2 must be str or None, not %s' % (func, _type_name(errors)))
    return errors


def _bytes_of(data, complaint="a bytes-like object is required, not '%s'"):
    """data as bytes when it is bytes-like (str is not, though it has a
    buffer in pywasm); otherwise TypeError with `complaint`."""
    if isinstance(data, bytes):
        return data
    if not isinstance(data, str):
        try:
            return bytes(memoryview(data))
        except TypeError:
            pass
    raise TypeError(complaint % _type_name(data))


def _escape():
    import _pywasm_codecs_escape
    return _pywasm_codecs_escape


# --- the text codecs ---------------------------------------------------------

# The handlers the interpreter's utf-8, ascii and latin-1 know (port/codecs.c):
# to encode, and to decode (where it also answers for the rest of CPython's:
# TypeError for xmlcharrefreplace and namereplace, NotImplementedError for
# surrogateescape and surrogatepass). Any other name is done here.
_C_ENCODES = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace')
_C_DECODES = _C_ENCODES + ('namereplace', 'surrogateescape', 'surrogatepass')


def c_encode(text, codec, errors):
    """text.encode(codec, errors) for the interpreter's codecs, with the
    handlers it lacks (namereplace, surrogateescape, surrogatepass, those
    of codecs.register_error) called from here, as CPython calls them."""
    if errors in _C_ENCODES:
        return text.encode(codec, errors)
    from _pywasm_codecs_errors import call_handler
    out, pos, size = [], 0, len(text)
    while True:
        rest = text[pos:] if pos else text
        try:
            out.append(rest.encode(codec))
            return b''.join(out)
        except UnicodeEncodeError as exc:
            start, end, reason, name = pos + exc.start, pos + exc.end, exc.reason, exc.encoding
        out.append(rest[:start - pos].encode(codec))
        stand_in, pos = call_handler(errors, UnicodeEncodeError(name, text, start, end, reason), size)
        if isinstance(stand_in, str):
            try:
                stand_in = stand_in.encode(codec)
            except UnicodeEncodeError:
                raise UnicodeEncodeError(name, text, start, end, reason)
        out.append(stand_in)


def c_decode(raw, codec, errors):
    """raw.decode(codec, errors) for the interpreter's codecs, with the
    handlers of codecs.register_error called from here."""
    if errors in _C_DECODES:
        return raw.decode(codec, errors)
    from _pywasm_codecs_errors import call_handler
    out, pos, size = [], 0, len(raw)
    while True:
        rest = raw[pos:] if pos else raw
        try:
            out.append(rest.decode(codec))
            return ''.join(out)
        except UnicodeDecodeError as exc:
            start, end, reason, name = pos + exc.start, pos + exc.end, exc.reason, exc.encoding
        out.append(rest[:start - pos].decode(codec))
        text, pos = call_handler(errors, UnicodeDecodeError(name, raw, start, end, reason), size)
        out.append(text)


def _encode_as(codec, func, text, errors):
    _need_str(func, text)
    return c_encode(text, codec, _handler(func, errors)), len(text)


def _decode_as(codec, func, data, errors):
    raw = _bytes_of(data)
    return c_decode(raw, codec, _handler(func, errors)), len(raw)


def ascii_encode(str, errors=None):
    return _encode_as('ascii', 'ascii_encode', str, errors)


def ascii_decode(data, errors=None):
    return _decode_as('ascii', 'ascii_decode', data, errors)


def latin_1_encode(str, errors=None):
    return _encode_as('latin-1', 'latin_1_encode', str, errors)


def latin_1_decode(data, errors=None):
    return _decode_as('latin-1', 'latin_1_decode', data, errors)


def utf_8_encode(str, errors=None):
    return _encode_as('utf-8', 'utf_8_encode', str, errors)


def _second_byte_ok(lead, second):
    # the Unicode table of well-formed UTF-8: some leads narrow the second
    # byte (CPython waits on \xed followed by any continuation byte, though)
    low, high = 0x80, 0xbf
    if lead == 0xe0:
        low = 0xa0
    elif lead == 0xf0:
        low = 0x90
    elif lead == 0xf4:
        high = 0x8f
    return low <= second <= high


def _unfinished(raw):
    """How many bytes at raw's end start a character that later bytes could
    still complete (0 when the end is complete or plainly invalid)."""
    size = len(raw)
    for back in range(1, min(3, size) + 1):
        lead = raw[size - back]
        if 0x80 <= lead <= 0xbf:
            continue
        if 0xc2 <= lead <= 0xdf:
            length = 2
        elif 0xe0 <= lead <= 0xef:
            length = 3
        elif 0xf0 <= lead <= 0xf4:
            length = 4
        else:
            return 0
        if back >= length or (back > 1 and not _second_byte_ok(lead, raw[size - back + 1])):
            return 0
        return back
    return 0


def utf_8_decode(data, errors=None, final=False):
    raw = _bytes_of(data)
    errors = _handler('utf_8_decode', errors)
    cut = 0 if final else _unfinished(raw)
    if not cut:
        return c_decode(raw, 'utf-8', errors), len(raw)
    done = len(raw) - cut
    try:
        return c_decode(raw[:done], 'utf-8', errors), done
    except UnicodeDecodeError as exc:
        # a character cut short at raw[:done]'s end is one followed by a lead
        # byte in raw, which CPython reports as a bad continuation byte
        reason = exc.reason
        if reason == 'unexpected end of data':
            reason = 'invalid continuation byte'
        raise UnicodeDecodeError('utf-8', raw, exc.start, exc.end, reason)


def _sig_encode(text, errors='strict'):
    out, used = utf_8_encode(text, errors)
    return BOM_UTF8 + out, used


def _sig_decode(data, errors='strict'):
    raw = _bytes_of(data)
    skip = 3 if raw[:3] == BOM_UTF8 else 0
    text, used = utf_8_decode(raw[skip:], errors, True)
    return text, skip + used


def _drop_bom(coder, data, errors, final):
    """utf-8-sig decoding while coder._bom_unseen (the first bytes are still
    to be checked for a BOM); waits while they could still be one."""
    if len(data) < 3 and BOM_UTF8.startswith(data):
        return '', 0
    coder._bom_unseen = False
    skip = 3 if data[:3] == BOM_UTF8 else 0
    text, used = utf_8_decode(data[skip:], errors, final)
    return text, skip + used


# The utf-8-sig classes keep one fact: whether the BOM is still ahead, as the
# bytes to put before the next output (_prefix) or as a flag (_bom_unseen).
# The class attributes are the fresh state.

class _SigIncrementalEncoder(_base.IncrementalEncoder):
    _prefix = BOM_UTF8

    def encode(self, input, final=False):
        out = self._prefix + utf_8_encode(input, self.errors)[0]
        self._prefix = b''
        return out

    def getstate(self):
        return 1 if self._prefix else 0

    def setstate(self, state):
        self._prefix = BOM_UTF8 if state else b''

    def reset(self):
        self.setstate(1)


class _SigIncrementalDecoder(_base.BufferedIncrementalDecoder):
    _bom_unseen = True

    def _buffer_decode(self, input, errors, final):
        if self._bom_unseen:
            return _drop_bom(self, input, errors, final)
        return utf_8_decode(input, errors, final)

    def getstate(self):
        return (self.buffer, int(self._bom_unseen))

    def setstate(self, state):
        self.buffer, unseen = state
        self._bom_unseen = bool(unseen)

    def reset(self):
        self.setstate((b'', 1))


class _SigStreamWriter(_base.StreamWriter):
    _prefix = BOM_UTF8

    def encode(self, input, errors='strict'):
        out, used = utf_8_encode(input, errors)
        out, self._prefix = self._prefix + out, b''
        return out, used

    def reset(self):
        self._prefix = BOM_UTF8


class _SigStreamReader(_base.StreamReader):
    def _forget(self):
        _base.StreamReader._forget(self)
        self._bom_unseen = True

    def decode(self, input, errors='strict'):
        if self._bom_unseen:
            return _drop_bom(self, input, errors, False)
        return utf_8_decode(input, errors)


# --- the escape codecs -------------------------------------------------------

def unicode_escape_encode(str, errors=None):
    _need_str('unicode_escape_encode', str)
    _handler('unicode_escape_encode', errors)
    return _escape().encode(str, False), len(str)


def raw_unicode_escape_encode(str, errors=None):
    _need_str('raw_unicode_escape_encode', str)
    _handler('raw_unicode_escape_encode', errors)
    return _escape().encode(str, True), len(str)


def _escaped_bytes(data):
    # str input is taken as its UTF-8 bytes, as CPython does
    return data.encode('utf-8') if isinstance(data, str) else _bytes_of(data)


def unicode_escape_decode(data, errors=None, final=True):
    raw = _escaped_bytes(data)
    return _escape().decode(raw, _handler('unicode_escape_decode', errors), final, False)


def raw_unicode_escape_decode(data, errors=None, final=True):
    raw = _escaped_bytes(data)
    return _escape().decode(raw, _handler('raw_unicode_escape_decode', errors), final, True)


# --- the bytes-to-bytes and str-to-str codecs --------------------------------

def _only_strict(errors):
    # these codecs take no error handler but the default
    if errors != 'strict':
        raise AssertionError()


def _binascii():
    import binascii
    return binascii


_HEX_DIGITS = b'0123456789abcdefABCDEF'


def _hex_encode(input, errors='strict'):
    _only_strict(errors)
    raw = _bytes_of(input)
    return _binascii().hexlify(raw), len(raw)


def _hex_decode(input, errors='strict'):
    _only_strict(errors)
    if isinstance(input, str):
        try:
            raw = input.encode('ascii')
        except UnicodeError:
            raise ValueError('string argument should contain only ASCII characters')
    else:
        raw = _bytes_of(input, "argument should be bytes, buffer or ASCII string, not '%s'")
    binascii = _binascii()
    if len(raw) % 2:
        raise binascii.Error('Odd-length string')
    # checked here: pywasm's unhexlify skips whitespace
    for byte in raw:
        if byte not in _HEX_DIGITS:
            raise binascii.Error('Non-hexadecimal digit found')
    return binascii.unhexlify(raw), len(input)


def _base64_encode(input, errors='strict'):
    _only_strict(errors)
    raw = _bytes_of(input, 'expected bytes-like object, not %s')
    # lines of 76 characters: 57 input bytes each
    to_text = _binascii().b2a_base64
    return b''.join([to_text(raw[at:at + 57]) for at in range(0, len(raw), 57)]), len(raw)


def _base64_decode(input, errors='strict'):
    _only_strict(errors)
    raw = _bytes_of(input, 'expected bytes-like object, not %s')
    binascii = _binascii()
    try:
        return binascii.a2b_base64(raw), len(raw)
    except binascii.Error:
        alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
        count = len([b for b in raw if b in alphabet])
        if count % 4 == 1:
            raise binascii.Error('Invalid base64-encoded string: number of data characters '
                                 '(%d) cannot be 1 more than a multiple of 4' % count)
        raise


_rot_map = None


def _rot13(input, errors='strict'):
    global _rot_map
    if not isinstance(input, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % _type_name(input))
    if _rot_map is None:
        _rot_map = {}
        for first in (65, 97):
            for i in range(26):
                _rot_map[first + i] = chr(first + (i + 13) % 26)
    return input.translate(_rot_map), len(input)


# --- classes for each codec --------------------------------------------------

def _classes(encoder, decoder, chunk_decoder=None, stream_decoder=None, output=str):
    """The incremental and stream classes of a codec made of stateless
    functions. chunk_decoder(data, errors, final) decodes chunk by chunk,
    keeping an unfinished end; stream_decoder(data, errors) does for readers."""

    class IncrementalEncoder(_base.IncrementalEncoder):
        def encode(self, input, final=False):
            return encoder(input, self.errors)[0]

    if chunk_decoder is None:
        class IncrementalDecoder(_base.IncrementalDecoder):
            def decode(self, input, final=False):
                return decoder(input, self.errors)[0]
    else:
        class IncrementalDecoder(_base.BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return chunk_decoder(input, errors, final)

    reads = stream_decoder or decoder

    class StreamReader(_base.StreamReader):
        _text_type = output

        def decode(self, input, errors='strict'):
            return reads(input, errors)

    class StreamWriter(_base.StreamWriter):
        def encode(self, input, errors='strict'):
            return encoder(input, errors)

    return IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter


def _info(name, encoder, decoder, classes, text=True):
    inc_enc, inc_dec, reader, writer = classes
    return _base.CodecInfo(encoder, decoder, reader, writer, inc_enc, inc_dec, name,
                           _is_text_encoding=text)


def _utf_8_whole(input, errors='strict'):
    return utf_8_decode(input, errors, True)


def _make_utf_8():
    classes = _classes(utf_8_encode, _utf_8_whole, utf_8_decode, utf_8_decode)
    return _info('utf-8', utf_8_encode, _utf_8_whole, classes)


def _make_utf_8_sig():
    classes = (_SigIncrementalEncoder, _SigIncrementalDecoder, _SigStreamReader, _SigStreamWriter)
    return _info('utf-8-sig', _sig_encode, _sig_decode, classes)


def _make_escape(name, encoder, decoder):
    def partial(data, errors):
        return decoder(data, errors, False)
    return _info(name, encoder, decoder, _classes(encoder, decoder, decoder, partial))


def _make_plain(name, encoder, decoder, text=True, output=str):
    return _info(name, encoder, decoder, _classes(encoder, decoder, output=output), text)


# codec module name (as CPython's encodings package has it) -> maker
_MAKERS = {
    'utf_8': _make_utf_8,
    'utf_8_sig': _make_utf_8_sig,
    'ascii': lambda: _make_plain('ascii', ascii_encode, ascii_decode),
    'latin_1': lambda: _make_plain('iso8859-1', latin_1_encode, latin_1_decode),
    'unicode_escape': lambda: _make_escape('unicode-escape', unicode_escape_encode, unicode_escape_decode),
    'raw_unicode_escape': lambda: _make_escape('raw-unicode-escape', raw_unicode_escape_encode,
                                               raw_unicode_escape_decode),
    'hex_codec': lambda: _make_plain('hex', _hex_encode, _hex_decode, False, bytes),
    'base64_codec': lambda: _make_plain('base64', _base64_encode, _base64_decode, False, bytes),
    'rot_13': lambda: _make_plain('rot-13', _rot13, _rot13, False),
    'punycode': lambda: __import__('_pywasm_codecs_punycode').make(),
    'idna': lambda: __import__('_pywasm_codecs_idna').make(),
    'zlib_codec': lambda: __import__('_pywasm_codecs_zlib').make(),
    # charmap without a mapping is Latin-1 (hyperlink encodes bytes 0-255 with it)
    'charmap': lambda: _make_plain('charmap', latin_1_encode, latin_1_decode),
}
_made = {}


def _make(module):
    maker = _MAKERS.get(module)
    if maker is not None:
        return maker()
    if module[:4] == 'utf_':
        import _pywasm_codecs_wide
        return _pywasm_codecs_wide.make(module)
    import _pywasm_codecs_charmap
    return _pywasm_codecs_charmap.make(module)


_named = {}  # name as given -> CodecInfo: bytes.decode('cp1252') looks up each time


_searches = []  # codecs.register's search functions, asked after our own codecs


def register(search):
    if not callable(search):
        raise TypeError('argument must be callable')
    _searches.append(search)


def unregister(search):
    if search in _searches:
        _searches.remove(search)
        # CPython empties its lookup cache too
        _named.clear()


def _search(encoding):
    # CPython hands search functions the name lower-cased, with spaces and
    # hyphens made underscores; the first answer other than None wins
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    for search in _searches:
        info = search(key)
        if info is not None:
            if not isinstance(info, _base.CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError('codec search functions must return 4-tuples')
                info = _base.CodecInfo(*info)
            return info
    return None


def find_codec(encoding):
    """The CodecInfo for a codec name (the work behind codecs.lookup)."""
    info = _named.get(encoding)
    if info is None:
        try:
            module = _names.codec_module(encoding)
        except LookupError:
            # a registered search function may know it (ftfy's
            # 'sloppy-windows-1252'), or supply a codec pywasm lacks
            info = _search(encoding) if _searches else None
            if info is None:
                raise
        else:
            info = _made.get(module)
            if info is None:
                info = _made[module] = _make(module)
        _named[encoding] = info
    return info


# --- for port/codecs.c: bytes.decode, str.encode and open() ------------------

def naming_codec(exc, verb, encoding):
    """CPython re-raises a plain exception from inside a codec as one of the
    same type whose message names the codec; None when it keeps it as is.
    CPython wraps only exceptions laid out as BaseException: a plain
    UnicodeError (punycode's) is wrapped, its subclasses with their fields
    and AttributeError (name, obj) are not."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, NotImplementedError,
                        AttributeError)) or len(exc.args) > 1:
        return None
    text = "%sing with '%s' codec failed (%s: %s)" % (verb[:-1], encoding, type(exc).__name__, exc)
    try:
        return type(exc)(text)
    except Exception:
        return None


def _text_info(encoding, use):
    info = find_codec(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, use))
    return info


def _run(verb, coder, obj, encoding, errors):
    try:
        return coder(obj, errors)[0]
    except Exception as exc:
        # CPython's bytes.decode/str.encode call its utf-16 and utf-32
        # codecs directly, by these spellings: no renaming for them
        renamed = None
        if encoding.lower().replace('-', '_').replace(' ', '_') not in ('utf_16', 'utf16', 'utf_32', 'utf32'):
            renamed = naming_codec(exc, verb, encoding)
        if renamed is None:
            raise
        raise renamed from exc


def decode_text(data, encoding, errors):
    return _run('decode', _text_info(encoding, 'decode').decode, data, encoding, errors)


def encode_text(text, encoding, errors):
    return _run('encode', _text_info(encoding, 'encode').encode, text, encoding, errors)


def text_codec(encoding):
    """For open(): LookupError unless encoding names a text codec."""
    _text_info(encoding, 'open')
