import itertools as it
from itertools import *
print(list(islice(count(5, 2), 4)), list(islice(cycle('ab'), 5)), list(repeat(1, 3)), list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])), list(compress('abcd', [1, 0, 1, 0])), list(dropwhile(lambda x: x < 3, [1, 4, 2])), list(filterfalse(None, [0, 1, 2])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [k for k, g in groupby([1, 1, 2, 3, 3])], [(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana']), key=lambda s: s[0])])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(pairwise('abcd')))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), [list(x) for x in tee('abc')], list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(product('ab', 'xy')), list(product(range(2), repeat=3)), list(permutations('abc', 2)), list(permutations(range(3))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations_with_replacement('ABC', 2)))
a, b = tee(iter([1, 2, 3])); print(next(a), next(a), next(b), list(a), list(b))
print(list(batched('ABCDEFG', 3)) if hasattr(it, 'batched') and False else 'skip')
g = groupby([1,1,2]); k1, g1 = next(g); k2, g2 = next(g); print(k1, k2, list(g2))
