"""unittest.util: the helpers CPython keeps there and other packages import
(mock's backport takes safe_repr from here; test tools take strclass and
the list differences). The texts of failed assertions are built in
unittest._messages, which these names share."""
from collections import namedtuple
from unittest._messages import (safe_repr, common_shorten_repr as _common_shorten_repr, _MAX_LENGTH,
                                _PLACEHOLDER_LEN, _MIN_BEGIN_LEN, _MIN_END_LEN, _MIN_COMMON_LEN, _MIN_DIFF_LEN)

__unittest = True

_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    # both lists sorted: the items only in expected and only in actual,
    # each listed once, walking the two side by side
    i = j = 0
    missing, unexpected = [], []
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    # items that need not sort or hash, each matched once. Both lists are
    # consumed as CPython's are: expected is emptied from its end, and what
    # is left of actual is returned as the unexpected items
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _strike(items, start, value, gone):
    # how many of items[start:] equal value; each is replaced by gone, so
    # that it is counted once
    count = 0
    for at in range(start, len(items)):
        if items[at] is not gone and items[at] == value:
            items[at] = gone
            count += 1
    return count


def _count_diff_all_purpose(actual, expected):
    # (count in actual, count in expected, item) for each item counted
    # differently, comparing with == only (items need not hash): actual's
    # items in the order first seen, then those only expected has
    have, want = list(actual), list(expected)
    gone = object()
    out = []
    for at, value in enumerate(have):
        if value is gone:
            continue
        counts = _strike(have, at, value, gone), _strike(want, 0, value, gone)
        if counts[0] != counts[1]:
            out.append(_Mismatch(counts[0], counts[1], value))
    for at, value in enumerate(want):
        if value is not gone:
            out.append(_Mismatch(0, _strike(want, at, value, gone), value))
    return out


def _count_diff_hashable(actual, expected):
    from collections import Counter
    have, want = Counter(actual), Counter(expected)
    out = [_Mismatch(n, want.get(value, 0), value) for value, n in have.items() if n != want.get(value, 0)]
    out.extend(_Mismatch(0, n, value) for value, n in want.items() if value not in have)
    return out
