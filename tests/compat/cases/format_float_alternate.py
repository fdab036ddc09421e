# The '#' alternate form of floats: a point always, and 'g' keeps its trailing zeros.
for f, v in [('{:#g}', 3.5), ('{:#.0g}', 3), ('{:#g}', 1e10), ('{:#g}', 0.0), ('{:#.3}', 12.0), ('{:#.3}', 1234.0),
             ('{:#.1}', 12.0), ('{:#.3}', 1.0), ('{:#.5}', 0.5), ('{:#}', 1.0), ('{:#}', 1.5), ('{:#.0%}', 0.5),
             ('{:#.0f}', 2.5), ('{:#.0e}', 3), ('{:#.0E}', 3), ('{:#G}', 1e-10), ('{:#10.0f}|', 3),
             ('{:#010.0f}', -3), ('{:#,.0f}', 12345), ('{:#g}', float('inf')), ('{:#.2g}', 0.0001234),
             ('{:#.3g}', 100), ('{:#.2g}', 100), ('{:#.2f}', 1.5), ('{:#e}', 1.5), ('{:#.0f}', 0.0),
             ('{:#g}', -0.0), ('{:#.0g}', 0.0), ('{:.0f}', 3), ('{:.0e}', 3), ('{:g}', 3.5), ('{:.3}', 1.0)]:
    print(repr(f), repr(f.format(v)))
for f, v in [('%#.0f', 3), ('%#g', 3.5), ('%#.0e', 3), ('%#x', 255), ('%#o', 8), ('%#5.0f|', 1),
             ('%#G', 1e20), ('%#.3g', 1.0), ('%#-6.0f|', 2), ('%.0f', 3), ('%g', 3.5), ('%#.0F', 7)]:
    print(repr(f), repr(f % v))
print(f'{3.0:#.0f}', f'{2:#g}')

# '#' with neither type nor precision is repr's alternate form, with a
# precision and no type it keeps the exponent rule of repr-like 'g'
# (patch 0142); complex parts keep their point
for spec in ['#', '#10', '#<12', '#,', '#_', '#.0', '#.1', '#.2', '#.3']:
    print(spec, [format(v, spec) for v in (1e16, 1.0, 0.5, 1e-7, 123456789.0, 1.5e300, float('inf'), -0.0, 1e22, 100.0)])
print([format(v, '#') for v in (complex(-0.0, -0.0), 1 + 0j, -1j, 1.5 - 2j)], format(1e16 + 1j, '#.1'))

# the 'z' option (Python 3.11, PEP 682): a negative zero after rounding
# prints as zero; refused for ints' types and strings
for spec in ['z.1f', 'z', 'z.0f', 'z.2e', 'z.1g', 'z.1%', '+z.1f', ' z.1f', 'z10.1f', 'z#.0f', 'z.1', 'zn',
             'z0.1f', 'z,.1f', 'z=+10.1f', 'z.0E', 'zG']:
    print(spec, [format(v, spec) for v in (-0.01, -0.0, 0.0, -1.5, 1.5, -1e-10, float('-nan'), -0.04, float('-inf'))])
for v, spec in [(-0.01, 'zd'), (-0.01, 'zs'), (-0.01, '0z.1f'), (0, 'z'), (-1, 'zd'), (5, 'zx'), (True, 'zc'),
                ('x', 'z'), ('x', '<z5'), (-1, 'z.1f'), (0, 'z.1%'), (complex(-0.0, -0.01), 'z.1f'),
                (complex(-0.001, 0.001), 'z.2'), (complex(-0.0, 1), 'z'), (-0.001j, 'z.0e')]:
    try:
        print(repr(v), spec, repr(format(v, spec)))
    except ValueError as e:
        print(repr(v), spec, type(e).__name__, e)
print(f'{-0.0001:z.2f} {-0.0:z} {-0.0:z.3g}', '{:z.1f}'.format(-0.01))
try:
    print('%z.1f' % -0.01)
except ValueError as e:
    print(type(e).__name__, e)
