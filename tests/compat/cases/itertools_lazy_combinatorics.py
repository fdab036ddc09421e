# itertools' combinatorics produced lazily (a first item of
# permutations(range(10**4), 3) comes at once) in CPython's order,
# arguments checked when the function is called (count and repeat too).
import itertools as it
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for n in range(5):
    for r in range(6):
        a = list(it.permutations(range(n), r)); b = list(it.combinations('abcde'[:n], r)); c = list(it.combinations_with_replacement(range(n), r))
        print(n, r, len(a), a[:3], a[-1:], len(b), b[:2], len(c), c[-2:])
print(list(it.permutations('abc')), len(list(it.permutations(range(7)))), sum(1 for _ in it.combinations(range(30), 4)))
print(list(it.product('ab', [1, 2], repeat=2))[:5], list(it.product([], [1])), list(it.product(repeat=3)), next(it.product(range(10**6), repeat=4)))
print(next(it.permutations(range(10**4), 3)), next(it.combinations(range(10**4), 5)))
tr(it.islice, 'abc', -1)
tr(it.islice, 'abc', 1, -1)
tr(it.islice, 'abc', -1, 2)
tr(it.islice, 'abc', 0, 2, 0)
tr(it.islice, 'abc', 0, 2, -1)
tr(it.islice, 'abc', 'x')
tr(it.islice, 5, 1)
tr(it.islice, 'abc')
print(list(it.islice('abcdefg', None)), list(it.islice('abcdefg', 2, None)), list(it.islice('abcdefg', 0, 5, 2)), list(it.islice('abcdefg', None, None, 3)), list(it.islice('ab', 5, 10)))
src = iter(range(10)); print(list(it.islice(src, 3)), next(src))
tr(it.permutations, 'ab', -1)
tr(it.permutations, 'ab', 'x')
tr(it.combinations, 'ab', -1)
tr(it.combinations, 'ab')
tr(it.combinations_with_replacement, 'ab', -2)
tr(it.product, 'ab', repeat=-1)
c = it.count(5); next(c); print(next(c), list(it.islice(it.count(1.5, 0.5), 3)))
r = it.repeat('x', 3); next(r); print(list(r), list(r), list(it.repeat(1, -2)), list(zip(range(3), it.repeat(0))))
tr(it.count, 'a')
print(list(it.islice(it.count(10, -2.5), 4)), list(map(pow, range(4), it.repeat(2))))
