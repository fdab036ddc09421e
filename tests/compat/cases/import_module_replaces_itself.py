# A module that puts another object in its place in sys.modules while it
# runs (pygments.lexers' lazy module, a "callable module") is what the
# import gives, also to `from ... import` and on its parent package
# (patch 0281).
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'lazypkg'))
    files = {
        'lazypkg/__init__.py': '',
        'lazypkg/lexers.py': (
            'import sys, types\n'
            'class _Lazy(types.ModuleType):\n'
            '    def __getattr__(self, name):\n'
            '        if name.endswith("Lexer"):\n'
            '            value = type(name, (), {"lang": name[:-5].lower()})\n'
            '            setattr(self, name, value)\n'
            '            return value\n'
            '        raise AttributeError(name)\n'
            'old = sys.modules[__name__]\n'
            'new = sys.modules[__name__] = _Lazy(__name__)\n'
            'new.__dict__.update(old.__dict__)\n'),
        'callmod.py': (
            'import sys\n'
            'class _Callable:\n'
            '    def __call__(self, x):\n'
            '        return x * 2\n'
            '    version = "1.0"\n'
            'sys.modules[__name__] = _Callable()\n'),
    }
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, d)
    from lazypkg.lexers import PythonLexer, RustLexer
    import lazypkg.lexers
    import lazypkg
    print(PythonLexer.lang, RustLexer.lang, type(lazypkg.lexers).__name__, lazypkg.lexers is sys.modules['lazypkg.lexers'])
    import callmod
    print(callmod(21), callmod.version, type(callmod).__name__)
    sys.path.remove(d)
