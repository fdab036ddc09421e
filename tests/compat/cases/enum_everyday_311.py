# Everyday enums: IntEnum/StrEnum str and format in 3.11, Flag iteration
# and reprs, IntFlag with ints, auto(), functional API, members with
# __init__, and the errors (a member's name and value cannot be set).
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Num(IntEnum):
    ONE = 1
    TWO = 2
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
class S(StrEnum):
    A = auto()
    B = 'bee'
class Auto(Enum):
    X = auto()
    Y = auto()
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, len(Color), Color.__members__.keys())
print(Num.ONE, repr(Num.ONE), str(Num.TWO), f'{Num.TWO}', '{:>5}'.format(Num.ONE), Num.ONE + 1, Num.TWO == 2, int(Num.TWO), format(Num.ONE, 'd'), '%d %s' % (Num.ONE, Num.ONE), Num(2), sorted([Num.TWO, Num.ONE]))
print(f'{Color.RED}', format(Color.RED), '{:>10}|'.format(Color.RED) if False else '', str(Color.RED))
p = Perm.R | Perm.X
print(p, repr(p), list(p), Perm.RW, list(Perm.RW), list(Perm), Perm.R in p, Perm.W in p, bool(Perm(0)), repr(Perm(0)), ~Perm.R, p.name, Perm.RW.name, len(p) if hasattr(p, '__len__') else '')
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 8, repr(IP(7)), IP(3) & 1, str(IP.C), f'{IP.A | IP.C}', int(IP.A | IP.C), list(IP(7)), ~IP.A)
print(S.A, repr(S.A), S.B, S.A == 'a', S.B.upper(), f'{S.B}', S('bee'), list(S))
print(Auto.X.value, Auto.Y.value, repr(Auto.Y))
tr(Color, 9)
tr(lambda: Color['PINK'])
tr(Num, 5)
tr(setattr, Color.RED, 'value', 3)
tr(lambda: Color.RED < Color.BLUE)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.MARS.value, Planet.EARTH)
class Shape(Enum):
    SQUARE = 'sq'
    @classmethod
    def parse(cls, s): return cls(s)
    def describe(self): return f'{self.name.lower()}={self.value}'
print(Shape.parse('sq').describe(), Shape.SQUARE in Shape, isinstance(Shape.SQUARE, Shape), type(Shape.SQUARE).__name__)
A = Enum('A', 'x y z')
B = Enum('B', [('p', 10), ('q', 20)])
print(list(A), A.y.value, B.q, repr(B(20)))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON], Color.RED == 1, Num.ONE == 1.0)
class Strish(str, Enum):
    A = 'a'
print(Strish.A, repr(Strish.A), f'{Strish.A}', Strish.A == 'a', Strish.A + 'b', '%s' % Strish.A, format(Strish.A))
class Intish(int, Enum):
    A = 5
print(Intish.A, f'{Intish.A}', Intish.A * 2)
print(enum.Enum.__name__, Color.__name__, repr(Color), Perm.R.value, Perm.RW.value, Perm(3), Perm(7), repr(Perm(7)))
for m in Color:
    print(m.name, m.value, end='; ')
print()
print(Color._member_map_.keys() if hasattr(Color, '_member_map_') else '', [m for m in Color.__members__])
