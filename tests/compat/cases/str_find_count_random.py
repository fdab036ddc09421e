# find, rfind, count, in, replace and split of str and bytes over 3,000
# random short haystacks and needles (the empty one included) with start
# and end indices in and out of range, against python3 (patches 0167 and
# 0168: the first-byte search, and '' past the end found nowhere).
import random
rng = random.Random(3)
bad = 0
for _ in range(3000):
    h = ''.join(rng.choice('abc') for _ in range(rng.randrange(0, 30)))
    n = ''.join(rng.choice('abc') for _ in range(rng.randrange(0, 4)))
    a, b = rng.randrange(-5, 35), rng.randrange(-5, 35)
    r = (h.find(n), h.rfind(n), h.count(n), n in h, h.find(n, a, b), h.rfind(n, a, b), h.replace(n, 'X') if n else h, h.split(n) if n else 0)
    hb, nb = h.encode(), n.encode()
    rb = (hb.find(nb), hb.rfind(nb), hb.count(nb), nb in hb, hb.find(nb, a, b), hb.rfind(nb, a, b))
    print(r, rb)
