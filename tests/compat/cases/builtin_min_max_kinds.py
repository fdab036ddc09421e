# min() and max() compare small ints, strs, floats and tuples of them in
# place (patch 0190); key=None means no key. Results, ties (the first of
# equal items wins) and errors are CPython's.
nan = float("nan")
print(max([3, 1, 3.0]), min([1.0, 1, True]), max("b", "ab", "é", "z"), min(["", "a"]), max((1, 2), (1, 2, 0), (0, 9)))
print(max([nan, 1]), max([1, nan]), min([2.5, -0.0, 0.0]), min([0.0, -0.0]), max([2**70, 5, -2**80]))
print(max([(1, "b"), (1, "a")]), min([(2, "x", 1), (2, "x")]), max(["a", "b"], key=None), min(3, 1, 2, key=None))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "c"], key=len), max([], default="none"), min((), key=None, default=0))
pairs = [(i % 5, str(i)) for i in range(100)]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: (p[0], -len(p[1]))))


class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Score(%d)" % self.v


print(max([Score(2), Score(5), Score(5)]), min(Score(3), Score(1)))
for bad in (lambda: max([1, "a"]), lambda: min([(1, 2), (1, "a")]), lambda: max([]), lambda: min(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
words = ["w%d" % (i * 7919 % 1000) for i in range(5000)]
print(max(words), min(words), max(words, key=lambda w: w[::-1]), max(range(100000)), min(x / 3 for x in range(1, 1000)))
