"""Decimal results for statistics, in the current decimal context: a
quotient num/den, and the square root of one rounded once (the context's
sqrt of the rounded quotient, moved one unit when that double rounding
left it on the wrong side, as CPython does)."""
from decimal import Decimal, getcontext
from math import gcd


def quotient(num, den):
    g = gcd(num, den)
    num, den = num // g, den // g
    if den < 0:
        num, den = -num, -den
    return Decimal(num) / Decimal(den)


def _neighbour(d, step):
    # The next Decimal above (step 1) or below (step -1) a positive d at the
    # context's precision, as next_plus()/next_minus() give it.
    prec = getcontext().prec
    sign, digits, exp = d.as_tuple()
    coef = int(''.join(map(str, digits)))
    extra = prec - len(digits)
    coef, exp = coef * 10 ** extra, exp - extra
    if step < 0 and coef == 10 ** (prec - 1):
        coef, exp = coef * 10, exp - 1
    return Decimal((0, tuple(int(c) for c in str(coef + step)), exp))


def root(num, den):
    g = gcd(num, den)
    n, m = num // g, den // g
    if m < 0:
        n, m = -n, -m
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    r = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = r.as_integer_ratio()
    up = _neighbour(r, 1)
    nu, du = up.as_integer_ratio()
    # is sqrt(n/m) above the midpoint of r and up, or below that of r and down?
    if 4 * n * (dr * du) ** 2 > m * (dr * nu + du * nr) ** 2:
        return up
    down = _neighbour(r, -1)
    nd, dd = down.as_integer_ratio()
    if 4 * n * (dr * dd) ** 2 < m * (dr * nd + dd * nr) ** 2:
        return down
    return r
