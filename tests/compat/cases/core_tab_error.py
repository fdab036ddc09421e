# Indentation that mixes tabs and spaces inconsistently is CPython's TabError,
# and indentation errors name the offending line (patch 0315).
cases = ['def f():\n\treturn 1\n        pass\n', 'if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n', 'if x:\n        a\n\tb\n',
         'if x:\n    a\n\tb\n', 'if x:\n\ta\n    \tb\n', 'if x:\n  \ta\n\tb\n', 'class C:\n\tdef f(self):\n\t\treturn [1,\n   2]\n',
         'if x:\n\ta = """\n  text\n"""\n\tb\n', 'if x:\n\t# c\n  # d\n\ta\n', 'if 1:\n\tpass\nelse:\n    pass\n', 'if x:\n\ta\n\n        \n\tb\n',
         'def f():\n\tif x:\n\t\ty\n        z\n']
for src in cases:
    try:
        compile(src, 'f.py', 'exec')
        print(repr(src), 'OK')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
for src in ['if 1:\n    a = 1\n  b = 2\n', 'if 1:\n\ta = 1\n  b = 2\n']:
    try:
        compile(src, 'g.py', 'exec')
    except IndentationError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
