# enum as CPython 3.11 has it: FlagBoundary (STRICT, CONFORM, EJECT, KEEP)
# on Flag/IntFlag classes and the functional API, pseudo-members, verify()
# with EnumCheck, enum.property, global_enum, a __new__ that sets _value_,
# _missing_'s result checked, _order_, and class keywords.
import enum
import warnings
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, global_enum, show_flag_values, STRICT, CONFORM, EJECT, KEEP,
                  FlagBoundary, EnumCheck)


def tr(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(FlagBoundary), list(FlagBoundary), repr(KEEP), str(STRICT), STRICT == 'strict')
print(list(EnumCheck), str(UNIQUE), Flag._boundary_, IntFlag._boundary_)


class S(Flag, boundary=STRICT):
    A = 1; B = 2; C = 4
class Co(Flag, boundary=CONFORM):
    A = 1; B = 2; C = 4
class Ej(Flag, boundary=EJECT):
    A = 1; B = 2; C = 4
class K(Flag, boundary=KEEP):
    A = 1; B = 2; C = 4
class IK(IntFlag):
    A = 1; B = 2; C = 4
class IS(IntFlag, boundary=STRICT):
    A = 1; B = 2; C = 4
class ICo(IntFlag, boundary=CONFORM):
    A = 1; B = 2; C = 4
class IE(IntFlag, boundary=EJECT):
    A = 1; B = 2; C = 4


for c in (S, Co, Ej, K, IK, IS, ICo, IE):
    print(c.__name__, c._boundary_, c._flag_mask_, c._all_bits_)
    for f in (lambda: c(3), lambda: c(9), lambda: c(0), lambda: ~c.A, lambda: c.A | 8,
              lambda: len(c(7)), lambda: list(c(5)), lambda: c(-1), lambda: c(-2), lambda: c.A & 9):
        tr(f)
print(repr(K(9)), str(K(9)), list(K(9)), len(K(9)), repr(~K(9)))
print(repr(IK(9)), str(IK(9)), repr(IK(9) | 16), repr(1 | IK.B), format(IK(3), '03d'))
tr(lambda: S.A in S(3))
tr(lambda: 1 in S(3))


class Pm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0
print([repr(Pm(i)) for i in range(8)], Pm._member_names_, list(Pm.__members__))
print(repr(~Pm.R), repr(~Pm.NONE), (Pm.R | Pm.W) is Pm.RW, list(Pm(6)), len(Pm(7)))


class Odd2(Flag):
    A = 1
    C = 4
    AC = 5
    BIG = 24
print([repr(Odd2(i)) for i in (1, 5, 24, 25, 29)])
tr(lambda: Odd2(2))
tr(lambda: Odd2(-100))

F4 = Flag('F4', ['a', 'b'], boundary=CONFORM)
print(F4._boundary_, repr(F4(7)))
F5 = IntFlag('F5', 'a b c')
print(F5._boundary_, repr(F5(15)))


def mk(deco, body):
    def f():
        ns = {}
        exec(body, {'Enum': Enum, 'Flag': Flag, 'deco': deco}, ns)
        return list(ns.values())[-1]
    return f


tr(mk(verify(UNIQUE), "@deco\nclass Color(Enum):\n    RED = 1\n    GREEN = 2\n    CRIMSON = 1\n    LIME = 2\n"))
tr(mk(verify(CONTINUOUS), "@deco\nclass X(Enum):\n    A = 1\n    B = 2\n    C = 5\n"))
tr(mk(verify(CONTINUOUS), "@deco\nclass FF(Flag):\n    A = 1\n    B = 2\n    C = 16\n"))
tr(mk(verify(NAMED_FLAGS), "@deco\nclass Bizarre(Flag):\n    A = 1\n    B = 2\n    C = 4\n    D = 7\n    E = 15\n"))
tr(mk(verify(NAMED_FLAGS), "@deco\nclass Bizarre(Flag):\n    A = 1\n    B = 2\n    E = 12\n    G = 0x30\n"))
tr(mk(verify(UNIQUE, CONTINUOUS, NAMED_FLAGS), "@deco\nclass Fine(Flag):\n    A = 1\n    B = 2\n    AB = 3\n"))
tr(lambda: verify(UNIQUE)(int))
print(show_flag_values(10), show_flag_values(0))


@global_enum
class Mode(Enum):
    ALPHA = 1
    BETA = 2
print(repr(Mode.ALPHA), str(Mode.BETA), ALPHA is Mode.ALPHA, BETA.value)


@global_enum
class IBits(IntFlag):
    Y1 = 1
    Y2 = 2
print(repr(IBits.Y1), repr(IBits(3)), repr(IBits(7)), str(IBits(3)), Y2 + 1)


class Q(Enum):
    A = 1

    @enum.property
    def label(self):
        return 'L%s' % self._value_
print(Q.A.label)
tr(lambda: Q.label)
tr(lambda: setattr(Q.A, 'label', 3))
tr(lambda: setattr(Q.A, 'value', 3))


class Named(Enum):
    name = 1
    value = 2
    other = 3
print(Named.name, Named.name.name, Named.value.value, Named.other.name, list(Named), Named(2))


class AutoNumber(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj
class Color(AutoNumber):
    RED = ()
    GREEN = ()
print(list(Color), Color(2))


class Described(str, Enum):
    def __new__(cls, value, desc):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.desc = desc
        return obj
    A = 'a', 'first'
    B = 'b', 'second'
print(Described('b'), Described.A.desc, repr(Described.B))


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5
tr(lambda: Bad(3))
with warnings.catch_warnings():
    # 3.11 warns that 3.12 answers instead of raising
    warnings.simplefilter('ignore', DeprecationWarning)
    tr(lambda: 1 in Bad)
tr(lambda: Bad.A in Bad)


def bad_order():
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
tr(bad_order)


class Hooked(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw))
class H2(Hooked, flavor=1):
    X = 1


class WithMethods(Enum):
    A = 1

    def describe(self):
        return self.name.lower()
print(dir(WithMethods.A))


class WP(StrEnum):
    A = 'alpha'

    def __str__(self):
        return 'WP!' + self.value
print(f'{WP.A}', f'{WP.A:>7}', repr(WP.A))
print(repr(enum.EnumType), enum.EnumMeta is enum.EnumType)
