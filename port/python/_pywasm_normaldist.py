"""statistics.NormalDist (CPython 3.11): a normal distribution with mean mu
and standard deviation sigma; pdf, cdf, inv_cdf (Wichura's algorithm AS 241,
so quantiles match CPython to the last bit), quantiles, overlap, zscore,
samples (random.gauss, seeded like CPython), from_samples, the
mean/median/mode/stdev/variance properties, arithmetic with constants and
with other NormalDists, equality, hashing and repr. Imported by statistics,
which it needs back for StatisticsError and the exact sample statistics."""
import math as _math
import statistics as _stats


def _fail(message):
    raise _stats.StatisticsError(message)


# AS 241 (PPND16) rational approximations, coefficients by ascending power.
# Central region |p - 0.5| <= 0.425, variable r = 0.180625 - q*q:
_MID_TOP = (3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
            1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
            3.3430575583588128105e+4, 2.5090809287301226727e+3)
_MID_BOTTOM = (1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
               2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
               5.2264952788528545610e+3)
# Near tails, r = sqrt(-log(tail probability)) - 1.6 for r <= 5:
_NEAR_TOP = (1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
             3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
             2.27238449892691845833e-2, 7.74545014278341407640e-4)
_NEAR_BOTTOM = (1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
                1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
                1.05075007164441684324e-9)
# Far tails, r - 5:
_FAR_TOP = (6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
            2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7)
_FAR_BOTTOM = (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
               7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
               2.04426310338993978564e-15)


def _poly(coeffs, r):
    # Horner's rule from the highest power down (the order fixes the rounding)
    acc = coeffs[-1]
    for k in range(len(coeffs) - 2, -1, -1):
        acc = acc * r + coeffs[k]
    return acc


def _standard_quantile(p):
    # z with Phi(z) = p, for 0 < p < 1
    q = p - 0.5
    if _math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return _poly(_MID_TOP, r) * q / _poly(_MID_BOTTOM, r)
    tail = p if q <= 0.0 else 1.0 - p
    r = _math.sqrt(-_math.log(tail))
    if r <= 5.0:
        r -= 1.6
        z = _poly(_NEAR_TOP, r) / _poly(_NEAR_BOTTOM, r)
    else:
        r -= 5.0
        z = _poly(_FAR_TOP, r) / _poly(_FAR_BOTTOM, r)
    return -z if q < 0.0 else z


class NormalDist:

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            _fail('sigma must be non-negative')
        self._centre = float(mu)
        self._width = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_stats._sample_summary(data))

    def samples(self, n, *, seed=None):
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._centre, self._width
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._width * self._width
        if not var:
            _fail('pdf() not defined when sigma is zero')
        gap = x - self._centre
        return _math.exp(gap * gap / (-2.0 * var)) / _math.sqrt(_math.tau * var)

    def cdf(self, x):
        if not self._width:
            _fail('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _math.erf((x - self._centre) / (self._width * _math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            _fail('p must be in the range 0.0 < p < 1.0')
        if self._width <= 0.0:
            _fail('cdf() not defined when sigma at or below zero')
        return self._centre + _standard_quantile(p) * self._width

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # order the pair so that a.overlap(b) == b.overlap(a) exactly
        lo, hi = self, other
        if (hi._width, hi._centre) < (lo._width, lo._centre):
            lo, hi = hi, lo
        v1, v2 = lo.variance, hi.variance
        if not v1 or not v2:
            _fail('overlap() not defined when sigma is zero')
        shift = _math.fabs(hi._centre - lo._centre)
        spread = v2 - v1
        if not spread:
            # equal widths: the densities cross once, half-way between means
            return 1.0 - _math.erf(shift / (2.0 * lo._width * _math.sqrt(2.0)))
        # the two densities cross at the roots of a quadratic
        base = lo._centre * v2 - hi._centre * v1
        disc = lo._width * hi._width * _math.sqrt(shift * shift + spread * _math.log(v2 / v1))
        missing = 0.0
        for cross in ((base + disc) / spread, (base - disc) / spread):
            missing += _math.fabs(hi.cdf(cross) - lo.cdf(cross))
        return 1.0 - missing

    def zscore(self, x):
        if not self._width:
            _fail('zscore() not defined when sigma is zero')
        return (x - self._centre) / self._width

    @property
    def mean(self):
        return self._centre

    @property
    def median(self):
        return self._centre

    @property
    def mode(self):
        return self._centre

    @property
    def stdev(self):
        return self._width

    @property
    def variance(self):
        return self._width * self._width

    # Arithmetic: a constant moves (+, -) or scales (*, /) the distribution;
    # two independent NormalDists add and subtract with widths in quadrature.

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._centre + other._centre, _math.hypot(self._width, other._width))
        return NormalDist(self._centre + other, self._width)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._centre - other._centre, _math.hypot(self._width, other._width))
        return NormalDist(self._centre - other, self._width)

    def __rsub__(self, other):
        return NormalDist(other - self._centre, self._width)

    def __mul__(self, factor):
        if isinstance(factor, NormalDist):
            raise TypeError("unsupported operand type(s) for *: 'NormalDist' and 'NormalDist'")
        return NormalDist(self._centre * factor, self._width * _math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        if isinstance(divisor, NormalDist):
            raise TypeError("unsupported operand type(s) for /: 'NormalDist' and 'NormalDist'")
        return NormalDist(self._centre / divisor, self._width / _math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._centre, self._width)

    def __neg__(self):
        return NormalDist(-self._centre, self._width)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._centre == other._centre and self._width == other._width

    def __hash__(self):
        return hash((self._centre, self._width))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._centre, self._width)
