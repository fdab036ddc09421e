"""ast.parse on malformed sources: the exception class, message, line and
offset CPython 3.11 reports for the common mistakes."""
import ast

CASES = [
    "x = (1,\n",
    "x = [1, 2\ny = 3\n",
    "x = 1)\n",
    "x = (1]\n",
    "x = 'abc\n",
    'x = """abc\n',
    "a $ b\n",
    "x +\n",
    "if x\n    pass\n",
    "if x:\npass\n",
    "def f():\nreturn 1\n",
    " x = 1\n",
    "if x:\n    a\n  b\n",
    "for x in y:\n    pass\n  else: pass\n",
    "f() = 1\n",
    "1 = x\n",
    "a + 1 = 2\n",
    "None = 3\n",
    "(a, f()) = 1\n",
    "del f()\n",
    "for f() in x: pass\n",
    "x = yield = 3\n",
    "[x for x in y] = 1\n",
    "f(**a, *b)\n",
    "f(a=1, b)\n",
    "f(x for x in y, 1)\n",
    "def f(a=1, b): pass\n",
    "def f(*): pass\n",
    "def f(**k, a): pass\n",
    "x = 1 if 2\n",
    "x: int, y: int = 1, 2\n",
    "(a, b) += 1\n",
    "import a.b as\n",
    "from x import a,\n",
    "class A(:\n    pass\n",
    "try:\n    pass\n",
    "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
    "except ValueError, TypeError:\n",
    "f'{}'\n",
    "f'{x!z}'\n",
    "f'{x'\n",
    "f'}'\n",
    "b'caf\u00e9'\n",
    "'a' b'b'\n",
    "x = (*a)\n",
    "lambda x=1, y: x\n",
    "a.1\n",
    "async = 1\n",
    "print 'x'\n",
    "x = 1 +* 2\n",
    "match x:\n    case 1:\n    pass\n",
    "with open(x) as f\n    pass\n",
    "while True:\n    break\n  x\n",
]

for source in CASES:
    try:
        ast.parse(source, filename='bad.py')
    except SyntaxError as exc:
        print(repr(source), type(exc).__name__, repr(exc.msg), exc.lineno, exc.offset,
              exc.filename)
    else:
        print(repr(source), 'parsed')

# valid sources that look suspicious
for source in ['a = *b,', 'lambda: (yield)', 'await x', 'return 1', 'nonlocal x',
               'break', 'f(*a, *b, **c, **d)', 'x[1:2, *y]', 'print(*a, sep="")',
               'def f(a, /): pass', 'def f(*, a): pass', 'match(x)', 'case = 1',
               'with (a, b) as c: pass', 'async def f(): await x']:
    print(repr(source), type(ast.parse(source).body[0]).__name__)
