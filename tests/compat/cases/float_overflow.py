# Float results too large: powers raise OverflowError(34, ...), math's
# functions 'math range error', int conversion its own text; poles stay
# ValueError, and sums and products still overflow to inf quietly.
import math


def show(text):
    try:
        print(text, '=', eval(text))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(text, '->', type(e).__name__, e, e.args)


for text in ['2.0 ** 10000', '10.0 ** 400', '(-10.0) ** 401', 'pow(2.0, 10000)',
             '10 ** 400.0', '2 ** 1e10', '(1e200).__pow__(2)', '(-2.0) ** (10 ** 30)',
             '2.0 ** -10000', '2.0 ** 1023.5', '0.0 ** -1', 'math.inf ** 2',
             '2.0 ** math.inf', '1.0 ** 1e400', 'math.nan ** 0',
             'math.exp(1000)', 'math.expm1(1000)', 'math.sinh(-1000)', 'math.cosh(1000)',
             'math.pow(10, 400)', 'math.pow(0.0, -1)', 'math.ldexp(1.0, 2000)',
             'math.ldexp(-1.0, 2000)', 'math.ldexp(1.0, -2000)', 'math.ldexp(math.inf, 2)',
             'math.exp2(2000)', 'math.exp2(-2000)', 'math.gamma(200)', 'math.gamma(0)',
             'math.gamma(-1)', 'math.lgamma(1e308)', 'math.lgamma(0)', 'math.lgamma(-2)',
             'math.atanh(1)', 'math.log(0)', 'float(10 ** 400)', '1e308 * 10',
             '1e308 + 1e308', 'float("1e400")', 'math.degrees(1e308)']:
    show(text)
x = 2.0
try:
    x **= 5000
except OverflowError as e:
    print('in place:', e)
