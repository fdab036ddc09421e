# What a class's special methods return is checked as CPython checks it,
# a with statement's object must have __enter__ and __exit__, and a right
# operand whose class is a subclass of the left's, with a reflected method
# of its own, goes first.
class Length:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Returns:
    def __init__(self, value):
        self.value = value

    def __iter__(self):
        return self.value

    def __bool__(self):
        return self.value

    def __str__(self):
        return self.value

    def __index__(self):
        return self.value


class OnlyEnter:
    def __enter__(self):
        return self


def use(manager):
    with manager:
        return "inside"


calls = [
    lambda: len(Length(-1)), lambda: len(Length("3")), lambda: len(Length(2 ** 70)), lambda: len(Length(True)),
    lambda: len(Length(2 ** 40)), lambda: bool(Length(-1)), lambda: bool(Length(0)), lambda: iter(Returns(5)),
    lambda: list(Returns(iter([1, 2]))), lambda: bool(Returns(1)), lambda: bool(Returns(False)), lambda: str(Returns(5)),
    lambda: str(Returns("ok")), lambda: [1, 2][Returns(1.5)], lambda: [1, 2][Returns(1)], lambda: hex(Returns(True)),
    lambda: use(OnlyEnter()), lambda: use(5), lambda: use(open(__file__)),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class Vector:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return "Vector.__add__", type(other).__name__

    def __radd__(self, other):
        return "Vector.__radd__", type(other).__name__


class Scaled(Vector):
    def __radd__(self, other):
        return "Scaled.__radd__", type(other).__name__


class Plain(Vector):
    pass


print(Vector(1) + Scaled(2), Scaled(1) + Vector(2), Vector(1) + Plain(2), 3 + Scaled(1))
