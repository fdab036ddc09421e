# Errors the compiler finds after parsing carry their file and line, as the
# parser's do, with CPython's texts (patches 0312, 0314).
cases = [
    'x = 1\nbreak\n',
    'while 1:\n    def f():\n        continue\n',
    'for a in b:\n    class C:\n        break\n',
    'f(*a, **k, *b)\n',
    'f(**k, x)\n',
    'yield 1\n',
    'await x\n',
    'x = 1\nnonlocal y\n',
    'def f(a, a): pass\n',
    'def g():\n    return 1\nreturn 5\n',
    'lambda: (yield)\nbreak\n',
    'x = 0777\n',
    'y = 09\n',
    'f(a=1, a=2)\n',
    'f(x, a=1, *y, b=2,\n  a=3)\n',
    'f(a.b=1)\n',
    'f(1)(a=1)(a=2)\n',
]
for src in cases:
    try:
        compile(src, 'f.py', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.filename, str(e))
try:
    exec('for i in range(2):\n    pass\ncontinue\n')
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename)
