# Tuples hash with CPython's 64-bit round (patch 0300): sets and dicts of
# small-int tuples iterate in CPython's order.
import random
random.seed(5)
print([hash(t) & 0x3fffffff for t in [(0, 1), (1, 2, 3), (), (-1,), ((1, 2), 3), (5, -7, 100)]])
print(list({(i, j) for i in range(4) for j in range(3)}))
print(list({(random.randrange(100), random.randrange(100)) for _ in range(30)}))
s = set()
for i in range(200):
    s.add((i % 13, i % 7, i // 50))
print(list(s)[:40])
print(list({(1, 'a'), (2, 'b')} & {(1, 'a')}))
print({(0, 0): 1, (0, 1): 2, (1, 0): 3})
