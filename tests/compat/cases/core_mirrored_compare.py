# An ordering the left operand does not support is asked of the right one,
# mirrored (patch 0116); a bare raise in a function called from an except
# block re-raises the handled exception (patch 0117).
from fractions import Fraction
from decimal import Decimal


class Version:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other

    def __ge__(self, other):
        return self.n >= other

    def __lt__(self, other):
        return self.n < other

    def __le__(self, other):
        return self.n <= other


v = Version(3)
print(1 < v, 5 < v, 3 <= v, 4 >= v, 2.5 > v, 3 >= v)
print(sorted([3, Fraction(5, 2), 1.5, 2, Fraction(-1, 3)]))
print(1 > Fraction(1, 2), 0.25 < Fraction(1, 3), 2 <= Decimal('2.0'))
print(max([Fraction(7, 3), 2, 2.5]), min(Decimal('0.5'), 1))


class Opaque:
    pass


for a, b in [(1, Opaque()), (Opaque(), 1), (None, True), ('a', 1), (Opaque(), Opaque())]:
    try:
        a < b
    except TypeError as e:
        print(e)


def reraise():
    raise


def log_and_reraise(tag):
    print('handling', tag)
    reraise()


for exc in (ZeroDivisionError, KeyError):
    try:
        try:
            raise exc('x')
        except exc:
            log_and_reraise(exc.__name__)
    except exc as e:
        print('caught again', type(e).__name__, e)
try:
    reraise()
except RuntimeError as e:
    print(e)
