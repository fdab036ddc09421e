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
_aliases = None  # {alias: char}, from _ALIAS_TEXT

# Unicode 14.0's formal name aliases (NameAliases.txt), which lookup() and
# "\N{...}" accept as CPython's do (name() gives none of them): a code
# point in hex, then its aliases. VS1-VS256 are computed in _alias_char.
_ALIAS_TEXT = (
    '0000 NULL;NUL\n0001 START OF HEADING;SOH\n0002 START OF TEXT;STX\n'
    '0003 END OF TEXT;ETX\n0004 END OF TRANSMISSION;EOT\n0005 ENQUIRY;ENQ\n'
    '0006 ACKNOWLEDGE;ACK\n0007 ALERT;BEL\n0008 BACKSPACE;BS\n'
    '0009 CHARACTER TABULATION;HORIZONTAL TABULATION;HT;TAB\n'
    '000A LINE FEED;NEW LINE;END OF LINE;LF;NL;EOL\n'
    '000B LINE TABULATION;VERTICAL TABULATION;VT\n000C FORM FEED;FF\n'
    '000D CARRIAGE RETURN;CR\n000E SHIFT OUT;LOCKING-SHIFT ONE;SO\n'
    '000F SHIFT IN;LOCKING-SHIFT ZERO;SI\n0010 DATA LINK ESCAPE;DLE\n'
    '0011 DEVICE CONTROL ONE;DC1\n0012 DEVICE CONTROL TWO;DC2\n'
    '0013 DEVICE CONTROL THREE;DC3\n0014 DEVICE CONTROL FOUR;DC4\n'
    '0015 NEGATIVE ACKNOWLEDGE;NAK\n0016 SYNCHRONOUS IDLE;SYN\n'
    '0017 END OF TRANSMISSION BLOCK;ETB\n0018 CANCEL;CAN\n'
    '0019 END OF MEDIUM;EOM\n001A SUBSTITUTE;SUB\n001B ESCAPE;ESC\n'
    '001C INFORMATION SEPARATOR FOUR;FILE SEPARATOR;FS\n'
    '001D INFORMATION SEPARATOR THREE;GROUP SEPARATOR;GS\n'
    '001E INFORMATION SEPARATOR TWO;RECORD SEPARATOR;RS\n'
    '001F INFORMATION SEPARATOR ONE;UNIT SEPARATOR;US\n0020 SP\n'
    '007F DELETE;DEL\n0080 PADDING CHARACTER;PAD\n'
    '0081 HIGH OCTET PRESET;HOP\n0082 BREAK PERMITTED HERE;BPH\n'
    '0083 NO BREAK HERE;NBH\n0084 INDEX;IND\n0085 NEXT LINE;NEL\n'
    '0086 START OF SELECTED AREA;SSA\n0087 END OF SELECTED AREA;ESA\n'
    '0088 CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;HTS\n'
    '0089 CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;HTJ\n'
    '008A LINE TABULATION SET;VERTICAL TABULATION SET;VTS\n'
    '008B PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PLD\n'
    '008C PARTIAL LINE BACKWARD;PARTIAL LINE UP;PLU\n'
    '008D REVERSE LINE FEED;REVERSE INDEX;RI\n'
    '008E SINGLE SHIFT TWO;SINGLE-SHIFT-2;SS2\n'
    '008F SINGLE SHIFT THREE;SINGLE-SHIFT-3;SS3\n'
    '0090 DEVICE CONTROL STRING;DCS\n'
    '0091 PRIVATE USE ONE;PRIVATE USE-1;PU1\n'
    '0092 PRIVATE USE TWO;PRIVATE USE-2;PU2\n0093 SET TRANSMIT STATE;STS\n'
    '0094 CANCEL CHARACTER;CCH\n0095 MESSAGE WAITING;MW\n'
    '0096 START OF GUARDED AREA;START OF PROTECTED AREA;SPA\n'
    '0097 END OF GUARDED AREA;END OF PROTECTED AREA;EPA\n'
    '0098 START OF STRING;SOS\n'
    '0099 SINGLE GRAPHIC CHARACTER INTRODUCER;SGC\n'
    '009A SINGLE CHARACTER INTRODUCER;SCI\n'
    '009B CONTROL SEQUENCE INTRODUCER;CSI\n009C STRING TERMINATOR;ST\n'
    '009D OPERATING SYSTEM COMMAND;OSC\n009E PRIVACY MESSAGE;PM\n'
    '009F APPLICATION PROGRAM COMMAND;APC\n00A0 NBSP\n00AD SHY\n'
    '01A2 LATIN CAPITAL LETTER GHA\n01A3 LATIN SMALL LETTER GHA\n034F CGJ\n'
    '061C ALM\n0709 SYRIAC SUBLINEAR COLON SKEWED LEFT\n'
    '0CDE KANNADA LETTER LLLA\n0E9D LAO LETTER FO FON\n'
    '0E9F LAO LETTER FO FAY\n0EA3 LAO LETTER RO\n0EA5 LAO LETTER LO\n'
    '0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN\n180B FVS1\n180C FVS2\n'
    '180D FVS3\n180E MVS\n200B ZWSP\n200C ZWNJ\n200D ZWJ\n200E LRM\n200F RLM\n'
    '202A LRE\n202B RLE\n202C PDF\n202D LRO\n202E RLO\n202F NNBSP\n205F MMSP\n'
    '2060 WJ\n2066 LRI\n2067 RLI\n2068 FSI\n2069 PDI\n'
    '2118 WEIERSTRASS ELLIPTIC FUNCTION\n2448 MICR ON US SYMBOL\n'
    '2449 MICR DASH SYMBOL\n'
    '2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE\n'
    '2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE\n'
    'A015 YI SYLLABLE ITERATION MARK\n'
    'FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET\n'
    'FEFF BYTE ORDER MARK;BOM;ZWNBSP\n122D4 CUNEIFORM SIGN NU11 TENU\n'
    '122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR\n'
    '1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS\n'
)


def _alias_char(name):
    """The char whose alias is name (upper case str), or None."""
    global _aliases
    if name.startswith('VS') and name[2:].isdigit() and name[2:3] != '0':
        n = int(name[2:])
        if n <= 16:
            return chr(0xFE00 + n - 1)
        return chr(0xE0100 + n - 17) if n <= 256 else None
    if _aliases is None:
        _aliases = {}
        for line in _ALIAS_TEXT.split('\n'):
            if line:
                cp, names = line.split(' ', 1)
                for alias in names.split(';'):
                    _aliases[alias] = chr(int(cp, 16))
    return _aliases.get(name)


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
            'Latin, Greek, Cyrillic, Hebrew, Arabic, Thai, punctuation, symbols, '
            'kana, fullwidth forms, emoji and the names made from the code point)' % cp)
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
    if found is None:
        found = _alias_char(upper)
    if found is not None:
        return found
    raise NotImplementedError(
        'unicodedata.lookup(%r): pywasm knows the names of Latin, Greek, '
        'Cyrillic, Hebrew, Arabic, Thai, punctuation, symbols, kana, fullwidth '
        'forms and emoji and '
        'those made from the code point, but no other names, aliases or named '
        'sequences' % text)
