# round() and float format specs are correctly rounded, half to even on the
# double's exact value, as CPython's.
from fractions import Fraction

print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-2.5), round(3.5), round(2.5, None))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0), round(-1.25, 1))
print(round(1234.5, -1), round(1250.0, -2), round(-1350.0, -2), round(0.0, 3), round(-0.0001, 2))
print(round(1e300, 2), round(5e-324, 400), round(123.456, -5), round(float('inf'), 2))
print('%.0f' % 2.5, '%.0f' % 3.5, '%.0f' % 0.5, '%.0f' % -0.5, '%.2f' % 2.675, '%.1f' % 0.25, '%.1f' % 0.35)
print('{:.2f}'.format(2.675), '{:.0f}'.format(0.5), f'{1.005:.2f}', f'{0.125:.2f}', f'{123456789.125:.2f}')
print('%.3e' % 1.0005, '%.2e' % 2.675, '{:.3g}'.format(2.675), '{:.1%}'.format(0.0125), '%.20f' % 0.1)
print('%.17g' % 0.1, '%.3g' % 0.0001234, '%g' % 1e-5, '%g' % 123456789.0, '%g' % 0.0, '%G' % 1.5e-10)
big = '%.2f' % 1e300
print(f'{1e22:.1f}', len(big), big[:20], big[-8:])
print(f'{2 ** 70 + 0.0:,.2f}', f'{-1234.5:+.0f}', f'{1234.5:010.0f}', '%+.1f' % 0.05, '%.1f' % -0.04)
print(round(Fraction(1, 3), 2), round(Fraction(7, 2)), round(Fraction(5, 2)))
total = sum([0.1] * 10)
print(total, round(total, 2), '%.2f' % total, f'{total:.15f}', f'{total:.17f}')
prices = [19.995, 0.045, 2.345, 1.115, 100.005]
print([round(p, 2) for p in prices], ['%.2f' % p for p in prices])
