# math.exp and math.exp2 give CPython's (glibc's) last bit for everyday
# arguments: the interpreter builds them from musl's source, the algorithm
# glibc uses (scripts/fetch-musl.sh); the toolchain's own were an older one,
# off by a bit for one argument in ten (math.exp(1) printed 2.7182818284590455).
import math

values = [1, -1, 0.5, 2, 3, 10, -10, 0.1, 0.01, 1e-5, 20, 50, 100, 700, -700, 0.693, 1.5, 2.5, -2.5,
          3.14159, 0.25, 7.5, -0.1, 12.345, 1 / 3]
print([math.exp(x) for x in values])
print([math.exp2(x) for x in values[:20]])
print(math.exp(1) == math.e, math.cosh(1), math.sinh(2), math.tanh(0.5), math.exp(0), math.exp(-0.0))
# growth and decay as scripts compute them
principal, rate = 1000.0, 0.05
print([round(principal * math.exp(rate * t), 10) for t in range(1, 6)], math.exp(-math.log(2) / 5730 * 1000))
for bad in (1000, float("inf"), float("-inf"), float("nan")):
    try:
        print(bad, math.exp(bad))
    except OverflowError as e:
        print(bad, "OverflowError:", e)
