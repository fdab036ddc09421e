# Builtin objects' __hash__ (None for the mutable containers), the numbers'
# conversion methods and the sequences' __reversed__, as attributes.
import math

for obj in [5, True, 2.5, "s", b"b", (1, 2), frozenset({1}), None, [1], {1: 2}, {1}, bytearray(b"x")]:
    h = obj.__hash__
    print(type(obj).__name__, h is None, h() == hash(obj) if h is not None else "unhashable")
print(list.__hash__, dict.__hash__, set.__hash__, int.__hash__(7) == hash(7))
print((7).__index__(), True.__index__(), (7).__int__(), (2.75).__int__(), (7).__float__(), (-2.5).__float__())
print((7).__round__(), (2.675).__round__(2), (1234).__round__(-2), (2.5).__round__(), (-2.7).__trunc__(), (2.7).__trunc__())
print((2.5).__floor__(), (-2.5).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__(), (9).__floor__(), (9).__ceil__())
print(math.floor(2.5), round(2.675, 2), [hasattr(x, "__index__") for x in (1, True, 1.5, "1")])
print(list([1, 2, 3].__reversed__()), list(range(4).__reversed__()), hasattr("ab", "__reversed__"), hasattr((1,), "__reversed__"))
print(int.__float__(3), float.__int__(3.9), int.__index__(4))
try:
    (1.5).__index__()
except AttributeError as e:
    print("AttributeError:", e)
