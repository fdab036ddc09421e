# The classes of Ellipsis and NotImplemented, and range equality.
import types

print(type(...), type(NotImplemented), type(...).__name__, type(NotImplemented).__name__)
print(type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType,
      types.EllipsisType is types.NotImplementedType)
print(repr(...), repr(NotImplemented), ... is Ellipsis)
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3),
      range(2) != range(3), range(1, 2, 5) == range(1, 2, 9), range(3) == [0, 1, 2])
print(range(10)[2:8:2] == range(2, 8, 2), range(3) in [range(0, 3)], [range(4)].index(range(0, 4, 1)))
