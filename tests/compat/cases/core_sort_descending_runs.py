# A list in strictly descending order is sorted by reversing it; equal
# items never change places (a descending run with ties is merge-sorted),
# with or without reverse=, with or without a key, and a descending run
# costs the comparisons CPython's sort makes for it.
print(sorted(range(20, 0, -1)), sorted([3.5, 2, 1.25, -7]), sorted("zyxw"), sorted([(3, "c"), (2, "b"), (1, "a")]))
print(sorted(range(10), reverse=True), sorted([1, 2, 2, 3], reverse=True))
rows = [(5, "a"), (4, "b"), (4, "c"), (3, "d"), (3, "e"), (1, "f")]
print(sorted(rows, key=lambda r: r[0]), sorted(rows, key=lambda r: r[0], reverse=True))
print(sorted(rows[::-1], key=lambda r: -r[0]), sorted(rows, key=lambda r: r[1], reverse=True))
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=len, reverse=True), sorted(sorted(words, key=len), key=len, reverse=True))
xs = list(range(1000, 0, -1))
xs.sort()
print(xs[:5], xs[-5:], xs == list(range(1, 1001)))


class Loud:
    calls = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.calls.append((self.v, other.v))
        return self.v < other.v


print([x.v for x in sorted(Loud(v) for v in [9, 7, 5, 3, 1])], Loud.calls)
print([x.v for x in sorted((Loud(v) for v in [9, 7, 8, 3]), reverse=True)])
