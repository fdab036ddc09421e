# unicodedata.name and lookup: names of Latin, Greek, Cyrillic, punctuation,
# symbols, box drawing, kana and fullwidth chars (a sha256 of every name of
# those blocks), the names made from the code point (every Hangul syllable,
# CJK unified and compatibility ideographs, Nushu, Khitan), chars without a
# name and the default, lookup's case rules, bytes names and its errors.
import hashlib
import unicodedata

for c in ('Aa0 ~\xa0é\xff\u0100\u017f\u0301\u03a9\u03c2\u0416\u2014\u2026\u201c\u20ac\u2122'
          '\u2192\u2211\u2500\u25cf\u2603\u2705\u2764\u3000\u3042\u30ab\ufe0f\uff21\uff76\ufffd'):
    name = unicodedata.name(c)
    print('U+%04X' % ord(c), name, unicodedata.lookup(name) == c, unicodedata.lookup(name.lower()) == c)

BLOCKS = [(0x0000, 0x0530), (0x1E00, 0x2000), (0x2000, 0x2800), (0x3000, 0x3100),
          (0xFE00, 0xFE10), (0xFE30, 0x10000)]
for lo, hi in BLOCKS:
    names = [unicodedata.name(chr(cp), '-') for cp in range(lo, hi)]
    back = sum(1 for cp, n in zip(range(lo, hi), names) if n != '-' and unicodedata.lookup(n) == chr(cp))
    print(hex(lo), hex(hi), hashlib.sha256('\n'.join(names).encode()).hexdigest()[:16],
          sum(1 for n in names if n != '-'), back, names[len(names) // 2])

# Hangul syllables: every name, and lookup of every 7th back
syllables = [chr(cp) for cp in range(0xAC00, 0xD7A4)]
names = [unicodedata.name(c) for c in syllables]
print(len(names), hashlib.sha256('\n'.join(names).encode()).hexdigest()[:16], names[0], names[-1], names[5000])
print(all(unicodedata.lookup(names[i]) == syllables[i] for i in range(0, len(names), 7)))

for cp in (0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2B738, 0x2EBE0, 0x30000, 0x3134A,
           0xF900, 0xFA6D, 0xFA70, 0xFAD9, 0x2F800, 0x2FA1D, 0x1B170, 0x1B2FB, 0x18B00, 0x18CD5):
    name = unicodedata.name(chr(cp))
    print(hex(cp), name, unicodedata.lookup(name) == chr(cp))

# chars without a name: controls, unassigned, surrogates, private use,
# noncharacters, Tangut ideographs (CPython 3.11 has no name for them)
for cp in (0x0000, 0x001F, 0x007F, 0x0085, 0x0378, 0x2B739, 0xD800, 0xDFFF, 0xE000, 0xF8FF,
           0xFDD0, 0xFFFE, 0xFFFF, 0x17000, 0x187F7, 0x18D00, 0x2A6E0, 0xF0000, 0x10FFFF):
    c = chr(cp)
    print(hex(cp), repr(unicodedata.name(c, None)), unicodedata.name(c, 'dflt'), end=' ')
    try:
        unicodedata.name(c)
    except ValueError as e:
        print('ValueError', e)

GOOD = ['latin small letter a', 'Latin Capital Letter A With Grave', 'EURO SIGN', 'euro sign',
        'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GGWAENG', 'HANGUL SYLLABLE HIH',
        'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-20000',
        'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-FA70', 'nushu character-1b170',
        'Khitan Small Script Character-18B00', 'BOX DRAWINGS LIGHT HORIZONTAL', 'em dash',
        'HIRAGANA LETTER A', 'FULLWIDTH LATIN CAPITAL LETTER A', 'REPLACEMENT CHARACTER',
        b'LATIN SMALL LETTER B', b'snowman']
for name in GOOD:
    print(repr(name), ascii(unicodedata.lookup(name)))

BAD = ['', 'nope!', 'LATIN SMALL LETTER A\n', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A',
       'LATIN  SMALL LETTER A', 'hangul syllable ga', 'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE ',
       'HANGUL SYLLABLE  GA', 'HANGUL SYLLABLE GA ', 'cjk unified ideograph-4e00',
       'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-4E0',
       'CJK UNIFIED IDEOGRAPH-0041', 'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-2A6E0',
       'CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-0F900', 'CJK COMPATIBILITY IDEOGRAPH-FA6E',
       'NUSHU CHARACTER-1B2FC', 'caf\u00e9', 'x' * 256, 'x' * 257, 'é' * 129, b'\xff']
for name in BAD:
    try:
        print(repr(unicodedata.lookup(name)))
    except KeyError as e:
        print('KeyError', str(e)[:60])

for name in (None, 1, 1.5, ['a'], bytearray(b'SPACE'), memoryview(b'SPACE')):
    try:
        unicodedata.lookup(name)
    except TypeError as e:
        print('TypeError', e)
for bad in ('ab', '', 1, None):
    try:
        unicodedata.name(bad, 'x')
    except TypeError as e:
        print('TypeError', e)
