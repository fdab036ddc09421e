# Format specs of complex numbers: types e/f/g/n, repr-like without one, widths, signs, errors.
def t(v, f):
    try:
        print(repr(f), repr(format(v, f)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for f, v in [('', 1+2j), ('', 2j), ('', -0.0+2j), ('>20', 1-2j), ('g', 1-2j), ('e', 1-2j), ('.2f', 1+2j),
             ('.2', 1.5+2j), ('.3', 1+2j), ('+', 1+2j), ('+', 2j), (' ', 2j), ('+g', 2j), ('g', 2j),
             ('10', 1+2j), ('<12', 2j), ('^14.1f', 1+2j), (',.2f', 12345+6789j), ('_g', 1e6+1j), ('n', 1+2j),
             ('%', 1+2j), ('010', 1+2j), ('0>10', 1+2j), ('=10', 1j), ('*^15g', 1+2j), ('.0f', 1.5+2.5j),
             ('#.0f', 1+2j), ('G', 1e20+1e-20j), ('', complex(float('nan'), float('inf'))),
             ('f', complex(float('nan'), -float('inf'))), ('', 1e20+1j), ('.2', 1e20+1j), ('g', complex(-0.0, -0.0)),
             ('', 1.5+0j), ('d', 1j), ('x', 1j), ('s', 1j), ('.2%', 1j), (',', 1234+5678.5j),
             ('', complex(-0.0, 1)), ('', complex(0.0, -0.0)), ('', 1e16+1j), ('', 0.1+0.2j), ('E', -1.5j)]:
    t(v, f)
z = 3 - 4j
print(f'{z}', f'{z:.2f}', f'{z!r:>10}', '{:8.3g}|{:<8}|'.format(z, 1j), str(z), repr(1e-5j))
