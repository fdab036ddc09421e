# `from m import *` takes exactly the names of m.__all__ (patch 0286).
import os
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'star36a.py'), 'w') as f:
    f.write('__all__ = ["public", "_private"]\npublic = 1\n_private = 2\nleft_out = 3\n')
with open(os.path.join(d, 'star36b.py'), 'w') as f:
    f.write('__all__ = ("missing",)\n')
with open(os.path.join(d, 'star36c.py'), 'w') as f:
    f.write('__all__ = [1]\n')
with open(os.path.join(d, 'star36d.py'), 'w') as f:
    f.write('__all__ = ["lazy"]\ndef __getattr__(name):\n    return "made " + name\n')
with open(os.path.join(d, 'star36e.py'), 'w') as f:
    f.write('plain = 1\n_hidden = 2\n')
sys.path.insert(0, d)
ns = {}
exec('from star36a import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
for mod in ('star36b', 'star36c'):
    try:
        exec('from %s import *' % mod, {})
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
ns = {}
exec('from star36d import *', ns)
print(ns['lazy'])
ns = {}
exec('from star36e import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
for name in os.listdir(d):
    if name.endswith('.py'):
        os.remove(os.path.join(d, name))
import shutil
shutil.rmtree(d)
