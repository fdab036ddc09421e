# runpy: run_path of a file and a directory, run_module of a module and a
# package, the globals they return, sys.argv[0] and sys.modules while the
# code runs, and the ImportErrors.
import os
import runpy
import shutil
import sys

TMP = '_tmp_runpy'


def write(rel, text):
    path = os.path.join(TMP, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path


SCRIPT = '''
import sys
seen = {'name': __name__, 'argv0': sys.argv[0].replace('\\\\', '/').rsplit('/', 1)[-1],
        'in_modules': getattr(sys.modules.get(__name__), 'marker', None) == 'm'}
marker = 'm'
seen['in_modules_after'] = getattr(sys.modules.get(__name__), 'marker', None) == 'm'
result = (given if 'given' in globals() else 0) * 2
def helper():
    return 'helper of ' + __name__
if __name__ == '__main__':
    print('running as main')
'''


def summary(g, keys=('__name__', '__package__', '__doc__', '__cached__', '__loader__', '__spec__')):
    out = {}
    for k in keys:
        v = g.get(k, 'MISSING')
        out[k] = v if v is None or isinstance(v, str) else type(v).__name__
    if out['__cached__']:
        out['__cached__'] = out['__cached__'].replace('\\', '/').rsplit('/', 2)[-2:]
    return out


os.mkdir(TMP)
sys.path.insert(0, os.path.abspath(TMP))
try:
    path = write('script.py', SCRIPT)
    argv0 = sys.argv[0]
    g = runpy.run_path(path)
    print(g['seen'], g['result'], g['helper']())
    print(summary(g), g['__file__'] == path)
    print(sys.argv[0] == argv0, '<run_path>' in sys.modules)
    print(sorted(k for k in g if not k.startswith('__')))
    g = runpy.run_path(path, init_globals={'given': 21, '__name__': 'ignored'}, run_name='__main__')
    print(g['seen'], g['result'], summary(g)['__name__'])
    g = runpy.run_path(path, run_name='pkg.sub')
    print(g['__name__'], repr(g['__package__']))

    write('app/__main__.py', 'import sys\nprint("app main", __name__)\nwhere = __file__.rsplit("/", 1)[-1]\n')
    g = runpy.run_path(os.path.join(TMP, 'app'))
    print(g['where'], g['__name__'], g['__spec__'].name, os.path.join(TMP, 'app') in sys.path)

    write('plainmod.py', SCRIPT)
    g = runpy.run_module('plainmod')
    print(g['seen'], summary(g), os.path.basename(g['__file__']))
    print(g['__spec__'].name, g['__spec__'].origin == g['__file__'])
    g = runpy.run_module('plainmod', run_name='__main__', init_globals={'given': 5})
    print(g['seen'], g['result'])
    g = runpy.run_module('plainmod', alter_sys=True)
    print(g['seen'], 'plainmod' in sys.modules)

    write('tool/__init__.py', 'print("tool package imported")\n')
    write('tool/__main__.py', 'print("tool main", __name__, __package__)\n')
    write('tool/cli.py', 'print("tool.cli", __name__, __package__)\nx = 3\n')
    g = runpy.run_module('tool', run_name='__main__')
    print(g['__spec__'].name)
    g = runpy.run_module('tool.cli')
    print(g['x'], g['__name__'], g['__package__'])

    write('nomain/__init__.py', '')
    for bad in ['no_such_module_xyz', '.relative', 'nomain', 'no_such_module_xyz.py', 'plainmod.inner']:
        try:
            runpy.run_module(bad)
        except ImportError as e:
            print('ImportError:', e)
    try:
        runpy.run_path(os.path.join(TMP, 'missing.py'))
    except OSError as e:
        print(type(e).__name__, e.errno)
    write('broken.py', 'value = 1\nraise ValueError("inside")\n')
    try:
        runpy.run_path(os.path.join(TMP, 'broken.py'))
    except ValueError as e:
        print('ValueError', e, '<run_path>' in sys.modules)
finally:
    sys.path.remove(os.path.abspath(TMP))
    shutil.rmtree(TMP)
