# repr and str of enum classes: <enum 'Color'>, <flag 'Perm'> for flags,
# in containers, f-strings and type(member); members and plain classes
# print as before.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto


class Color(Enum):
    RED = 1
    GREEN = auto()


class Perm(Flag):
    R = 4
    W = 2


class Bits(IntFlag):
    X = 1


class Level(IntEnum):
    LOW = 1


class Plain:
    pass


Dynamic = Enum('Dynamic', 'a b')
print(repr(Color), str(Color), f'{Color}', '%s %r' % (Perm, Bits))
print([Color, Perm, Bits, Level, Dynamic], {Color: 1})
print(Enum, IntEnum, Flag, IntFlag, StrEnum)
print(type(Color.RED), type(Perm.R | Perm.W), Color.RED, repr(Level.LOW))
print(Plain)
