"""The texts of unittest's failed assertions, as CPython 3.11 words them:
reprs shortened around their common prefix, the "Lists differ" and "First
differing element" lines, ndiff blocks of the pformat()ted values, set and
count differences. TestCase's assert methods call these."""

__unittest = True

_MAX_LENGTH = 80       # a repr longer than this is shortened
_PLACEHOLDER_LEN = 12  # what '[N chars]' is taken to cost
_MIN_BEGIN_LEN = 5     # kept at the start of a shortened common prefix
_MIN_END_LEN = 5       # kept at the end of a shortened difference
_MIN_COMMON_LEN = 5    # kept at the end of a shortened common prefix
# what is left of _MAX_LENGTH for the differing part when all else is cut
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        r = repr(obj)
    except Exception:
        r = object.__repr__(obj)
    if short and len(r) >= _MAX_LENGTH:
        r = r[:_MAX_LENGTH] + ' [truncated]...'
    return r


def _shorten(s, keep_start, keep_end):
    # the middle of s as '[N chars]', when that saves enough
    cut = len(s) - keep_start - keep_end
    if cut > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_start], cut, s[len(s) - keep_end:])
    return s


def _common_prefix(strings):
    lo, hi = min(strings), max(strings)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def common_shorten_repr(*objs):
    # the reprs of objs, cut down to about _MAX_LENGTH together: first in
    # their shared beginning, then, if that is not enough, in each rest
    reprs = [safe_repr(o) for o in objs]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    prefix = _common_prefix(reprs)
    n = len(prefix)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[n:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def pformat_diff(first, second):
    # the '\n'-led ndiff of the two values as pprint lays them out
    import difflib
    import pprint
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(), pprint.pformat(second).splitlines()))


_UNINDEXABLE = (TypeError, IndexError, NotImplementedError)


def sequence_difference(seq1, seq2, seq_type):
    # (the message, or None when the two are to pass as equal,
    # whether the pformat diff is to follow)
    kind = seq_type.__name__ if seq_type is not None else 'sequence'
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        return 'First %s has no length.    Non-sequence?' % kind, True
    try:
        len2 = len(seq2)
    except (TypeError, NotImplementedError):
        return 'Second %s has no length.    Non-sequence?' % kind, True
    if seq1 == seq2:
        return None, False
    text = '%ss differ: %s != %s\n' % ((kind[:1].upper() + kind[1:].lower(),) + common_shorten_repr(seq1, seq2))
    for i in range(min(len1, len2)):
        try:
            item1 = seq1[i]
        except _UNINDEXABLE:
            text += '\nUnable to index element %d of first %s\n' % (i, kind)
            break
        try:
            item2 = seq2[i]
        except _UNINDEXABLE:
            text += '\nUnable to index element %d of second %s\n' % (i, kind)
            break
        if item1 != item2:
            text += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + common_shorten_repr(item1, item2))
            break
    else:
        if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            # the same items in sequences of two types: equal enough
            return None, False
    if len1 != len2:
        longer, which, n = (seq1, 'First', len2) if len1 > len2 else (seq2, 'Second', len1)
        text += '\n%s %s contains %d additional elements.\n' % (which, kind, abs(len1 - len2))
        try:
            text += 'First extra element %d:\n%s\n' % (n, safe_repr(longer[n]))
        except _UNINDEXABLE:
            text += 'Unable to index element %d of %s %s\n' % (n, which.lower(), kind)
    return text, True


def set_difference_lines(set1, set2, fail):
    # the "Items in the first set but not the second" text, or None
    diffs = []
    for name, a, b in (('first', set1, set2), ('second', set2, set1)):
        try:
            diffs.append(a.difference(b))
        except TypeError as e:
            fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            fail('%s argument does not support set difference: %s' % (name, e))
    lines = []
    if diffs[0]:
        lines.append('Items in the first set but not the second:')
        lines.extend(repr(x) for x in diffs[0])
    if diffs[1]:
        lines.append('Items in the second set but not the first:')
        lines.extend(repr(x) for x in diffs[1])
    return '\n'.join(lines) if lines else None


def count_differences(first, second):
    # [(count in first, count in second, element)] where they differ, in
    # the order the elements first appear (first's, then second's own)
    from collections import Counter
    a, b = list(first), list(second)
    try:
        ca, cb = Counter(a), Counter(b)
    except TypeError:
        return _count_unhashable(a, b)
    if ca == cb:
        return []
    out = [(n, cb.get(x, 0), x) for x, n in ca.items() if n != cb.get(x, 0)]
    out.extend((0, n, x) for x, n in cb.items() if x not in ca)
    return out


def _count_unhashable(a, b):
    # the same by == alone, for elements that cannot be dict keys
    done = object()
    out = []
    for i, x in enumerate(a):
        if x is done:
            continue
        na = nb = 0
        for j in range(i, len(a)):
            if a[j] == x:
                na += 1
                a[j] = done
        for j, y in enumerate(b):
            if y == x:
                nb += 1
                b[j] = done
        if na != nb:
            out.append((na, nb, x))
    for i, x in enumerate(b):
        if x is done:
            continue
        nb = 0
        for j in range(i, len(b)):
            if b[j] == x:
                nb += 1
                b[j] = done
        out.append((0, nb, x))
    return out
