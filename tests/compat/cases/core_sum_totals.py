# sum() adds small ints and floats in machine numbers, as CPython does:
# the results are those of adding each item in turn with +, for every
# mix of ints, big ints, bools, floats, float subclasses and others.
import math
nums = list(range(50000)); fl = [i * 0.5 for i in range(50000)]
print(sum(nums), sum(fl), sum([]), sum([], 5), sum([1, 2.5, 3]), sum([2.5, 1, 2 ** 70, 0.5]), sum([2 ** 62, 2 ** 62, 2 ** 62, -1]), sum(range(-10, 5)))
print(sum([True, True, 3]), sum([1, True]), sum([0.1] * 10), sum([-0.0]), sum([-0.0], -0.0), sum([1e308, 1e308]), sum([float("nan"), 1]), sum([1, 2], 0.5), sum([1.5, 2], 1))
print(sum([(1, 2)], ()), sum([[1], [2]], []), sum([1, 2j]), sum([2 ** 30] * 5), sum([-(2 ** 30)] * 5), type(sum([1, 2])).__name__, sum([3, 4], start=10), sum(iter([1.25, 2, 3.5])))
class F(float): pass
print(sum([F(1.5), 2]), sum([1, F(2.5)]), sum([1.5, F(1.5)]))
from fractions import Fraction
print(sum([1, Fraction(1, 3), 0.5]), sum([0.5, Fraction(1, 2)]), math.fsum([0.1] * 10))
try: sum([1, "a"])
except TypeError as e: print(e)
try: sum([1.5, None])
except TypeError as e: print(e)
