# f(*x) and f(**x) with something they cannot unpack fail with CPython's
# TypeError naming the function (f(**5) raised AttributeError before), and
# keyword names must be strings.
def f(*args, **kwargs):
    return args, kwargs


class Box:
    def method(self, *args, **kwargs):
        return args


calls = [
    lambda: f(*5), lambda: Box().method(*5), lambda: print(*5), lambda: f(**5), lambda: print(**[1]),
    lambda: Box(*5), lambda: f(**{1: 2}), lambda: dict(**{1: 2}), lambda: f(*None), lambda: len(*3),
    lambda: f(*[1], **{"a": 1}, b=2), lambda: f(*"ab", **{"k": 0}), lambda: f(*range(2), *(3,)),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
