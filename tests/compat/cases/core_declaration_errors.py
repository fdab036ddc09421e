# A global or nonlocal declaration of a name its scope already has is
# refused with CPython's texts (patch 0317).
cases = [
    'def f():\n    x = 1\n    global x\n',
    'def f(x):\n    global x\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal y\n',
    'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
    'def f(a):\n    def g(a):\n        nonlocal a\n',
    'def f():\n    print(x)\n    global x\n',
    'x = 1\nglobal x\n',
    'class C:\n    x = 1\n    global x\n',
    'def f():\n    global x\n    global x\n    x = 1\n',
]
for src in cases:
    try:
        compile(src, 'f.py', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno)
try:
    compile('def f():\n    global x\n    nonlocal x\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg)  # CPython names the first declaration's line, pywasm the second's
