#!/usr/bin/env python3
"""Generates port/python/_pywasm_stringprep_data.py, the RFC 3454 tables
(stringprep) behind pywasm's stringprep module and idna codec.

Every fact comes from this Python's own stringprep module (CPython 3.11,
which reads Unicode 3.2 through unicodedata.ucd_3_2_0, and lower() of
Unicode 14 for table B.3), evaluated at every code point, and from
ucd_3_2_0.normalize('NFKC') against unicodedata.normalize('NFKC'). The
output depends only on that data: rerunning gives the same bytes.

Usage: python3 scripts/gen-stringprep.py [OUTPUT]   (default port/python/_pywasm_stringprep_data.py)
"""
import os
import stringprep
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), 'need CPython 3.11'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'port', 'python', '_pywasm_stringprep_data.py')

CODES = range(0x110000)
SETS = ['a1', 'b1', 'c11', 'c12', 'c21', 'c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'd1', 'd2']
# what nameprep (RFC 3491 section 5) prohibits
NAMEPREP = ['c12', 'c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']


def base36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if not n:
            return out


def signed36(n):
    return '-' + base36(-n) if n < 0 else base36(n)


def ranges(member):
    """[start, end) pairs of the code points where member(code) holds, as
    base-36 differences between successive boundaries."""
    bounds, inside = [], False
    for code in CODES:
        now = member(code)
        if now != inside:
            bounds.append(code)
            inside = now
    if inside:
        bounds.append(0x110000)
    out, last = [], 0
    for bound in bounds:
        out.append(base36(bound - last))
        last = bound
    return ' '.join(out)


def mapping(func):
    """{code: str} where func maps a code point to something else."""
    found = {}
    for code in CODES:
        ch = chr(code)
        to = func(ch)
        if to != ch:
            found[code] = to
    return found


def runs(found):
    """The one-character entries of a mapping as runs 'start count stride
    delta' (start counted from the previous run's, base 36), and the
    others as 'code=target' with hex code points ('.' between them)."""
    singles = sorted((code, ord(to) - code) for code, to in found.items() if len(to) == 1)
    out, at, last = [], 0, 0
    while at < len(singles):
        code, delta = singles[at]
        count, stride = 1, 1
        for step in (1, 2):
            n = 1
            while at + n < len(singles) and singles[at + n] == (code + n * step, delta):
                n += 1
            if n > count:
                count, stride = n, step
        out.append('%s %s %s %s' % (base36(code - last), base36(count), stride, signed36(delta)))
        last = code
        at += count
    multi = ['%x=%s' % (code, '.'.join('%x' % ord(ch) for ch in to))
             for code, to in sorted(found.items()) if len(to) != 1]
    return ' '.join(out), ' '.join(multi)


def wrap(name, text, width=110):
    """A long str constant as adjacent literals, cut at spaces."""
    lines, line = [], ''
    for word in text.split(' '):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line + ' ')
            line = word
        else:
            line = line + ' ' + word if line else word
    lines.append(line)
    if len(lines) == 1:
        return '%s = %r\n' % (name, lines[0])
    body = '\n'.join('    %r' % piece for piece in lines)
    return '%s = (\n%s)\n' % (name, body)


def main():
    member = {}
    for name in SETS:
        test = getattr(stringprep, 'in_table_' + name)
        member[name] = [code for code in CODES if test(chr(code))]
    sets = {name: set(codes) for name, codes in member.items()}
    prohibited = set().union(*[sets[name] for name in NAMEPREP])

    # Unicode 3.2's NFKC (ucd_3_2_0) against Unicode 14's: a code point
    # unassigned in 3.2 (table A.1) has no decomposition there, and five
    # decompositions were corrected since. Each kept one is a starter that
    # takes part in no canonical composition, so NFKC can run on the parts
    # between them.
    old = unicodedata.ucd_3_2_0
    keep = set()
    corrections = {}
    for code in CODES:
        if 0xd800 <= code < 0xe000:
            continue
        ch = chr(code)
        if code in sets['a1'] and unicodedata.normalize('NFKD', ch) != ch:
            assert old.normalize('NFKD', ch) == ch and unicodedata.combining(ch) == 0
            keep.add(code)
        elif old.normalize('NFKC', ch) != unicodedata.normalize('NFKC', ch):
            assert code not in sets['a1']
            corrections[code] = old.normalize('NFKC', ch)
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith('<'):
            assert not keep.intersection(int(part, 16) for part in decomposition.split())
    assert all(len(to) == 1 for to in corrections.values())

    # The code points NFKC leaves alone whatever is around them: a starter
    # that NFKC keeps, and that is not the second of a pair canonical
    # composition joins (nor a Hangul vowel or trailing consonant). A text of
    # these only is its own NFKC, under Unicode 14 and so under 3.2 too
    # (none of them is corrected above; those kept are left as they are).
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11a8, 0x11c3))
    for code in CODES:
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith('<') and ' ' in decomposition:
            pair = ''.join(chr(int(part, 16)) for part in decomposition.split())
            if unicodedata.normalize('NFC', pair) == chr(code):
                seconds.add(ord(pair[1]))
    inert = set()
    for code in CODES:
        ch = chr(code)
        if (not 0xd800 <= code < 0xe000 and unicodedata.combining(ch) == 0 and code not in seconds
                and unicodedata.normalize('NFKC', ch) == ch):
            assert code not in corrections
            inert.add(code)

    b2 = mapping(stringprep.map_table_b2)
    b3 = mapping(stringprep.map_table_b3)
    b2_runs, b2_multi = runs(b2)
    b3_changes = ' '.join('%x=%s' % (code, '.'.join('%x' % ord(ch) for ch in b3.get(code, chr(code))))
                          for code in sorted(set(b2) | set(b3)) if b2.get(code) != b3.get(code))

    out = ['''"""Generated by scripts/gen-stringprep.py from CPython 3.11's stringprep
module: do not edit. The tables of RFC 3454 (stringprep) as CPython has
them, for pywasm's stringprep module and idna codec.

A set of code points is a str of base-36 numbers: the differences between
successive boundaries start0 end0 start1 end1 ... of its [start, end)
ranges. A1 ... D2 are the RFC's tables; NAMEPREP_PROHIBITED the union of
those nameprep prohibits (C.1.2, C.2.2, C.3-C.9). KEEP_NFKC: the code points
Unicode 3.2 had not assigned that Unicode 14's NFKC would change (nameprep
normalizes by Unicode 3.2, which leaves them as they are); NFKC_CORRECTIONS:
the 3.2 NFKC of the few whose decomposition was corrected since, as
'code=target' in hex. NFKC_INERT: the code points NFKC leaves as they are
whatever surrounds them (starters it keeps that no canonical composition
takes as its second part): a text of them only is its own NFKC.

B2 (map_table_b2): runs 'start count stride delta' (start counted from the
previous run's start, base 36; each code point start + i * stride maps to
itself plus delta), then B2_MULTI, the mappings to other than one
character, as 'code=target' with the target's code points in hex joined by
'.'. B3_CHANGES: where map_table_b3 differs from map_table_b2, the same
way."""
''']
    for name in SETS:
        out.append(wrap(name.upper(), ranges(sets[name].__contains__)))
    out.append(wrap('NAMEPREP_PROHIBITED', ranges(prohibited.__contains__)))
    out.append(wrap('KEEP_NFKC', ranges(keep.__contains__)))
    out.append(wrap('NFKC_INERT', ranges(inert.__contains__)))
    fixes = ' '.join('%x=%x' % (code, ord(to)) for code, to in sorted(corrections.items()))
    out.append(wrap('NFKC_CORRECTIONS', fixes))
    out.append(wrap('B2', b2_runs))
    out.append(wrap('B2_MULTI', b2_multi))
    out.append(wrap('B3_CHANGES', b3_changes))
    with open(OUTPUT, 'w') as f:
        f.write('\n'.join(out))


main()
