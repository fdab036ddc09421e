"""stringprep: the tables of RFC 3454 ("Preparation of Internationalized
Strings"), as CPython 3.11's module has them: in_table_a1, in_table_b1,
map_table_b2, map_table_b3, in_table_c11, in_table_c12, in_table_c11_c12,
in_table_c21, in_table_c22, in_table_c21_c22, in_table_c3 ... in_table_c9,
in_table_d1 and in_table_d2, each taking one character.

The data (_pywasm_stringprep_data, generated from CPython's module by
scripts/gen-stringprep.py) is read a table at a time, when first asked.
Like CPython's, the tables are of Unicode 3.2, except map_table_b3 (and so
b2), which lower-cases by the Unicode of the interpreter (14.0) where the
RFC lists no mapping.

Not as CPython: the module has only the functions (not CPython's
b1_set, b3_exceptions, ... or its unicodedata attribute), and an argument
that is not one character raises ord()'s TypeError."""
from bisect import bisect_right as _after

import _pywasm_stringprep_data as _data

_ranges = {}  # table name -> boundaries [start0, end0, start1, ...]


def _bounds(name):
    found = _ranges.get(name)
    if found is None:
        found, at = [], 0
        for step in getattr(_data, name).split():
            at += int(step, 36)
            found.append(at)
        _ranges[name] = found
    return found


def _in(name, code):
    """Whether code point `code` is in the table called `name`."""
    return _after(_bounds(name), code) & 1 == 1


def _mapping(runs, multi, found):
    """Adds to `found` (code point -> str) the entries of a B2-style table."""
    words = runs.split()
    code = 0
    for at in range(0, len(words), 4):
        code += int(words[at], 36)
        count, stride, delta = int(words[at + 1], 36), int(words[at + 2]), int(words[at + 3], 36)
        for i in range(code, code + count * stride, stride):
            found[i] = chr(i + delta)
    for entry in multi.split():
        key, target = entry.split('=')
        found[int(key, 16)] = ''.join([chr(int(part, 16)) for part in target.split('.')])
    return found


_b2 = None
_b3_changes = None


def b2_map():
    """Table B.2 (with CPython's additions) as a dict: code point -> str."""
    global _b2
    if _b2 is None:
        _b2 = _mapping(_data.B2, _data.B2_MULTI, {})
    return _b2


def in_table_a1(code):
    return _in('A1', ord(code))


def in_table_b1(code):
    return _in('B1', ord(code))


def map_table_b2(a):
    return b2_map().get(ord(a), a)


def map_table_b3(code):
    global _b3_changes
    if _b3_changes is None:
        _b3_changes = _mapping('', _data.B3_CHANGES, {})
    key = ord(code)
    found = _b3_changes.get(key)
    return found if found is not None else b2_map().get(key, code)


def in_table_c11(code):
    return code == ' '


def in_table_c12(code):
    return _in('C12', ord(code))


def in_table_c11_c12(code):
    return code == ' ' or _in('C12', ord(code))


def in_table_c21(code):
    return _in('C21', ord(code))


def in_table_c22(code):
    return _in('C22', ord(code))


def in_table_c21_c22(code):
    key = ord(code)
    return _in('C21', key) or _in('C22', key)


def in_table_c3(code):
    return _in('C3', ord(code))


def in_table_c4(code):
    return _in('C4', ord(code))


def in_table_c5(code):
    return _in('C5', ord(code))


def in_table_c6(code):
    return _in('C6', ord(code))


def in_table_c7(code):
    return _in('C7', ord(code))


def in_table_c8(code):
    return _in('C8', ord(code))


def in_table_c9(code):
    return _in('C9', ord(code))


def in_table_d1(code):
    return _in('D1', ord(code))


def in_table_d2(code):
    return _in('D2', ord(code))
