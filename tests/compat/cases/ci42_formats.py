# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Format numbers for a metrics dashboard."""
from decimal import Decimal, localcontext, ROUND_HALF_EVEN, ROUND_CEILING
from fractions import Fraction
import math

vals = [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1/3, 2/3, 1e-7, 123456789.125, 1e16, 1.0e22, -0.0, float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308, 0.1 + 0.2]
specs = ["", "g", ".3g", ".10g", "e", ".2e", "f", ".0f", ".1f", "%", ".1%", ",", "_.2f", "+", " ", "012.3f", "^12", "<10.2", ">+10.3e", "#.0f", "#g", "n", ".15", "r"]
for v in vals:
    row = []
    for s in specs:
        if s == "r":
            row.append(repr(v))
            continue
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append(f"<{type(e).__name__}>")
    print(" | ".join(row))
ints = [0, 7, -42, 255, 65535, 10**20, -(2**63), 2**64 - 1]
for i in ints:
    print(format(i, "d"), format(i, "x"), format(i, "#X"), format(i, "o"), format(i, "#b")[:20], format(i, ","), format(i, "_x"), format(i, "+08d"), format(i, "e"), format(i, ".2%"), format(i, "c") if 0 <= i < 1114112 else "-", format(i, "n"), f"{i:=^+12}")
decs = ["0", "1.000", "-1.5", "1234567.891", "0.00012345", "1E+10", "-0", "123.456e-10", "NaN", "Infinity", "1.05", "2.675"]
for d in decs:
    D = Decimal(d)
    row = []
    for s in ["", "f", ".2f", ".3e", "g", ".2g", "%", ",.2f", "+.1f", "012.4f", ">10", "e", ".0f", "n"]:
        try:
            row.append(format(D, s))
        except (ValueError, TypeError) as e:
            row.append(f"<{type(e).__name__}>")
    print(d, "->", " | ".join(row), "|", str(D), repr(D), D.to_eng_string())
with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_CEILING
    print(Decimal(1) / 3, Decimal("1.23456789") + 0, +Decimal("9.999951"))
print(Decimal("1.235").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal("1.245").quantize(Decimal("0.01")), Decimal(2) ** 10, Decimal("1.5") ** 3)
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(1.005, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(10**20 + 1), math.log(8, 2), math.log2(1024), math.log10(0.001), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, divmod(-7, 3), divmod(7.5, 2), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(str(1e16), str(1e15), str(123456789012345678.0), str(0.0001), str(0.00001), 1e-5, 3.0, 1/7, 2**0.5, 10/3, -1e-310, 1e23, 9007199254740993.0)
print(float("1_000.5"), float(" 12 "), float("-inf"), int("0x1f", 16), int("0b101", 0), int("  42\n"), int("1_000"), float.fromhex("0x1.8p1"), (0.1).hex(), (3.5).as_integer_ratio(), (2.0).is_integer())
print(Fraction(1, 3).__format__("") if hasattr(Fraction, "__format__") else "", str(Fraction(-6, 4)), Fraction("1.25e-2"), Fraction(1, 3) < 0.34, Fraction(7, 2).__round__(), round(Fraction(5, 2)), math.floor(Fraction(-7, 2)))
print("{:,}".format(1234567.0), "{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{0!a}".format("é"), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{:10}".format(3), "{:10}".format("s"))
print(f"{3.0:.0%}", f"{0.0001234:.2g}", f"{123456:.2g}", f"{1.5:08.3g}", f"{-1:x}", f"{True:d}", f"{True}", f"{None!s:>5}", f"{2**100:e}", f"{12345.678:,.0f}")
print("%.2f %5.1e %g %G %10.4s %-5d| %+.0f %#o %#x %i" % (2.675, 12345.678, 1e-5, 1e20, "truncate", 3, 2.5, 8, 255, 7))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % ("x", 0x263A), "%(x)s %(x)r" % {"x": 1.0}, "%.3g|%g|%g" % (1234567, 0.0001, 100000), "%5s|%-5s|" % (None, True))
