# reversed() of an Enum class (members in reverse definition order, aliases
# left out), of a str member (its characters), refused for a plain member.
import enum
class Unit(enum.Enum):
    A = 0
    B = 1
    C = 1
print(list(reversed(Unit)), list(Unit), Unit['A'])
class S(str, enum.Enum):
    X = 'ab'
print(list(reversed(S.X)), list(reversed(S)))
try: reversed(Unit.A)
except TypeError as e: print('TypeError', e)
class P(enum.Flag):
    R = 1
    W = 2
print(list(reversed(P)))
try: reversed(P.R | P.W)
except TypeError as e: print('TypeError', e)
class I(enum.IntEnum):
    a = 1
    b = 2
print(list(reversed(I)), sorted(reversed(I)))
print(list(reversed(enum.Enum('Col', 'RED GREEN BLUE'))))
print(Unit.__members__.keys(), len(Unit))
try: Unit[0]
except KeyError as e: print('KeyError', e)
