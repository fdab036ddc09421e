"""ast.unparse as CPython 3.11 writes it: precedence and parentheses,
quote choice, f-strings, docstrings, blank lines around definitions,
elif chains, and trees built by hand."""
import ast

SNIPPETS = [
    "x = 1, 2", "for x, y in z: pass", "(a, b) = c", "a = (yield)", "x = yield a, b",
    "print((yield))", "f(*args, **kw)", "a[1:2, ::3]", "a[(1, 2)]", "a[()]", "a[b:c, d]",
    "-(-1)", "-x ** 2", "(-x) ** 2", "x ** -y", "(a ** b) ** c", "a ** b ** c",
    "a - (b - c)", "(a - b) - c", "a * (b + c)", "not (a and b)", "(not a) and b",
    "a or b and c", "(a or b) and c", "a or (b or c)", "(a or b) or c",
    "a if b else (c if d else e)", "(a if b else c) if d else e", "lambda: (x := 1)",
    "(x := 1)", "f(x := 1)", "[x := 1, y]", "a < b < c", "(a < b) < c", "a is not b",
    "not a in b", "a not in b", "await x", "(await x) ** 2", "-await x",
    "1 .real", "1.5.real", "(1).real", "x.y.z()", "(a + b).c", "{**a, 'b': 1}",
    "{*a, *b}", "set()", "{1}", "{}", "[*a, *b]", "(*a, *b)", "(1,)", "()",
    "'single'", '"double"', "'it\\'s'", "'both \\' and \"'", "'''tri\"ple'''",
    "'new\\nline'", "'tab\\there'", "b'bytes\\x00'", "u'unicode'", "'\\u00e9\\x7f'",
    "f'{x}'", "f'{x!r:>10}'", "f'{x:{w}.{p}f}'", "f\"{'a'}\"", "f'{x}\\n'",
    "f'{{literal}}'", "f'{ {1: 2}[1] }'", "f'{x=}'", "f'a' 'b' f'{c}'", "f'{\"q\"!s}'",
    "f'''{x}\\n'''", "1e400", "-1e400", "1e400j", "0x10", "1_000", "3.0", "1j", "2+3j",
    "...", "x[...]", "None", "True", "del a, b[1], c.d", "assert x, 'm'",
    "raise", "raise E", "raise E from e", "global a, b", "import a.b.c as d, e",
    "from . import x", "from ..a import (b as c)", "from a import *",
    "x: int", "(x): int = 1", "x.y: int = 1", "x += 1", "x //= y", "x **= 2 ** 3",
    "with a as b, c as (d, e): pass", "with (a, b): pass", "async def f():\n    async with a: pass\n    async for x in y: pass\n    return [z async for z in w]",
    "def f(a, /, b=1, *c, d, e=2, **f) -> int: pass", "def f(*, a): pass",
    "def f(a, b, /): pass", "def f(*a: int, **k: str): pass", "lambda a, /, b, *, c: 0",
    "lambda *a, **k: 0", "lambda: 0", "@a.b(c)\n@d\ndef f(): pass", "class A: pass",
    "class A(B, C, metaclass=M, **kw):\n    '''Doc.'''\n    x = 1\n    def f(self): pass",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "while x:\n    break\nelse:\n    continue",
    "try:\n    pass\nexcept A as e:\n    pass\nexcept (B, C):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* A:\n    pass",
    "match x:\n    case [1, *rest] | {'k': v, **kw}:\n        pass\n    case P(1, y=2) as p if p:\n        pass\n    case (a | b) as c:\n        pass\n    case -1 | 1 + 2j | None | 'a':\n        pass\n    case {**rest}:\n        pass\n    case _:\n        pass",
    "'''Module doc.'''\nimport os\ndef f():\n    '''Function doc\n    more'''\n    return 1\nclass C:\n    pass\nx = 1",
    "def f():\n    'doc with \\'quote\\''\n", "'''doc\"'''", "x = [i for i in range(10) if i % 2 if i]",
    "g = (x for x in y)", "f(x for x in y)", "d = {k: v for k, v in items}", "s = {a for a in b}",
    "[x for y in z for x in y]", "x = a if b else c", "x = (lambda: 1)()", "(lambda: 1)",
    "x = not a", "x = ~a", "x = +a", "x = a @ b", "x = a // b % c", "x = a << b >> c",
    "x = a & b | c ^ d", "nonlocal x", "x = *a, b", "print(*a, sep='')",
]

for src in SNIPPETS:
    try:
        tree = ast.parse(src)
    except SyntaxError as exc:
        print('SyntaxError', src, exc.msg)
        continue
    out = ast.unparse(tree)
    print(out)
    print('---')

# trees built by hand
tree = ast.Module(body=[
    ast.FunctionDef(name='add', args=ast.arguments(posonlyargs=[], args=[ast.arg('a'), ast.arg('b')],
                    kwonlyargs=[], kw_defaults=[], defaults=[ast.Constant(1)]),
                    body=[ast.Return(ast.BinOp(ast.Name('a', ast.Load()), ast.Add(),
                                               ast.BinOp(ast.Name('b', ast.Load()), ast.Mult(),
                                                         ast.Constant(2))))],
                    decorator_list=[], lineno=1),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('x"y\'z')], [])),
    ast.Assign([ast.Name('t', ast.Store())], ast.Tuple([ast.Constant(1)], ast.Load())),
    ast.Expr(ast.BinOp(ast.BinOp(ast.Constant(1), ast.Sub(), ast.Constant(2)), ast.Sub(),
                       ast.BinOp(ast.Constant(3), ast.Sub(), ast.Constant(4)))),
    ast.Expr(ast.Constant(float('inf'))), ast.Expr(ast.Constant(complex(0, float('inf')))),
    ast.Expr(ast.Constant((1, 'a', None))),
    ast.Expr(ast.Set([])),
], type_ignores=[])
print(ast.unparse(ast.fix_missing_locations(tree)))
print(ast.unparse(ast.parse('a + b', mode='eval')))
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.unparse(ast.Name('just_a_name', ast.Load())))
try:
    ast.unparse(ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]))
except ValueError as exc:
    print('ValueError', exc)
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name('x', ast.Load())))
except ValueError as exc:
    print('ValueError', exc)

# round trip: parse(unparse(tree)) gives the same tree
src = open(__file__).read()
tree = ast.parse(src)
again = ast.parse(ast.unparse(tree))
print(ast.dump(tree) == ast.dump(again), len(ast.unparse(tree).splitlines()))
