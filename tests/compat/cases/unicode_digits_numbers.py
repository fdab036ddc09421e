# int(), float() and complex() of text with Unicode decimal digits and
# spaces (Arabic-Indic, fullwidth, Devanagari, mathematical digits), with
# bases, signs, underscores; errors still quote the text as given.
samples = ['٣', '١٢', '１２', '-１２', '+٤٥', ' \u3000٣\u2003 ', '१२३', '𝟗𝟖', '１_０００',
           '\u300012', '٣x', '²', 'ⅷ', '١٢.٥', '', 'x٣']
for s in samples:
    for conv in (int, float, complex):
        try:
            print(conv.__name__, ascii(s), '=', conv(s))
        except ValueError as e:
            print(conv.__name__, ascii(s), '->', e)
for s, base in [('ff', 16), ('１ｆ', 16), ('٧٧', 8), ('١٠', 2), ('٠x١٠', 0), ('٩', 8)]:
    try:
        print('int', ascii(s), base, '=', int(s, base))
    except ValueError as e:
        print('int', ascii(s), base, '->', e)
for s in ['١.٥e٣', '１.５', '-٠.٢٥', 'inf', '١e٤٠٠', '١+٢j', '٣j']:
    for conv in (float, complex):
        try:
            print(conv.__name__, ascii(s), '=', conv(s))
        except ValueError as e:
            print(conv.__name__, ascii(s), '->', e)
print(int('٣') + 1, 12 == int('１２'), 1.5 == float('１.５'))
