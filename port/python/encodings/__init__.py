"""encodings: the codec package's names as CPython's: normalize_encoding,
search_function (codecs.lookup's search), CodecRegistryError, the aliases
table (encodings.aliases), and a module per codec: `import encodings.cp1252`
(or importlib.import_module('encodings.utf_8')) gives, for each codec
pywasm's codecs module has, under its CPython module name, a module with
getregentry() (the codecs.CodecInfo), IncrementalEncoder/IncrementalDecoder,
StreamReader/StreamWriter, and encode/decode (the utf_* modules) or a Codec
class (the others); the code pages also have decoding_table and
encoding_table (cp437, cp850, cp852, cp858, cp866: decoding_table,
decoding_map, encoding_map), hex_codec and base64_codec their
hex_/base64_encode/decode. A codec pywasm lacks has no module:
ModuleNotFoundError, as for a name that is no codec.

Not as CPython: those modules are made when imported, by a finder this
package puts on sys.meta_path, from the codecs module's CodecInfo: they have
no __file__, their classes are the codecs module's, and each codec's own
helpers (rot_13's rot13, punycode's functions, ascii's and latin_1's
StreamConverter) are not there, but for idna's nameprep, ToASCII and
ToUnicode."""
import codecs as _codecs
import sys as _sys


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """CPython's: every run of characters other than ASCII letters, digits
    and '.' becomes one '_', with none kept at either end; case is kept."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    out, gap = [], False
    for ch in encoding:
        if ch.isalnum() and ch < '\x80' or ch == '.':
            if gap and out:
                out.append('_')
            out.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(out)


def search_function(encoding):
    """The CodecInfo of encoding, or None when there is no such codec."""
    try:
        return _codecs.lookup(encoding)
    except LookupError:
        return None


_have = None  # the codec module names pywasm has a codec for


def _is_codec_module(name):
    global _have
    if _have is None:
        import _pywasm_codecs_names as names
        if names._aliases is None:
            names._load_names()
        _have = set(names._aliases.values()).difference(names._missing)
    return name in _have


def _code_page(d, name):
    # the tables CPython's module of a code page has
    import _pywasm_charmaps
    from _pywasm_codecs_charmap import _expand
    codes = list(range(128)) + _expand(_pywasm_charmaps.TABLES[name])
    d['decoding_table'] = ''.join(['\ufffe' if code is None else chr(code) for code in codes])
    if len(name) == 5:  # the DOS code pages: maps as well
        d['decoding_map'] = dict(enumerate(codes))
        d['encoding_map'] = {code: byte for byte, code in enumerate(codes) if code is not None}
    else:
        d['encoding_table'] = _codecs.charmap_build(d['decoding_table'])


def _fill(module):
    """Give an encodings.<codec> module its codec's names."""
    name = module.__name__[10:]
    import _pywasm_codecs_table
    info = _pywasm_codecs_table.find_codec(name)
    d = module.__dict__

    def getregentry():
        return info
    d.update(codecs=_codecs, getregentry=getregentry, IncrementalEncoder=info.incrementalencoder,
             IncrementalDecoder=info.incrementaldecoder, StreamReader=info.streamreader,
             StreamWriter=info.streamwriter)
    if name[:4] == 'utf_':
        d.update(encode=info.encode, decode=info.decode)
        return

    class Codec(_codecs.Codec):
        def encode(self, input, errors='strict'):
            return info.encode(input, errors)

        def decode(self, input, errors='strict'):
            return info.decode(input, errors)
    d['Codec'] = Codec
    if name[-6:] == '_codec':
        d[name[:-6] + '_encode'], d[name[:-6] + '_decode'] = info.encode, info.decode
    elif name[:2] in ('cp', 'is', 'ko', 'ma'):
        _code_page(d, name)
    elif name == 'idna':
        # its label functions, which dnspython and others call
        import _pywasm_codecs_idna as idna
        d.update(nameprep=idna.nameprep, ToASCII=idna.ToASCII, ToUnicode=idna.ToUnicode,
                 ace_prefix=b'xn--', sace_prefix='xn--')


class _CodecModules:
    """The sys.meta_path finder of encodings.<codec module>: a module made
    from the codecs module's CodecInfo (see the docstring above)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        package, _, name = fullname.rpartition('.')
        if package != 'encodings' or not _is_codec_module(name):
            return None
        from importlib.machinery import ModuleSpec
        return ModuleSpec(fullname, cls)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        _fill(module)


_sys.meta_path.append(_CodecModules)
