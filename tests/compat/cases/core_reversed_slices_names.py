# reversed() refuses what is no sequence at once, with CPython's text
# (reversed({1, 2}) made an iterator that failed when used); slices compare
# as (start, stop, step); getattr() and friends want a str name.
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Plain:
    pass


calls = [
    lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(Plain()), lambda: list(reversed(Seq())),
    lambda: list(reversed(range(3))), lambda: list(reversed("ab")), lambda: list(reversed(b"ab")),
    lambda: list(reversed({"a": 1, "b": 2})), lambda: list(reversed([1, 2, 3])),
    lambda: slice(1, 2) == slice(1, 2), lambda: slice(1, 2) != slice(1, 3), lambda: slice(1, 2) < slice(1, 3),
    lambda: slice(None, 2) == slice(None, 2, None), lambda: slice(1, 2) == (1, 2), lambda: sorted([slice(2, 1), slice(1, 5)]),
    lambda: getattr(1, 5), lambda: hasattr(1, None), lambda: setattr(Plain(), 3, 1), lambda: getattr(1, "real"),
    lambda: type(1, 2),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
