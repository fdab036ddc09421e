# CPython's texts for a negative factorial, a float infinity or NaN made
# an int, and a second argument to isinstance() or issubclass() that is no
# class.
import math


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)


class Number(metaclass=Meta):
    pass


def show(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)


show("factorial(-1)", lambda: math.factorial(-1))
show("factorial(5)", lambda: math.factorial(5))
show("int(inf)", lambda: int(float("inf")))
show("int(-inf)", lambda: int(float("-inf")))
show("int(nan)", lambda: int(float("nan")))
show("round(inf)", lambda: round(float("inf")))
show("math.floor(nan)", lambda: math.floor(float("nan")))
show("isinstance(1, 2)", lambda: isinstance(1, 2))
show("isinstance(1, (int, 2))", lambda: isinstance("x", (int, 2)))
show("isinstance(1, 'int')", lambda: isinstance(1, "int"))
show("issubclass(int, 2)", lambda: issubclass(int, 2))
show("issubclass(1, int)", lambda: issubclass(1, int))
show("isinstance(3, Number)", lambda: isinstance(3, Number))
show("isinstance(1, int | str)", lambda: isinstance(1, int | str))
show("after isinstance, issubclass(bool, None)", lambda: issubclass(bool, None))
