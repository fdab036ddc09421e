# heapq.nlargest/nsmallest keep a heap of the n best instead of sorting
# everything: results must equal sorted(...)[:n], ties in their original
# order, items never compared when a key is given.
import heapq
import random

rng = random.Random(7)
data = [rng.randrange(50) for _ in range(2000)]
for n in (-1, 0, 1, 2, 5, 50, 1999, 2000, 3000):
    assert heapq.nlargest(n, data) == sorted(data, reverse=True)[:max(n, 0)], n
    assert heapq.nsmallest(n, data) == sorted(data)[:max(n, 0)], n
    assert heapq.nlargest(n, iter(data)) == sorted(data, reverse=True)[:max(n, 0)], n
    assert heapq.nsmallest(n, iter(data)) == sorted(data)[:max(n, 0)], n
pairs = [(rng.randrange(5), i) for i in range(300)]
for n in (1, 3, 10, 299):
    assert heapq.nlargest(n, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0], reverse=True)[:n]
    assert heapq.nsmallest(n, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0])[:n]


class NoOrder:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "N(%d)" % self.v


items = [NoOrder(v) for v in [3, 1, 3, 2, 1, 3]]
print(heapq.nlargest(2, items, key=lambda o: o.v), heapq.nsmallest(3, items, key=lambda o: o.v))
print(heapq.nlargest(3, "hello world"), heapq.nsmallest(2, [2.5, -1, 7]), heapq.nlargest(1, []), heapq.nsmallest(1, [], key=abs))
print(heapq.nlargest(2, {"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]), heapq.nsmallest(4, range(10, 0, -1)))
try:
    heapq.nlargest(2, [1, "a", 3])
except TypeError as e:
    print("TypeError")
print(len(heapq.nlargest(10, range(100000))), heapq.nsmallest(3, (x * x % 97 for x in range(1000))))
