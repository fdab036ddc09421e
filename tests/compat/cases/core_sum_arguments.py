# sum(), round() and pow() take their arguments by keyword too (Python
# 3.8), sum() refuses to add strings and bytes with CPython's advice, and
# sorted() counts its arguments in CPython's words.
calls = [
    lambda: sum([1, 2], 10), lambda: sum([1, 2], start=10), lambda: sum([[1]], start=[0]), lambda: sum([], start=[]),
    lambda: sum([1], 0, start=1), lambda: sum([1], begin=1), lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()), lambda: sum([1], 2, 3), lambda: sum(x * x for x in range(5)),
    lambda: sorted([2, 1], None), lambda: sorted([3, 1, 2], reverse=True), lambda: sum(), lambda: sum(iterable=[1]),
    lambda: round(2.567, ndigits=2), lambda: round(number=2.5), lambda: round(2.5, None), lambda: round(ndigits=1),
    lambda: round(1.5, digits=1), lambda: round(1.25, 1, ndigits=1), lambda: pow(2, 10, mod=7), lambda: pow(base=2, exp=3),
    lambda: pow(2, 3, None), lambda: pow(exp=2), lambda: pow(2, 3, 5, 7),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
