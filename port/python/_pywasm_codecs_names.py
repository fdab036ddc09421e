"""Codec names for pywasm's codecs module: CPython's aliases of the codecs
pywasm has, and the names of CPython codecs it lacks (the code pages' names
are in _pywasm_charmaps, with their tables)."""

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
zlib_codec zip zlib
rot_13 rot13
utf_16 u16 utf16
utf_16_be unicodebigunmarked utf_16be
utf_16_le unicodelittleunmarked utf_16le
utf_32 u32 utf32
utf_32_be utf_32be
utf_32_le utf_32le
punycode
idna
charmap
"""
_MISSING_NAMES = """
utf_7:utf-7 u7 unicode_1_1_utf_7 utf7
shift_jis:shift_jis csshiftjis shiftjis sjis s_jis x_mac_japanese
shift_jis_2004:shift_jis_2004 s_jis_2004 shiftjis2004 sjis_2004
shift_jisx0213:shift_jisx0213 s_jisx0213 shiftjisx0213 sjisx0213
cp932:cp932 932 ms932 ms_kanji mskanji
euc_jp:euc_jp eucjp ujis u_jis
euc_jis_2004:euc_jis_2004 euc_jis2004 eucjis2004 jisx0213
euc_jisx0213:euc_jisx0213 eucjisx0213
iso2022_jp:iso2022_jp csiso2022jp iso2022jp iso_2022_jp
iso2022_jp_1:iso2022_jp_1 iso2022jp_1 iso_2022_jp_1
iso2022_jp_2:iso2022_jp_2 iso2022jp_2 iso_2022_jp_2
iso2022_jp_2004:iso2022_jp_2004 iso2022jp_2004 iso_2022_jp_2004
iso2022_jp_3:iso2022_jp_3 iso2022jp_3 iso_2022_jp_3
iso2022_jp_ext:iso2022_jp_ext iso2022jp_ext iso_2022_jp_ext
iso2022_kr:iso2022_kr csiso2022kr iso2022kr iso_2022_kr
euc_kr:euc_kr euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean
cp949:cp949 949 ms949 uhc
johab:johab cp1361 ms1361
gbk:gbk 936 cp936 ms936
gb2312:gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese
gb18030:gb18030 gb18030_2000
hz:hz hz_gb hz_gb_2312 hzgb
big5:big5 big5_tw csbig5 x_mac_trad_chinese
big5hkscs:big5hkscs big5_hkscs hkscs
cp950:cp950 950 ms950
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
            _add_missing(module, rest.split())
    # the code pages: module name, the name CPython reports, aliases
    import _pywasm_charmaps
    for row in _pywasm_charmaps.NAMES.split('\n'):
        words = row.split()
        for word in words[:1] + words[2:]:
            _aliases[word] = words[0]
    for row in _pywasm_charmaps.LEFT_OUT.split('\n'):
        words = row.split()
        if words:
            _add_missing(words[0], words[1:])


def _add_missing(module, names):
    # names: the one CPython reports, then the aliases
    _missing[module] = names[0]
    for word in names[1:]:
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


# What a codec pywasm lacks raises: a NotImplementedError (by that name, as
# the project's gaps are) that is also a LookupError, so that code skipping
# the codecs it cannot look up (charset_normalizer tries every codec CPython
# has, catching LookupError) goes on as it would for an unknown one.
Lacking = type('NotImplementedError', (NotImplementedError, LookupError), {'__module__': 'builtins'})


def codec_module(encoding):
    """The name of the codec module CPython's search finds for `encoding`,
    when pywasm has that codec; LookupError when CPython has none by that
    name, Lacking (NotImplementedError and LookupError) when pywasm lacks it."""
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
        raise Lacking("codecs: the '%s' codec" % _missing[module])
    return module
