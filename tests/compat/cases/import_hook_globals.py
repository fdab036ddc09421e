# An import hook installed as builtins.__import__ (patch 0320): it gets the
# importing code's globals, so relative imports through it resolve against
# the right module; `from package import sub` is one call with the
# fromlist; mock-style blocking of one name works. And `from x import sub`
# on a ModuleType subclass put in sys.modules, whose __getattr__ refuses the
# name, imports the submodule as it does for a module.
import builtins
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    files = {
        'hookpkg/__init__.py': 'from . import sub\nfrom .sub import X\nfrom .inner.deep import Y\n',
        'hookpkg/sub.py': 'X = 1\n',
        'hookpkg/inner/__init__.py': '',
        'hookpkg/inner/deep.py': 'from ..sub import X\nY = X + 1\n',
        'flatpkg/__init__.py': '',
        'flatpkg/leaf.py': 'VALUE = "leaf"\n',
        'lazy/__init__.py': (
            'import sys, types\n'
            'class _Auto(types.ModuleType):\n'
            '    def __getattr__(self, name):\n'
            '        raise AttributeError(name)\n'
            'new = _Auto(__name__)\n'
            'new.__dict__.update(sys.modules[__name__].__dict__)\n'
            'sys.modules[__name__] = new\n'),
        'lazy/part.py': 'ANSWER = 42\n',
    }
    for name, text in files.items():
        os.makedirs(os.path.join(d, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, d)

    seen = []
    original = builtins.__import__

    def tracing(name, globals=None, locals=None, fromlist=(), level=0):
        if name.startswith(('hookpkg', 'flatpkg')) or level:
            seen.append((name, fromlist, level, type(globals).__name__,
                         globals.get('__name__') if isinstance(globals, dict) else None))
        return original(name, globals, locals, fromlist, level)

    builtins.__import__ = tracing
    try:
        import hookpkg
        from flatpkg import leaf
    finally:
        builtins.__import__ = original
    print(hookpkg.X, hookpkg.Y, leaf.VALUE)
    for call in seen:
        print(call)

    def blocking(name, *args, **kwargs):
        if name == 'json':
            raise ImportError('blocked for the test')
        return original(name, *args, **kwargs)

    saved = sys.modules.pop('json', None)
    builtins.__import__ = blocking
    try:
        import json
    except ImportError as e:
        print('ImportError', e)
    finally:
        builtins.__import__ = original
        if saved is not None:
            sys.modules['json'] = saved

    from lazy import part
    print(part.ANSWER, type(sys.modules['lazy']).__name__, sys.modules['lazy'].part is part)
    try:
        from lazy import missing
    except ImportError as e:
        print(type(e).__name__, str(e).split(' (')[0])
    sys.path.remove(d)
