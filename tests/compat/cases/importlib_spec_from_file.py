# The "load a .py file as a module" recipe of importlib.util end to end:
# spec_from_file_location, module_from_spec, sys.modules registration by the
# caller, exec_module; the module's attributes and spec; errors raised inside
# the loaded file (traceback's last frame with file, line, source line), a
# SyntaxError in it, an extensionless script through SourceFileLoader,
# find_spec, decode_source and the cache path helpers.
import importlib.util
import importlib.machinery
import os
import sys
import tempfile
import traceback


def tail(d):
    # The last frame and the error, with the temp dir's name taken out.
    return [line.replace(d, '<D>') for line in traceback.format_exc().splitlines()[-3:]]


with tempfile.TemporaryDirectory() as d:
    plugin = os.path.join(d, 'plugin_file.py')
    with open(plugin, 'w') as f:
        f.write('"""A plugin."""\nimport os\nNAME = __name__\nFILE = os.path.basename(__file__)\n'
                'def hello(who):\n    return "hello %s from %s" % (who, NAME)\n\n'
                'def fail(n):\n    if n > 1:\n        raise KeyError("deep %d" % n)\n    return fail(n + 1)\n'
                'class Thing:\n    pass\n')
    spec = importlib.util.spec_from_file_location('my_plugin', plugin)
    print(spec.name, spec.origin == plugin, spec.has_location, spec.parent == '', spec.submodule_search_locations)
    print(type(spec.loader).__name__, spec.loader.name, spec.loader.path == plugin,
          os.path.basename(spec.cached), os.path.basename(os.path.dirname(spec.cached)))
    module = importlib.util.module_from_spec(spec)
    print(sorted(module.__dict__), module.__name__, module.__spec__ is spec, module.__loader__ is spec.loader)
    print(repr(module).replace(d, '<D>'), module.__file__ == plugin)
    print('my_plugin' in sys.modules)
    sys.modules['my_plugin'] = module
    spec.loader.exec_module(module)
    print(module.__doc__, module.NAME, module.FILE, module.hello('ci'), module.Thing.__module__)
    import my_plugin
    print(my_plugin is module, importlib.import_module('my_plugin') is module)
    try:
        module.fail(0)
    except KeyError:
        print(tail(d))

    # an error while the file runs propagates out of exec_module
    broken = os.path.join(d, 'broken_file.py')
    with open(broken, 'w') as f:
        f.write('x = 1\n\nif x:\n    raise LookupError("stopped at load")\n')
    spec2 = importlib.util.spec_from_file_location('broken_file', broken)
    m2 = importlib.util.module_from_spec(spec2)
    try:
        spec2.loader.exec_module(m2)
    except LookupError as e:
        print('LookupError', e, m2.x, tail(d))

    bad = os.path.join(d, 'bad_syntax.py')
    with open(bad, 'w') as f:
        f.write('a = 1\nb = = 2\n')
    spec3 = importlib.util.spec_from_file_location('bad_syntax', bad)
    try:
        spec3.loader.exec_module(importlib.util.module_from_spec(spec3))
    except SyntaxError as e:
        print('SyntaxError', os.path.basename(e.filename), e.lineno)

    # a package's __init__.py
    os.makedirs(os.path.join(d, 'apkg'))
    init = os.path.join(d, 'apkg', '__init__.py')
    with open(init, 'w') as f:
        f.write('P = __name__\n')
    ps = importlib.util.spec_from_file_location('apkg', init)
    print(ps.parent, [p == os.path.join(d, 'apkg') for p in ps.submodule_search_locations])
    pm = importlib.util.module_from_spec(ps)
    ps.loader.exec_module(pm)
    print(pm.P, pm.__path__ == ps.submodule_search_locations, sorted(pm.__dict__)[:4])

    # a script without .py: no loader by suffix, so SourceFileLoader by hand
    script = os.path.join(d, 'my-tool')
    with open(script, 'w') as f:
        f.write('# -*- coding: utf-8 -*-\nTOOL = "tool \u00e9"\n')
    print(importlib.util.spec_from_file_location('my_tool', script))
    loader = importlib.machinery.SourceFileLoader('my_tool', script)
    ts = importlib.util.spec_from_loader('my_tool', loader)
    tm = importlib.util.module_from_spec(ts)
    loader.exec_module(tm)
    print(tm.TOOL, ts.origin == script, ts.has_location, ts.cached, loader.is_package('my_tool'))
    print(loader.get_source('my_tool').splitlines()[1], loader.get_data(script)[:5])
    try:
        loader.get_filename('other')
    except ImportError as e:
        print(type(e).__name__, e)
    missing = os.path.join(d, 'missing.py')
    ms = importlib.util.spec_from_file_location('missing', missing)
    try:
        ms.loader.exec_module(importlib.util.module_from_spec(ms))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename == missing)

    # find_spec
    sys.path.insert(0, d)
    print(importlib.util.find_spec('case_surely_missing_mod'))
    fs = importlib.util.find_spec('apkg')
    print(fs.name, fs.origin == init, fs.submodule_search_locations == [os.path.join(d, 'apkg')])
    print(importlib.util.find_spec('apkg.nope'), importlib.util.find_spec('.nope', 'apkg'))
    print(importlib.util.find_spec('my_plugin') is spec, importlib.util.find_spec('broken_file').origin == broken)
    print(importlib.machinery.PathFinder.find_spec('plugin_file').origin == plugin)
    try:
        importlib.util.find_spec('plugin_file.x')
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
    sys.path.remove(d)
    for k in ('my_plugin', 'apkg', 'plugin_file'):
        sys.modules.pop(k, None)

print(importlib.util.decode_source(b'# coding: latin-1\nx = "\xe9"\r\ny = 1\r\n'))
print(importlib.util.cache_from_source('/a/b/c.py'), importlib.util.source_from_cache('/a/b/__pycache__/c.cpython-311.pyc'))
print(importlib.util.MAGIC_NUMBER, importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
ns = importlib.machinery.ModuleSpec('a.b', None)
print(ns, ns.parent, ns.origin, ns.cached, ns.has_location, ns == importlib.machinery.ModuleSpec('a.b', None))
print(importlib.machinery.ModuleSpec('a', None, origin='o', is_package=True))
print(importlib.util.spec_from_loader('q', None))
