"""Decimal's exp(), ln() and log10(), correctly rounded to the context's
precision as CPython's are (always half-even, whatever the context's
rounding). decimal.py calls these for Decimal.exp/ln/log10 and the Context
methods of the same names; kept apart since only a few scripts need them.

How: the value is computed in fixed point (an integer A standing for
A * 10**-F) with a bound E on its error, from series over exact integers;
when A - E and A + E round to the same `prec` digits, that is the answer,
otherwise F grows and it is computed again. exp and ln of a number other
than 0 and 1 are irrational, so they never fall on a rounding tie and this
ends; log10 is exact only for powers of ten, which are answered first."""


def _atanh_inv(p, q, scale):
    # atanh(p/q) * scale, |p/q| < 1/2, by its series; error < terms + 1 units
    if p < 0:
        return -_atanh_inv(-p, q, scale)
    total = term = scale * p // q
    pp, qq, k = p * p, q * q, 1
    while term:
        term = term * pp // qq
        k += 2
        total += term // k
    return total


_consts = {}


def _ln2(F):
    # ln 2 = 2 atanh(1/3), to within 1 unit of 10**-F
    key = ('ln2', F)
    if key not in _consts:
        _consts[key] = 2 * _atanh_inv(1, 3, 10 ** (F + 10)) // 10 ** 10
    return _consts[key]


def _ln10(F):
    # ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9), within 1 unit
    key = ('ln10', F)
    if key not in _consts:
        scale = 10 ** (F + 10)
        _consts[key] = (3 * _ln2(F + 10) + 2 * _atanh_inv(1, 9, scale)) // 10 ** 10
    return _consts[key]


def _digits(n):
    return len(str(n)) if n else 1


def _settle(A, E, F, prec):
    """(coefficient, exponent) of A*10**-F rounded half-even to prec digits
    if every value within E of A rounds the same, else None. A != 0."""
    lo, hi = abs(A) - E, abs(A) + E
    if lo <= 0:
        return None
    drop = _digits(lo) - prec
    if drop <= 0 or _digits(hi) != _digits(lo):
        return None
    unit = 10 ** drop
    half = unit // 2
    out = []
    for n in (lo, hi):
        q, r = divmod(n, unit)
        if r > half or (r == half and q % 2):
            q += 1
        out.append(q)
    if out[0] != out[1]:
        return None
    q = out[0]
    if _digits(q) > prec:  # rounded up to 10**prec
        q //= 10
        drop += 1
    return q, drop - F


def _ln_fixed(coefficient, exponent, F):
    # ln(coefficient * 10**exponent) * 10**F, and a bound on its error
    d = _digits(coefficient)
    a = exponent + d - 1  # the number is m * 10**a, 1 <= m < 10
    base = 10 ** (d - 1)
    # m = 2**j * f with f near 1: ln m = j ln 2 + 2 atanh((c - D) / (c + D))
    j = 0
    while 2 * coefficient >= 3 * base * 2 ** j:  # f = m / 2**j in [3/4, 3/2)
        j += 1
    D = base * 2 ** j
    G = F + 5 + _digits(abs(a))
    scale = 10 ** G
    value = 2 * _atanh_inv(coefficient - D, coefficient + D, scale) + j * _ln2(G) + a * _ln10(G)
    terms = 2 * (G + 5)
    error = 2 * terms + j + abs(a) + 2
    return value // 10 ** (G - F), error // 10 ** (G - F) + 2


def _exp_fixed(sign, coefficient, exponent, F):
    # exp(x) as (Y, n, error): exp(x) ~ Y * 10**(n - F), |error| in units of Y
    # x = n ln10 + r with |r| <= ln 10 / 2 (about)
    G = F + 10
    x_num = coefficient * 10 ** (G + exponent) if exponent + G >= 0 else coefficient // 10 ** -(exponent + G)
    if sign:
        x_num = -x_num
    # n from a float estimate: x / ln 10
    xf = _float(coefficient, exponent)
    n = int(round((-xf if sign else xf) / 2.302585092994046))
    G2 = G + _digits(abs(n))
    ln10 = _ln10(G2) // 10 ** (G2 - G)
    r = x_num - n * ln10
    scale = 10 ** G
    # exp(r): halve r k times, Taylor series, square back k times
    k = 12
    r_small = r // 2 ** k if r >= 0 else -((-r) // 2 ** k)
    total = term = scale
    i = 1
    while term:
        term = term * r_small // (scale * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // scale
    # each squaring doubles the relative error; 10 guard digits cover 2**12 * terms
    return total // 10 ** (G - F), n, 2 ** (k + 1) // 10 ** 3 + 3


def _float(coefficient, exponent):
    # |x| as a float from its leading digits (only the exp() shortcuts and the
    # choice of n need it)
    text = str(coefficient)
    return float('%se%d' % (text[:17], exponent + len(text[17:])))


def _finish(context, coef, exp, sign=0):
    import decimal
    context._raise(decimal.Rounded)
    context._raise(decimal.Inexact)
    return decimal.Decimal._make(sign, coef, exp)


def exp(x, context):
    import decimal
    if x._special:
        if x.is_nan():
            return x._nan_result(None, context)
        return decimal.Decimal(0) if x._sign else x
    if x._int == 0:
        return decimal.Decimal(1)
    prec = context.prec
    adj = x.adjusted()
    # the result's adjusted exponent is about x / ln 10: past Emax it overflows,
    # below Etiny it underflows to 0, as CPython signals
    if adj > len(str(max(abs(context.Emax), abs(context.Emin)))) + 1:
        return _over_under(x._sign, context)
    if adj > 0:
        xf = _float(x._int, x._exp) / 2.302585092994046
        if not x._sign and xf > context.Emax + 1:
            return _over_under(0, context)
        if x._sign and -xf < context.Etiny() - 2:
            return _over_under(1, context)
    if adj < -(prec + 2):
        # exp(x) is 1 +- |x|, within half a unit of the last of prec digits of 1
        return _finish(context, 10 ** (prec - 1), -(prec - 1))
    F = prec + 10
    while True:
        Y, n, err = _exp_fixed(x._sign, x._int, x._exp, F)
        got = _settle(Y, err, F, prec)
        if got is not None:
            return _finish(context, got[0], got[1] + n)
        F += prec + 10


def _over_under(negative, context):
    import decimal
    if negative:
        context._raise(decimal.Underflow)
        context._raise(decimal.Subnormal)
        context._raise(decimal.Inexact)
        context._raise(decimal.Rounded)
        context._raise(decimal.Clamped)
        return decimal.Decimal._make(0, 0, context.Etiny())
    context._raise(decimal.Overflow)
    context._raise(decimal.Inexact)
    context._raise(decimal.Rounded)
    return decimal.Decimal('Infinity')


def _log_special(x, context):
    import decimal
    if x.is_nan():
        return x._nan_result(None, context)
    if x._int == 0 and not x._special:
        return decimal.Decimal('-Infinity')
    if x._sign:
        return x._invalid(context)
    if x._special:
        return x
    return None


def _near_one(c, e):
    # digits of 0s after the point in x - 1 (ln x is about x - 1 there): the
    # fixed point needs that many more
    if e > 0 or _digits(c) + e not in (0, 1):
        return 0
    return max(-(_digits(abs(c - 10 ** -e)) + e), 0)


def ln(x, context):
    import decimal
    special = _log_special(x, context)
    if special is not None:
        return special
    c, e = x._int, x._exp
    if e <= 0 and c == 10 ** -e:
        return decimal.Decimal(0)
    prec = context.prec
    # near 1, ln(x) ~ x - 1: fixed point needs that many more digits
    F = prec + 10 + _near_one(c, e)
    while True:
        A, err = _ln_fixed(c, e, F)
        got = _settle(A, err, F, prec)
        if got is not None:
            return _finish(context, got[0], got[1], 1 if A < 0 else 0)
        F += prec + 10


def log10(x, context):
    import decimal
    special = _log_special(x, context)
    if special is not None:
        return special
    c, e = x._int, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        # a power of ten: its exponent, exactly (then rounded to prec)
        return decimal.Decimal(e)._fix(context)
    prec = context.prec
    F = prec + 10 + _near_one(c, e)
    while True:
        # ln x / ln 10 at scale 10**F, both at H digits so that the quotient's
        # error stays under err + 3 units even for a large exponent
        H = F + 2 + _digits(abs(e + _digits(c)))
        A, err = _ln_fixed(c, e, H)
        ln10 = _ln10(H)
        q = A * 10 ** F // ln10 if A >= 0 else -((-A) * 10 ** F // ln10)
        got = _settle(q, err + 3, F, prec)
        if got is not None:
            return _finish(context, got[0], got[1], 1 if q < 0 else 0)
        F += prec + 10
