# runpy.run_module(pkg, run_name='__main__'): the package's __main__ and the
# modules it runs as __main__ can use relative imports, as under `-m`.
import os
import shutil
import runpy
import sys
import tempfile

d = tempfile.mkdtemp()
os.makedirs(d + '/pkg36/sub')
open(d + '/pkg36/__init__.py', 'w').write('')
open(d + '/pkg36/helper.py', 'w').write('X = 42\n')
open(d + '/pkg36/sub/__init__.py', 'w').write('')
open(d + '/pkg36/sub/tool.py', 'w').write(
    'from ..helper import X\n'
    'def late():\n'
    '    from .. import helper\n'
    '    return helper.X + 1\n'
    'print("tool", __name__, __package__, X)\n')
open(d + '/pkg36/__main__.py', 'w').write(
    'from .helper import X\n'
    'from .sub import tool\n'
    'print("main", __name__, __package__, X, tool.late())\n')
sys.path.insert(0, d)
g = runpy.run_module('pkg36', run_name='__main__')
print(g['X'], g['__name__'], g['__package__'])
g = runpy.run_module('pkg36.sub.tool', run_name='__main__', alter_sys=True)
print(g['late'](), g['__package__'], sys.modules['__main__'].__name__)
shutil.rmtree(d)
