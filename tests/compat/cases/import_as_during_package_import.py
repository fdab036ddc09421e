# `import pkg.sub.mod as m` run while pkg.sub is still being imported (a
# submodule importing its sibling, as ruamel.yaml's do): each step is taken
# as `from pkg import sub`, which finds a module still being imported in
# sys.modules (patch 0279); it failed with "module 'pkg' has no attribute
# 'sub'".
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'outer', 'inner'))
    files = {
        'outer/__init__.py': '',
        'outer/inner/__init__.py': 'from outer.inner.scanner import scan\n',
        'outer/inner/tokens.py': 'TOKEN = "tok"\n',
        'outer/inner/scanner.py': ('import outer.inner.tokens as tokens\n'
                                   'def scan():\n    return tokens.TOKEN\n'),
    }
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, d)
    import outer.inner
    import outer.inner.tokens as t
    print(outer.inner.scan(), t.TOKEN, t is sys.modules['outer.inner.tokens'])
    try:
        import outer.inner.nothing as n
    except ImportError as e:
        print(type(e).__name__, e.name)
    sys.path.remove(d)
