# Errors the compiler finds after parsing carry their file and line, as the
# parser's do, with CPython's texts (patch 0312).
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
