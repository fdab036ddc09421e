# sort() compares small ints, strs, floats and tuples of them without the
# generic operator dispatch (patch 0186); everything else goes the generic
# way. Results, stability and errors must be CPython's either way.
import random

rng = random.Random(186)
words = ["", "a", "ab", "abc", "b", "é", "z", "€", "𝄞", "A", "a\x00", "ab\x00"]
print(sorted(words), sorted(words, reverse=True))
strs = ["".join(rng.choice("ab€é𝄞") for _ in range(rng.randrange(6))) for _ in range(500)]
print(sorted(strs)[:12], sorted(strs, reverse=True)[:6])
print(sorted(strs) == sorted(strs, key=lambda s: [ord(c) for c in s]))
nums = [rng.randrange(-50, 50) for _ in range(300)] + [2**40, -2**70, 2**31 - 1, -2**31, 2**30, -2**30 - 1]
print(sorted(nums)[:8], sorted(nums)[-5:])
mixed = [3, 2.5, True, False, -1, 0.0, -0.0, 1, 2**65, 1.0, 7 / 2]
out = sorted(mixed)
print(out, [type(x).__name__ for x in out])
print(sorted(mixed, reverse=True))
floats = [rng.choice([0.5, -0.0, 0.0, 1e300, -1e-300, 3.25]) for _ in range(40)]
s = sorted(floats)
print(s[:6], [repr(x) for x in s if x == 0][:8])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]) [1:], sorted([nan, 1.0, nan, 0.5]).count(0.5))
pairs = [(rng.randrange(5), rng.choice("xyz"), i) for i in range(200)]
print(sorted(pairs)[:5], sorted(pairs, key=lambda p: (p[0], p[1]))[:5])
print(sorted([(1, 2), (1,), (), (1, 2, 0), (0, 9), (1, 1.5), ((1, 2), 3)[0]]))
print(sorted([((1, "b"), 2), ((1, "a"), 3), ((0, "z"), 1)]))
recs = [{"score": rng.randrange(10) * 0.5, "name": "n%d" % rng.randrange(20), "i": i} for i in range(300)]
by = sorted(recs, key=lambda d: (-d["score"], d["name"]))
print([(d["score"], d["name"], d["i"]) for d in by[:6]])
print([d["i"] for d in sorted(recs, key=lambda d: d["score"], reverse=True)][:12])


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(sorted([Rev("a"), Rev("c"), Rev("b")]), sorted(["a", "c", "b"], key=Rev))
for bad in ([1, "a"], [(1, 2), (1, "a")], [None, None], [(1, None), (1, 2)], ["a", b"a"]):
    try:
        sorted(bad)
        print("sorted", bad)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([(1, None), (2, None)]), sorted([(nan, 1), (nan, 2)])[0][1] in (1, 2))
deep, deeper = 2, 1
for _ in range(50):
    deep, deeper = (deep, 0), (deeper, 0)
print(sorted([deep, deeper])[0] is deeper)
