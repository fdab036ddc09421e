# Numbers fail and format as CPython's do (patch 0041): ZeroDivisionError
# texts per operator, int()/float() messages, pow() with a modulus, big ints
# meeting floats and logarithms, math range errors, "_" digit grouping.
import math


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


for expr in ['1 / 0', '1 // 0', '1 % 0', 'divmod(7, 0)', '10**30 / 0', '10**30 // 0',
             '10**30 % 0', 'divmod(10**30, 0)', '1.0 / 0', '1 / 0.0', '1.5 // 0',
             '1.5 % 0', 'divmod(1.5, 0)', '0.0 ** -1', '0 ** -2', '5 % -3', '-5 // 3']:
    show(expr)

for expr in ["int('x')", "int('12a', 16)", "int('', 2)", "int(' 7 ')", "int(' 4x ')",
             "int('0x1f', 0)", "int('z', 36)", "float('x')", "float(' 2.5 ')", "float('1e')",
             "float('nan') != 0", "float('-inf')", "complex('1+')"]:
    show(expr)

for expr in ['pow(3, -1, 7)', 'pow(38, -1, 97)', 'pow(2, -3, 11)', 'pow(3, -1, -7)',
             'pow(-3, -1, 7)', 'pow(2, -1, 4)', 'pow(2, 10, 0)', 'pow(3, 200, 10**9 + 7)',
             'pow(10**20 + 1, -1, 10**9 + 7)', 'pow(3, 2, -7)', 'pow(-3, 3, 7)']:
    show(expr)

for expr in ['float(10**400)', 'float(-10**400)', 'float(2**1023)', 'math.sqrt(10**400)',
             'math.log(10**400)', 'math.log10(10**400)', 'math.log2(2**5000)',
             'math.log(10**400, 10)', 'math.log(2**3000, 2**1500)', 'math.log(-10**400)',
             'math.log(0)', 'math.log(8, 2)', 'math.log(3, 1)', 'math.log10(1000)',
             'math.exp(1000)', 'math.exp(-1000)', 'math.expm1(800)', 'math.cosh(1000)',
             'math.sinh(-1000)', 'math.pow(10, 400)', 'math.pow(0.0, -1)', 'math.exp(0.5)',
             'math.sqrt(-1)', 'math.acos(2)', 'math.pow(-8, 1/3)']:
    show(expr)

for spec, value in [('_', 10**6), ('_d', -1234567), ('_x', 2**40 - 1), ('_b', 1000),
                    ('_o', 8**9), ('#_x', 65535), ('_', 1234567.891), ('_.2f', 9876543.21),
                    ('12,', 12345.5), (',', 10**12), ('_', 10**30), ('_X', 10**25)]:
    print(repr(spec), format(value, spec))
print('{:_}|{:_x}|{:,.1f}'.format(2**31, 2**31, 1234.56))
for spec in ['>14', ',', '_', '+', ' ', '015', '<12', '^14', '=+14', ',.2f']:
    print(repr(spec), [format(x, spec) for x in (1234567.891, 0.1, -2.5, 1e20, 1e-7, 1e16, 123456789.0)])
print(f'{3.0:>6}|{-0.0:+}|{float("inf"):>5}|{float("nan"):+}|{2.5e-5:,}')
