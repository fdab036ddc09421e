"""math: MicroPython's built-in math (sqrt, log, trig, floor, factorial,
isclose, inf/nan/tau, ...) plus what CPython 3.11 has and it lacks: gcd and
lcm of any number of integers, prod, comb, perm, isqrt (exact on big
integers), fsum (exactly rounded), hypot of any number of coordinates and
dist (correctly rounded from the exact sum of squares), remainder, ulp,
nextafter, exp2, cbrt, log1p. The built-in is extensible (patch 0021), so
this module is what `import math` finds; the C functions are re-exported as
they are."""
from umath import *
import umath as _m
import struct as _struct


def _int(x):
    # CPython takes any integer (bool included) and refuses floats.
    if isinstance(x, int):
        return int(x)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _bitlen(n):
    # n >= 0; int.bit_length without relying on the method fallback.
    if n == 0:
        return 0
    h = '%x' % n
    return (len(h) - 1) * 4 + len(bin(int(h[0], 16))) - 2


def gcd(*integers):
    g = 0
    for x in integers:
        x = _int(x)
        while x:
            g, x = x, g % x
    return abs(g)


def lcm(*integers):
    r = 1
    for x in integers:
        x = _int(x)
        if x == 0 or r == 0:
            r = 0
            continue
        r = abs(r // gcd(r, x) * x)
    return r


def prod(iterable, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


def _nonneg(x, name):
    x = _int(x)
    if x < 0:
        raise ValueError('%s must be a non-negative integer' % name)
    return x


def comb(n, k):
    n = _nonneg(n, 'n')
    k = _nonneg(k, 'k')
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    # r stays an integer: after step i it is C(n, i + 1).
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r


def perm(n, k=None):
    n = _nonneg(n, 'n')
    if k is None:
        return factorial(n)
    k = _nonneg(k, 'k')
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        r *= i
    return r


def isqrt(n):
    n = _int(n)
    if n < 0:
        raise ValueError('isqrt() argument must be nonnegative')
    if n == 0:
        return 0
    # Newton's iteration from a power of two above the root decreases
    # monotonically to the floor of the root.
    x = 1 << ((_bitlen(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def fsum(seq):
    # Shewchuk's exact summation: partials holds non-overlapping floats whose
    # sum is exactly the sum so far; the result is that sum correctly rounded.
    partials = []
    special = 0.0
    inf_sum = 0.0
    for x in seq:
        x = float(x)
        if isinf(x) or isnan(x):
            # inf + -inf is an error; a nan in the input is just nan.
            special += x
            if isinf(x):
                inf_sum += x
            continue
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            if isinf(hi):
                raise OverflowError('intermediate overflow in fsum')
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        partials.append(x)
    if special:
        if isnan(inf_sum):
            raise ValueError('-inf + inf in fsum')
        return special
    if not partials:
        return 0.0
    # Add the partials from the top down; stop at the first inexact add and
    # correct a half-way case by the sign of what is left below it.
    n = len(partials) - 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        n -= 1
        x = hi
        y = partials[n]
        hi = x + y
        yr = hi - x
        lo = y - yr
        if lo:
            break
    if n > 0 and ((lo < 0 and partials[n - 1] < 0) or (lo > 0 and partials[n - 1] > 0)):
        y = lo * 2
        x = hi + y
        if y == x - hi:
            hi = x
    return hi


def _sqrt_sum_squares(coords):
    # Correctly rounded sqrt(sum(x*x)): every float is an integer times a power
    # of two, so the sum of squares is computed exactly as an integer.
    ms = []
    for x in coords:
        m, e = frexp(fabs(x))
        if m:
            ms.append((int(m * 9007199254740992.0), e - 53))
    if not ms:
        return 0.0
    base = min(e for _, e in ms)
    s = 0
    for m, e in ms:
        v = m << (e - base)
        s += v * v
    # Scale so the root has at least 55 bits, then round it to 53.
    t = max(0, (112 - _bitlen(s) + 1) // 2)
    s <<= 2 * t
    r = isqrt(s)
    exact = r * r == s
    shift = _bitlen(r) - 53
    q = r >> shift
    rem = r - (q << shift)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and (not exact or q & 1)):
        q += 1
    return ldexp(float(q), shift + base - t)


def hypot(*coordinates):
    coords = [float(x) for x in coordinates]
    if any(isinf(x) for x in coords):
        return inf
    if any(isnan(x) for x in coords):
        return nan
    return _sqrt_sum_squares(coords)


def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError('both points must have the same number of dimensions')
    return hypot(*[float(a) - float(b) for a, b in zip(p, q)])


def remainder(x, y):
    x = float(x)
    y = float(y)
    if isnan(x):
        return x
    if isnan(y):
        return y
    if isinf(x) or y == 0.0:
        raise ValueError('math domain error')
    if isinf(y):
        return x
    ax = fabs(x)
    ay = fabs(y)
    m = fmod(ax, ay)
    c = ay - m
    if m < c:
        r = m
    elif m > c:
        r = -c
    else:
        # Exactly half-way: the quotient rounds to even. The remainder of
        # ax by 2 * ay is m when the truncated quotient is even.
        r = m if fmod(ax, 2.0 * ay) == m else -m
    return copysign(1.0, x) * r


def _bits(x):
    return _struct.unpack('<q', _struct.pack('<d', x))[0]


def _float(b):
    return _struct.unpack('<d', _struct.pack('<q', b))[0]


def nextafter(x, y):
    x = float(x)
    y = float(y)
    if isnan(x) or isnan(y):
        return nan
    if x == y:
        return y
    if x == 0.0:
        # The smallest subnormal from its bits: a frozen literal 5e-324 is
        # stored as text by mpy-cross and reads back as 1e-323.
        return copysign(_float(1), y)
    b = _bits(x)
    # Away from zero when moving in x's direction, else towards it.
    if (y > x) == (x > 0):
        b += 1
    else:
        b -= 1
    return _float(b)


def ulp(x):
    x = fabs(float(x))
    if isnan(x) or isinf(x):
        return x
    nxt = nextafter(x, inf)
    if isinf(nxt):
        return x - nextafter(x, -inf)
    return nxt - x


def exp2(x):
    try:
        return 2.0 ** float(x)
    except OverflowError:
        raise OverflowError('math range error') from None


def cbrt(x):
    x = float(x)
    if x == 0.0 or isinf(x) or isnan(x):
        return x
    a = fabs(x)
    y = a ** (1.0 / 3.0)
    # One Newton step makes exact cubes exact (27 ** (1/3) is 3.0000000000000004).
    y = y - (y * y * y - a) / (3.0 * y * y)
    return copysign(y, x)


def log1p(x):
    x = float(x)
    if x <= -1.0:
        raise ValueError('math domain error')
    u = 1.0 + x
    if u == 1.0:
        return x
    # log(u) * x / (u - 1) cancels the rounding error of 1 + x.
    return log(u) * x / (u - 1.0)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'cbrt comb dist exp2 fsum gcd hypot isqrt lcm log1p nextafter perm prod remainder '
    'ulp'))
del as_builtins
