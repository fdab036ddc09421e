from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED in Color, Color.RED.name, Color.BLUE.value, isinstance(Color.RED, Color))
print(type(Color.RED).__name__, Color.BLUE.describe(), Color.default(), list(Color.__members__), [c.name for c in Color])
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED is Color(1))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)


class Pri(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri(5), str(Pri.LOW), repr(Pri.LOW), f'{Pri.HIGH}', sorted([Pri.HIGH, Pri.LOW]))
print(Pri.MID == 5, int(Pri.HIGH), [1, 2, 3, 4, 5, 6][Pri.MID], Pri.HIGH * 2, max(Pri), isinstance(Pri.LOW, int))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(rw), bool(Perm.R & Perm.W), list(rw), Perm.R.value, Perm.X.value)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(Mode.READ | Mode.WRITE, int(Mode.READ | Mode.EXEC), Mode.READ & 4, Mode.WRITE in (Mode.READ | Mode.WRITE))


class Method(StrEnum):
    GET = auto()
    POST = 'post'


print(Method.GET, Method.POST == 'post', repr(Method.GET), Method('post'), Method.GET.upper(), '%s' % Method.POST)


class Planet(Enum):
    MERCURY = (3303, 2439)
    EARTH = (5976, 6378)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('unique:', e)


class Shape(Enum):
    SQUARE = 'sq'

    @property
    def sides(self):
        return 4


print(Shape.SQUARE.sides, Shape('sq'), Shape.SQUARE.value)

# a data type mixed in before Enum: the enum's repr, str and format win
# (CPython's EnumType puts them on the class); IntEnum/StrEnum keep the
# data type's str and format
import enum
class Size(str, enum.Enum):
    SMALL = "s"
    LARGE = "l"
class Level(int, enum.Enum):
    LOW = 1
class Mode(enum.StrEnum):
    FAST = "fast"
for v in (Size.SMALL, Level.LOW, Mode.FAST):
    print(str(v), repr(v), format(v), f"[{v}]", "%s" % v, v == v.value, v.value)
print({"s": 1}[Size.SMALL], Size("l"), sorted([Size.LARGE, Size.SMALL]), Size.SMALL.upper())
import json
print(json.dumps({"size": Size.SMALL, "level": Level.LOW}))
d = {"s": 1, "l": 2}
d[Size.SMALL] = 10
print(d, len(d), d.get(Size.LARGE), Size.LARGE in d)
class Name(str):
    pass
print({"ann": 1}.get(Name("ann")), {"ann": 1}[Name("ann")])
