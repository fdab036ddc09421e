# decimal: Context.create_decimal used the global context's traps; the Context
# methods CPython has (to_integral_exact, fma, logb, is_*...); max/min/
# remainder_near round to the context; divide_int signals only what CPython
# does; a large integral power (1.0001 ** 10**9) no longer runs for ever.
import decimal
from decimal import Decimal as D


def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)


c = decimal.Context(traps=[])
print(c.create_decimal("x"), flags(c))
c = decimal.Context(prec=5)
print(c.to_integral_exact(D("1184.180")), c.is_normal(D(1)), c.fma(2, 3, 4), c.logb(D(1000)),
      c.scaleb(D(1), D(3)), c.number_class(D("-0")), c.copy_sign(D(1), D(-2)), c.divmod(7, 2),
      c.copy_decimal(5), c.radix(), c.to_integral(D("2.5")), c.is_zero(0), c.is_signed(D("-1")),
      c.same_quantum(D("1.0"), D("2.0")), c.copy_abs(D(-3)), c.to_eng_string(D("1E+5")))
print(D("1.5").real, D("1.5").imag, D("1.5").conjugate(), D(1).radix())
try:
    c.is_zero(1.5)
except TypeError as e:
    print("TypeError", e)
c = decimal.Context(prec=3, traps=[])
print(c.max(D("1.23456"), D(1)), c.min(D("-9.8765"), 3), flags(c))
print(D(1).max(D("1.0")), D("1.0").max(D(1)), D(0).min(D("-0")), D("-1").max(D("-1.0")),
      D("NaN").max(D(3)), D(2).min(D("NaN")))
for a, b in [("9.5821", "-5753"), ("138206.547818", "9.18946994302"), ("10", "3"), ("10", "6"), ("-7", "2")]:
    c = decimal.Context(prec=4, traps=[])
    print(a, b, c.remainder_near(D(a), D(b)), flags(c))
c = decimal.Context(prec=3, traps=[])
print(c.remainder_near(D("9817718834"), D("1.5314")), flags(c))
c = decimal.Context(prec=3, traps=[])
print(c.divide_int(D("3.8151"), D("9.4E+13")), flags(c))
c = decimal.Context(traps=[])
print(c.divide_int(D(5), D(0)), flags(c))
c = decimal.Context(traps=[])
print(c.divmod(D(5), D(0)), flags(c))
c = decimal.Context(prec=3, traps=[])
print(c.logb(D(0)), flags(c), c.to_integral_exact(D("sNaN")), c.logb(D("-Infinity")))
for a, n in [("1.0001", 10**9), ("2", 10**10), ("1.5", 1000), ("10", 700), ("-3", 1001),
             ("1.0000001", -10**8), ("0.5", 3000), ("7", 250)]:
    c = decimal.Context(prec=14, traps=[], Emax=10**17, Emin=-10**17)
    print(a, n, c.power(D(a), n), flags(c))
print(D(2) ** 100, D("1.1") ** 50, D(3) ** -5)
