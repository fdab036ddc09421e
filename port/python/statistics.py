"""statistics: CPython 3.11's averages and spread for int, bool, float and
Fraction data: mean, fmean (with weights), geometric_mean, harmonic_mean
(with weights), median, median_low, median_high, median_grouped, mode,
multimode, quantiles (exclusive and inclusive), pvariance, variance,
pstdev, stdev, covariance, correlation, linear_regression (also
proportional), StatisticsError and NormalDist (in _pywasm_normaldist).

Sums are exact (integer numerator/denominator pairs) and rounded once at
the end, as in CPython, so results and their types match: an int mean
stays an int when it is whole, Fractions stay Fractions, anything mixed
with a float gives a float. The interpreter's own int->float conversion
and int/int division are not correctly rounded past 2**53, so this module
rounds such quotients and square roots itself.

Decimal data gives Decimal results, rounded in the current context as
CPython's are (_statistics_decimal); mixing Decimal with float or
Fraction is a TypeError, as there. Subclasses of int, float and Fraction
give results of the base type."""
import sys as _sys
import math as _math
from fractions import Fraction
from collections import namedtuple as _namedtuple

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))

# ---------------------------------------------------------------------------
# Correctly rounded conversions of exact rationals to float.

_FLOAT_INF = float('inf')
_EXACT_LIMIT = 1 << 53


def _pack(mant, exp2, inexact):
    # Round mant * 2**exp2 (mant > 0; `inexact` says the true value is a bit
    # above it) to the nearest double, ties to even, subnormals included.
    extra = mant.bit_length() - 53
    below = -1074 - exp2
    if below > extra:
        extra = below
    if extra > 0:
        low_bits = mant & ((1 << extra) - 1)
        mant >>= extra
        exp2 += extra
        half = 1 << (extra - 1)
        if low_bits > half or (low_bits == half and (inexact or mant & 1)):
            mant += 1
    result = _math.ldexp(float(mant), exp2)
    if result == _FLOAT_INF:
        raise OverflowError('integer division result too large for a float')
    return result


def _ratio_float(num, den):
    # num / den for ints (den != 0), rounded once.
    if den < 0:
        num, den = -num, -den
    if num == 0:
        return 0.0
    size = -num if num < 0 else num
    # scale so that the integer quotient carries at least 55 bits
    scale = 55 - size.bit_length() + den.bit_length()
    if scale > 0:
        quot, rem = divmod(size << scale, den)
    else:
        quot, rem = divmod(size, den << -scale)
    result = _pack(quot, -scale, rem != 0)
    return -result if num < 0 else result


def _root_ratio_float(num, den):
    # sqrt(num / den) for ints num >= 0, den > 0, rounded once.
    if num == 0:
        return 0.0
    quarter = 56 - (num.bit_length() - den.bit_length()) // 2
    if quarter >= 0:
        whole, rem = divmod(num << (2 * quarter), den)
    else:
        whole, rem = divmod(num, den << (-2 * quarter))
    root = _math.isqrt(whole)
    return _pack(root, -quarter, rem != 0 or root * root != whole)


def _to_float(v):
    # float(v) as CPython rounds it for ints and Fractions; other values are
    # returned unchanged (arithmetic on them raises the usual TypeError).
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        if -_EXACT_LIMIT <= v <= _EXACT_LIMIT:
            return float(v)
        return _ratio_float(v, 1)
    if isinstance(v, Fraction):
        return _ratio_float(v.numerator, v.denominator)
    return v


def _lift(a, b):
    # Before mixing a float with an int/Fraction, convert the other side the
    # way CPython would (correctly rounded).
    if isinstance(a, float):
        return a, _to_float(b)
    if isinstance(b, float):
        return _to_float(a), b
    return a, b


def _quotient(a, b):
    # a / b, with int / int rounded correctly.
    if isinstance(a, int) and isinstance(b, int):
        if b == 0:
            raise ZeroDivisionError('division by zero')
        return _ratio_float(a, b)
    a, b = _lift(a, b)
    return a / b


def _real(v):
    # a float, from what CPython's math.fsum and math.log accept
    if isinstance(v, (int, float, Fraction)):
        return _to_float(v)
    if isinstance(v, (str, bytes)) or not hasattr(v, '__float__'):
        raise TypeError('must be real number, not %s' % type(v).__name__)
    return float(v)


def _fsum(values):
    return _math.fsum(_real(v) for v in values)


# ---------------------------------------------------------------------------
# Exact sums. A value's rank says which type a result takes: 0 int (and
# bool), 1 Fraction, 2 float, 3 Decimal; the highest rank seen wins (a
# Decimal meeting a Fraction or float is refused).

_RANK_NAMES = ('int', 'Fraction', 'float', 'Decimal')

def _parts(v):
    # (numerator, denominator, rank), or None for an infinite or NaN float.
    if isinstance(v, int):
        return int(v), 1, 0
    if isinstance(v, float):
        if v - v != 0.0:
            return None
        num, den = v.as_integer_ratio()
        return num, den, 2
    if isinstance(v, Fraction):
        return v.numerator, v.denominator, 1
    dec = _sys.modules.get('decimal')
    if dec is not None and isinstance(v, dec.Decimal) and v.is_finite():
        num, den = v.as_integer_ratio()
        return num, den, 3
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(v).__name__)


class _Exact:
    # Running exact sum num/den; `odd` holds the float sum of the infinite
    # and NaN values, which decides the result whenever there is one.

    def __init__(self):
        self.num = 0
        self.den = 1
        self.rank = 0
        self.count = 0
        self.odd = None

    def add_fraction(self, n, d):
        den = self.den
        if d == den:
            self.num += n
        elif den % d == 0:
            self.num += n * (den // d)
        elif d % den == 0:
            self.num = self.num * (d // den) + n
            self.den = d
        else:
            common = den // _math.gcd(den, d) * d
            self.num = self.num * (common // den) + n * (common // d)
            self.den = common

    def add(self, v):
        # returns v's exact parts (None for inf/nan), for callers that reuse them
        self.count += 1
        got = _parts(v)
        if got is None:
            self.rank = 2
            self.odd = v if self.odd is None else self.odd + v
            return None
        if got[2] != self.rank and 3 in (got[2], self.rank) and 0 not in (got[2], self.rank):
            # named in the order CPython's set of the data's types gives
            pair = (self.rank, got[2]) if 2 in (self.rank, got[2]) else (3, 1)
            raise TypeError("don't know how to coerce %s and %s" % (_RANK_NAMES[pair[0]], _RANK_NAMES[pair[1]]))
        if got[2] > self.rank:
            self.rank = got[2]
        self.add_fraction(got[0], got[1])
        return got

    def feed(self, values):
        for v in values:
            self.add(v)
        return self


def _typed(num, den, rank):
    # The exact value num/den as the result type of `rank`.
    if rank == 3:
        import _statistics_decimal
        return _statistics_decimal.quotient(num, den)
    if rank == 2:
        return _ratio_float(num, den)
    if rank == 1:
        return Fraction(num, den)
    if den < 0:
        num, den = -num, -den
    if num % den == 0:
        return num // den
    return _ratio_float(num, den)


def _squared_deviations(data, center):
    # Exact sum of squared deviations from the mean (or from `center`):
    # returns (num, den, rank, count, odd).
    if center is not None:
        # deviations are computed in the data's own arithmetic, as CPython
        acc = _Exact()
        for x in data:
            a, b = _lift(x, center)
            dev = a - b
            acc.add(dev * dev)
        return acc.num, acc.den, acc.rank, acc.count, acc.odd
    plain = _Exact()
    squares = _Exact()
    for x in data:
        got = plain.add(x)
        if got is not None:
            squares.add_fraction(got[0] * got[0], got[1] * got[1])
    count = plain.count
    if count == 0:
        return 0, 1, plain.rank, 0, None
    # sum((x - m)**2) == S2 - S1**2 / count, exactly
    s1n, s1d, s2n, s2d = plain.num, plain.den, squares.num, squares.den
    num = s2n * s1d * s1d * count - s1n * s1n * s2d
    den = s2d * s1d * s1d * count
    return num, den, plain.rank, count, plain.odd


def _spread(data, center, name, ddof):
    num, den, rank, count, odd = _squared_deviations(data, center)
    if count <= ddof:
        if ddof:
            raise StatisticsError('%s requires at least two data points' % name)
        raise StatisticsError('%s requires at least one data point' % name)
    return num, den * (count - ddof), rank, odd, count - ddof


def _variance_of(data, center, name, ddof):
    num, den, rank, odd, parts = _spread(data, center, name, ddof)
    if odd is not None:
        return odd / parts
    return _typed(num, den, rank)


def _deviation_of(data, center, name, ddof):
    num, den, rank, odd, parts = _spread(data, center, name, ddof)
    if odd is not None:
        # CPython fails here the same way (it asks the float for a numerator)
        raise AttributeError("'float' object has no attribute 'numerator'")
    if rank == 3:
        import _statistics_decimal
        return _statistics_decimal.root(num, den)
    return _root_ratio_float(num, den)


def variance(data, xbar=None):
    return _variance_of(data, xbar, 'variance', 1)


def pvariance(data, mu=None):
    return _variance_of(data, mu, 'pvariance', 0)


def stdev(data, xbar=None):
    return _deviation_of(data, xbar, 'stdev', 1)


def pstdev(data, mu=None):
    return _deviation_of(data, mu, 'pstdev', 0)


def _sample_summary(data):
    # (mean, sample standard deviation) as floats, for NormalDist.from_samples
    items = list(data)
    num, den, rank, odd, parts = _spread(items, None, 'stdev', 1)
    if odd is not None:
        return float(odd), odd / odd
    total = _Exact().feed(items)
    centre = _ratio_float(total.num, total.den * total.count)
    return centre, _root_ratio_float(num, den)


# ---------------------------------------------------------------------------
# Averages.

def mean(data):
    acc = _Exact().feed(data)
    if acc.count == 0:
        raise StatisticsError('mean requires at least one data point')
    if acc.odd is not None:
        return acc.odd / acc.count
    return _typed(acc.num, acc.den * acc.count, acc.rank)


def fmean(data, weights=None):
    values = list(data)
    if weights is None:
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(values) / len(values)
    weights = list(weights)
    top = _fsum(_times(x, w) for x, w in zip(values, weights))
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    bottom = _fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def _times(a, b):
    a, b = _lift(a, b)
    return a * b


def _log(x):
    if isinstance(x, int) and x > _EXACT_LIMIT:
        # keep 60 significant bits: float(x) would overflow for huge ints
        drop = x.bit_length() - 60
        return _math.log(x >> drop) + drop * _math.log(2.0)
    return _math.log(_real(x))


def geometric_mean(data):
    logs = []
    try:
        for x in data:
            logs.append(_log(x))
    except ValueError:
        logs = []
    if not logs:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers')
    centre = _math.fsum(logs) / len(logs)
    try:
        result = _math.exp(centre)
    except ValueError:
        result = _FLOAT_INF
    if result == _FLOAT_INF and centre != _FLOAT_INF:
        raise OverflowError('math range error')
    return result


_NEGATIVE = 'harmonic mean does not support negative values'


def harmonic_mean(data, weights=None):
    values = list(data)
    if not values:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if len(values) == 1:
            only = values[0]
            if not isinstance(only, (int, float, Fraction)):
                raise TypeError('unsupported type')
            if only < 0:
                raise StatisticsError(_NEGATIVE)
            return only
        weights = [1] * len(values)
        wnum, wden = len(values), 1
    else:
        weights = list(weights)
        if len(weights) != len(values):
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError(_NEGATIVE)
        wsum = _Exact().feed(weights)
        wnum, wden = wsum.num, wsum.den
    terms = _Exact()
    for w, x in zip(weights, values):
        if x < 0:
            raise StatisticsError(_NEGATIVE)
        if not w:
            terms.add(0)
            continue
        try:
            terms.add(_quotient(w, x))
        except ZeroDivisionError:
            # a zero value makes the harmonic mean zero
            return 0
    if terms.odd is not None:
        if terms.odd <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _ratio_float(wnum, wden) / terms.odd
    if terms.num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _typed(wnum * terms.den, wden * terms.num, terms.rank)


# ---------------------------------------------------------------------------
# Order statistics.

def _as_rational(v):
    if isinstance(v, int):
        return Fraction(v)
    return v


def _ordered(data):
    items = list(data)
    try:
        return sorted(items)
    except TypeError:
        # this interpreter refuses `int < Fraction` (it does not defer to the
        # Fraction), so compare ints as Fractions; other mixes still fail
        return sorted(items, key=_as_rational)


def _plus(a, b):
    a, b = _lift(a, b)
    return a + b


def _sorted_nonempty(data):
    items = _ordered(data)
    if not items:
        raise StatisticsError('no median for empty data')
    return items


def median(data):
    items = _sorted_nonempty(data)
    half, odd = divmod(len(items), 2)
    if odd:
        return items[half]
    return _quotient(_plus(items[half - 1], items[half]), 2)


def median_low(data):
    items = _sorted_nonempty(data)
    return items[(len(items) - 1) // 2]


def median_high(data):
    items = _sorted_nonempty(data)
    return items[len(items) // 2]


def _grouping_float(v):
    if isinstance(v, (int, Fraction)):
        return _to_float(v)
    try:
        return float(v)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')


def median_grouped(data, interval=1.0):
    items = _sorted_nonempty(data)
    size = len(items)
    middle = size // 2
    target = items[middle]
    # equal values sit next to each other in sorted data: find their run
    first = middle
    while first > 0 and items[first - 1] == target:
        first -= 1
    stop = middle + 1
    while stop < size and items[stop] == target:
        stop += 1
    width = _grouping_float(interval)
    centre = _grouping_float(target)
    lower = centre - width / 2.0
    return lower + width * (size / 2 - first) / (stop - first)


def _tally(data):
    counts = {}
    seen = []
    for v in data:
        if v in counts:
            counts[v] += 1
        else:
            counts[v] = 1
            seen.append(v)
    return counts, seen


def mode(data):
    counts, seen = _tally(data)
    if not seen:
        raise StatisticsError('no mode for empty data')
    best = seen[0]
    for v in seen:
        if counts[v] > counts[best]:
            best = v
    return best


def multimode(data):
    counts, seen = _tally(data)
    if not seen:
        return []
    top = max(counts[v] for v in seen)
    return [v for v in seen if counts[v] == top]


def _between(low, high, w_low, w_high, n):
    # (low*w_low + high*w_high) / n, evaluated in the data's own arithmetic
    return _quotient(_plus(low * w_low, high * w_high), n)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    items = _ordered(data)
    size = len(items)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    # Cut point i sits at 0-based position pos/n of the sorted data: i*(size-1)/n
    # for 'inclusive'; i*(size+1)/n - 1 for 'exclusive', which is clamped to the
    # first/last pair and extrapolated linearly beyond it.
    if method == 'inclusive':
        step, offset = size - 1, 0
    elif method == 'exclusive':
        step, offset = size + 1, n
    else:
        raise ValueError('Unknown method: %r' % (method,))
    cuts = []
    for i in range(1, n):
        pos = i * step - offset
        k = min(max(pos // n, 0), size - 2)
        part = pos - k * n
        cuts.append(_between(items[k], items[k + 1], n - part, part, n))
    return cuts


# ---------------------------------------------------------------------------
# Two variables.

def _paired(x, y, name):
    size = len(x)
    if len(y) != size:
        raise StatisticsError('%s requires that both inputs have same number of data points' % name)
    if size < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return size


def _centred(values, size):
    middle = _fsum(values) / size
    return middle, [_to_float(v) - middle for v in values]


def _dot(a, b):
    return _math.fsum(p * q for p, q in zip(a, b))


# covariance, correlation and linear_regression take x and y positionally
# only in CPython; the compiler that freezes this module has no '/'.
def covariance(x, y):
    size = _paired(x, y, 'covariance')
    dx = _centred(x, size)[1]
    dy = _centred(y, size)[1]
    return _dot(dx, dy) / (size - 1)


def correlation(x, y):
    size = _paired(x, y, 'correlation')
    dx = _centred(x, size)[1]
    dy = _centred(y, size)[1]
    scale = _dot(dx, dx) * _dot(dy, dy)
    if not scale:
        raise StatisticsError('at least one of the inputs is constant')
    return _dot(dx, dy) / _math.sqrt(scale)


def linear_regression(x, y, *, proportional=False):
    size = _paired(x, y, 'linear regression')
    if proportional:
        # products of ints or Fractions stay exact until fsum rounds them
        sxy = _fsum(_times(p, q) for p, q in zip(x, y))
        sxx = _fsum(_times(p, p) for p in x)
    else:
        xbar, dx = _centred(x, size)
        ybar, dy = _centred(y, size)
        sxy = _dot(dx, dy)
        sxx = _dot(dx, dx)
    if not sxx:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)


from _pywasm_normaldist import NormalDist  # noqa: E402  (it needs the names above)
