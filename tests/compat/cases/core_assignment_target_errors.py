# What cannot be assigned to or deleted is named as CPython names it, with
# its '==' hint where CPython gives one (patch 0313).
cases = [
    'f() = 1\n', '1 = x\n', 'a + 1 = 2\n', 'for f() in x: pass\n', '(a, b) += 1\n', 'f() += 1\n',
    'del f()\n', 'del 1\n', 'with x as f(): pass\n', 'None = 1\n', 'True = 1\n', 'lambda: 1 = 2\n',
    '[x for x in y] = 1\n', 'a if b else c = 1\n', 'x.y() = 1\n', "'s' = 1\n", '*a = 1\n',
    'a, *b, *c = x\n', 'x = f() = 3\n', '(yield) = 1\n', '[a, f()] = 1, 2\n', 'f(x=1, 2)\n',
    'x = {1: 2, 3}\n', 'f(a for a in b, c)\n', 'f() = lambda: 0\n', 'not a = 1\n', 'a < b = 1\n',
    '(x for x in y) = 1\n', '{} = 1\n', '{1, 2} = 3\n', 'x.y += 1\n', 'x[0] = 1\n', 'a, b = 1, 2\n',
    'del (a, b), c[0], d.e\n',
]
for src in cases:
    try:
        compile(src, 'f.py', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno)
