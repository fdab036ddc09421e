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

# bytes hold ASCII digits only, as in CPython, and errors quote them as
# bytes (patch 0141); int() with an explicit base takes str, bytes and
# bytearray; float() and complex() say CPython's words for other types
for v in [b'\xd9\xa3', b'\xef\xbc\x91\xef\xbc\x92', b'1\xc2\xa0', b'x', b' 12 ', b'1_0', b'0x10',
          bytearray(b'\xd9\xa3'), bytearray(b'7'), memoryview(b'5'), b'\xff']:
    for conv in (int, lambda v: int(v, 0), lambda v: int(v, 16), float):
        try:
            print(type(v).__name__, bytes(v), '=', conv(v))
        except (ValueError, TypeError) as e:
            print(type(v).__name__, bytes(v), '->', type(e).__name__, e)
for args in [('x', 0), ('0xg', 0), (b'z', 36), (b'1', 99), (5, 10), (2.5, 10), (None, 10)]:
    try:
        print(args, '=', int(*args))
    except (ValueError, TypeError) as e:
        print(args, '->', type(e).__name__, e)
for v in [None, [], b'1', '1.5']:
    try:
        print(ascii(v), '=', float(v))
    except (ValueError, TypeError) as e:
        print(ascii(v), '->', type(e).__name__, e)


class Text(str):
    pass


class Complexish:
    def __complex__(self):
        return 2j


for args in [(None,), ([],), (b'1',), ('1', 2), (1, '2'), (1, None), (None, 1), (Text('1+2j'),),
             (Complexish(),), (1, Complexish()), (Complexish(), 1), (2, 3), (1j, 1j), (1, 1j),
             (True,), (2, -0.0), (-0.0,), (1.5j,)]:
    try:
        print(args[0].__class__.__name__, '=', complex(*args))
    except (ValueError, TypeError) as e:
        print(args[0].__class__.__name__, '->', type(e).__name__, e)
