# math functions MicroPython lacks: gcd/lcm/prod/comb/perm/isqrt (exact on big
# integers), fsum (exactly rounded), hypot/dist, remainder, ulp, nextafter.
import math
import random

print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0))
print(math.gcd(2**200 * 3**50, 2**150 * 3**80 * 5))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-3, 5), math.lcm(0, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([2, 3], start=10))
print(math.prod(range(1, 30)))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.comb(1000, 500) % 10**20)
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(30, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**255 - 19))
for n in [2**64 - 1, 10**50 + 12345, 3**300]:
    r = math.isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
    print(r % 10**12)
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
            lambda: math.gcd(1.5), lambda: math.dist([1], [1, 2])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum([0.5, 1e16, -1e16]))
rnd = random.Random(3)
xs = [rnd.uniform(-1e6, 1e6) for _ in range(500)]
print(math.fsum(xs), math.fsum(x * 1e-10 for x in xs))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print('ValueError', e)

print(math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(1, 2, 3), math.hypot(1e-320, 1e-320))
print(math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
pts = [(rnd.uniform(-100, 100), rnd.uniform(-100, 100), rnd.uniform(-1, 1)) for _ in range(40)]
print([math.hypot(*p) for p in pts[:8]])
print(math.fsum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)))

print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2),
      math.remainder(-7, 2), math.remainder(9, 2), math.remainder(-5, 2), math.remainder(7.5, 2.5), math.remainder(6.25, 2.5), math.remainder(3.5, math.inf), math.remainder(1e300, 3.7))
print(math.ulp(1.0), math.ulp(0.0) == 5e-324, math.ulp(1e300), math.ulp(-3.5), math.ulp(math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0) == 1 - 2**-53, math.nextafter(0.0, -1.0) == -5e-324,
      math.nextafter(-1.0, -math.inf), math.nextafter(2.0, 2.0))
print(math.exp2(10), math.cbrt(64.0), math.cbrt(1e-300), math.cbrt(-8), math.cbrt(0.0), math.log1p(0.0), math.log1p(1e-20))
print(math.pi, math.tau, math.e, math.inf, -math.inf, math.nan, math.isnan(math.nan))
print(math.sqrt(16), math.floor(2.5), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))
