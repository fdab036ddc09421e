# Sets probe as CPython's do, with jumps after a short run (patch 0243):
# ints that wrap around the table do not form long runs that every
# missing key walks. Membership, removal, pop, growth and the ascending
# order of small-int sets must stay CPython's.
import random

evens = set(range(0, 100000, 2))
thirds = set(range(0, 100000, 3))
print(len(evens), sum(1 for x in range(100000) if x in evens), len(evens & thirds), len(evens | thirds), len(evens ^ thirds), len(evens - thirds))
print(sorted(evens & thirds)[:5], 99999 in evens, 99998 in evens, -2 in evens)
print({3, 1, 2}, set(range(10, 0, -1)))
rng = random.Random(191)
live = set()
model = {}
for step in range(60000):
    k = rng.choice([rng.randrange(500), rng.randrange(10**9), "s%d" % rng.randrange(300), (rng.randrange(9), "t"), rng.randrange(64) * 8191])
    op = rng.random()
    if op < 0.5:
        live.add(k)
        model[k] = True
    elif op < 0.8:
        live.discard(k)
        model.pop(k, None)
    elif op < 0.85 and live:
        x = live.pop()
        assert x in model
        del model[x]
    else:
        assert (k in live) == (k in model), k
    if step % 9973 == 0:
        assert live == set(model) and len(live) == len(model)
print(len(live) == len(model), live == set(model), all(k in live for k in model))
s = set(range(0, 10**6, 7))
for x in range(0, 10**6, 14):
    s.remove(x)
print(len(s), min(s), max(s), 7 in s, 14 in s, sum(1 for x in range(0, 10**6, 7) if x in s))
while s:
    s.pop()
print(len(s), s)
fs = frozenset(range(0, 3000, 3))
print(hash(fs) == hash(frozenset(range(0, 3000, 3))), fs == set(range(0, 3000, 3)), len({fs, frozenset(fs)}))
big = {i * 65536 for i in range(5000)}
print(sum(1 for i in range(10000) if i * 32768 in big), len(big), {x % 7 for x in big} == set(range(7)))
