# cmath: the functions CPython has beyond MicroPython's (inverse and
# hyperbolic ones, sqrt's branch cut) over a grid of signed zeros, tiny,
# huge, infinite and NaN parts, printed to 12 digits; the predicates,
# isclose and the constants.
import sys
import cmath as C
import math
INF = math.inf
pts = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, 1e300, -1e300, 1.7e308, 3.0, -7.25, 0.999, 1.001, 800.0, -800.0, INF, -INF, math.nan]
def fmt(v):
    if v != v: return 'nan'
    if v in (INF, -INF): return repr(v)
    if v == 0: return '0.0' if math.copysign(1, v) > 0 else '-0.0'
    return '%.12g' % v
names = ['sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'tan']
for n in names:
    f = getattr(C, n)
    out = []
    for x in pts:
        for y in pts:
            try:
                r = f(complex(x, y))
                out.append('%s(%s,%s)=%s,%s' % (n, fmt(x), fmt(y), fmt(r.real), fmt(r.imag)))
            except (ValueError, OverflowError) as e:
                out.append('%s(%s,%s)=%s' % (n, fmt(x), fmt(y), type(e).__name__))
    print('\n'.join(out))
print([n for n in ('acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cosh', 'sinh', 'tan', 'tanh',
                    'isnan', 'isinf', 'isfinite', 'isclose', 'inf', 'nan', 'infj', 'nanj', 'tau') if not hasattr(C, n)])
print(C.inf, C.nan, C.infj, C.nanj, C.tau == 2 * C.pi)
print(C.isnan(complex(1, math.nan)), C.isinf(complex(-INF, 0)), C.isfinite(3), C.isfinite(complex(0, INF)))
print(C.isclose(1 + 1j, 1 + 1.0000000001j), C.isclose(1j, 1.001j), C.isclose(1j, 1.001j, rel_tol=0.01),
      C.isclose(0j, 1e-10j, abs_tol=1e-9), C.isclose(complex(INF, 0), complex(INF, 0)))
try:
    C.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
print(fmt(C.acos(2).real), fmt(C.atan(1).real), fmt(C.sqrt(-4).imag), fmt(C.asin(0.5).real))
