# Every class is true, an enum class with no members too (patch 0380: the
# recorded metaclass's __bool__ comes before its __len__), while len() of
# an enum class still counts its members.
from enum import Enum, Flag, IntEnum, IntFlag


class Empty(Enum):
    pass


class Color(Enum):
    RED = 1
    GREEN = 2


for cls in (Enum, IntEnum, Flag, IntFlag, Empty, Color):
    print(cls.__name__, bool(cls), not cls, len(cls), 'yes' if cls else 'no')

registry = {}
for base in (Enum, int, str):
    if base:
        registry[base.__name__] = True
print(sorted(registry))
print(bool(Color.RED), bool(Empty) and len(Empty) == 0)
