"""unicodedata.name and unicodedata.lookup for pywasm. Names made from the
code point (Hangul syllables, CJK ideographs and the like) are computed;
others come from the table in _pywasm_unicodedata_namedata, which holds only
some blocks (unicodedata's docstring lists them). A name outside those raises
NotImplementedError rather than a wrong answer."""
import unicodedata as _ud
import _pywasm_unicodedata_namedata as _nd

# The short names of the Hangul jamo that spell a syllable's name: leading
# consonants, vowels, trailing consonants (Unicode's Jamo.txt).
_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J',
           'JJ', 'C', 'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE',
           'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB',
           'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C',
           'K', 'T', 'P', 'H')
_S_BASE = 0xAC00
_S_COUNT = 11172
_HANGUL = 'HANGUL SYLLABLE '
_UNIFIED = 'CJK UNIFIED IDEOGRAPH-'
# What a name can be made of: anything else is no name of any char.
_NAME_CHARS = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -')
_HEX = frozenset('0123456789ABCDEF')
_NAMELESS_CATEGORIES = ('Cc', 'Cn', 'Co', 'Cs')

_lines = None  # _nd.NAMES split into lines: the name of each covered char
_index = None  # {name as bytes: index in _lines}, for lookup()


def _table():
    global _lines
    if _lines is None:
        # NAMES starts with a newline: line i + 1 is covered char i.
        _lines = _nd.NAMES.split(b'\n')
    return _lines


def _table_name(cp):
    """The name of cp from the table; '' when cp has none, None when the
    table does not cover cp."""
    offset = 1
    for first, end in _nd.NAME_BLOCKS:
        if first <= cp < end:
            return _table()[offset + cp - first].decode()
        offset += end - first
    return None


def _table_char(name):
    """The char the table names name (upper case, bytes), or None."""
    global _index
    if _index is None:
        lines = _table()
        _index = {lines[i]: i for i in range(len(lines)) if lines[i]}
    line = _index.get(name)
    if line is None:
        return None
    line -= 1
    for first, end in _nd.NAME_BLOCKS:
        if line < end - first:
            return chr(first + line)
        line -= end - first
    return None


def name(cp):
    """The name of code point cp, or None when it has none."""
    if _ud._category(cp) in _NAMELESS_CATEGORIES:
        return None
    for first, last in _nd.NAMELESS:
        if first <= cp <= last:
            return None
    if _S_BASE <= cp < _S_BASE + _S_COUNT:
        s = cp - _S_BASE
        return (_HANGUL + _JAMO_L[s // 588] + _JAMO_V[s % 588 // 28]
                + _JAMO_T[s % 28])
    for prefix, first, last in _nd.HEX_NAME_RANGES:
        if first <= cp <= last:
            return _nd.HEX_NAME_PREFIXES[prefix] + '%X' % cp
    found = _table_name(cp)
    if found is None:
        raise NotImplementedError(
            'unicodedata.name(): pywasm has no name table for U+%04X (it knows '
            'Latin, Greek, Cyrillic, punctuation, symbols, kana, fullwidth '
            'forms, emoji and the names made from the code point)' % cp)
    return found or None


def _longest(text, pos, names):
    """Index of the longest of names found at text[pos:], or -1."""
    best, best_len = -1, -1
    for i, candidate in enumerate(names):
        if len(candidate) > best_len and text.startswith(candidate, pos):
            best, best_len = i, len(candidate)
    return best


def _hangul(text):
    """The syllable spelt by text after 'HANGUL SYLLABLE ', or None."""
    pos = len(_HANGUL)
    l = _longest(text, pos, _JAMO_L)
    pos += len(_JAMO_L[l])
    v = _longest(text, pos, _JAMO_V)
    if v < 0:
        return None
    pos += len(_JAMO_V[v])
    t = _longest(text, pos, _JAMO_T)
    pos += len(_JAMO_T[t])
    if pos != len(text):
        return None
    return chr(_S_BASE + (l * 21 + v) * 28 + t)


def _hex_name(text, prefix, digits, exact):
    """The char text names as prefix + hex in one of the ranges of that
    prefix, or None. digits: the hex lengths accepted; exact: only the
    spelling name() gives."""
    hex_digits = text[len(prefix):]
    if len(hex_digits) not in digits or not all(c in _HEX for c in hex_digits):
        return None
    cp = int(hex_digits, 16)
    if exact and hex_digits != '%X' % cp:
        return None
    index = _nd.HEX_NAME_PREFIXES.index(prefix)
    for i, first, last in _nd.HEX_NAME_RANGES:
        if i == index and first <= cp <= last:
            return chr(cp)
    return None


def _undefined(text):
    return KeyError("undefined character name '%s'" % text)


def lookup(name):
    if isinstance(name, str):
        text = name
        size = len(text.encode())
    elif isinstance(name, bytes):
        try:
            text = name.decode()
        except UnicodeError:
            text = ''.join([chr(b) if b < 0x80 else '\ufffd' for b in name])
        size = len(name)
    elif isinstance(name, (bytearray, memoryview)):
        raise TypeError('lookup() argument must be read-only bytes-like object, not %s'
                        % type(name).__name__)
    else:
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    if size > 256:
        raise KeyError('name too long')
    # Case matters for the computed names, as in CPython; the table is
    # looked up in any case.
    if text.startswith(_HANGUL):
        found = _hangul(text)
        if found is not None:
            return found
    if text.startswith(_UNIFIED):
        found = _hex_name(text, _UNIFIED, (4, 5), False)
        if found is not None:
            return found
    upper = text.upper()
    # Names, aliases and named sequences are made of _NAME_CHARS, with no
    # space at either end and no two in a row, and none is longer than
    # LONGEST_NAME: anything else is surely no name, even one the table lacks.
    if (not upper or len(upper) > _nd.LONGEST_NAME or upper[0] == ' '
            or upper[-1] == ' ' or '  ' in upper
            or not all(c in _NAME_CHARS for c in upper)):
        raise _undefined(text)
    if upper.startswith((_HANGUL, _UNIFIED)):
        raise _undefined(text)
    for prefix in _nd.HEX_NAME_PREFIXES:
        if prefix != _UNIFIED and upper.startswith(prefix):
            found = _hex_name(upper, prefix, (4, 5), True)
            if found is None:
                raise _undefined(text)
            return found
    found = _table_char(upper.encode())
    if found is not None:
        return found
    raise NotImplementedError(
        'unicodedata.lookup(%r): pywasm knows the names of Latin, Greek, '
        'Cyrillic, punctuation, symbols, kana, fullwidth forms and emoji and '
        'those made from the code point, but no other names, aliases or named '
        'sequences' % text)
