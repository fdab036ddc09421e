# `from m import x` where m's module-level __getattr__ raises AttributeError is
# an ImportError; a missing module attribute names the module (patch 0154).
import os
import sys
import tempfile


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        # the file in parentheses differs between interpreters
        print(type(e).__name__, str(e).split(' (')[0])


def imp(s):
    def f():
        exec(s, {})
        return 'ok'
    return f


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'casegm.py'), 'w') as f:
        f.write('def __getattr__(n):\n    if n == "dyn": return 42\n'
                '    raise AttributeError(f"module {__name__!r} has no attribute {n!r}")\nx = 1\n')
    os.makedirs(os.path.join(d, 'casegpk'))
    with open(os.path.join(d, 'casegpk', '__init__.py'), 'w') as f:
        f.write('def __getattr__(n):\n    raise AttributeError(n)\n')
    with open(os.path.join(d, 'casegpk', 'sub.py'), 'w') as f:
        f.write('y = 7\n')
    sys.path.insert(0, d)
    t(imp('from casegm import x'))
    t(imp('from casegm import dyn'))
    t(imp('from casegm import nope'))
    t(imp('from os import nope'))
    t(imp('from json import nope'))
    t(imp('from casegpk import sub; print(sub.y)'))
    t(imp('from casegpk import nosub'))
    import casegm
    t(lambda: casegm.nope)
    sys.path.remove(d)
t(lambda: os.nope)
t(lambda: sys.nope)
t(lambda: getattr(os, 'nope'))
t(lambda: hasattr(os, 'nope'))
t(lambda: getattr(os, 'nope', 5))
