#!/usr/bin/env python3
"""Generates the data modules behind port/python/unicodedata.py:
_pywasm_unicodedata_data.py (character properties, numeric values,
decompositions, composition exclusions) and _pywasm_unicodedata_namedata.py
(the names pywasm knows).

Every fact comes from asking this Python's unicodedata about each code point,
so the modules give CPython 3.11's answers (Unicode 14.0.0); the script
refuses to run on another Unicode version. The output depends only on that
data: rerunning gives the same bytes.

Encodings (decoded by unicodedata.py and its helpers):
- varint: 7 bits a byte, low bits first, high bit set on all but the last.
- run table (one per property): from U+0000 on, the runs' lengths as
  varint(length - 1) until they cover the code space, then one byte a run,
  the index of its value in the property's value list. A value 'a,b'
  alternates: a at an even offset from the run start, b at an odd one (Latin
  Extended-A takes turns between upper and lower case).
- numeric: NUMERIC_COUNT entries, as four streams one after the other:
  varint(gap from the previous entry's end), varint(count - 1), byte(kind:
  0 decimal, 1 digit, 2 numeric only), varint(value index); the i-th char of
  an entry has value + i (only whole numbers make entries of several chars).
- decompositions, canonical (CANONICAL_*) and compatibility (COMPAT_*, those
  with a <tag>) apart, each as three streams: GAPS, varint(code point - the
  previous entry's); HEADS, byte(tag index << 3 | length), or for a length
  over 7 byte(tag index << 3) then byte(length); MAPS, the mapping's code
  points, each as varint(zigzag(difference from the code point at the same
  position in the last mapping that had one)), zigzag(n) being 2n for n >= 0
  and -2n - 1 below.
- composition exclusions: varint gaps between the chars whose canonical
  two-char decomposition NFC does not put back together.
- names: the covered ranges and one bytes blob of their names, one a line
  ('' for a char without a name); algorithmic ranges as prefix + hex.

Usage: python3 scripts/gen-unicodedata.py [OUTDIR]   (default port/python)
"""
import fractions
import os
import re
import sys
import unicodedata

UNICODE_VERSION = '14.0.0'
if unicodedata.unidata_version != UNICODE_VERSION:
    sys.exit(f'gen-unicodedata: need Unicode {UNICODE_VERSION} (CPython 3.11), '
             f'this Python has {unicodedata.unidata_version}')

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'port', 'python')
CODE_POINTS = 0x110000
CHARS = [chr(cp) for cp in range(CODE_POINTS)]

# Blocks whose names the names table holds: what scripts print or look up
# most (Latin, Greek, Cyrillic, Hebrew, Arabic, Thai, punctuation, symbols,
# box drawing, kana, ligatures, fullwidth forms, emoji). Other names raise
# NotImplementedError.
NAME_BLOCKS = [
    (0x0000, 0x0700),  # ASCII .. Arabic (Latin, IPA, combining, Greek, Cyrillic,
                       # Armenian, Hebrew: charset_normalizer names the letters)
    (0x0E00, 0x0E80),  # Thai
    (0x1E00, 0x2000),  # Latin Extended Additional, Greek Extended
    (0x2000, 0x2800),  # punctuation, currency, letterlike, arrows, math,
                       # technical, enclosed, box drawing, shapes, dingbats
    (0x2B00, 0x2C00),  # miscellaneous symbols and arrows (star, large circles)
    (0x3000, 0x3100),  # CJK symbols and punctuation, hiragana, katakana
    (0xFB00, 0xFB50),  # alphabetic presentation forms (ligatures: ftfy's
                       # "\N{LATIN SMALL LIGATURE FI}"), Hebrew ones
    (0xFE00, 0xFE10),  # variation selectors
    (0xFE30, 0x10000),  # CJK compatibility forms .. specials (fullwidth forms)
    # emoji, which CI output uses ("\N{ROCKET}"): pictographs, emoticons,
    # transport and map symbols, the supplemental pictographs
    (0x1F300, 0x1F700),
    (0x1F900, 0x1FB00),
]
# Names made of a prefix and the code point in hex.
HEX_NAME_PREFIXES = ['CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-',
                     'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-']
NAMELESS_CATEGORIES = ('Cc', 'Cn', 'Co', 'Cs')


def varint(n):
    assert n >= 0
    out = []
    while n >= 0x80:
        out.append(n & 0x7f | 0x80)
        n >>= 7
    return out + [n]


def runs_of(values):
    """(start, length, value) runs over the code space; a run of a single
    char followed by one equal to its predecessor becomes an alternating
    run with value (a, b)."""
    runs = []
    start = 0
    while start < CODE_POINTS:
        first = values[start]
        end = start + 1
        while end < CODE_POINTS and values[end] == first:
            end += 1
        if (end - start == 1 and end + 1 < CODE_POINTS
                and values[end + 1] == first and values[end] != first):
            pair = (first, values[end])
            end = start
            while end < CODE_POINTS and values[end] == pair[(end - start) % 2]:
                end += 1
            value = '%s,%s' % pair
        else:
            value = str(first)
        runs.append((start, end - start, value))
        start = end
    return runs


def run_table(values, order=None):
    """(value list string, run table bytes) for per-code-point values."""
    runs = runs_of(values)
    names = order[:] if order else []
    for _, _, value in runs:
        if value not in names:
            names.append(value)
    assert len(names) <= 256
    index = {v: i for i, v in enumerate(names)}
    lengths = []
    for _, length, _ in runs:
        lengths += varint(length - 1)
    return ' '.join(names), bytes(lengths + [index[v] for _, _, v in runs])


def numeric_table():
    kinds = []
    for c in CHARS:
        dec = unicodedata.decimal(c, None)
        dig = unicodedata.digit(c, None)
        num = unicodedata.numeric(c, None)
        if dec is not None:
            assert dig == dec and num == dec
            kinds.append((0, dec))
        elif dig is not None:
            assert num == dig
            kinds.append((1, dig))
        elif num is not None:
            kinds.append((2, num))
        else:
            kinds.append(None)
    values, streams = [], [[], [], [], []]
    cp = prev_end = 0
    while cp < CODE_POINTS:
        if kinds[cp] is None:
            cp += 1
            continue
        kind, value = kinds[cp]
        frac = fractions.Fraction(value).limit_denominator(1000)
        assert frac.numerator / frac.denominator == value, (hex(cp), value)
        text = str(frac)
        count = 1
        if frac.denominator == 1:
            while (cp + count < CODE_POINTS
                   and kinds[cp + count] == (kind, value + count)):
                count += 1
        if text not in values:
            values.append(text)
        streams[0] += varint(cp - prev_end)
        streams[1] += varint(count - 1)
        streams[2].append(kind)
        streams[3] += varint(values.index(text))
        cp += count
        prev_end = cp
    return ' '.join(values), len(streams[2]), bytes(sum(streams, []))


def zigzag(n):
    return n * 2 if n >= 0 else -n * 2 - 1


def decomposition_table(canonical):
    """(tags, gaps, heads, maps) for the canonical decompositions or for the
    compatibility ones (those with a <tag>)."""
    tags = [''] if canonical else []
    gaps, heads, maps = [], [], []
    prev = 0
    last = [0] * 32  # the previous mapping's code point at each position
    for cp, c in enumerate(CHARS):
        text = unicodedata.decomposition(c)
        if not text or text.startswith('<') == canonical:
            continue
        fields = text.split()
        tag = '' if canonical else fields.pop(0)[1:-1]
        if tag not in tags:
            tags.append(tag)
        mapped = [int(f, 16) for f in fields]
        assert 1 <= len(mapped) < len(last) and len(tags) <= 32
        gaps += varint(cp - prev)
        if len(mapped) < 8:
            heads.append(tags.index(tag) << 3 | len(mapped))
        else:
            heads += [tags.index(tag) << 3, len(mapped)]
        for i, m in enumerate(mapped):
            maps += varint(zigzag(m - last[i]))
            last[i] = m
        prev = cp
    return ' '.join(tags), bytes(gaps), bytes(heads), bytes(maps)


def composition_exclusions():
    out = []
    prev = 0
    for cp, c in enumerate(CHARS):
        text = unicodedata.decomposition(c)
        if not text or text.startswith('<') or len(text.split()) != 2:
            continue
        if unicodedata.normalize('NFC', c) != c:
            out += varint(cp - prev)
            prev = cp
        else:
            # Composable pairs start with a starter: unicodedata.py relies on it.
            assert unicodedata.combining(chr(int(text.split()[0], 16))) == 0
    return bytes(out)


def name_data():
    """Checks which chars have names and how, and collects the table."""
    hex_ranges = []  # [prefix index, first, last]
    nameless = []    # [first, last] of chars of a named category without a name
    for cp, c in enumerate(CHARS):
        name = unicodedata.name(c, None)
        named_category = unicodedata.category(c) not in NAMELESS_CATEGORIES
        if name is None:
            if named_category:
                if nameless and nameless[-1][1] == cp - 1:
                    nameless[-1][1] = cp
                else:
                    nameless.append([cp, cp])
            continue
        assert named_category, hex(cp)
        # What _pywasm_unicodedata_names.lookup() takes for granted of a name.
        assert re.fullmatch(r'[A-Z0-9-]+( [A-Z0-9-]+)*', name), name
        assert not name.startswith('HANGUL SYLLABLE ') or 0xAC00 <= cp <= 0xD7A3, name
        for i, prefix in enumerate(HEX_NAME_PREFIXES):
            if name == prefix + '%X' % cp:
                if hex_ranges and hex_ranges[-1][0] == i and hex_ranges[-1][2] == cp - 1:
                    hex_ranges[-1][2] = cp
                else:
                    hex_ranges.append([i, cp, cp])
                break
        else:
            assert not name.startswith(tuple(HEX_NAME_PREFIXES)), hex(cp)
    lines = []
    for first, end in NAME_BLOCKS:
        for c in CHARS[first:end]:
            name = unicodedata.name(c, '')
            assert '\n' not in name and name.isascii()
            lines.append(name)
    blob = ('\n' + '\n'.join(lines) + '\n').encode('ascii')
    assert len(set(filter(None, lines))) == len(list(filter(None, lines)))
    return hex_ranges, nameless, blob


def wrap_bytes(name, data, width=96):
    """A bytes literal, split over lines so the file stays readable."""
    parts = []
    line = ''
    for b in data:
        ch = chr(b)
        if 0x20 <= b < 0x7f and ch not in '\\\'':
            piece = ch
        else:
            piece = '\\x%02x' % b
        if len(line) + len(piece) > width:
            parts.append(line)
            line = ''
        line += piece
    parts.append(line)
    # Keep a trailing backslash-free end; a hex escape never splits.
    body = '\n'.join("    b'%s'" % p for p in parts)
    return '%s = (\n%s\n)\n' % (name, body)


def wrap_str(name, text, width=90):
    """A str literal split after spaces into pieces of about width chars."""
    lines = []
    while len(text) > width:
        cut = text.rfind(' ', 0, width) + 1 or len(text)
        lines.append(text[:cut])
        text = text[cut:]
    lines.append(text)
    return '%s = (\n%s\n)\n' % (name, '\n'.join('    %r' % l for l in lines))


HEADER = '''\
"""Generated by scripts/gen-unicodedata.py from Unicode %s (CPython 3.11's
unicodedata): do not edit by hand, rerun the script. The script's docstring
explains the encodings; %s reads them."""
'''


def main():
    data = [HEADER % (UNICODE_VERSION, 'unicodedata.py')]
    data.append('UNIDATA_VERSION = %r\n' % UNICODE_VERSION)
    props = [
        ('CATEGORY', unicodedata.category, ['Cn']),
        ('BIDIRECTIONAL', unicodedata.bidirectional, ['']),
        ('EAST_ASIAN_WIDTH', unicodedata.east_asian_width, ['N']),
        ('COMBINING', unicodedata.combining, ['0']),
        ('MIRRORED', unicodedata.mirrored, ['0']),
    ]
    for name, func, order in props:
        values, table = run_table([func(c) for c in CHARS], order)
        data.append(wrap_str(name + '_VALUES', values))
        data.append(wrap_bytes(name + '_RUNS', table))
    values, count, table = numeric_table()
    data.append(wrap_str('NUMERIC_VALUES', values))
    data.append('NUMERIC_COUNT = %d\n' % count)
    data.append(wrap_bytes('NUMERIC', table))
    for prefix, canonical in (('CANONICAL', True), ('COMPAT', False)):
        tags, gaps, heads, maps = decomposition_table(canonical)
        if not canonical:
            data.append(wrap_str(prefix + '_TAGS', tags))
        data.append(wrap_bytes(prefix + '_GAPS', gaps))
        data.append(wrap_bytes(prefix + '_HEADS', heads))
        data.append(wrap_bytes(prefix + '_MAPS', maps))
    data.append(wrap_bytes('COMPOSITION_EXCLUSIONS', composition_exclusions()))

    hex_ranges, nameless, blob = name_data()
    names = [HEADER % (UNICODE_VERSION, '_pywasm_unicodedata_names.py')]
    names.append('HEX_NAME_PREFIXES = (\n%s)\n' % ''.join(
        '    %r,\n' % p for p in HEX_NAME_PREFIXES))
    names.append('# Names are prefix + %%X of the code point in these ranges\n'
                 '# (prefix index, first, last).\n'
                 'HEX_NAME_RANGES = (\n%s)\n' % ''.join(
                     '    (%d, 0x%X, 0x%X),\n' % tuple(r) for r in hex_ranges))
    names.append('# Assigned chars (not Cc, Cn, Co, Cs) that have no name all the same.\n'
                 'NAMELESS = (\n%s)\n' % ''.join(
                     '    (0x%X, 0x%X),\n' % tuple(r) for r in nameless))
    longest = max(len(unicodedata.name(c, '')) for c in CHARS)
    names.append('# No name is longer (nor, in Unicode 14.0, any alias or named sequence).\n'
                 'LONGEST_NAME = %d\n' % longest)
    names.append('# The ranges (first, end) whose names NAMES holds, one a line.\n'
                 'NAME_BLOCKS = (\n%s)\n' % ''.join(
                     '    (0x%04X, 0x%04X),\n' % r for r in NAME_BLOCKS))
    names.append(wrap_bytes('NAMES', blob, 100))

    for filename, parts in (('_pywasm_unicodedata_data.py', data),
                            ('_pywasm_unicodedata_namedata.py', names)):
        with open(os.path.join(OUTDIR, filename), 'w') as f:
            f.write('\n'.join(parts))


if __name__ == '__main__':
    main()
