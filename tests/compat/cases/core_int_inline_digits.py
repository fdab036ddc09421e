# Ints past the small ints keep two digits inline and compute results on the
# stack (patch 0196): results on both sides of every digit boundary, of both
# signs, from every operator, must be CPython's, whether they end up small
# ints, inline ints or ints whose digits left for the heap.
import random
r = random.Random(7)
edges = []
for b in (29, 30, 31, 32, 33, 62, 63, 64, 65, 95, 96, 127, 128, 255, 256, 257, 300):
    for d in (-2, -1, 0, 1, 2):
        edges.append((1 << b) + d)
        edges.append(-((1 << b) + d))
edges += [0, 1, -1, 2, -2, 3, 1000, -1000, 10**9, 10**12, -10**12, 10**18, 10**19, -10**30]
acc = 0
lines = []
for n in range(1500):
    a = r.choice(edges) if r.random() < 0.6 else r.randrange(-(1 << r.choice((31, 40, 64, 70, 130, 270))), 1 << r.choice((31, 40, 64, 70, 130, 270)))
    b = r.choice(edges) if r.random() < 0.6 else r.randrange(-(1 << r.choice((8, 31, 40, 64, 70))), 1 << r.choice((8, 31, 40, 64, 70)))
    res = [a + b, a - b, a * b, a & b, a | b, a ^ b, -a, ~a, abs(a), a == b, a < b, a >= b]
    if b:
        res += [a // b, a % b, divmod(a, b)]
    s = r.randrange(0, 80)
    res += [a << s, a >> s]
    if 0 <= b < 5:
        res.append(a ** b)
    res.append(pow(a, 3, 1000003))
    for ch in str(res):
        acc = (acc * 131 + ord(ch)) % 1000000007
    if n % 150 == 0:
        lines.append(repr(res)[:200])
x = 1
for i in range(1, 300):
    x = x * i // (i % 7 + 1) + i
print(x % (10**40), len(str(x)))
t = 0
for i in range(20000):
    t += (1764892800000 + i * 1000) // 1000 - 1764892800
print(t)
print(acc)
print("\n".join(lines))
q, m = divmod(-(1 << 64) - 5, 1 << 32)
print(q, m, type(q) is int, divmod(1 << 40, 1 << 39), divmod(-(1 << 40), 3), (1 << 62) // (1 << 31))
big = [1 << k for k in range(28, 70)]
print(sum(big), [b // 3 for b in big[::7]], [b % 1000003 for b in big[::9]], max(big) - min(big))
print(int.from_bytes(b"\xff" * 9, "big"), (2**64 - 1).to_bytes(8, "little"), -(2**63), hex(2**65 + 7))
import gc
kept = []
for i in range(4000):
    v = (1 << (28 + i % 70)) + i * 7919
    kept.append(v * 3 - i)
    kept.append(-(v // 5))
    if i % 997 == 0:
        gc.collect()
        kept = kept[::2] + kept[1::2]
print(len(kept), sum(kept) % 1000000007, min(kept), max(kept) % 999983)
