#!/usr/bin/env python3
"""Generates port/uniprops_data.h, the tables behind port/uniprops.c.

Every fact comes from asking this Python's str methods and unicodedata about
each code point, so the tables give CPython 3.11's answers (Unicode 14.0.0).
The output depends only on that data: rerunning gives the same bytes.

Usage: python3 scripts/gen-uniprops-data.py [OUTPUT]   (default port/uniprops_data.h;
scripts/check-built.sh writes elsewhere and compares)
"""
import os
import re
import sys
import unicodedata

UNICODE_VERSION = '14.0.0'
assert unicodedata.unidata_version == UNICODE_VERSION, (
    f'need Unicode {UNICODE_VERSION} (CPython 3.11), this Python has '
    f'{unicodedata.unidata_version}')

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = os.path.join(ROOT, 'port', 'uniprops.h')
OUTPUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'port', 'uniprops_data.h')
CODE_POINTS = 0x110000
# One checkpoint per this many property runs: a lookup decodes at most this
# many runs after a binary search over the checkpoints.
RUNS_PER_CHECKPOINT = 32

# The bit values are defined once, in uniprops.h.
BIT = {name: 1 << int(shift) for name, shift in re.findall(
    r'#define PYWASM_UNI_(\w+) \(1u << (\d+)\)', open(HEADER).read())}
MAPPINGS = {name: int(value) for name, value in re.findall(
    r'#define PYWASM_UNI_MAP_(\w+) (\d+)', open(HEADER).read())}


def is_cased(c):
    return c.isupper() or c.islower() or unicodedata.category(c) == 'Lt'


def is_case_ignorable(c):
    # Python has no query for this; str.lower()'s final-sigma rule shows it.
    # That rule skips case-ignorable chars on both sides of the sigma, then
    # wants a cased char before it and none after it. So a sigma right after
    # c (itself after a space) is final only if c is cased and not ignorable,
    # and a sigma (after 'A') followed by c then 'a' is final only if c is
    # neither: an ignorable c gives neither.
    after_c = (' ' + c + '\u03a3').lower()[-1] == '\u03c2'
    before_c = ('A\u03a3' + c + 'a').lower()[1] == '\u03c2'
    return not (after_c or before_c)


def props(cp):
    c = chr(cp)
    cased = is_cased(c)
    # str.title() lowercases after exactly these chars.
    assert ('a' + c + 'a').title()[-1] == ('a' if cased else 'A'), hex(cp)
    facts = {
        'ALPHA': c.isalpha(), 'DECIMAL': c.isdecimal(), 'DIGIT': c.isdigit(),
        'NUMERIC': c.isnumeric(), 'SPACE': c.isspace(),
        'PRINTABLE': c.isprintable(), 'UPPER': c.isupper(),
        'LOWER': c.islower(), 'TITLE': unicodedata.category(c) == 'Lt',
        'CASED': cased, 'CASE_IGNORABLE': is_case_ignorable(c),
        'ID_START': c.isidentifier(), 'ID_CONTINUE': ('a' + c).isidentifier(),
    }
    assert set(facts) == set(BIT), 'uniprops.h and this script disagree'
    return sum(BIT[name] for name, true in facts.items() if true)


def property_runs(masks):
    """Splits the code space into runs of (start, length, (even, odd)): every
    char of a run has property mask `even` at an even offset from the start
    and `odd` at an odd one. Plain runs have even == odd; alternating ones
    cover stretches like Latin Extended-A, where upper and lower letters take
    turns and would otherwise need a run per char."""
    runs = []
    start = 0
    while start < CODE_POINTS:
        first = masks[start]
        end = start + 1
        while end < CODE_POINTS and masks[end] == first:
            end += 1
        if (end - start == 1 and end + 1 < CODE_POINTS
                and masks[end + 1] == first):
            pair = (first, masks[end])
            end = start
            while end < CODE_POINTS and masks[end] == pair[(end - start) % 2]:
                end += 1
        else:
            pair = (first, first)
        runs.append((start, end - start, pair))
        start = end
    return runs


def leb128(n):
    out = []
    while n >= 0x80:
        out.append(n & 0x7f | 0x80)
        n >>= 7
    return out + [n]


def case_ranges(mapping):
    """Covers {code point: (delta, suffix)} with ranges (start, count, stride,
    value) whose members start, start + stride, ... all map the same way:
    to themselves plus delta, followed by the suffix code points."""
    items = sorted(mapping.items())
    ranges = []
    i = 0
    while i < len(items):
        start, value = items[i]
        count, stride = 1, 1
        for step in (1, 2):
            n = 1
            while (i + n < len(items) and items[i + n][0] == start + n * step
                   and items[i + n][1] == value):
                n += 1
            if n > count:
                count, stride = n, step
        ranges.append((start, count, stride, value))
        i += count
    return ranges


def case_mapping(method):
    mapping = {}
    for cp in range(CODE_POINTS):
        c = chr(cp)
        result = getattr(c, method)()
        if result != c:
            mapping[cp] = (ord(result[0]) - cp,
                           tuple(ord(r) for r in result[1:]))
    return mapping


def overrides(mapping, fallback):
    """The entries where mapping differs from fallback; (0, ()) means the
    char maps to itself although fallback maps it elsewhere."""
    return {cp: mapping.get(cp, (0, ()))
            for cp in sorted(set(mapping) | set(fallback))
            if mapping.get(cp, (0, ())) != fallback.get(cp, (0, ()))}


def c_array(ctype, name, values, fmt, per_line):
    lines = [f'static const {ctype} {name}[{len(values)}] = {{']
    for i in range(0, len(values), per_line):
        lines.append('    ' + ', '.join(fmt(v) for v in values[i:i + per_line])
                     + ',')
    lines.append('};')
    return '\n'.join(lines)


def main():
    masks = [props(cp) for cp in range(CODE_POINTS)]

    runs = property_runs(masks)
    classes = sorted(set(pair for _, _, pair in runs))
    class_index = {pair: i for i, pair in enumerate(classes)}
    assert len(classes) <= 256
    run_class = [class_index[pair] for _, _, pair in runs]
    run_lengths = []
    checkpoint_start, checkpoint_offset = [], []
    for i, (start, length, _) in enumerate(runs):
        if i % RUNS_PER_CHECKPOINT == 0:
            checkpoint_start.append(start)
            checkpoint_offset.append(len(run_lengths))
        run_lengths += leb128(length - 1)
    assert run_lengths and max(checkpoint_offset) < 0x10000

    # Title case is upper case and case folding is lower case, but for a few
    # chars: those tables hold only the differences.
    lower, upper, title, fold = (case_mapping(m) for m in
                                 ('lower', 'upper', 'title', 'casefold'))
    tables = [None] * 4
    tables[MAPPINGS['LOWER']] = case_ranges(lower)
    tables[MAPPINGS['UPPER']] = case_ranges(upper)
    tables[MAPPINGS['TITLE']] = case_ranges(overrides(title, upper))
    tables[MAPPINGS['FOLD']] = case_ranges(overrides(fold, lower))
    suffixes = [()] + sorted(set(v[1] for t in tables for *_, v in t) - {()})
    suffix_index = {s: i for i, s in enumerate(suffixes)}
    assert len(suffixes) <= 64
    assert all(len(s) <= 2 and max(s, default=0) <= 0xffff for s in suffixes)
    case_key, case_value, case_bounds = [], [], [0]
    for table in tables:
        for start, count, stride, (delta, suffix) in table:
            assert count <= 1024 and abs(delta) < 1 << 25
            case_key.append(start << 11 | (count - 1) << 1 | (stride - 1))
            case_value.append((delta + (1 << 25)) << 6 | suffix_index[suffix])
        case_bounds.append(len(case_key))

    hex4 = '0x{:04x}'.format
    out = [f'''\
// Generated by scripts/gen-uniprops-data.py from Unicode {UNICODE_VERSION}
// (CPython 3.11's unicodedata and str methods). Do not edit by hand: rerun
// the script. Read by uniprops.c, which explains the encoding.

// pywasm_uni_props() for U+0000..U+007F.
{c_array('uint16_t', 'uni_ascii_props', masks[:128], hex4, 8)}

// Property runs, in code point order from U+0000: each has a class and a
// length (LEB128 of length - 1). Class k gives the mask of chars at an even
// offset in the run, uni_prop_classes[2 * k], and at an odd one, [2 * k + 1].
{c_array('uint16_t', 'uni_prop_classes', [m for pair in classes for m in pair],
         hex4, 8)}
{c_array('uint8_t', 'uni_run_class', run_class, str, 20)}
{c_array('uint8_t', 'uni_run_lengths', run_lengths, str, 20)}

// Run number i * UNI_RUNS_PER_CHECKPOINT starts at uni_checkpoint_start[i],
// its length at uni_run_lengths[uni_checkpoint_offset[i]].
#define UNI_RUNS_PER_CHECKPOINT {RUNS_PER_CHECKPOINT}
{c_array('uint32_t', 'uni_checkpoint_start', checkpoint_start, hex4, 8)}
{c_array('uint16_t', 'uni_checkpoint_offset', checkpoint_offset, str, 12)}

// Case mapping ranges: table t (a PYWASM_UNI_MAP_*) is entries
// uni_case_bounds[t] up to uni_case_bounds[t + 1]. Key: start << 11 |
// (count - 1) << 1 | (stride - 1). Value: (delta + 2^25) << 6 | suffix index.
{c_array('uint16_t', 'uni_case_bounds', case_bounds, str, 5)}
{c_array('uint32_t', 'uni_case_key', case_key, '0x{:08x}'.format, 6)}
{c_array('uint32_t', 'uni_case_value', case_value, '0x{:08x}'.format, 6)}
{c_array('uint16_t', 'uni_case_suffix',
         [x for s in suffixes for x in s + (0,) * (2 - len(s))], hex4, 8)}
''']
    with open(OUTPUT, 'w') as f:
        f.write('\n'.join(out))


if __name__ == '__main__':
    main()
