"""Codec names for pywasm's codecs module: CPython's aliases of the codecs
pywasm has, and the names of CPython codecs it lacks."""

# Codec module name, then the other names CPython finds it by (after
# normalising). The second table lists CPython codecs pywasm lacks, with the
# name CPython's CodecInfo reports: lookup() refuses them by name.
_NAMES = """
utf_8 u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001
utf_8_sig
ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii
latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1
unicode_escape
raw_unicode_escape
hex_codec hex
base64_codec base64 base_64
rot_13 rot13
"""
_MISSING_NAMES = """
utf_16:utf-16 u16 utf16
utf_16_be:utf-16-be unicodebigunmarked utf_16be
utf_16_le:utf-16-le unicodelittleunmarked utf_16le
utf_32:utf-32 u32 utf32
utf_32_be:utf-32-be utf_32be
utf_32_le:utf-32-le utf_32le
utf_7:utf-7 u7 unicode_1_1_utf_7 utf7
cp1250:cp1250 windows_1250
cp1251:cp1251 windows_1251
cp1252:cp1252 windows_1252
cp437:cp437 437 ibm437
cp850:cp850 850 ibm850
iso8859_2:iso8859-2 latin2 l2
iso8859_15:iso8859-15 latin9 l9
koi8_r:koi8-r
mac_roman:mac-roman macroman macintosh
shift_jis:shift_jis sjis s_jis
euc_jp:euc_jp eucjp ujis
gbk:gbk 936 cp936
gb2312:gb2312 chinese
gb18030:gb18030
big5:big5 big5_tw csbig5
idna:idna
punycode:punycode
zlib_codec:zlib zip zlib
bz2_codec:bz2 bz2
uu_codec:uu uu
quopri_codec:quopri quopri quotedprintable quoted_printable
"""

_aliases = None  # normalised name -> codec module name (its own name too)
_missing = None  # codec module name -> the name CPython reports


def _load_names():
    global _aliases, _missing
    _aliases, _missing = {}, {}
    for row in _NAMES.split('\n'):
        words = row.split()
        for word in words:
            _aliases[word] = words[0]
    for row in _MISSING_NAMES.split('\n'):
        if row:
            module, rest = row.split(':')
            words = rest.split()
            _missing[module] = words[0]
            for word in words[1:]:
                _aliases[word] = module


def normalise(name):
    """CPython's search key for a codec name: lower case, every run of
    characters other than ASCII letters, digits and '.' made one '_', none
    at either end."""
    out, gap = [], False
    for ch in name.lower():
        if ch < '\x80' and (ch.isalpha() or ch.isdigit()) or ch == '.':
            if gap and out:
                out.append('_')
            gap = False
            out.append(ch)
        else:
            gap = True
    return ''.join(out)


def codec_module(encoding):
    """The name of the codec module CPython's search finds for `encoding`,
    when pywasm has that codec; LookupError when CPython has none by that
    name, NotImplementedError when pywasm lacks it."""
    if '\x00' in encoding:
        raise ValueError('embedded null character')
    if _aliases is None:
        _load_names()
    key = normalise(encoding)
    # a name as it is, or an alias with '.' read as '_'; a module's own name
    # does not get that second chance
    module = _aliases.get(key)
    if module is None:
        module = _aliases.get(key.replace('.', '_'))
        if module == key.replace('.', '_'):
            module = None
    if module is None and key in _missing:
        module = key
    if module is None:
        raise LookupError('unknown encoding: %s' % encoding)
    if module in _missing:
        raise NotImplementedError("codecs: the '%s' codec" % _missing[module])
    return module
