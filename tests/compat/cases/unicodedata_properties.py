# unicodedata's per-char properties as scripts use them: the display width
# of table cells (east_asian_width, combining), classifying chars
# (category), bidirectional and mirrored, decomposition's string format,
# decimal/digit/numeric with and without a default, unidata_version, and
# the TypeError/ValueError messages.
import unicodedata

print(unicodedata.unidata_version)


def width(text):
    """Columns a terminal gives text: wide and fullwidth chars take two,
    combining marks and format chars none."""
    total = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ('Mn', 'Me', 'Cf'):
            continue
        total += 2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1
    return total


def pad(text, columns):
    return text + ' ' * (columns - width(text))


ROWS = [('name', 'value'), ('café', 'cafe\u0301'), ('東京', 'Ｔｏｋｙｏ'), ('한국어', '🎉🎉'),
        ('naïve', 'ｶﾀｶﾅ'), ('Ω≈ç√', '\u200bzero\u200dwidth'), ('→ ← ↑', '—–-'), ('ℵ', '½')]
cols = [max(width(row[i]) for row in ROWS) for i in range(2)]
for row in ROWS:
    print('|' + '|'.join(pad(cell, cols[i]) for i, cell in enumerate(row)) + '|', [width(c) for c in row])

SAMPLE = ('Aa1 \t\n\x00\x7f\xa0\xad\xb2\xbd\u00e9\u01c5\u02b0\u0301\u0488\u05d0\u0627\u0660'
          '\u06f0\u0903\u0966\u0e3f\u16ee\u2028\u2029\u200b\u200e\u202e\u2066\u20ac\u2160'
          '\u2190\u2200\u2460\u2500\u3000\u3007\u3042\u30a2\u4e00\uac00\ud7a3\ue000\uf900'
          '\ufb01\ufe30\ufeff\uff10\uff21\uff61\ufffd\U00010400\U0001d400\U0001f600\U0001f3fd'
          '\U00020000\U000e0001\U000e0100\U000f0000\U0010fffd()[]{}<>«»\u2039\u208d')
for c in SAMPLE:
    print('U+%04X' % ord(c), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.east_asian_width(c), unicodedata.combining(c), unicodedata.mirrored(c),
          repr(unicodedata.decomposition(c)), unicodedata.decimal(c, None),
          unicodedata.digit(c, None), unicodedata.numeric(c, None))

# unassigned, noncharacters, surrogates, private use, the last code point
for cp in (0x0378, 0x0d4f, 0xfdd0, 0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000,
           0x2fffe, 0x30000, 0x3134a, 0x3134b, 0xe01ef, 0xe01f0, 0x10ffff):
    c = chr(cp)
    print(hex(cp), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.east_asian_width(c), unicodedata.combining(c), unicodedata.mirrored(c),
          repr(unicodedata.decomposition(c)))

# classifying: counts of each category in a mixed text
text = 'Hello, Wörld! Ünïcödé ½ ⅔ 42 ٤٢ — “quotes” 東京 🎉\u0301\t'
counts = {}
for c in text:
    counts[unicodedata.category(c)] = counts.get(unicodedata.category(c), 0) + 1
print(sorted(counts.items()))
print(''.join(c for c in text if unicodedata.category(c)[0] in 'LN'))
print([c for c in text if unicodedata.category(c).startswith('P')])

# numeric values: fractions, big numbers, other scripts' digits, defaults
NUMBERS = ('0٣۴७৯๕௮౯൬༣၈០᠓᥆߅꘤꣐０𝟎𝟘'  # decimal digits of many scripts
           '²³¹⁰₉①⑳⓪❶➓'  # digits that are not decimal
           '½⅓⅔¼¾⅛⅞⅐⅑⅒↉Ⅻⅻↁↂↇↈ〇一二三四五六七八九十百千万億兆零壹貳參'
           '𐄇𐄳𑁒𖭛𞋰\U0001ec71\U0001ecb4')
for c in NUMBERS:
    print(repr(c), unicodedata.decimal(c, -1), unicodedata.digit(c, -1), unicodedata.numeric(c, -1))
for c in ('a', ' ', '½', '²', '五'):
    for func, args in ((unicodedata.decimal, ()), (unicodedata.digit, ()), (unicodedata.numeric, ()),
                       (unicodedata.decimal, ('dflt',)), (unicodedata.numeric, (None,))):
        try:
            print(repr(c), func.__name__, repr(func(c, *args)))
        except ValueError as e:
            print(repr(c), func.__name__, 'ValueError', e)

# decomposition's format: canonical, every compatibility tag, long mappings
for c in ('\u00c0\u00c5\u212b\u0958\u1e9b\u00a0\u0f0c\u00b5\u02b0\u2080\u00bd\u2460\u3300'
          '\ufb01\ufb54\ufb55\ufb56\ufb57\ufe10\ufe50\uff21\uff61\u1d40\ufdfa\u3000\u2126'
          '\uac00\u4e00\uf900\U0001d400\U0001f100\U0002f800'):
    print('U+%04X' % ord(c), repr(unicodedata.decomposition(c)))

FUNCS = [unicodedata.category, unicodedata.bidirectional, unicodedata.east_asian_width,
         unicodedata.combining, unicodedata.mirrored, unicodedata.decomposition,
         unicodedata.decimal, unicodedata.digit, unicodedata.numeric, unicodedata.name]
for func in FUNCS:
    for bad in ('ab', '', 1, b'a', None, ['a'], 'é\u0301'):
        try:
            print(func.__name__, repr(func(bad)))
        except (TypeError, ValueError) as e:
            print(func.__name__, type(e).__name__, e)
