# imp (still in CPython 3.11, deprecated) loads a second copy of a module
# under another name, as ansiwrap does with textwrap3; pkgutil.get_importer
# gives a finder per path entry (lml, pyexcel's plugin loader).
import os
import pkgutil
import shutil
import sys
import tempfile
import warnings

with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    import imp

base = tempfile.mkdtemp()
try:
    with open(os.path.join(base, 'plainmod.py'), 'w') as f:
        f.write('VALUE = 41\ndef bump():\n    return VALUE + 1\n')
    os.mkdir(os.path.join(base, 'pkgdir'))
    with open(os.path.join(base, 'pkgdir', '__init__.py'), 'w') as f:
        f.write('NAME = "pkg"\n')
    sys.path.insert(0, base)
    fh, path, desc = imp.find_module('plainmod')
    print(os.path.basename(path), desc, fh is not None)
    m = imp.load_module('plain_copy', fh, path, desc)
    print(m.__name__, m.bump(), sys.modules['plain_copy'] is m, fh.closed)
    fh, path, desc = imp.find_module('pkgdir')
    print(fh, os.path.basename(path), desc)
    pk = imp.load_module('pkg_copy', fh, path, desc)
    print(pk.NAME, pk.__name__)
    s = imp.load_source('src_copy', os.path.join(base, 'plainmod.py'))
    print(s.VALUE, imp.new_module('fresh').__name__, imp.get_magic(), imp.get_tag())
    print(imp.PY_SOURCE, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.is_builtin('no_such_module_here'))
    try:
        imp.find_module('no_such_module_here')
    except ImportError as e:
        print('ImportError', e, e.name)

    finder = pkgutil.get_importer(base)
    print(type(finder).__name__, finder is pkgutil.get_importer(base), hasattr(finder, 'find_spec'))
    print(pkgutil.get_importer(os.path.join(base, 'missing')), hasattr(finder, 'toc'))
finally:
    sys.path.remove(base)
    for name in ('plain_copy', 'pkg_copy', 'src_copy'):
        sys.modules.pop(name, None)
    shutil.rmtree(base)
