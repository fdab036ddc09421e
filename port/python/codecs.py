"""codecs: CPython's codec registry API for the codecs pywasm has.

Covers encode()/decode() (with CPython's "encoding with 'hex' codec failed
(...)" wrapping of plain errors), lookup() with CPython's name normalisation
and aliases returning a CodecInfo (also readable as the classic 4-tuple),
getencoder/getdecoder/getincrementalencoder/getincrementaldecoder/
getreader/getwriter, iterencode/iterdecode, open(), the BOM_* constants, the
Codec, IncrementalEncoder/Decoder, BufferedIncrementalEncoder/Decoder,
StreamReader/StreamWriter/StreamReaderWriter classes, and the functions
utf_8_encode/decode, ascii_*, latin_1_*, unicode_escape_*,
raw_unicode_escape_*, utf_16_*, utf_32_*, charmap_decode/encode/build.

Codecs: utf-8, utf-8-sig, ascii, latin-1 (on the interpreter's own
bytes.decode/str.encode), utf-16, utf-16-le/-be, utf-32, utf-32-le/-be,
37 single-byte code pages (cp437, cp850, cp852, cp858, cp866, cp874, cp1250-cp1258,
iso8859-2 to -16, koi8-r/-u, mac-roman/-cyrillic/-greek/-latin2/-turkish/
-iceland), unicode_escape, raw_unicode_escape, hex, base64 (bytes to bytes),
rot13 (str to str), punycode (_pywasm_codecs_punycode) and idna
(_pywasm_codecs_idna, with the stringprep module). bytes.decode, str.encode
and open() reach the ones the interpreter lacks through port/codecs.c.

Error handlers: register_error, lookup_error and the built-in handlers
(strict_errors ... namereplace_errors; surrogateescape and surrogatepass by
name) live in _pywasm_codecs_handlers, imported when first used. The codecs
here call a registered handler (and namereplace, surrogateescape and
surrogatepass to encode) as CPython does; str.encode, bytes.decode and
open() with utf-8, ascii or latin-1 are the interpreter's, which knows only
strict, ignore, replace, backslashreplace and xmlcharrefreplace, and raises
LookupError for any other name (codecs.encode/decode and the *_encode/
*_decode functions do not: they call the handler from here).

register()/unregister(): search functions are asked for a name none of
ours has (or one pywasm lacks), by lookup() and by bytes.decode,
str.encode and open() alike.

Differences: CodecInfo is not a tuple subclass (isinstance(info, tuple) is
False), though it indexes, unpacks and compares like one; charmap_build
returns a dict.

Not supported (NotImplementedError): the other CPython codecs most often
named (utf-7, the other code pages, CJK codecs, zlib, ...: lookup() names
the codec, with a NotImplementedError that is also a LookupError, so code
skipping codecs it cannot look up goes on; rarer ones are unknown
encodings), decoding under the surrogateescape and surrogatepass
handlers where they would make a lone surrogate, namereplace for a
character whose name pywasm's unicodedata lacks, \\N{NAME} escapes,
EncodedFile, StreamRecoder, escape_encode/
escape_decode."""
import builtins

import _pywasm_codecs_table as _table
from _pywasm_codecs_base import (  # noqa: F401
    CodecInfo, Codec, IncrementalEncoder, IncrementalDecoder, BufferedIncrementalEncoder,
    BufferedIncrementalDecoder, StreamWriter, StreamReader, StreamReaderWriter)
from _pywasm_codecs_table import (  # noqa: F401
    find_codec as _find_codec, naming_codec as _naming_codec, ascii_encode, ascii_decode, latin_1_encode,
    latin_1_decode, utf_8_encode, utf_8_decode, unicode_escape_encode, unicode_escape_decode,
    raw_unicode_escape_encode, raw_unicode_escape_decode)

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# the machine's byte order (WebAssembly is little-endian)
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE, BOM64_LE, BOM64_BE = BOM_UTF16_LE, BOM_UTF16_BE, BOM_UTF32_LE, BOM_UTF32_BE

_found = {}  # name as given -> CodecInfo


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    info = _found.get(encoding)
    if info is None:
        info = _found[encoding] = _find_codec(encoding)
    return info


def _str_argument(func, name, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument '%s' must be str, not %s" % (func, name, type(value).__name__))


def _convert(verb, obj, encoding, errors):
    _str_argument(verb, 'encoding', encoding)
    _str_argument(verb, 'errors', errors)
    info = lookup(encoding)
    try:
        return (info.encode if verb == 'encode' else info.decode)(obj, errors)[0]
    except Exception as exc:
        renamed = _naming_codec(exc, verb, encoding)
        if renamed is None:
            raise
        raise renamed from exc


def encode(obj, encoding='utf-8', errors='strict'):
    return _convert('encode', obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return _convert('decode', obj, encoding, errors)


def _part(encoding, attr):
    found = getattr(lookup(encoding), attr)
    if found is None:
        raise LookupError(encoding)
    return found


def getencoder(encoding):
    return _part(encoding, 'encode')


def getdecoder(encoding):
    return _part(encoding, 'decode')


def getincrementalencoder(encoding):
    return _part(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    return _part(encoding, 'incrementaldecoder')


def getreader(encoding):
    return _part(encoding, 'streamreader')


def getwriter(encoding):
    return _part(encoding, 'streamwriter')


def _marked_last(chunks):
    for chunk in chunks:
        yield chunk, False
    yield None, True


def _pieces(step, chunks, nothing):
    """The non-empty outputs of step(chunk, final) over the chunks, and of
    one last call with an empty input (CPython passes an empty str to the
    encoder even for the bytes-to-bytes codecs)."""
    for chunk, last in _marked_last(chunks):
        piece = step(nothing, True) if last else step(chunk)
        if piece:
            yield piece


def iterencode(iterator, encoding, errors='strict', **kwargs):
    # a generator throughout: even the lookup waits for the first next()
    yield from _pieces(getincrementalencoder(encoding)(errors, **kwargs).encode, iterator, '')


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    yield from _pieces(getincrementaldecoder(encoding)(errors, **kwargs).decode, iterator, b'')


def _codec_for_file(encoding, file):
    # an unknown codec must not leave the file open
    try:
        return lookup(encoding)
    except BaseException:
        file.close()
        raise


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """With an encoding: the file opened in binary mode (the codec does the
    text part, so no newline translation) in a StreamReaderWriter that also
    has the encoding as an attribute. Without one: the builtin open()."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    file = builtins.open(filename, mode if 'b' in mode else mode + 'b', buffering)
    info = _codec_for_file(encoding, file)
    both = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    both.encoding = encoding
    return both


def _refused(feature):
    def refuse(*args, **kwargs):
        raise NotImplementedError('codecs.' + feature)
    return refuse


def register(search_function):
    _table.register(search_function)


def unregister(search_function):
    _table.unregister(search_function)
    _found.clear()


EncodedFile = _refused('EncodedFile')
StreamRecoder = _refused('StreamRecoder')
escape_encode = _refused('escape_encode')
escape_decode = _refused('escape_decode')



def _handlers():
    import _pywasm_codecs_handlers
    return _pywasm_codecs_handlers


def register_error(name, handler):
    _handlers().register_error(name, handler)


def lookup_error(name):
    return _handlers().lookup_error(name)


# The functions of the utf-16/utf-32, code page and error handler modules,
# imported when first asked for (PEP 562): a plain `import codecs` does not
# load them.
_ELSEWHERE = {'charmap_build': '_pywasm_codecs_charmap', 'charmap_decode': '_pywasm_codecs_charmap',
              'charmap_encode': '_pywasm_codecs_charmap'}
for _kind in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace'):
    _ELSEWHERE[_kind + '_errors'] = '_pywasm_codecs_handlers'
for _bits in ('16', '32'):
    for _order in ('', 'le_', 'be_'):
        for _verb in ('encode', 'decode'):
            _ELSEWHERE['utf_%s_%s%s' % (_bits, _order, _verb)] = '_pywasm_codecs_wide'
    _ELSEWHERE['utf_%s_ex_decode' % _bits] = '_pywasm_codecs_wide'


def __getattr__(name):
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError("module 'codecs' has no attribute '%s'" % name)
    return getattr(__import__(module), name)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'ascii_decode ascii_encode decode encode latin_1_decode latin_1_encode lookup '
    'lookup_error raw_unicode_escape_decode raw_unicode_escape_encode register register_error unregister '
    'unicode_escape_decode unicode_escape_encode utf_8_decode utf_8_encode'))
del as_builtins
