# sort() and sorted() are stable (equal keys keep their order), with key= and
# reverse=; keys are computed once each; a failing key leaves the list alone.
import random

rows = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2), ('g', 1)]
print(sorted(rows, key=lambda r: r[1]))
print(sorted(rows, key=lambda r: r[1], reverse=True))

# A report sorted on one field with many ties.
rnd = random.Random(7)
people = [('p%03d' % i, rnd.randrange(5)) for i in range(200)]
by_score = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_score][:20])
# Stable means: within one score, original order.
for score in range(5):
    names = [p[0] for p in by_score if p[1] == score]
    assert names == sorted(names), score
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)][:20])

# Sorting twice on two keys (the classic multi-key idiom).
recs = [(rnd.randrange(3), rnd.randrange(3), i) for i in range(30)]
recs.sort(key=lambda r: r[1])
recs.sort(key=lambda r: r[0])
print(recs)

# Long inputs: sorted, reversed, all equal, random.
for data in (list(range(100)), list(range(100, 0, -1)), [1] * 50,
             [rnd.randrange(1000) for _ in range(1000)]):
    s = sorted(data)
    assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
    assert sorted(s) == s and sorted(data, reverse=True) == s[::-1]
    print(len(s), s[:5], s[-5:])

# Equal keys of distinct objects under reverse=True keep their order.
class Box:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return '%d%s' % (self.k, self.tag)

boxes = [Box(i % 3, chr(97 + i)) for i in range(12)]
print(sorted(boxes))
print(sorted(boxes, reverse=True))

# key= is called once per element.
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2, 5, 4], key=key), calls)

# A key that raises leaves the list untouched.
data = [3, 1, 'x', 2]
try:
    data.sort(key=lambda v: v + 0)
except TypeError:
    print('TypeError', data)
data = [3, 1, 'x', 2]
try:
    data.sort()
except TypeError:
    print('TypeError', sorted(map(str, data)))
print(sorted([]), sorted([1]), sorted('banana'), sorted({'b': 1, 'a': 2}))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))

# The key of a one-item list is computed too: it may raise, or count.
calls = []
print(sorted([7], key=lambda v: calls.append(v) or v), calls)
try:
    sorted([1], key=str.lower)
except TypeError:
    print('TypeError for one item')
print(sorted([], key=str.lower))
