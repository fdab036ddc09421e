"""cmath: MicroPython's built-in cmath (phase, polar, rect, exp, log,
log10, sqrt, cos, sin, e, pi) plus what CPython 3.11 has and it lacks: the
inverse and hyperbolic functions (acos, asin, atan, acosh, asinh, atanh,
cosh, sinh, tanh, tan), isnan/isinf/isfinite/isclose and the constants
inf, nan, infj, nanj, tau; sqrt is replaced by one with CPython's branch
cut (the sign of a zero imaginary part picks the side). Values follow
CPython's: the formulas of W. Kahan's "Branch cuts for complex elementary
functions" for finite arguments, the C99 Annex G values for infinite and
NaN parts (ValueError where CPython sets EDOM, OverflowError where a
finite argument overflows). Needs the built-in to be extensible, as math's
is (patch 0021), and imports it as `ucmath`."""
from ucmath import *
import math as _m

inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)
tau = _m.tau

_isfinite = _m.isfinite
_copysign = _m.copysign
_atan2 = _m.atan2
_hypot = _m.hypot
_log = _m.log
_LN2 = 0.6931471805599453
_LARGE = 1.7976931348623157e308 / 4  # past this, the formulas overflow
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _log(_LARGE)
_SQRT_MIN = _m.sqrt(2.2250738585072014e-308)

# The values for an argument with an infinite or NaN part, by the kind of
# the real part (rows) and of the imaginary part (columns), each kind one
# of -inf, negative, -0.0, +0.0, positive, +inf, nan; '.' where both are
# finite (worked out by formula), E where CPython raises ValueError. Each
# part: 0, -0, i (inf), n (nan), 1, p (pi), h (pi/2), q (pi/4), t (3pi/4),
# with a leading - for negative.
_WORDS = {'0': 0.0, '1': 1.0, 'i': inf, 'n': nan, 'p': _m.pi, 'h': _m.pi / 2,
          'q': _m.pi / 4, 't': 3 * _m.pi / 4}
_TEXT = {
    'acos': 't,i p,i p,i p,-i p,-i t,-i n,i / h,i . . . . h,-i n,n / h,i . . . . h,-i h,n / '
            'h,i . . . . h,-i h,n / h,i . . . . h,-i n,n / q,i 0,i 0,i 0,-i 0,-i q,-i n,i / '
            'n,i n,n n,n n,n n,n n,-i n,n',
    'acosh': 'i,-t i,-p i,-p i,p i,p i,t i,n / i,-h . . . . i,h n,n / i,-h . . . . i,h n,n / '
             'i,-h . . . . i,h n,n / i,-h . . . . i,h n,n / i,-q i,-0 i,-0 i,0 i,0 i,q i,n / '
             'i,n n,n n,n n,n n,n i,n n,n',
    'asinh': '-i,-q -i,-0 -i,-0 -i,0 -i,0 -i,q -i,n / -i,-h . . . . -i,h n,n / -i,-h . . . . -i,h n,n / '
             'i,-h . . . . i,h n,n / i,-h . . . . i,h n,n / i,-q i,-0 i,-0 i,0 i,0 i,q i,n / '
             'i,n n,n n,-0 n,0 n,n i,n n,n',
    'atanh': '-0,-h -0,-h -0,-h -0,h -0,h -0,h -0,n / -0,-h . . . . -0,h n,n / -0,-h . . . . -0,h -0,n / '
             '0,-h . . . . 0,h 0,n / 0,-h . . . . 0,h n,n / 0,-h 0,-h 0,-h 0,h 0,h 0,h 0,n / '
             '0,-h n,n n,n n,n n,n 0,h n,n',
    'sqrt': 'i,-i 0,-i 0,-i 0,i 0,i i,i n,i / i,-i . . . . i,i n,n / i,-i . . . . i,i n,n / '
            'i,-i . . . . i,i n,n / i,-i . . . . i,i n,n / i,-i i,-0 i,-0 i,0 i,0 i,i i,n / '
            'i,-i n,n n,n n,n n,n i,i n,n',
    'tanh': '-1,0 -1,-0 -1,-0 -1,0 -1,0 -1,0 -1,0 / E . . . . E n,n / E . . . . E n,n / '
            'E . . . . E n,n / E . . . . E n,n / 1,0 1,-0 1,-0 1,0 1,0 1,0 1,0 / '
            'n,n n,n n,-0 n,0 n,n n,n n,n',
    'cosh': 'E i,i i,0 i,-0 i,-i E i,n / E . . . . E n,n / E . . . . E n,0 / E . . . . E n,0 / '
            'E . . . . E n,n / E i,-i i,-0 i,0 i,i E i,n / n,n n,n n,0 n,0 n,n n,n n,n',
    'sinh': 'E -i,-i -i,-0 -i,0 -i,i E i,n / E . . . . E n,n / E . . . . E 0,n / E . . . . E 0,n / '
            'E . . . . E n,n / E i,-i i,-0 i,0 i,i E i,n / n,n n,n n,-0 n,0 n,n n,n n,n',
}
_TABLES = {}


def _part(w):
    return -_WORDS[w[1:]] if w[0] == '-' else _WORDS[w]


def _table(name):
    t = _TABLES.get(name)
    if t is None:
        t = _TABLES[name] = [[None if e in '.E' else complex(*[_part(w) for w in e.split(',')])
                              for e in row.split()] for row in _TEXT[name].split(' / ')]
    return t


def _kind(v):
    if v != v:
        return 6
    if v == inf:
        return 5
    if v == -inf:
        return 0
    if v == 0.0:
        return 3 if _copysign(1.0, v) > 0 else 2
    return 4 if v > 0 else 1


def _special(name, z):
    r = _table(name)[_kind(z.real)][_kind(z.imag)]
    if r is None:
        raise ValueError('math domain error')
    return r


def _finite(z):
    return _isfinite(z.real) and _isfinite(z.imag)


def _complex(z):
    # what CPython's functions take: a complex, a real number, or anything
    # with __complex__, __float__ or __index__
    if type(z) is complex:
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    f = getattr(type(z), '__complex__', None)
    if f is not None:
        z = f(z)
        if not isinstance(z, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(z).__name__)
        return z
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    for name in ('__float__', '__index__'):
        f = getattr(type(z), name, None)
        if f is not None:
            return complex(float(f(z)), 0.0)
    raise TypeError('must be real number, not %s' % type(z).__name__)


def _overflow(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        raise OverflowError('math range error')
    return complex(x, y)


def _sqrt(x, y):
    # the principal root of x + iy, (real, imag), both parts finite
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        # subnormal parts: scaled by 2**54 so the sum keeps its bits, the
        # root then scaled back by 2**-27
        sx, sy = ax * 2.0 ** 54, ay * 2.0 ** 54
        s = _m.sqrt((sx + _hypot(sx, sy)) / 2.0) * 2.0 ** -27
    else:
        ax8 = ax / 8.0
        s = 2.0 * _m.sqrt(ax8 + _hypot(ax8, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def sqrt(z):
    z = _complex(z)
    if not _finite(z):
        return _special('sqrt', z)
    return complex(*_sqrt(z.real, z.imag))


def acos(z):
    z = _complex(z)
    if not _finite(z):
        return _special('acos', z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        # 1 - z and 1 + z would lose z: acos(z) ~ -i log(2z) there
        re = _atan2(abs(y), x)
        im = _log(_hypot(x / 2.0, y / 2.0)) + 2 * _LN2
        return complex(re, -_copysign(im, y) if x < 0 else _copysign(im, -y))
    ar, ai = _sqrt(1.0 - x, -y)
    br, bi = _sqrt(1.0 + x, y)
    return complex(2.0 * _atan2(ar, br), _m.asinh(br * ai - bi * ar))


def acosh(z):
    z = _complex(z)
    if not _finite(z):
        return _special('acosh', z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_log(_hypot(x / 2.0, y / 2.0)) + 2 * _LN2, _atan2(y, x))
    ar, ai = _sqrt(x - 1.0, y)
    br, bi = _sqrt(x + 1.0, y)
    return complex(_m.asinh(ar * br + ai * bi), 2.0 * _atan2(ai, br))


def asinh(z):
    z = _complex(z)
    if not _finite(z):
        return _special('asinh', z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _log(_hypot(x / 2.0, y / 2.0)) + 2 * _LN2
        return complex(_copysign(re, x) if y >= 0 else -_copysign(re, -x), _atan2(y, abs(x)))
    ar, ai = _sqrt(1.0 + y, -x)
    br, bi = _sqrt(1.0 - y, x)
    return complex(_m.asinh(ar * bi - ai * br), _atan2(y, ar * br - ai * bi))


def asin(z):
    # asin(z) = -i asinh(iz)
    z = _complex(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def atanh(z):
    z = _complex(z)
    if not _finite(z):
        return _special('atanh', z)
    x, y = z.real, z.imag
    if x < 0.0:
        # odd: worked out for -z, whose real part is positive
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_copysign(_m.pi / 2, -y))
    if x == 1.0 and ay < _SQRT_MIN:
        if ay == 0.0:
            raise ValueError('math domain error')
        return complex(-_log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))), _copysign(_atan2(2.0, -ay) / 2, y))
    re = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    return complex(re, -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atan(z):
    # atan(z) = -i atanh(iz)
    z = _complex(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cosh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if not _isfinite(x) and x == x and _isfinite(y) and y != 0.0:
            # infinite real part: the quadrant of cis(y) gives the signs
            re = _copysign(inf, _m.cos(y))
            im = _copysign(inf, _m.sin(y))
            return complex(re, im if x > 0 else -im)
        return _special('cosh', z)
    if abs(x) > _LOG_LARGE:
        # cosh(x) overflows before its product with cos(y) may not
        x1 = x - _copysign(1.0, x)
        return _overflow(_m.cos(y) * _m.cosh(x1) * _m.e, _m.sin(y) * _m.sinh(x1) * _m.e)
    return complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))


def sinh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if not _isfinite(x) and x == x and _isfinite(y) and y != 0.0:
            re = _copysign(inf, _m.cos(y))
            im = _copysign(inf, _m.sin(y))
            return complex(re if x > 0 else -re, im)
        return _special('sinh', z)
    if abs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        return _overflow(_m.cos(y) * _m.sinh(x1) * _m.e, _m.sin(y) * _m.cosh(x1) * _m.e)
    return complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))


def tanh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if not _isfinite(x) and x == x and _isfinite(y) and y != 0.0:
            return complex(_copysign(1.0, x), _copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        return _special('tanh', z)
    if abs(x) > _LOG_LARGE:
        # tanh(x) is +-1 to the last bit; the imaginary part underflows
        return complex(_copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    d = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / d, ((ty / d) * cx) * cx)


def tan(z):
    # tan(z) = -i tanh(iz)
    z = _complex(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _complex(z)
    return _finite(z)


def isnan(z):
    z = _complex(z)
    return z.real != z.real or z.imag != z.imag


def isinf(z):
    z = _complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _complex(a)
    b = _complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True  # the same infinities too
    if not (_finite(a) and _finite(b)):
        return False
    d = abs(a - b)
    return d <= rel_tol * abs(b) or d <= rel_tol * abs(a) or d <= abs_tol

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'acos acosh asin asinh atan atanh cosh isclose isfinite isinf isnan sinh sqrt tan '
    'tanh'))
del as_builtins
