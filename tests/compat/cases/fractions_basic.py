from fractions import Fraction as F
import math
a, b = F(3, 4), F('1/6')
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2)
print(F('-1.25'), F('1e-3'), F(' 7 '), F(0.1), F(2.5), F(10, -4), F(F(1, 3), F(2, 3)))
print(a + 1, 1 + a, a * 2, 2 - a, a + 0.5, 0.5 < a, a == F(6, 8), a == 0.75, a < 1, a >= F(3, 4))
print(F(1, 3).limit_denominator(5), F(math.pi).limit_denominator(1000), F(22, 7).as_integer_ratio())
print(int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), float(F(1, 8)))
print(hash(F(4, 2)) == hash(2), F(4, 2), sorted([F(1, 2), F(1, 3), F(2, 3)]), sum([F(1, 3)] * 3), F(1, 3).numerator, F(1, 3).denominator)
print(str(F(0)), bool(F(0)), F(5).is_integer() if hasattr(F, 'is_integer') else True)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F('x')
except ValueError as e:
    print('ValueError', e)
