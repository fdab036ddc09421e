# Fractions and Decimals hash as the int or float of the same value, so
# equal numbers of different types are the same dict key or set member.
from decimal import Decimal as D
from fractions import Fraction as F
pairs = [(F(1, 2), 0.5), (F(4, 2), 2), (F(-3, 8), -0.375), (D('0.5'), 0.5), (D('2.00'), 2), (D('-0.125'), -0.125),
         (F(1, 4), D('0.25')), (F(7, 1), D('7')), (F(1, 10), D('0.1')), (F(5, 1 << 60), 5 / (1 << 60))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print({0.5: 'half'}.get(F(1, 2)), {D('0.5'): 'd'}.get(0.5), {2: 'two'}.get(D('2.0')), {F(3, 4): 'f'}.get(0.75))
print(len({F(1, 2), 0.5, D('0.5')}), len({F(1, 3), F(2, 6)}), len({D('1.10'), D('1.1')}), hash(F(1, 3)) == hash(F(2, 6)))
counts = {}
for x in [0.25, F(1, 4), D('0.25'), 1, F(1), D(1), True]:
    counts[x] = counts.get(x, 0) + 1
print(sorted(counts.values()))
# a Decimal compares exactly with a Fraction
print(D('0.25') < F(1, 3), D('0.34') > F(1, 3), D('0.5') <= F(1, 2), D('-Infinity') < F(-10 ** 9), D('Infinity') >= F(7), D('NaN') == F(1))
print(sorted([D('0.3'), D('0.2'), D('0.35')], key=lambda d: abs(d - D('0.3'))), max(D('0.3'), D('0.31')))
