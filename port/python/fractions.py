"""fractions: Fraction from ints, other Fractions, floats (exactly, as
CPython), decimal strings ('3/4', '-1.25', '1e-3', ' 7 '), with the
arithmetic, comparisons (also with int and float), hashing equal to the
int's for whole numbers, limit_denominator, as_integer_ratio,
from_float, from_decimal, numerator/denominator, floor/ceil/round, str
and repr as in CPython."""
import math as _math


def _ratio_hash(n, d):
    # hash of the number n/d (d > 0, in lowest terms) equal to the hash of the
    # int or float of the same value, as CPython's numeric hash makes it, so
    # that equal keys find each other in a dict or set. Other values need
    # only be consistent among themselves here.
    if d == 1:
        return hash(n)
    if d & (d - 1) == 0 and -(1 << 53) < n < (1 << 53):
        f = n / d
        if f.as_integer_ratio() == (n, d):
            return hash(f)
    return hash((n, d))


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def _parse(s):
    t = s.strip().replace('_', '')
    if not t:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    if '/' in t:
        n, d = t.split('/', 1)
        try:
            return int(n), int(d)
        except ValueError:
            raise ValueError('Invalid literal for Fraction: %r' % s)
    sign = 1
    if t[0] in '+-':
        sign = -1 if t[0] == '-' else 1
        t = t[1:]
    exp = 0
    low = t.lower()
    if 'e' in low:
        t, e = low.split('e', 1)
        try:
            exp = int(e)
        except ValueError:
            raise ValueError('Invalid literal for Fraction: %r' % s)
    if '.' in t:
        a, b = t.split('.', 1)
    else:
        a, b = t, ''
    if not (a + b).isdigit():
        raise ValueError('Invalid literal for Fraction: %r' % s)
    n = int(a + b) if a + b else 0
    d = 10 ** len(b)
    if exp > 0:
        n *= 10 ** exp
    elif exp < 0:
        d *= 10 ** -exp
    return sign * n, d


def _float_ratio(x):
    if x != x or x in (float('inf'), float('-inf')):
        raise ValueError('cannot convert %s to integer ratio' % ('NaN' if x != x else 'Infinity'))
    m, e = _math.frexp(x)
    n = int(m * (1 << 53))
    e -= 53
    if e >= 0:
        return n << e, 1
    d = 1 << -e
    g = _gcd(n, d)
    return n // g, d // g


class Fraction:
    # CPython's names for them, which code outside reads (jsonpickle)
    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, int):
                n, d = numerator, 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = _float_ratio(numerator)
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            a, b = Fraction(numerator), Fraction(denominator)
            if type(numerator) not in (int, Fraction) or type(denominator) not in (int, Fraction):
                if not isinstance(numerator, (int, Fraction)) or not isinstance(denominator, (int, Fraction)):
                    raise TypeError('both arguments should be Rational instances')
            n, d = a._numerator * b._denominator, a._denominator * b._numerator
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            g = _gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*_float_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(dec)
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        b1 = Fraction(p0 + k * p1, q0 + k * q1)
        b2 = Fraction(p1, q1)
        if abs(b2 - self) <= abs(b1 - self):
            return b2
        return b1

    def __repr__(self):
        return 'Fraction(%d, %d)' % (self._numerator, self._denominator)

    def __str__(self):
        return str(self._numerator) if self._denominator == 1 else '%d/%d' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(float(self), spec)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, f, fl):
        o = Fraction._coerce(other)
        if o is not None:
            return f(self, o)
        if isinstance(other, float):
            return fl(float(self), other)
        if isinstance(other, complex):
            return fl(complex(float(self)), other)
        return NotImplemented

    def _rop(self, other, f, fl):
        o = Fraction._coerce(other)
        if o is not None:
            return f(o, self)
        if isinstance(other, float):
            return fl(other, float(self))
        if isinstance(other, complex):
            return fl(other, complex(float(self)))
        return NotImplemented

    def __add__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._denominator + y._numerator * x._denominator, x._denominator * y._denominator), lambda x, y: x + y)

    def __radd__(a, b):
        return a._rop(b, lambda x, y: Fraction(x._numerator * y._denominator + y._numerator * x._denominator, x._denominator * y._denominator), lambda x, y: x + y)

    def __sub__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._denominator - y._numerator * x._denominator, x._denominator * y._denominator), lambda x, y: x - y)

    def __rsub__(a, b):
        return a._rop(b, lambda x, y: Fraction(x._numerator * y._denominator - y._numerator * x._denominator, x._denominator * y._denominator), lambda x, y: x - y)

    def __mul__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._numerator, x._denominator * y._denominator), lambda x, y: x * y)

    def __rmul__(a, b):
        return a._rop(b, lambda x, y: Fraction(x._numerator * y._numerator, x._denominator * y._denominator), lambda x, y: x * y)

    def __truediv__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._denominator, x._denominator * y._numerator), lambda x, y: x / y)

    def __rtruediv__(a, b):
        return a._rop(b, lambda x, y: Fraction(x._numerator * y._denominator, x._denominator * y._numerator), lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._op(b, lambda x, y: (x._numerator * y._denominator) // (y._numerator * x._denominator), lambda x, y: x // y)

    def __rfloordiv__(a, b):
        return a._rop(b, lambda x, y: (x._numerator * y._denominator) // (y._numerator * x._denominator), lambda x, y: x // y)

    def __mod__(a, b):
        return a._op(b, lambda x, y: Fraction((x._numerator * y._denominator) % (y._numerator * x._denominator), x._denominator * y._denominator), lambda x, y: x % y)

    def __rmod__(a, b):
        return a._rop(b, lambda x, y: Fraction((x._numerator * y._denominator) % (y._numerator * x._denominator), x._denominator * y._denominator), lambda x, y: x % y)

    def __divmod__(a, b):
        return (a // b, a % b)

    def __pow__(a, b):
        if isinstance(b, int) or isinstance(b, Fraction) and b._denominator == 1:
            p = int(b)
            if p >= 0:
                return Fraction(a._numerator ** p, a._denominator ** p, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -p))
            return Fraction(a._denominator ** -p, a._numerator ** -p)
        return float(a) ** (float(b) if isinstance(b, Fraction) else b)

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0 and isinstance(a, int):
            return Fraction(a ** b._numerator)
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        return -(-a._numerator // a._denominator) if a._numerator < 0 else a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            fl, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return fl
            if rem * 2 > self._denominator:
                return fl + 1
            return fl if fl % 2 == 0 else fl + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        return _ratio_hash(self._numerator, self._denominator)

    def _cmp(a, b, op):
        o = Fraction._coerce(b)
        if o is not None:
            return op(a._numerator * o._denominator, o._numerator * a._denominator)
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return op(0.0, b)
            return op(a, Fraction(b))
        return NotImplemented

    def __eq__(a, b):
        o = Fraction._coerce(b)
        if o is not None:
            return a._numerator == o._numerator and a._denominator == o._denominator
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return False
            return a == Fraction(b)
        return NotImplemented

    def __lt__(a, b):
        return a._cmp(b, lambda x, y: x < y)

    def __le__(a, b):
        return a._cmp(b, lambda x, y: x <= y)

    def __gt__(a, b):
        return a._cmp(b, lambda x, y: x > y)

    def __ge__(a, b):
        return a._cmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
