"""unicodedata: the Unicode Character Database of CPython 3.11 (Unicode
14.0.0), for slugs and ASCII file names (normalize('NFKD', s)), comparing
user text (NFC), the display width of table cells (east_asian_width,
combining) and classifying characters (category).

normalize, is_normalized, decomposition, category, bidirectional,
east_asian_width, combining, mirrored, decimal, digit, numeric and
unidata_version give CPython's answers for every code point; the tables are
generated from CPython by scripts/gen-unicodedata.py.

name() and lookup() know the names made from the code point (CJK UNIFIED
IDEOGRAPH-4E00, CJK COMPATIBILITY IDEOGRAPH-F900, HANGUL SYLLABLE GA,
KHITAN SMALL SCRIPT CHARACTER-, NUSHU CHARACTER-) and the names of U+0000 to
U+06FF (Latin, IPA, combining marks, Greek, Cyrillic, Armenian, Hebrew,
Arabic), U+0E00 to U+0E7F (Thai), U+1E00 to U+27FF
(Latin Extended Additional, Greek Extended, punctuation, super- and
subscripts, currency, letterlike symbols, number forms, arrows, mathematical
operators, technical symbols, enclosed alphanumerics, box drawing, shapes,
miscellaneous symbols, dingbats), U+3000 to U+30FF (CJK punctuation, kana),
U+FB00 to U+FB4F (ligatures, Hebrew presentation forms), U+FE00 to U+FE0F
and U+FE30 to U+FFFF (fullwidth and halfwidth forms). For
any other char that has a name, name() raises NotImplementedError. lookup()
raises CPython's KeyError for what cannot be a name (other chars than A-Z,
0-9, space and hyphen, spaces at an end or doubled, too long) and
NotImplementedError for any other name it does not know: it may be one of
the others, an alias (NULL, BYTE ORDER MARK) or a named sequence, none of
which pywasm has. The ucd_3_2_0 object and the UCD type are missing."""
import _pywasm_unicodedata_data as _data

unidata_version = _data.UNIDATA_VERSION

_CODE_SPACE = 0x110000
_MISSING = object()


def _type_name(obj):
    """How CPython's argument errors name the type of obj."""
    return 'None' if obj is None else type(obj).__name__


def _char(func, c, numbered=False):
    """The code point of c, which must be a str of one char."""
    if not isinstance(c, str) or len(c) != 1:
        raise TypeError('%s() argument%s must be a unicode character, not %s'
                        % (func, ' 1' if numbered else '', _type_name(c)))
    return ord(c)


def _varint(data, pos):
    """(value, position after it) of the varint at data[pos]."""
    b = data[pos]
    n = b & 0x7f
    shift = 7
    while b & 0x80:
        pos += 1
        b = data[pos]
        n |= (b & 0x7f) << shift
        shift += 7
    return n, pos + 1


def _varints(data, pos, count):
    """(list of the count varints from data[pos], position after them)."""
    out = []
    for _ in range(count):
        n, pos = _varint(data, pos)
        out.append(n)
    return out, pos


class _Runs:
    """One property as runs of equal values over the code space, decoded on
    first use. blocks[k] is the run holding code point k * 256, so a lookup
    searches only the runs that meet its 256-char block."""

    def __init__(self, values, runs, convert=str):
        self.values = [tuple(convert(x) for x in v.split(',')) if ',' in v
                       else convert(v) for v in values.split(' ')]
        self.runs = runs
        self.starts = None

    def _load(self):
        data = self.runs
        starts = []
        pos = cp = 0
        while cp < _CODE_SPACE:
            starts.append(cp)
            b = data[pos]
            pos += 1
            n = b & 0x7f
            shift = 7
            while b & 0x80:
                b = data[pos]
                pos += 1
                n |= (b & 0x7f) << shift
                shift += 7
            cp += n + 1
        self.indexes = data[pos:pos + len(starts)]
        blocks = []
        i = 0
        last = len(starts) - 1
        for base in range(0, _CODE_SPACE + 256, 256):
            while i < last and starts[i + 1] <= base:
                i += 1
            blocks.append(i)
        self.blocks = blocks
        self.starts = starts

    def __call__(self, cp):
        if self.starts is None:
            self._load()
        starts = self.starts
        lo = self.blocks[cp >> 8]
        hi = self.blocks[(cp >> 8) + 1]
        while lo < hi:
            mid = (lo + hi + 1) >> 1
            if starts[mid] <= cp:
                lo = mid
            else:
                hi = mid - 1
        value = self.values[self.indexes[lo]]
        if type(value) is tuple:
            return value[(cp - starts[lo]) & 1]
        return value

    def nonzero(self):
        """{code point: value} for every char whose value is not 0."""
        if self.starts is None:
            self._load()
        starts = self.starts
        out = {}
        for i in range(len(starts)):
            value = self.values[self.indexes[i]]
            if value:
                end = starts[i + 1] if i + 1 < len(starts) else _CODE_SPACE
                for cp in range(starts[i], end):
                    v = value[(cp - starts[i]) & 1] if type(value) is tuple else value
                    if v:
                        out[cp] = v
        return out


_category = _Runs(_data.CATEGORY_VALUES, _data.CATEGORY_RUNS)
_bidirectional = _Runs(_data.BIDIRECTIONAL_VALUES, _data.BIDIRECTIONAL_RUNS)
_east_asian_width = _Runs(_data.EAST_ASIAN_WIDTH_VALUES, _data.EAST_ASIAN_WIDTH_RUNS)
_combining = _Runs(_data.COMBINING_VALUES, _data.COMBINING_RUNS, int)
_mirrored = _Runs(_data.MIRRORED_VALUES, _data.MIRRORED_RUNS, int)


# These check their argument inline when it is a plain one-char str: they
# are called once a char over long texts.
def category(chr):
    if type(chr) is str and len(chr) == 1:
        return _category(ord(chr))
    return _category(_char('category', chr))


def bidirectional(chr):
    if type(chr) is str and len(chr) == 1:
        return _bidirectional(ord(chr))
    return _bidirectional(_char('bidirectional', chr))


def east_asian_width(chr):
    if type(chr) is str and len(chr) == 1:
        return _east_asian_width(ord(chr))
    return _east_asian_width(_char('east_asian_width', chr))


def combining(chr):
    if type(chr) is str and len(chr) == 1:
        return _combining(ord(chr))
    return _combining(_char('combining', chr))


def mirrored(chr):
    if type(chr) is str and len(chr) == 1:
        return _mirrored(ord(chr))
    return _mirrored(_char('mirrored', chr))


# Numeric values: entry starts, counts, kinds (0 decimal, 1 digit, 2
# numeric) and first values, decoded on first use.
_numeric_table = None


def _load_numeric():
    global _numeric_table
    data = _data.NUMERIC
    count = _data.NUMERIC_COUNT
    values = []
    for text in _data.NUMERIC_VALUES.split(' '):
        num, _, den = text.partition('/')
        values.append(int(num) / int(den) if den else int(num))
    gaps, pos = _varints(data, 0, count)
    counts, pos = _varints(data, pos, count)
    kinds = data[pos:pos + count]
    indexes, pos = _varints(data, pos + count, count)
    starts = []
    cp = 0
    for i in range(count):
        cp += gaps[i]
        starts.append(cp)
        counts[i] += 1
        cp += counts[i]
    _numeric_table = (starts, counts, kinds, [values[i] for i in indexes])


def _numeric_value(cp, kind_limit):
    """The value of cp if its kind is at most kind_limit, else None."""
    if _numeric_table is None:
        _load_numeric()
    starts, counts, kinds, firsts = _numeric_table
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) >> 1
        if starts[mid] <= cp:
            lo = mid + 1
        else:
            hi = mid
    i = lo - 1
    if i < 0 or cp >= starts[i] + counts[i] or kinds[i] > kind_limit:
        return None
    return firsts[i] + (cp - starts[i])


def decimal(chr, default=_MISSING):
    value = _numeric_value(_char('decimal', chr, True), 0)
    if value is None:
        if default is _MISSING:
            raise ValueError('not a decimal')
        return default
    return value


def digit(chr, default=_MISSING):
    value = _numeric_value(_char('digit', chr, True), 1)
    if value is None:
        if default is _MISSING:
            raise ValueError('not a digit')
        return default
    return value


def numeric(chr, default=_MISSING):
    value = _numeric_value(_char('numeric', chr, True), 2)
    if value is None:
        if default is _MISSING:
            raise ValueError('not a numeric character')
        return default
    return float(value)


# The decompositions, decoded on first use: {code point: mapping as a
# tuple of code points} for the canonical ones, {code point: (tag, mapping)}
# for the compatibility ones.
_canonical = None
_compat = None


def _decode_decompositions(tags, gaps, heads, maps):
    table = {}
    last = [0] * 32
    g = h = m = cp = 0
    end = len(gaps)
    while g < end:
        b = gaps[g]
        g += 1
        n = b & 0x7f
        shift = 7
        while b & 0x80:
            b = gaps[g]
            g += 1
            n |= (b & 0x7f) << shift
            shift += 7
        cp += n
        head = heads[h]
        h += 1
        length = head & 7
        if not length:
            length = heads[h]
            h += 1
        mapped = []
        for i in range(length):
            b = maps[m]
            m += 1
            n = b & 0x7f
            shift = 7
            while b & 0x80:
                b = maps[m]
                m += 1
                n |= (b & 0x7f) << shift
                shift += 7
            value = last[i] + (-(n >> 1) - 1 if n & 1 else n >> 1)
            last[i] = value
            mapped.append(value)
        table[cp] = (tags[head >> 3], tuple(mapped)) if tags else tuple(mapped)
    return table


def _canonical_table():
    global _canonical
    if _canonical is None:
        _canonical = _decode_decompositions(
            None, _data.CANONICAL_GAPS, _data.CANONICAL_HEADS, _data.CANONICAL_MAPS)
    return _canonical


def _compat_table():
    global _compat
    if _compat is None:
        _compat = _decode_decompositions(
            _data.COMPAT_TAGS.split(' '), _data.COMPAT_GAPS, _data.COMPAT_HEADS,
            _data.COMPAT_MAPS)
    return _compat


def decomposition(chr):
    cp = _char('decomposition', chr)
    mapped = _canonical_table().get(cp)
    tag = ''
    if mapped is None:
        entry = _compat_table().get(cp)
        if entry is None:
            return ''
        tag, mapped = entry
    text = ' '.join(['%04X' % m for m in mapped])
    return '<%s> %s' % (tag, text) if tag else text


def normalize(form, unistr):
    import _pywasm_unicodedata_norm
    return _pywasm_unicodedata_norm.normalize('normalize', form, unistr)


def is_normalized(form, unistr):
    import _pywasm_unicodedata_norm
    return _pywasm_unicodedata_norm.normalize('is_normalized', form, unistr) == unistr


def name(chr, default=_MISSING):
    import _pywasm_unicodedata_names
    found = _pywasm_unicodedata_names.name(_char('name', chr, True))
    if found is None:
        if default is _MISSING:
            raise ValueError('no such name')
        return default
    return found


def lookup(name):
    import _pywasm_unicodedata_names
    return _pywasm_unicodedata_names.lookup(name)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'bidirectional category combining decimal decomposition digit east_asian_width '
    'is_normalized lookup mirrored name normalize numeric'))
del as_builtins
