"""decimal: decimal floating point as CPython's decimal module computes it,
for the arithmetic scripts do with money, rates and measurements.

A Decimal is a sign, an integer coefficient and a power-of-ten exponent
(or an infinity or NaN). Results are rounded to the context's precision
with its rounding mode, and keep the exponents CPython keeps ('1.10' +
'2.2' is '3.30'); str(), repr(), format(), quantize(), comparisons and
hashes with ints match CPython's. Contexts: getcontext, setcontext,
localcontext, Context, DefaultContext, BasicContext, ExtendedContext, with
traps and flags for InvalidOperation, DivisionByZero, Inexact, Rounded,
Overflow and the rest.

exp, ln and log10 are in _pywasm_decimal_log. An integral power too large
to compute exactly (Decimal('1.0001') ** 10**9) keeps only the digits the
rounding needs.

Not here: non-integral powers (NotImplementedError), Emin/Emax and
subnormal results (exponents are unbounded), and the less-used methods of
the specification (logical_and, next_toward, compare_total, ...)."""
import math as _math

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'DivisionUndefined', 'ConversionSyntax', 'InvalidContext', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
           'HAVE_THREADS', 'HAVE_CONTEXTVAR']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = False
HAVE_CONTEXTVAR = False


def _is_rational(x):
    # a Fraction or another numbers.Rational that is not an int
    return not isinstance(x, (int, float, Decimal)) and hasattr(x, 'numerator') and hasattr(x, 'denominator')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = (Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation)


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)

    __str__ = __repr__


# -- contexts ---------------------------------------------------------------------

class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = globals().get('DefaultContext')  # None while it is being made
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = [s for s, on in base.traps.items() if on] if base else [DivisionByZero, Overflow,
                                                                            InvalidOperation]
        self.traps = traps if isinstance(traps, dict) else {s: s in traps for s in _SIGNALS}
        self.flags = flags if isinstance(flags, dict) else {s: s in (flags or ()) for s in _SIGNALS}
        for s in _SIGNALS:
            self.traps.setdefault(s, False)
            self.flags.setdefault(s, False)

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                            'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def _raise(self, condition):
        # A condition is recorded in its signal's flag (ConversionSyntax,
        # DivisionImpossible... in InvalidOperation's) and raises the signal
        # if it is trapped, with CPython's message naming the condition.
        signal = condition
        while signal not in _SIGNALS:
            signal = signal.__bases__[0]
        self.flags[signal] = True
        if self.traps.get(signal):
            # CPython's args: a list of the conditions (str() shows it)
            raise signal([condition])

    def create_decimal(self, num='0'):
        return Decimal(num, self)._fix(self)  # its own traps and flags, not getcontext()

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def __repr__(self):
        names = lambda d: ', '.join(s.__name__ for s in _SIGNALS if d.get(s))
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags), names(self.traps)))

    # the context's arithmetic methods: ctx.add(a, b) and friends
    def add(self, a, b):
        return _dec(a).__add__(b, self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, self)

    def sqrt(self, a):
        return _dec(a).sqrt(self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, self)

    def max(self, a, b):
        return _dec(a).max(b, self)

    def min(self, a, b):
        return _dec(a).min(b, self)

    def normalize(self, a):
        return _dec(a).normalize(self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    def to_sci_string(self, a):
        return str(_dec(a))


def _context_method(name, nargs, with_context):
    # Context.x(a, ...) is Decimal(a).x(..., context=self), as in CPython;
    # ints are taken, other types raise TypeError
    def method(self, a, *rest):
        if len(rest) != nargs - 1:
            raise TypeError('%s() takes exactly %d argument%s (%d given)'
                            % (name, nargs, 's' if nargs > 1 else '', len(rest) + 1))
        f = getattr(_dec(a), name)
        return f(*rest, context=self) if with_context else f(*rest)
    method.__name__ = name
    return method


for _name, _n, _ctx in (('canonical', 1, False), ('copy_abs', 1, False), ('copy_negate', 1, False),
                        ('copy_sign', 2, False), ('is_canonical', 1, False), ('is_finite', 1, False),
                        ('is_infinite', 1, False), ('is_nan', 1, False), ('is_qnan', 1, False),
                        ('is_signed', 1, False), ('is_snan', 1, False), ('is_zero', 1, False),
                        ('is_normal', 1, True), ('number_class', 1, True), ('logb', 1, True),
                        ('scaleb', 2, True), ('same_quantum', 2, False), ('to_eng_string', 1, True),
                        ('to_integral_exact', 1, True), ('remainder_near', 2, True), ('fma', 3, True),
                        ('exp', 1, True), ('ln', 1, True), ('log10', 1, True)):
    if not hasattr(Context, _name):
        setattr(Context, _name, _context_method(_name, _n, _ctx))
Context.to_integral = Context.to_integral_value
Context.copy_decimal = lambda self, a: Decimal(_dec(a))
Context.divmod = lambda self, a, b: _dec(a).__divmod__(b, context=self)
Context.radix = lambda self: Decimal(10)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                               Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self._ctx = ctx

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._ctx)
        return self._ctx

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    ctx = (ctx or getcontext()).copy()
    for name, value in kwargs.items():
        if not hasattr(ctx, name):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(ctx, name, value)
    return _LocalContext(ctx)


# -- the number -----------------------------------------------------------------------

def _digits(n):
    return len(str(n)) if n else 1


def _dec(x, strict=True):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)
    return NotImplemented


def _parse(text):
    # -> (sign, coefficient, exponent, special) or None if not a number
    s = text.strip()
    if '_' in s:
        # only between digits, as in CPython ('1_000', not '_1' or '1__0')
        for i, c in enumerate(s):
            if c == '_' and not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
                return None
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload or '0'), 0, kind
    mantissa, _, exp = low.partition('e')
    if _ and (not exp.lstrip('+-').isdigit() or len(exp) - len(exp.lstrip('+-')) > 1):
        return None
    whole, dot, frac = mantissa.partition('.')
    if not (whole + frac) or not (whole + frac).isdigit():
        return None
    exponent = (int(exp) if exp else 0) - len(frac)
    return sign, int(whole + frac), exponent, None


def _aligned(a, b):
    # Two finite Decimals' coefficients at their common (smaller) exponent.
    exp = min(a._exp, b._exp)
    return a._int * 10 ** (a._exp - exp), b._int * 10 ** (b._exp - exp), exp


def _strip_zeros(coefficient, exp, ideal=None):
    # Trailing zeros moved into the exponent, up to ideal if one is given.
    while coefficient and coefficient % 10 == 0 and (ideal is None or exp < ideal):
        coefficient //= 10
        exp += 1
    return coefficient, exp


def _operand(method):
    # A binary operator's other operand as a Decimal (an int converts; for
    # anything else, NotImplemented), and the context to work in.
    def operator(self, other, context=None):
        other = _dec(other, strict=False)
        if other is NotImplemented:
            return other
        return method(self, other, context or getcontext())
    return operator


def _reflected(name):
    # __rsub__ and friends: the forward operator with the operands swapped
    def operator(self, other, context=None):
        other = _dec(other, strict=False)
        return other if other is NotImplemented else getattr(other, name)(self, context)
    return operator


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
        elif isinstance(value, int):
            value = int(value)  # a bool as its int
            self._sign, self._int, self._exp, self._special = int(value < 0), abs(value), 0, None
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._raise(ConversionSyntax)
                parsed = (0, 0, 0, 'n')
            self._sign, self._int, self._exp, self._special = parsed
        elif isinstance(value, float):
            # a float in the constructor is signalled (from_float is not)
            (context or getcontext())._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp in ('F', 'n', 'N'):
                self._sign, self._int, self._exp, self._special = sign, 0, 0, exp
            else:
                if not isinstance(exp, int):
                    raise ValueError('exponent must be an integer')
                coefficient = 0
                for digit in digits:
                    if not isinstance(digit, int) or not 0 <= digit <= 9:
                        raise ValueError('coefficient must be a tuple of digits')
                    coefficient = coefficient * 10 + digit
                self._sign, self._int, self._exp, self._special = sign, coefficient, exp, None
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1  # d is 2**k: n / 2**k == n * 5**k / 10**k
        return cls((sign, tuple(map(int, str(n * 5 ** k))), -k))

    @classmethod
    def _make(cls, sign, coefficient, exponent, special=None):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = sign, coefficient, exponent, special
        return self

    # -- rounding -------------------------------------------------------------------

    def _round_to(self, digits_to_drop, rounding):
        # The coefficient without its last digits_to_drop digits, rounded;
        # -> (new coefficient, inexact)
        if digits_to_drop <= 0:
            return self._int * 10 ** -digits_to_drop, False
        q, r = divmod(self._int, 10 ** digits_to_drop)
        if r == 0:
            return q, False
        half = 5 * 10 ** (digits_to_drop - 1)
        up = {
            ROUND_DOWN: False,
            ROUND_UP: True,
            ROUND_HALF_UP: r >= half,
            ROUND_HALF_DOWN: r > half,
            ROUND_HALF_EVEN: r > half or (r == half and q % 2 == 1),
            ROUND_CEILING: not self._sign,
            ROUND_FLOOR: bool(self._sign),
            ROUND_05UP: q % 10 in (0, 5),
        }[rounding]
        return q + 1 if up else q, True

    def _fix(self, context):
        # Rounded to the context's precision, with Inexact/Rounded signalled.
        if self._special:
            return self
        excess = _digits(self._int) - context.prec
        if excess <= 0:
            return self
        coefficient, inexact = self._round_to(excess, context.rounding)
        exponent = self._exp + excess
        if _digits(coefficient) > context.prec:
            coefficient //= 10
            exponent += 1
        context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return Decimal._make(self._sign, coefficient, exponent)

    # -- what it is -----------------------------------------------------------------

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self._special is None and self._int != 0

    def is_canonical(self):
        return True

    def adjusted(self):
        return self._exp + _digits(self._int) - 1 if self._special is None else 0

    def as_tuple(self):
        digits = (0,) if self._special == 'F' else tuple(map(int, str(self._int)))
        if self._special in ('n', 'N') and self._int == 0:
            digits = ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError if self.is_nan() else OverflowError)(
                'cannot convert %s to integer ratio' % ('NaN' if self.is_nan() else 'Infinity'))
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return (-n if self._sign else n) // g, d // g

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return Decimal._make(_dec(other)._sign, self._int, self._exp, self._special)

    def canonical(self):
        return self

    def number_class(self, context=None):
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return 'sNaN' if self._special == 'N' else 'NaN'
        return sign + ('Zero' if self._int == 0 else 'Normal')

    # -- text ---------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        adjusted = self._exp + len(digits) - 1
        if self._exp <= 0 and adjusted >= -6:
            point = len(digits) + self._exp
            if point <= 0:
                return sign + '0.' + '0' * -point + digits
            return sign + digits[:point] + ('.' + digits[point:] if point < len(digits) else '')
        if eng:
            shift = adjusted % 3
            if self._int == 0:
                shift = (-adjusted) % 3 and 3 - (-adjusted) % 3
                body = '0' if shift == 0 else '0.' + '0' * (3 - shift)
                exponent = adjusted + (3 - shift if shift else 0)
                return sign + body + ('E%+d' % exponent if exponent else '')
            digits += '0' * max(0, shift + 1 - len(digits))
            body = digits[:shift + 1] + ('.' + digits[shift + 1:] if len(digits) > shift + 1 else '')
            exponent = adjusted - shift
        else:
            body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            exponent = adjusted
        return sign + body + ('E%+d' % exponent if exponent else '')

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        return _format(self, spec)

    # -- conversions ----------------------------------------------------------------

    def __float__(self):
        if self._special == 'F':
            return float('-inf' if self._sign else 'inf')
        if self._special:
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __int__(self):
        if self._special:
            raise (ValueError if self.is_nan() else OverflowError)(
                'cannot convert %s to integer' % ('NaN' if self.is_nan() else 'Infinity'))
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise (ValueError if self.is_nan() else OverflowError)(
                    'cannot round a %s' % ('NaN' if self.is_nan() else 'infinity'))
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            return 0 if self.is_nan() else hash(float(self))
        # the hash of the equal int, float or Fraction (fractions.py)
        from fractions import _ratio_hash
        return _ratio_hash(*self.as_integer_ratio())

    # -- comparisons -----------------------------------------------------------------

    def _compare_key(self, other, equality=False):
        # other as a Decimal (a float compares exactly, and is flagged: an
        # ordering raises FloatOperation if it is trapped, == and != only
        # set the flag), or None when it is not a number here
        if isinstance(other, float):
            if equality:
                getcontext().flags[FloatOperation] = True
            else:
                getcontext()._raise(FloatOperation)
            return Decimal.from_float(other)
        other = _dec(other, strict=False)
        return None if other is NotImplemented else other

    def _cmp(self, other):
        # -1, 0 or 1; NaNs are handled by the callers
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) if self._special == 'F' else 0
            b = (-1 if other._sign else 1) if other._special == 'F' else 0
            if a or b:
                return (a > b) - (a < b)
        a, b, _ = _aligned(self, other)
        a, b = -a if self._sign else a, -b if other._sign else b
        return (a > b) - (a < b)

    def _cmp_rational(self, other):
        # -1, 0 or 1 against a Fraction (any rational with numerator and
        # denominator), compared exactly as CPython's Decimal does; NaNs are
        # handled by the callers
        if self._special == 'F':
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a, b = n * other.denominator, other.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        if _is_rational(other):
            return not self.is_nan() and self._cmp_rational(other) == 0
        other = self._compare_key(other, True)
        if other is None:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other, op):
        if _is_rational(other):
            if self.is_nan():
                getcontext()._raise(InvalidOperation)
                return False
            return op(self._cmp_rational(other))
        other = self._compare_key(other)
        if other is None:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return op(self._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _dec(other)
        if self.is_nan() or other.is_nan():
            return Decimal('NaN')
        return Decimal(self._cmp(other))

    def _pick(self, other, context, larger):
        # max/min: a quiet NaN loses to a number, a signalling one is
        # invalid; equal values are told apart as compare_total does
        # (0 over -0, 1 over 1.0); the result is rounded to the context
        other = _dec(other)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N' or (self.is_nan() and other.is_nan()):
                return self._nan_result(other, context)
            return (other if self.is_nan() else self)._fix(context)
        c = self._cmp(other)
        if c == 0:
            if self._sign != other._sign:
                c = -1 if self._sign else 1
            elif self._exp != other._exp and not self._special:
                c = (1 if self._exp > other._exp else -1) * (-1 if self._sign else 1)
        if not larger:
            c = -c
        return (self if c >= 0 else other)._fix(context)

    def max(self, other, context=None):
        return self._pick(other, context, True)

    def min(self, other, context=None):
        return self._pick(other, context, False)

    # -- arithmetic --------------------------------------------------------------------

    def _nan_result(self, other, context):
        # NaN in, NaN out (a signalling one is invalid)
        for d in (self, other):
            if d is not None and d._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(d._sign, d._int, 0, 'n')
        for d in (self, other):
            if d is not None and d._special == 'n':
                return d
        return None

    def _invalid(self, context):
        context._raise(InvalidOperation)
        return Decimal('NaN')

    @_operand
    def __add__(self, other, context):
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == other._special and self._sign != other._sign:
                return self._invalid(context)
            return self if self._special == 'F' else other
        a, b, exp = _aligned(self, other)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = int(total < 0)
        return Decimal._make(sign, abs(total), exp)._fix(context)

    __radd__ = __add__

    @_operand
    def __sub__(self, other, context):
        return self.__add__(other.copy_negate(), context)

    __rsub__ = _reflected('__sub__')

    @_operand
    def __mul__(self, other, context):
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    @_operand
    def __truediv__(self, other, context):
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        if other._special == 'F':
            # as CPython: zero at the smallest exponent the context allows
            context._raise(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return Decimal('NaN')
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        # enough digits for prec + 1 significant ones, then exact or rounded
        shift = _digits(other._int) - _digits(self._int) + context.prec + 1
        shift = max(shift, 0)
        q, r = divmod(self._int * 10 ** shift, other._int)
        exp = ideal - shift
        if r == 0:
            # exact: trailing zeros go back towards the ideal exponent
            q, exp = _strip_zeros(q, exp, ideal)
            return Decimal._make(sign, q, exp)._fix(context)
        # inexact: a sticky last digit makes the rounding see "more than"
        q = q * 10 + 1
        exp -= 1
        return Decimal._make(sign, q, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _divide_integer(self, other, context, want_remainder=True):
        # -> (integer quotient, remainder) truncated towards zero, as Decimals;
        # the remainder is rounded (and signals) only when asked for
        sign = self._sign ^ other._sign
        a, b, exp = _aligned(self, other)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            context._raise(DivisionImpossible)
            return Decimal('NaN'), Decimal('NaN')
        rem = Decimal._make(self._sign, r, exp)
        return Decimal._make(sign, q, 0), rem._fix(context) if want_remainder else rem

    def _check_division(self, other, context, what):
        nan = self._nan_result(other, context)
        if nan is not None:
            return (nan, nan)
        if self._special == 'F':
            return (self._invalid(context),) * 2
        if other._special == 'F':
            return (Decimal._make(self._sign ^ other._sign, 0, 0), self)
        if other._int == 0:
            if self._int == 0 or what == '%':
                return (self._invalid(context),) * 2
            context._raise(DivisionByZero)
            # x // 0 is only DivisionByZero; divmod(x, 0) is invalid as well
            return (Decimal._make(self._sign ^ other._sign, 0, 0, 'F'),
                    None if what == '//' else self._invalid(context))
        return None

    @_operand
    def __floordiv__(self, other, context):
        special = self._check_division(other, context, '//')
        return special[0] if special else self._divide_integer(other, context, False)[0]

    __rfloordiv__ = _reflected('__floordiv__')

    @_operand
    def __mod__(self, other, context):
        special = self._check_division(other, context, '%')
        return special[1] if special else self._divide_integer(other, context)[1]

    __rmod__ = _reflected('__mod__')

    @_operand
    def __divmod__(self, other, context):
        special = self._check_division(other, context, 'divmod')
        return special if special else self._divide_integer(other, context)

    __rdivmod__ = _reflected('__divmod__')

    def remainder_near(self, other, context=None):
        # self - other * n, n the nearest integer to self / other (ties to
        # even), exact and then rounded to the context
        other = _dec(other)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special or other.is_zero():
            return self._invalid(context)
        if other._special:
            return self._fix(context)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - e) * (-1 if other._sign else 1)
        q, r = divmod(a, b)
        if 2 * abs(r) > abs(b) or (2 * abs(r) == abs(b) and q % 2):
            r -= b
            q += 1
        if _digits(abs(q)) > context.prec:
            context._raise(DivisionImpossible)  # the quotient needs more digits than prec
            return Decimal('NaN')
        return Decimal._make(self._sign if r == 0 else int(r < 0), abs(r), e)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        other = _dec(other, strict=False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            m = int(_dec(modulo))
            return Decimal(pow(int(self), int(other), m))
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            raise NotImplementedError('decimal: non-integral powers are not available in pywasm')
        n = int(other)
        sign = self._sign if n % 2 else 0
        if self._special == 'F':
            if n == 0:
                return Decimal(1)
            return Decimal._make(sign, 0, 0, 'F') if n > 0 else Decimal(0)
        if n == 0:
            if self._int == 0:
                return self._invalid(context)
            return Decimal(1)
        if n > 0 and self._int == 0:
            return Decimal._make(sign, 0, 0)
        if n > 0:
            coefficient, shift = _int_power(self._int, n, context.prec)
            return Decimal._make(sign, coefficient, self._exp * n + shift)._fix(context)
        if self._int == 0:
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        with localcontext(context) as inner:
            inner.prec = context.prec + 3
            coefficient, shift = _int_power(self._int, -n, inner.prec)
            result = Decimal(1).__truediv__(Decimal._make(sign, coefficient, self._exp * -n + shift), inner)
        return result._fix(context)

    def __rpow__(self, other, context=None):
        other = _dec(other, strict=False)
        return other if other is NotImplemented else other.__pow__(self, None, context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        sign = 0 if self.is_zero() and context.rounding != ROUND_FLOOR else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        sign = 0 if self.is_zero() and context.rounding != ROUND_FLOOR else self._sign
        return Decimal._make(sign, self._int, self._exp, self._special)._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        result = Decimal._make(0, self._int, self._exp, self._special)
        return result._fix(context) if round else result

    def fma(self, other, third, context=None):
        product = Decimal._make(self._sign ^ _dec(other)._sign, self._int * _dec(other)._int,
                                self._exp + _dec(other)._exp)
        return product.__add__(_dec(third), context)

    # -- exponents and rounding to them ------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        context = context or getcontext()
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == exp._special:
                return Decimal(self)
            return self._invalid(context)
        coefficient, inexact = self._round_to(exp._exp - self._exp, rounding or context.rounding)
        if _digits(coefficient) > context.prec:
            return self._invalid(context)
        if inexact:
            context._raise(Rounded)
            context._raise(Inexact)
        elif exp._exp > self._exp and self._int:
            context._raise(Rounded)
        return Decimal._make(self._sign, coefficient, exp._exp)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return self._special == other._special or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special == 'N':
            return self._nan_result(None, context or getcontext())
        if self._special or self._exp >= 0:
            return self
        coefficient, _ = self._round_to(-self._exp, rounding or (context or getcontext()).rounding)
        return Decimal._make(self._sign, coefficient, 0)

    to_integral = to_integral_value

    # the numbers.Number side CPython gives Decimal
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def conjugate(self):
        return self

    def radix(self):
        return Decimal(10)

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if not self._special and result != self:
            context._raise(Rounded)
            context._raise(Inexact)
        return result

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            return self._nan_result(None, context) if self.is_nan() else self
        d = self._fix(context)
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        return Decimal._make(d._sign, *_strip_zeros(d._int, d._exp))

    def sqrt(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        if self._sign and not self.is_zero():
            return self._invalid(context)
        if self._special == 'F':
            return self
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._make(self._sign, 0, ideal)
        # the integer square root of the coefficient shifted left by an even
        # exponent's worth, to at least prec + 1 digits; exact, or marked
        # inexact by a sticky last digit; always rounded half-even, as the
        # specification says
        shift = max(2 * (context.prec + 1) - _digits(self._int), 0)
        shift += (self._exp - shift) % 2
        n = self._int * 10 ** shift
        root = _math.isqrt(n)
        exp = (self._exp - shift) // 2
        if root * root == n:
            root, exp = _strip_zeros(root, exp, ideal)
        else:
            root, exp = root * 10 + 1, exp - 1
        even = context.copy()
        even.rounding = ROUND_HALF_EVEN
        result = Decimal._make(0, root, exp)._fix(even)
        for signal in (Inexact, Rounded):
            if even.flags[signal]:
                context._raise(signal)
        return result

    # correctly rounded, in _pywasm_decimal_log (loaded only when used)
    def exp(self, context=None):
        from _pywasm_decimal_log import exp
        return exp(self, context or getcontext())

    def ln(self, context=None):
        from _pywasm_decimal_log import ln
        return ln(self, context or getcontext())

    def log10(self, context=None):
        from _pywasm_decimal_log import log10
        return log10(self, context or getcontext())

    def logb(self, context=None):
        context = context or getcontext()
        if self.is_nan():
            return self._nan_result(None, context)
        if self._special:
            return Decimal('Infinity')
        if self._int == 0:
            context._raise(DivisionByZero)  # log of zero
            return Decimal('-Infinity')
        return Decimal(self.adjusted())._fix(context)

    def scaleb(self, other, context=None):
        return Decimal._make(self._sign, self._int, self._exp + int(_dec(other)), self._special)._fix(
            context or getcontext())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (Decimal, (str(self),))


# -- format() ---------------------------------------------------------------------------

def _format(d, spec):
    import re
    m = re.match(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$', spec)
    if m is None or (m.group(1) and not m.group(2)):
        raise ValueError('invalid format string')
    fill, align, sign, no_neg_zero, _, zero, width, group, prec, kind = m.groups()
    prec = int(prec) if prec is not None else None
    if zero and align:
        raise ValueError('invalid format string')  # as CPython's (libmpdec)
    if zero and d._special:
        # an infinity or NaN is padded with spaces, the '0' flag or not
        zero, align = None, '>'
    if zero:
        fill, align = '0', '='
    fill = fill or ' '
    align = align or '>'
    context = getcontext()
    negative = d._sign == 1
    if d._special:
        body = str(d).lstrip('-')  # Infinity, NaN, sNaN, with a NaN's payload
    else:
        # rounding sees the sign (ROUND_FLOOR, ROUND_CEILING); the text is
        # made from the digits and the exponent
        value = d
        if kind == '%':
            value = Decimal._make(d._sign, d._int, d._exp + 2)
        if kind in ('f', 'F', '%'):
            if prec is not None:
                # to prec places whatever the context's precision, as CPython
                value = Decimal._make(d._sign, value._round_to(-prec - value._exp, context.rounding)[0], -prec)
            body = _fixed(value)
        elif kind in ('e', 'E'):
            if prec is not None:
                value = _round_significant(value, prec + 1, context.rounding)
            digits = str(value._int)
            exponent = value._exp + len(digits) - 1
            if prec is not None and value._int:
                digits += '0' * (prec + 1 - len(digits))
            elif prec is not None:
                # zero keeps its exponent, moved to show prec places
                digits += '0' * prec
                exponent = value._exp + prec
            body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + kind + '%+d' % exponent
        else:
            # 'g', 'G', 'n', and no type ('G' rules: str()'s without a precision)
            if prec is not None:
                value = _round_significant(value, max(prec, 1), context.rounding)
            digits = str(value._int)
            leftdigits = value._exp + len(digits)
            if value._exp <= 0 and leftdigits > -6:
                body = _fixed(value)
            else:
                e = 'e' if kind in ('g', 'n') else 'E'
                body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + e + '%+d' % (leftdigits - 1)
        if group:
            whole, dot, rest = body.partition('.')
            if whole.isdigit():
                chunks = []
                while len(whole) > 3:
                    chunks.insert(0, whole[-3:])
                    whole = whole[:-3]
                body = group.join([whole] + chunks) + dot + rest
        if no_neg_zero and not body.lower().partition('e')[0].strip('0.,_'):
            negative = False  # 'z': a zero after rounding has no sign
    if kind == '%':
        body += '%'
    prefix = '-' if negative else ('+' if sign == '+' else ' ' if sign == ' ' else '')
    width = int(width or 0)
    pad = max(0, width - len(prefix) - len(body))
    if align == '=':
        return prefix + fill * pad + body
    text = prefix + body
    if align == '<':
        return text + fill * pad
    if align == '^':
        return fill * (pad // 2) + text + fill * (pad - pad // 2)
    return fill * pad + text


def _int_power(c, n, prec):
    # c ** n as (coefficient, shift), value coefficient * 10 ** shift. Exact
    # when that is small; else (Decimal('1.0001') ** 10**9, 2 ** 10**10) only
    # the digits rounding to prec needs are kept, the exact power having
    # billions of digits: squarings cut to prec + guard digits, a last
    # sticky 1 saying something nonzero was cut (so Inexact is signalled).
    if n * _digits(c) <= 4 * prec + 200:
        return c ** n, 0
    keep = prec + _digits(n) + 6
    cut = False

    def trim(x, shift):
        nonlocal cut
        extra = _digits(x) - keep
        if extra > 0:
            x, rest = divmod(x, 10 ** extra)
            shift += extra
            cut = cut or rest != 0
        return x, shift
    result, rshift, base, bshift = 1, 0, c, 0
    while True:
        if n & 1:
            result, rshift = trim(result * base, rshift + bshift)
        n >>= 1
        if not n:
            break
        base, bshift = trim(base * base, bshift * 2)
    if cut:
        return result * 10 + 1, rshift - 1
    return result, rshift


def _fixed(value):
    digits = str(value._int)
    if value._exp >= 0:
        return digits + '0' * value._exp if value._int else '0'
    point = len(digits) + value._exp
    if point <= 0:
        return '0.' + '0' * -point + digits
    return digits[:point] + '.' + digits[point:]


def _round_significant(value, n, rounding):
    excess = _digits(value._int) - n
    if excess <= 0 or value._int == 0:
        return value
    coefficient, _ = value._round_to(excess, rounding)
    exp = value._exp + excess
    if _digits(coefficient) > n:
        coefficient //= 10
        exp += 1
    return Decimal._make(value._sign, coefficient, exp)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'getcontext localcontext setcontext')
del as_builtins
