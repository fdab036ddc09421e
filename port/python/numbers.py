"""numbers: the numeric tower of abstract classes, Number > Complex > Real >
Rational > Integral, each with CPython 3.11's abstract methods and the
methods it gives its subclasses for free (Complex: __bool__, __sub__,
__rsub__; Real: __complex__, real, imag, conjugate, __divmod__,
__rdivmod__; Rational: __float__; Integral: __index__, __float__,
numerator, denominator).

isinstance() and issubclass() answer as in CPython: int and bool are
Integral, float is Real, complex is Complex, fractions.Fraction is
Rational and decimal.Decimal is only a Number; register() adds a class of
your own. A subclass that leaves abstract methods out cannot be
instantiated (TypeError "Can't instantiate abstract class X with abstract
methods ..."), and Number instances are unhashable unless the subclass
defines __hash__, both as in CPython.

Differences: Number.__hash__ is a method that raises TypeError rather than
None, and the abstract methods are one shared function (calling one through
super() raises NotImplementedError)."""
import sys
import abc as _abc
from abc import ABC, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _stub(self, *args):
    raise NotImplementedError


abstractmethod(_stub)


def _abstract(cls, names):
    # CPython declares each one in the class body; here one marked function
    # under every name is enough for abc to find them.
    for name in names.split():
        if name.startswith('@'):
            setattr(cls, name[1:], property(_stub))
        else:
            setattr(cls, name, _stub)


class Number(ABC):
    __slots__ = ()

    def __hash__(self):
        # CPython sets __hash__ = None; MicroPython would then report
        # "'NoneType' object is not callable".
        raise TypeError("unhashable type: '%s'" % type(self).__name__)

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # Asked by isinstance()/issubclass() for a class that does not
        # derive from cls (patch 0026). The built-in types are native, so
        # issubclass() on them cannot come back here.
        _register_lazily()
        for abc_, native in _NATIVE:
            if cls in abc_.__mro__ and issubclass(t, native):
                return True
        mro = t.__mro__
        return any(sub in mro and cls in a.__mro__ for a, sub in _abc._VIRTUAL)


class Complex(Number):
    __slots__ = ()

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


_abstract(Complex, '__complex__ @real @imag __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ '
                   '__truediv__ __rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__')


class Real(Complex):
    __slots__ = ()

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)


_abstract(Real, '__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ '
                '__mod__ __rmod__ __lt__ __le__')


class Rational(Real):
    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


_abstract(Rational, '@numerator @denominator')


class Integral(Rational):
    __slots__ = ()

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


_abstract(Integral, '__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ '
                    '__xor__ __rxor__ __or__ __ror__ __invert__')

# What CPython registers. bool counts through issubclass(bool, int).
_NATIVE = [(Complex, complex), (Real, float), (Integral, int)]
_LAZY = [('fractions', 'Fraction', Rational), ('decimal', 'Decimal', Number)]


def _register_lazily():
    # fractions and decimal register themselves in CPython; ours do not
    # import this module, so they are registered once they are imported.
    for item in _LAZY[:]:
        mod = sys.modules.get(item[0])
        if mod is not None:
            item[2].register(getattr(mod, item[1]))
            _LAZY.remove(item)
