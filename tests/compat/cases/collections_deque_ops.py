# deque as a queue and a stack at both ends: a long seeded run of mixed
# operations (with and without maxlen) checked item by item against a list
# doing the same, then the results printed; a queue of 200,000 items
# drained from the left (quadratic when popleft shifted a list); indexing
# after the head has moved, error texts, subclasses' repr and copy.
import random
from collections import deque


def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


rng = random.Random(7)
for maxlen in (None, 0, 1, 5, 40):
    d, ref, log = deque(maxlen=maxlen), [], []
    for step in range(6000):
        op = rng.randrange(10)
        x = rng.randrange(1000)
        if op < 3:
            d.append(x)
            ref.append(x)
        elif op < 5:
            d.appendleft(x)
            ref.insert(0, x)
        elif op < 7:
            if ref:
                log.append((d.popleft(), ref.pop(0)))
        elif op < 8:
            if ref:
                log.append((d.pop(), ref.pop()))
        elif op < 9 and ref:
            i = rng.randrange(-len(ref), len(ref))
            log.append((d[i], ref[i]))
            d[i] = ref[i] = x
        else:
            k = rng.randrange(-3, 4)
            d.rotate(k)
            if ref:
                k %= len(ref)
                ref[:] = ref[-k:] + ref[:-k] if k else ref
        if maxlen is not None and len(ref) > maxlen:
            if op < 3:
                del ref[:len(ref) - maxlen]
            else:
                del ref[maxlen:]
        if list(d) != ref or len(d) != len(ref) or bool(d) != bool(ref):
            print('diverged', maxlen, step, op, list(d), ref)
            break
    print(maxlen, len(d), sum(a == b for a, b in log), len(log), list(d)[:8])

q = deque(range(200000))
total = 0
while q:
    total += q.popleft()
    if total % 7 == 0:
        q.append(1)
print(total, len(q))

d = deque(range(100))
for _ in range(60):
    d.popleft()
d.appendleft('a')
print(d[0], d[1], d[-1], len(d), d.index(71), 41 in d, d.count(99), list(reversed(d))[:3])
del d[1]
d.insert(2, 'b')
d.remove(74)
print(list(d)[:5], d == deque(list(d)), d > deque(), d.copy() == d, d * 0, d + deque([1]) == deque(list(d) + [1]))
tr(d.__getitem__, 40)
tr(d.__getitem__, -41)
tr(lambda: d['x'])  # subscription's message (a direct __getitem__ call words it otherwise)
tr(lambda: d[1:2])
tr(deque().pop)
tr(deque().popleft)
tr(deque, [], -1)
tr(d.index, 'zz')
d.extend(d)
d.extendleft(deque('xy'))
print(len(d), list(d)[:4])
e = deque([1, 2, 3], maxlen=4)
e *= 3
print(e, e.maxlen)
e += 'ab'
print(e)


class Q(deque):
    pass


s = Q('abc', 5)
s.popleft()
print(repr(s), type(s.copy()).__name__, s.copy())
