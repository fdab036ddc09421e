# tomllib on invalid TOML: each document raises TOMLDecodeError (a
# ValueError) with CPython 3.11's message and position; load() of a text file
# and loads() of bytes are TypeErrors.
import io
import os
import tempfile
import tomllib

BAD = [
    ('duplicate key', 'name = "Tom"\nname = "Pradyun"'),
    ('duplicate key, quoted and bare', 'spelling = "favorite"\n"spelling" = "favourite"'),
    ('key redefined as table', 'fruit.apple = 1\nfruit.apple.smooth = true'),
    ('table declared twice', '[fruit]\napple = "red"\n\n[fruit]\norange = "orange"'),
    ('table over a dotted-key table', '[fruit]\napple.color = "red"\n\n[fruit.apple]\ntexture = "smooth"'),
    ('dotted key into a declared table', '[product]\ntype.name = "Nail"\n[product.type]\n'),
    ('table over a value', 'a = 1\n[a]'),
    ('array of tables over an array', 'fruits = []\n[[fruits]]'),
    ('table over an array of tables', '[[fruits]]\nname = "apple"\n[fruits]'),
    ('array of tables over a table', '[fruit]\n[[fruit]]'),
    ('extending an inline table', '[product]\ntype = { name = "Nail" }\ntype.edible = false'),
    ('table inside an inline table', '[product]\ntype = { name = "Nail" }\n[product.type.extra]'),
    ('duplicate inline table key', 'point = { x = 1, x = 2 }'),
    ('inline table over its own value', 't = { a = 1, a.b = 2 }'),
    ('newline in an inline table', 't = { a = 1,\n b = 2 }'),
    ('trailing comma in an inline table', 't = { a = 1, }'),
    ('unknown escape', 'str = "a\\qb"'),
    ('backslash-U in a Windows path', 'str = "C:\\Users"'),
    ('short unicode escape', 'str = "\\u00G1"'),
    ('surrogate escape', 'str = "\\uD800"'),
    ('escape out of range', 'str = "\\U00110000"'),
    ('unterminated basic string', 'str = "abc'),
    ('unterminated literal string', "str = 'abc"),
    ('unterminated multi-line string', 'str = """abc\n\ndef'),
    ('unterminated multi-line literal', "str = '''abc\n"),
    ('newline in a basic string', 'str = "abc\ndef"'),
    ('newline in a literal string', "str = 'abc\ndef'\nx = 'y'"),
    ('control character in a string', 'str = "a\x01b"'),
    ('delete character in a literal', "str = 'a\x7fb'"),
    ('control character in a comment', 'a = 1 # bell \x07 here'),
    ('carriage return alone', 'a = 1\rb = 2'),
    ('backslash with text after it', 's = """a \\ b"""'),
    ('leading zero', 'n = 0123'),
    ('leading zero, negative', 'n = -01'),
    ('double underscore', 'n = 1__000'),
    ('trailing underscore', 'n = 1_'),
    ('leading underscore', 'n = _1'),
    ('hex without digits', 'n = 0x'),
    ('uppercase hex prefix', 'n = 0X1F'),
    ('binary digit 2', 'n = 0b102'),
    ('float without leading digit', 'f = .5'),
    ('float without fraction digits', 'f = 1.'),
    ('float with bare exponent', 'f = 1e'),
    ('infinity spelled out', 'f = infinity'),
    ('uppercase boolean', 'b = True'),
    ('invalid date', 'd = 2023-02-30'),
    ('not a leap year', 'd = 2023-02-29T10:00:00Z'),
    ('year zero', 'd = 0000-01-01'),
    ('month 13', 'd = 2023-13-01'),
    ('hour 24', 't = 24:00:00'),
    ('time without seconds', 't = 07:32'),
    ('date-time without seconds', 'd = 1979-05-27T07:32Z'),
    ('missing value', 'key = # comment'),
    ('missing value at the end', 'key ='),
    ('missing equals', 'key "value"'),
    ('missing key', '= "no key"'),
    ('two statements on a line', 'first = "Tom" last = "Preston-Werner"'),
    ('bare key with a dot at the end', 'a. = 1'),
    ('invalid key character', 'k\u00e9y = 1'),
    ('unclosed table header', '[table\nkey = 1'),
    ('unclosed array of tables header', '[[table]\nkey = 1'),
    ('empty table header', '[]'),
    ('unclosed array', 'a = [1, 2'),
    ('array without commas', 'a = [1 2]'),
    ('array with an empty slot', 'a = [1,,2]'),
    ('invalid statement', '@ = 1'),
    ('second line, column in characters', 'a = "\u00e9\u00e9"\nb = "\u00e9\u00e9" c'),
    ('error on the fourth line', '# one\n[t]\nx = 1\nx = 2\ny = 3\n'),
    ('CRLF line endings', 'a = 1\r\nb = 2\r\nb = 3\r\n'),
    ('UTF-8 BOM', '\ufeffa = 1'),
]

for name, doc in BAD:
    try:
        tomllib.loads(doc)
    except tomllib.TOMLDecodeError as e:
        print('%-36s %s' % (name, e))
        assert isinstance(e, ValueError) and e.args == (str(e),)
    else:
        print('%-36s accepted' % name)

e = tomllib.TOMLDecodeError('message')
print(type(e).__name__, isinstance(e, ValueError), issubclass(tomllib.TOMLDecodeError, ValueError), str(e))
try:
    tomllib.loads('a = ')
except ValueError as e:
    print('caught as ValueError:', e)

# load() needs a binary file; loads() needs a str.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'config.toml')
with open(path, 'w') as f:
    f.write('a = 1\n')
with open(path) as f:
    try:
        tomllib.load(f)
    except TypeError as e:
        print('TypeError:', e)
with open(path, 'rb') as f:
    print(tomllib.load(f))
os.remove(path)
os.rmdir(tmp)
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print('TypeError:', e)
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print('TypeError:', e)
try:
    tomllib.load(io.BytesIO(b'a = "\xff"'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

# parse_float may not return a dict or a list.
for result in ({}, []):
    try:
        tomllib.loads('x = 1.5', parse_float=lambda s: result)
    except ValueError as e:
        print('ValueError:', e)
try:
    tomllib.loads('x = 1.5', parse_float=int)
except ValueError as e:
    print('ValueError from parse_float:', type(e).__name__)

# More rules, each document printed with its result or its error: tables
# defined by headers or by dotted keys of an earlier section, arrays of
# tables starting afresh, literal strings looked up to their closing quote
# first, positions inside multi-byte characters, numbers cut short.
MORE = [
    '[a.b]\nx = 1\n[a]\nb.y = 2',
    '[a.b]\n[a]\nb.c.d = 1',
    '[a.b.c]\n[a]\nb.d = 1',
    '[a.b.c]\n[a]\nb.c.d = 1',
    '[[a.b]]\n[a]\nb.x = 1',
    '[t]\na.b.c = 1\n[t.a.b]',
    '[t]\na.b.c = 1\n[t.a.x]',
    '[a]\nb.c = 1\n[x]\n[a.b]',
    '[[a]]\nx.y = 1\n[[a]]\n[a.x]',
    '[[a]]\n[[a.b]]\n[[a]]\n[[a.b]]\n[a.b.c]\n[a.b.c]',
    '[[a.b]]\n[[a]]',
    'a = {}\n[[a]]',
    'a = {b = {}}\n[[a.b.c]]',
    'a = [1]\n[a.b]',
    'a = {b = {}}\na.b.c.d = 1',
    'a = []\na.b = 1',
    'x = { a = {}, a = 1 }',
    'x = { a = 1, a = {} }',
    'x = { a = [], a.b.c = 2 }',
    'x = { a.b = 1, a = 2 }',
    'x = { a = 1 b = 2 }',
    'x = { a = 1\n}',
    'x = { a = 1,',
    'a = 1\n[a',
    '[[a]]\n[a',
    "s = 'ab\x01",
    "s = 'ab\x01' 'c'",
    "s = '''ab\x01''",
    "s = '''a'b''c''''",
    's = """a"b""c"""""',
    's = """a\rb"""',
    'a = 1 # x\ry',
    's = "\\\u2028',
    's = "\u00e9\\q"',
    's = "\\u_123"',
    'a = """\\   \n  \n  x"""',
    'a = """\\ ',
    'a = """\\   """',
    'n = 0x_1',
    'n = 1e_1',
    'n = 1e1e1',
    'n = +0x1',
    'n = -infx',
    't = 23:59:60',
    'd = 1979-05-27T07:32:00+05',
    'd = 1979-05-27T07:32:00.123-01:30',
    'd = 1900-02-29',
    'a = [1 # c\n, 2, # d\n]',
    'a = [,]',
]
for doc in MORE:
    try:
        print(ascii(tomllib.loads(doc)))
    except tomllib.TOMLDecodeError as e:
        print('  ', ascii(str(e)))
try:
    tomllib.loads(42)
except AttributeError as e:
    print('AttributeError:', e)
