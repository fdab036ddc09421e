# sum() takes its start by keyword too (Python 3.8), refuses to add strings
# and bytes with CPython's advice, and sorted() counts its arguments in
# CPython's words.
calls = [
    lambda: sum([1, 2], 10), lambda: sum([1, 2], start=10), lambda: sum([[1]], start=[0]), lambda: sum([], start=[]),
    lambda: sum([1], 0, start=1), lambda: sum([1], begin=1), lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()), lambda: sum([1], 2, 3), lambda: sum(x * x for x in range(5)),
    lambda: sorted([2, 1], None), lambda: sorted([3, 1, 2], reverse=True),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
