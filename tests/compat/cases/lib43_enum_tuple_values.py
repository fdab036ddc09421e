# Enum members whose values are tuples: the items are the arguments of the
# class's __init__ (pathvalidate's ErrorReason) and of the data type's
# constructor for an int or str mixin.
import enum


@enum.unique
class Reason(enum.Enum):
    NULL_NAME = ('PV1001', 'NULL_NAME', 'the value must not be an empty string')
    RESERVED = ('PV1002', 'RESERVED_NAME', 'found a reserved name by a platform')

    def __init__(self, code, name, description):
        self.__code = code
        self.__label = name
        self.__description = description

    @property
    def code(self):
        return self.__code

    @property
    def description(self):
        return self.__description

    def __str__(self):
        return '[%s] %s' % (self.__code, self.__description)


print(Reason.NULL_NAME.code, Reason.RESERVED.description, str(Reason.RESERVED))
print(Reason.NULL_NAME.value, Reason(('PV1002', 'RESERVED_NAME', 'found a reserved name by a platform')))
print(list(Reason), Reason['RESERVED'].name)


class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)


print(Planet.EARTH.gravity, Planet.MARS.gravity, Planet.MARS.value)


class Base16(int, enum.Enum):
    TEN = ('a', 16)
    SEVEN = ('7',)


print(Base16.TEN.value, Base16.SEVEN.value, Base16(10), Base16.TEN + 1, int(Base16.SEVEN))


class Text(str, enum.Enum):
    AB = (b'ab', 'ascii')


print(Text.AB.value, Text('ab'), Text.AB.upper())


class Pair(enum.Enum):
    ONE = (1, 2)


print(Pair.ONE.value, Pair((1, 2)))
F = enum.Enum('F', 'a b')
print(list(F), F(2))
try:
    Reason('PV1001', 'x', 'y')
except TypeError as e:
    print('TypeError')


class Algorithm(tuple, enum.Enum):
    # a tuple data type (pypdf's EncryptAlgorithm): each member is its value
    RC4_40 = (1, 2, 40)
    AES_128 = (4, 4, 128)


v, r, length = Algorithm.AES_128
print(v, r, length, Algorithm.RC4_40[2], len(Algorithm.AES_128), isinstance(Algorithm.RC4_40, tuple))
print(Algorithm((1, 2, 40)), Algorithm.AES_128 == (4, 4, 128), repr(Algorithm.RC4_40), Algorithm.AES_128.value)
