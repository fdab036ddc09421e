# numbers: the numeric tower seen through isinstance/issubclass (built-in types,
# Fraction, Decimal only a Number, register()), the abstract-method TypeError,
# the mixin methods a subclass gets for free, and unhashable Numbers.
import numbers
from decimal import Decimal
from fractions import Fraction

vals = [1, True, 2.5, 1j, Fraction(1, 3), Decimal('1.5'), 'x', None, [1]]
for v in vals:
    print(type(v).__name__, [isinstance(v, getattr(numbers, n)) for n in numbers.__all__])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Real),
      issubclass(Decimal, numbers.Real), issubclass(complex, numbers.Real), issubclass(int, numbers.Complex))
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Number, numbers.Real))


class X(numbers.Real):
    pass


try:
    X()
except TypeError as e:
    print(e)


class Y(numbers.Integral):
    def __int__(self):
        return 7


try:
    Y()
except TypeError as e:
    print(e)


class Z(numbers.Number):
    pass


print(isinstance(Z(), numbers.Number), isinstance(Z(), numbers.Complex))
try:
    hash(Z())
except TypeError as e:
    print(e)


class Ops:
    # inert versions of the operators MyInt does not care about
    pass


for n in ('__abs__ __and__ __ceil__ __floor__ __invert__ __le__ __lshift__ __lt__ __mul__ __or__ __pow__ __rand__ '
          '__rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ '
          '__rtruediv__ __rxor__ __truediv__ __trunc__ __xor__').split():
    setattr(Ops, n, lambda s, *a: NotImplemented)


class MyInt(Ops, numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __pos__(self):
        return MyInt(self.v)

    def __neg__(self):
        return MyInt(-self.v)

    def __add__(self, o):
        return MyInt(self.v + int(o))

    __radd__ = __add__

    def __eq__(self, o):
        return self.v == int(o)

    def __ne__(self, o):
        return self.v != int(o)

    def __repr__(self):
        return 'MyInt(%d)' % self.v

    def __floordiv__(self, o):
        return MyInt(self.v // int(o))

    def __mod__(self, o):
        return MyInt(self.v % int(o))


m = MyInt(7)
print(m, m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m), m.__index__())
print(bool(m), bool(MyInt(0)), m - 2, 10 - m, divmod(m, 3), m.__divmod__(2))
print(isinstance(m, numbers.Rational), isinstance(m, int), isinstance(m, numbers.Real))
try:
    hash(m)
except TypeError as e:
    print(e)


class Legacy:
    pass


numbers.Real.register(Legacy)
print(isinstance(Legacy(), numbers.Complex), isinstance(Legacy(), numbers.Rational), issubclass(Legacy, numbers.Number))
print(numbers.Integral.register(MyInt) is MyInt)


def kind(x):
    # what a script does with the tower: dispatch on the most specific ABC
    for n in ('Integral', 'Rational', 'Real', 'Complex', 'Number'):
        if isinstance(x, getattr(numbers, n)):
            return n
    return '-'


print([kind(x) for x in (0, False, 0.5, 2j, Fraction(3, 4), Decimal(2), '3', [1], m, Legacy())])


class Frac:
    numerator = 3
    denominator = 4


print(numbers.Rational.__float__(Frac()), numbers.Integral.__float__(5), numbers.Integral.__index__(True))
print(numbers.Real.__complex__(2.5), numbers.Real.conjugate(-1.5), numbers.Complex.__bool__(0j))
print([k for k in ('__float__', 'numerator', '__index__', 'real') if k in numbers.Integral.__dict__])
print(sorted(numbers.__all__))
