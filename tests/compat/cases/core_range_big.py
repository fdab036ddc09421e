# range() with bounds and steps beyond a machine word (millisecond
# timestamps, 2**40, 10**20) and across the small-int edge at 2**30 and
# 2**31: construction, len, items, slices, reversal, membership, index,
# count, equality, hashing, repr and the errors, against CPython.
T = 1_700_000_000_000


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
        return
    print(label, repr(r))


r = range(T, T + 10_000, 2_500)
show('repr', lambda: r)
show('len', lambda: len(r))
show('list', lambda: list(r))
show('items', lambda: (r[0], r[1], r[-1]))
show('slice', lambda: (r[1:3], r[::-1], r[::2], r[-2:], r[5:]))
show('reversed', lambda: list(reversed(r)))
show('in', lambda: (T in r, T + 2500 in r, T + 1 in r, T + 10_000 in r, 3.0 in r))
show('index', lambda: r.index(T + 5000))
show('count', lambda: (r.count(T), r.count(T + 1)))
show('bool', lambda: (bool(r), bool(range(T, T))))
show('equal', lambda: (range(2**40, 2**40) == range(0), r == range(T, T + 10_000, 2_500), r != r[::-1]))
show('hash', lambda: hash(range(T, T + 3)) == hash(range(T, T + 3)))
show('edge 2**30', lambda: list(range(2**30 - 1, 2**30 + 2)))
show('edge 2**31', lambda: list(range(2**31 + 1, 2**31 - 2, -1)))
show('huge len', lambda: len(range(-2**62, 2**62, 3)))
show('huge item', lambda: range(10**20, 10**20 + 10**19, 10**18)[-2])
show('sum', lambda: sum(range(10**12, 10**12 + 100)))
show('small still', lambda: (range(5)[2:], range(0, 2**31)[2**30 + 5], range(1, 2**31)[-1]))
show('negative step', lambda: (range(0, 2**40, -2), list(range(0, 2**40, -2)), list(range(2**40, 2**40 - 6, -2))))
show('loop', lambda: [i for i in range(2**33, 2**33 + 3)])
show('float', lambda: range(1.5, 2**40))
show('zero step', lambda: range(0, 2**40, 0))
show('index error', lambda: range(0, 2**40)[2**41])
show('not in range', lambda: range(0, 2**40).index(-1))
show('random', lambda: __import__('random').Random(5).randrange(T, T + 10**6) in range(T, T + 10**6))
