# ast.literal_eval: every literal form CPython 3.11 accepts from a string,
# nested containers, the malformed-node ValueError (message compared up to
# the ':' before the node's repr), SyntaxError for bad source, TypeError for
# unhashable keys, and non-string arguments.
import ast
import warnings

warnings.simplefilter('ignore')  # '1if x else 2' warns in CPython


def show(src):
    try:
        value = ast.literal_eval(src)
        # (type(...).__name__ is '' under MicroPython)
        kind = 'ellipsis' if value is ... else type(value).__name__
        print(repr(src), '->', kind, repr(value))
    except ValueError as e:
        print(repr(src), 'ValueError', str(e).split(':')[0])
    except SyntaxError as e:
        print(repr(src), 'SyntaxError')
    except Exception as e:
        print(repr(src), type(e).__name__, e)


good = [
    '1', ' 1', '\t 1', '\n1', '1\n', '1  # comment', '(1)', '((1,))', '()', '(1,)', '1, 2', '1,',
    '[]', '[1,]', '[1, [2, [3]]]', '{}', '{1: 2,}', "{'a': [1, {'b': (2, 3)}]}", '{1,}', '{1, 2, 1}',
    'set()', '...', 'None', 'True', 'False',
    '0', '00', '0_0', '007.5', '0777j', '1_000_000', '0x_1F', '0XfF', '0o17', '0O1_7', '0b101', '0B_1',
    '123456789012345678901234567890', '-2147483649', '1.5', '1.', '.5', '1e5', '1E-5', '1.5e+3',
    '1_000.000_1', '1e400', '-1e400', '1j', '1.5J', '1e2j', '0j', '-0.0', '+1', '-1', '-1.5', '-1j',
    '-(1)', '1+2j', '1-2j', '-1-2j', '+1+1j', '(-1)+2j', '1.5-0.5j', '1 \\\n+ 2j', '(\n1,\n2\n)',
    "'abc'", '"abc"', "'''a\nb'''", '"""x"y"""', "'a' 'b'", "'a' \"b\" '''c'''", "('a'\n 'b')",
    "b'abc'", "B'a' b'b'", "rb'\\n'", "Rb'\\x'", "bR'x'", "BR'x'", "r'\\d'", "R'\\''", "u'x'", "U'x'",
    "'\\x41\\u00e9\\U0001F600'", "'\\101\\7\\0'", "'\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"'", "'\\777'",
    "b'\\xff\\x00\\377\\777'", "'\\d\\q'", "b'\\u1234'", "'a\\\nb'", "'\\\n'",
]
bad_value = [
    'x', 'print', 'set', 'f(1)', 'set([1])', 'set(*a)', 'frozenset()', 'a.b', '1 .real', 'a[1]',
    '[1][0]', '-x', '--1', '-True', '+None', '1+2', '1j+1', '1+-2j', '1+2j+3j', 'True+1j', '-(1+2j)',
    '2 ** 3', '2*3', "'a' * 2", '1 < 2', 'not 1', '~1', '1 and 2', '1 if 1 else 2',
    'lambda: 1', '[x for x in y]', '(x for x in y)', '{**a}', '{1: 2, **a}', '{1: x}', '{1, x}',
    '(1, x)', '[1,\n x]', 'a, b', "f'x'", "'a' f'b'", '(a := 1)', '[1, 2+3]',
]
bad_syntax = [
    '', ' ', '1 2', '1;', '*a', '1 +', 'a = 1', '1\n2', '(1', ']', '[1, 2', '{1: }', '0777',
    '1_', '1__0', '1e', '0xg', '0x', '0o8', '0b2', '1.real', '1jx', '1e5x', "'a' b'b'",
    "b'a' 'b'", "b'\xe9'", "'a", "'''abc", "'a\nb'", "'\\x4'", "b'\\x4'", "'\\U00110000'",
    '1 \\ 2', '$', 'import os', 'def f(): pass', '[1 for]', "f'{'", '1 if 1',
]
for group in (good, bad_value, bad_syntax):
    for src in group:
        show(src)

for src in ('{[1]: 2}', '{[1]}', '{{}: 1}'):
    show(src)
for obj in (b'1', 5, None, [1]):
    try:
        ast.literal_eval(obj)
    except ValueError as e:
        print('ValueError', e)

# the usual uses in scripts: config values, reprs written to files
print(ast.literal_eval("{'name': 'pkg', 'versions': ['3.10', '3.11'], 'pin': None}"))
print(ast.literal_eval(repr({'t': (1, 2.5, -3j), 's': 'q\'uo"te', 'b': b'\x00\xff'})))
row = "['a', 1, 2.0, True]"
print([type(v).__name__ for v in ast.literal_eval(row)])

from ast import literal_eval
print(literal_eval('0x10'), ast.literal_eval.__name__)
