# bisect's searches are C (port/modbisect.c): the same insertion points as
# CPython's for every lo/hi/key combination, insort calling the list's
# insert, keys applied to items only, and CPython's errors.
import bisect
import random

rng = random.Random(11)
data = sorted(rng.randrange(40) for _ in range(300))
for x in range(-1, 42):
    for lo, hi in ((0, None), (5, 200), (0, 0), (299, 300), (100, 50)):
        args = (data, x, lo) if hi is None else (data, x, lo, hi)
        l, r = bisect.bisect_left(*args), bisect.bisect_right(*args)
        assert (l, r) == (bisect.bisect_left(data, x, lo=lo, hi=hi), bisect.bisect(data, x, lo=lo, hi=hi)), (x, lo, hi)
print(bisect.bisect_left(data, 20), bisect.bisect_right(data, 20), bisect.bisect(data, 40), bisect.bisect_left(data, -5))
recs = sorted(({"n": "r%d" % i, "v": rng.randrange(10)} for i in range(50)), key=lambda r: r["v"])
print(bisect.bisect_left(recs, 5, key=lambda r: r["v"]), bisect.bisect_right(recs, 5, key=lambda r: r["v"]))
bisect.insort(recs, {"n": "new", "v": 5}, key=lambda r: r["v"])
bisect.insort_left(recs, {"n": "new2", "v": 5}, key=lambda r: r["v"])
print([r["n"] for r in recs if r["v"] == 5][-2:], [r["n"] for r in recs if r["v"] == 5][0])
words = []
for w in "pear apple fig banana apple cherry".split():
    bisect.insort(words, w)
print(words, bisect.bisect(words, "apple"), bisect.bisect_left(words, "apple"))
floats = [0.5, 1.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1), bisect.bisect_left([(1, "a"), (1, "c")], (1, "b")))


class Log(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


log = Log([1, 3])
bisect.insort(log, 2)
print(log, bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect("abcdef", "d"))
for bad in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect([1, "a"], 2), lambda: bisect.bisect(None, 1),
            lambda: bisect.bisect([1, 2], 1, 0, 5)):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
