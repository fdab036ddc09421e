# Members made from auto() names in the class body (RW = R | W), a Flag's
# iteration and len() over its single bits only, and int's methods on
# IntEnum/IntFlag members.
from enum import Enum, Flag, IntFlag, IntEnum, auto
class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    RW = R | W
    X = auto()
    ALL = R | W | X
print(list(Perm), len(Perm), list(Perm.__members__), Perm._member_names_)
print(repr(Perm.RW), repr(Perm.ALL), Perm.X.value, Perm(3) is Perm.RW, repr(Perm.R | Perm.X), list(Perm.ALL), Perm.NONE.value)
class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RWX = READ | WRITE | EXEC
print(list(Mode), int(Mode.RWX), repr(Mode.RWX), Mode(5), repr(Mode(5)), Mode.RWX & 2)
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = SECOND + 10
    FOURTH = auto()
print(list(Step), Step.THIRD.value, Step.FOURTH.value)
class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Code.NOT_FOUND.bit_length(), Code.OK.to_bytes(2, 'big'), Code.OK.real, Code.OK.imag, Code.OK.numerator, Code.OK.denominator,
      Mode.EXEC.bit_length(), Mode.RWX.bit_count(), Code.OK.as_integer_ratio(), Code.OK.conjugate())
