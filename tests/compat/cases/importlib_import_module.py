# importlib.import_module with absolute and relative names on a package
# written to a temp dir, CPython's error types/messages/.name for bad names,
# resolve_name, reload() re-running a changed file in the same module object,
# reload's errors, invalidate_caches, and importlib.util after `import importlib`.
import importlib
import os
import sys
import tempfile

from importlib import metadata, resources, machinery
print(metadata.__name__, resources.__name__, machinery.__name__, importlib.util.__name__)
print(importlib.util.resolve_name('.x', 'a.b'), importlib.util.resolve_name('..x', 'a.b'),
      importlib.util.resolve_name('x', None), importlib.util.resolve_name('.', 'a'))
for args in [('.x', None), ('...x', 'a.b')]:
    try:
        importlib.util.resolve_name(*args)
    except ImportError as e:
        print('resolve_name', args, type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'casepk', 'sub'))
    with open(os.path.join(d, 'casepk', '__init__.py'), 'w') as f:
        f.write('V = "casepk"\nLOADS = []\n')
    with open(os.path.join(d, 'casepk', 'sub', '__init__.py'), 'w') as f:
        f.write('from .. import V\nW = V + ".sub"\n')
    with open(os.path.join(d, 'casepk', 'sub', 'leaf.py'), 'w') as f:
        f.write('from . import W\nfrom .. import LOADS\nLOADS.append(1)\nLEAF = W + ".leaf"\ncounter = 0\n')
    with open(os.path.join(d, 'casepk', 'broken.py'), 'w') as f:
        f.write('import casepk_missing_dependency\n')
    sys.path.insert(0, d)

    leaf = importlib.import_module('casepk.sub.leaf')
    print(leaf.LEAF, leaf.__name__, 'casepk.sub.leaf' in sys.modules, 'casepk.sub' in sys.modules)
    print(importlib.import_module('.leaf', 'casepk.sub') is leaf)
    print(importlib.import_module('..sub', 'casepk.sub').W)
    print(importlib.import_module('.', 'casepk').V)
    print(importlib.import_module('casepk') is sys.modules['casepk'])
    print(importlib.__import__('casepk.sub.leaf').V, __import__('casepk.sub', None, None, ['W']).W)

    bad = [('.x',), ('..x', None), ('.x', ''), ('',), ('.x', 5), ('..x', 'casepk'),
           ('casepk_nosuch',), ('casepk.nosuch',), ('casepk.nosuch.deeper',),
           ('casepk.sub.leaf.x',), ('sys.x',), ('os.path.x',), ('casepk.broken',)]
    for args in bad:
        try:
            importlib.import_module(*args)
            print(args, 'imported?')
        except Exception as e:
            print(args, type(e).__name__, '|', e, '|', getattr(e, 'name', None) if isinstance(e, ImportError) else '-')
    print('casepk.broken' in sys.modules)

    sys.modules['casepk_halted'] = None
    try:
        importlib.import_module('casepk_halted')
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
    del sys.modules['casepk_halted']

    # reload re-runs the file in the same namespace
    leaf.counter = 41
    leaf.extra = 'kept'
    with open(os.path.join(d, 'casepk', 'sub', 'leaf.py'), 'w') as f:
        f.write('from . import W\nfrom .. import LOADS\nLOADS.append(2)\nLEAF = W + ".leaf2"\n')
    importlib.invalidate_caches()
    again = importlib.reload(leaf)
    print(again is leaf, leaf.LEAF, leaf.counter, leaf.extra, sys.modules['casepk'].LOADS)
    print(importlib.reload(sys) is sys)
    for arg in (5, 'casepk'):
        try:
            importlib.reload(arg)
        except TypeError as e:
            print('reload', type(e).__name__, e)
    del sys.modules['casepk.sub.leaf']
    try:
        importlib.reload(leaf)
    except ImportError as e:
        print('reload', type(e).__name__, e, e.name)
    sys.path.remove(d)
    for k in [k for k in sys.modules if k.startswith('casepk')]:
        del sys.modules[k]
print('done')
