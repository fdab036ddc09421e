# A '_' in a number stands between two digits (after a base prefix too), in
# float() and complex() texts and in source literals alike (patch 0172).
texts = ['1_0', '1__0', '_1', '1_', '1_0.5', '1._5', '1_.5', '1.5_', '1e1_0', '1e_10', '1_e10',
         '1e+_5', '0x_1', 'in_f', '1.0_1', ' 1_0 ', '1_0j', '.5_5', '1_0.0_1e1_0']
for text in texts:
    row = []
    for convert in (float, int, complex):
        try:
            row.append(repr(convert(text)))
        except ValueError:
            row.append('ValueError')
    print(repr(text), *row)
sources = ['1._5', '1.5_', '1e_5', '1_e5', '1_.5', '1__0', '1_', '0x_ff', '0xa_b', '0b_1', '0o_7', '0_0',
           '1_0.0_1e1_0', '1_000j', '1_j', '1.0_5j', '0x__1', '0x1_', '1e5_0', '1E+1_0', '.5_5', '00_0']
for source in sources:
    try:
        print(source, eval(source))
    except SyntaxError:
        print(source, 'SyntaxError')
