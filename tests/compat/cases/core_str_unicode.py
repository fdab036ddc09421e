# str methods and repr over all of Unicode (patch 0046, port/strunicode.c):
# full case mappings, final sigma, the is*() tests, printable chars in repr.
words = ['café', 'Straße', 'ÉCOLE', 'ǅemal', 'ΟΔΟΣ ΣΟΦΟΣ', 'Σ', 'İstanbul', 'ﬁnal', 'ŉ',
         'Ελληνικά', 'Привет мир', 'hello wörld', 'ÅNGSTRÖM', 'ꭰ', '𐐀𐐨', 'x²', 'Ⅻ', '١٢٣',
         '日本語', '', 'a\u0301b', "o'neil ʻokina", 'ß', 'ﬃ', 'Ǆ', 'ǆ']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
    print('  ', [getattr(w, m)() for m in ('isalpha', 'isalnum', 'isdecimal', 'isdigit',
                                           'isnumeric', 'isupper', 'islower', 'istitle',
                                           'isspace', 'isprintable', 'isidentifier')])
print(['\xa0', '\u2028', '\x85', '\u200b', '\ufeff', '\U0001f600', 'é\n', '\x7f', '\udfff'[:0]])
print({'naïve': 'résumé'}, ('ü',), str(['ö']))
print(repr('emoji 😀 ok'), ascii('é😀'))
print('ΣΑΣ'.lower(), 'ΑΣ.'.lower(), 'Σ.Α'.lower(), "ΑΣ'Α".lower(), 'A Σ b'.lower())
print(' \u2003x\u3000'.isspace(), '\u2003'.isspace(), '\t\n'.isspace())
print(sorted(['é', 'e', 'f', 'É'], key=str.casefold))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ǅ'.istitle(), 'Ǆ'.isupper())
print('x'.upper(), 'HELLO world'.lower(), 'hello world'.title(), 'aBc'.swapcase())
print(b'caf\xc3\xa9'.upper(), b'ABC'.lower(), b'abc'.isalpha(), b'\xc3\xa9'.isalpha())
