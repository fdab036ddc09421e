# tomllib on valid TOML 1.0: every kind of key, string, number, date-time,
# array and table, a pyproject.toml, load() from binary files, parse_float.
# Values are printed with ascii() (pywasm's repr escapes non-ASCII text).
import io
import os
import tempfile
import tomllib
from datetime import date, datetime, time, timedelta, timezone


def show(title, doc, **kw):
    d = tomllib.loads(doc, **kw)
    print('--', title, type(d).__name__)
    for k, v in d.items():
        print('  ', ascii(k), '=', ascii(v))
    return d


# The example from toml.io.
spec = show('spec example', '''\
# This is a TOML document

title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"
''')
dob = spec['owner']['dob']
print(dob.isoformat(), dob.utcoffset(), dob.tzname(), dob.tzinfo == timezone(timedelta(hours=-8)))

show('keys', '''
bare_key = 1
bare-key = 2
1234 = 3
"127.0.0.1" = "quoted"
"character encoding" = "value"
"\u0281\u00e9" = "unicode key"
'key2' = "literal key"
'quoted "value"' = "value"
"" = "empty key"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
fruit . flavor   =   "banana"
3.14159 = "pi"
a.b.c.d = 4
a.b.e = 5
''')

show('strings', r'''
basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
all_escapes = "\b|\t|\n|\f|\r|\"|\\|\u0041|\U0001F600|\u00e9"
empty = ""
multi = """
Roses are red
Violets are blue"""
folded = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
folded2 = """The quick brown \


  fox jumps over \
    the lazy dog."""
trailing_ws = """a \   
   b"""
quotes = """Here are two quotation marks: "". Simple enough."""
three = """Here are three quotation marks: ""\"."""
fifteen = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
four_end = """"This," she said, "is just a pointless statement.""""
five_end = """ab"""""
tab = "a	b"
ml_tab = """a	b"""
''')

show('literal strings', r"""
winpath = 'C:\Users\nodejs\templates'
winpath2 = '\\ServerX\admin$\system32\'
quoted = 'Tom "Dubs" Preston-Werner'
regex = '<\i\c*\s*>'
regex2 = '''I [dw]on't need \d{2} apples'''
lines = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
lit_quotes = '''Here are fifteen quotation marks: QQQQQQQQQQQQQQQ'''
lit_end = ''''That,' she said, 'is still pointless.''''
tab = 'a	b'
ml_tab = '''a	b'''
""".replace('Q', '"'))

show('integers', '''
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
int7 = 53_49_221
int8 = 1_2_3_4_5
zero = [+0, -0, 0]
hex1 = 0xDEADBEEF
hex2 = 0xdeadbeef
hex3 = 0xdead_beef
hex4 = 0x00ff
oct1 = 0o01234567
oct2 = 0o755
oct3 = 0o7_5_5
bin1 = 0b11010110
bin2 = 0b1_0
big = 9_223_372_036_854_775_807
bigger = 123456789012345678901234567890
neg_big = -9223372036854775808
''')

d = show('floats', '''
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
flt9 = 1e1_0
flt10 = 0.0
flt11 = -0.0
flt12 = +0.0
flt13 = 0e0
flt14 = 1.5E+3
flt15 = 9_007_199_254_740_993.0
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
''')
print(d['sf4'] != d['sf4'], d['sf1'] > 1e308, d['flt11'], type(d['flt13']).__name__)

show('booleans', '''
t = true
f = false
both = [true, false]
''')

d = show('date-times', '''
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27t07:32:00z
odt6 = 2024-02-29T23:59:59+05:30
odt7 = 1979-05-27T07:32:00+00:00
odt8 = 1979-05-27T07:32:00-00:00
odt9 = 1979-05-27T07:32:00.5+14:00
odt10 = 1979-05-27T07:32:00.123456789-23:59
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ldt3 = 0001-01-01 00:00:00.1
ld1 = 1979-05-27
ld2 = 9999-12-31
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 23:59:59.1234567
lt4 = 00:00:00.05
dates = [1979-05-27, 07:32:00, 1979-05-27T07:32:00Z]
''')
for k in ('odt1', 'odt2', 'odt6', 'odt7', 'odt8', 'odt10', 'ldt1', 'ld1', 'lt3'):
    v = d[k]
    extra = (v.utcoffset(), v.tzinfo is timezone.utc) if isinstance(v, datetime) else ()
    print('  ', k, type(v).__name__, v.isoformat(), str(v), *extra)
print(d['odt1'] == datetime(1979, 5, 27, 7, 32, tzinfo=timezone.utc), d['odt1'] == d['odt4'] == d['odt5'])
print(d['odt2'] - d['odt1'], d['odt2'].astimezone(timezone.utc))
print(isinstance(d['ld1'], date), isinstance(d['lt1'], time), d['ldt1'].tzinfo)

show('arrays', '''
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green" ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', """are the same""", \'\'\'type\'\'\' ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
]
integers2 = [
  1, 2, 3
]
integers3 = [
  1,
  2, # this is ok
]
comments = [ # start
  # alone
  1, # one
  # between
  2 # two
  , # comma on its own line
  # end
] # after
empty = []
empty_ws = [

]
deep = [[[[[]]]], [[{}]]]
trailing = [1,2,]
''')

show('inline tables', '''
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}
nested = { a = { b = { c = 1 } }, d = [ { e = 2 }, {} ] }
dotted = { a.b = 1, a.c = 2, "q".'r' = 3 }
spaces = {    k    =    "v"    }
arr_of_inline = [ { x = 1 }, { x = 2 } ]
''')

show('tables', '''
[table-1]
key1 = "some string"
key2 = 123

[table-2]
key1 = "another string"
key2 = 456

[dog."tater.man"]
type.name = "pug"

[a.b.c]
[ d.e.f ]
[ g .  h  . i ]
[ j . "\u0281" . 'l' ]

# super-table defined after its sub-table
[x.y.z.w]
[x]

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[product]
type = { name = "Nail" }
''')

show('arrays of tables', '''
[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[[a.b]]
x = 1
[a.b.c]
y = 2
[[a.b]]
x = 3
''')

show('comments and whitespace', '''# full-line comment
\t  # indented comment
key = "value"  # end-of-line comment
another = "# not a comment"
tabs\t=\t"tabbed"\t# tabbed
comment_chars = 1 # é ü \u00e9 \t and a tab:\there

# comment at the end without newline''')

# CRLF line endings, also inside multi-line strings and after a
# line-ending backslash.
show('crlf', 'a = 1\r\n[t]\r\nb = """x\r\ny"""\r\nc = \'\'\'p\r\nq\'\'\'\r\nd = """one \\\r\n   two"""\r\n\r\n# c\r\ne = [\r\n 1,\r\n 2,\r\n]\r\n')

show('empty documents', '')
show('only whitespace', '\n\n   \t\n# nothing\n')

pyproject = '''\
[build-system]
requires = ["setuptools>=61.0", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "example-package"
version = "0.4.2"
description = "A small example package"
readme = "README.md"
requires-python = ">=3.8"
license = { text = "MIT" }
authors = [
  { name = "A. Person", email = "a.person@example.com" },
  { name = "José Müller" },
]
keywords = ["example", "toml", "packaging"]
classifiers = [
    "Programming Language :: Python :: 3",
    "License :: OSI Approved :: MIT License",
    "Operating System :: OS Independent",
]
dependencies = [
    "requests>=2.28,<3",
    'tomli>=1.1.0; python_version < "3.11"',
]
dynamic = []

[project.optional-dependencies]
dev = ["pytest>=7", "black==23.1.0", "mypy"]
docs = []

[project.urls]
Homepage = "https://example.com"
"Bug Tracker" = "https://example.com/issues"

[project.scripts]
example-cli = "example_package.cli:main"

[tool.setuptools.packages.find]
where = ["src"]
include = ["example_package*"]

[tool.black]
line-length = 100
target-version = ['py38', 'py39', 'py310', 'py311']
include = '\\.pyi?$'
extend-exclude = \'\'\'
/(
  | build
  | dist
)/
\'\'\'

[tool.pytest.ini_options]
minversion = "7.0"
addopts = "-ra -q"
testpaths = ["tests", "integration"]
filterwarnings = [
    "error",
    'ignore:.*deprecated.*:DeprecationWarning',
]

[tool.mypy]
strict = true
python_version = "3.11"
exclude = ["build/", "docs/"]

[[tool.mypy.overrides]]
module = ["yaml.*", "requests.*"]
ignore_missing_imports = true

[[tool.mypy.overrides]]
module = "example_package.legacy"
disallow_untyped_defs = false

[tool.coverage.run]
branch = true
source = ["example_package"]
omit = ["*/tests/*"]

[tool.coverage.report]
exclude_lines = ["pragma: no cover", "if TYPE_CHECKING:"]
fail_under = 92.5
'''
p = show('pyproject.toml', pyproject)
proj = p['project']
print(proj['name'], proj['version'], proj['requires-python'], proj['license']['text'])
print([a['name'] for a in proj['authors']] == ['A. Person', 'Jos\u00e9 M\u00fcller'])
print(sorted(proj['optional-dependencies']), p['tool']['black']['include'], p['tool']['coverage']['report']['fail_under'])
for o in p['tool']['mypy']['overrides']:
    print('  override', o['module'], sorted(o))
print(type(p['tool']).__name__, type(proj['authors']).__name__, type(proj['authors'][0]).__name__)

# load() reads bytes from a binary file.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'pyproject.toml')
with open(path, 'wb') as f:
    f.write(pyproject.encode())
with open(path, 'rb') as f:
    loaded = tomllib.load(f)
print(loaded == p, loaded['project']['authors'][1]['name'] == 'Jos\u00e9 M\u00fcller')
print(tomllib.load(io.BytesIO(b'x = 1\r\ny = "\xc3\xa9"\n')) == {'x': 1, 'y': '\u00e9'})
print(tomllib.load(io.BytesIO(b'')), tomllib.loads(''))
os.remove(path)
os.rmdir(tmp)

# parse_float: called with the float's text as written (underscores kept),
# not with integers; also for inf and nan.
seen = []


def keep(text):
    seen.append(text)
    return 'float:' + text


d = tomllib.loads('a = 1.5\nb = 1_000.000_1\nc = 10\nd = -inf\ne = nan\nf = 6e-1_0\ng = [0.1, 2]\n', parse_float=keep)
print(sorted(d.items()))
print(seen)
print(tomllib.loads('x = 0.1', parse_float=str), tomllib.loads('x = 3.25', parse_float=float))


class Money:
    def __init__(self, text):
        self.cents = int(text.replace('.', '').replace('_', ''))

    def __repr__(self):
        return 'Money(%d)' % self.cents


print(tomllib.loads('price = 12.50\nlist = [1.05, 2_000.00]', parse_float=Money))
print(tomllib.__name__, sorted(tomllib.__all__))
