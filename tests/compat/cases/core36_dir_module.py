# dir() of a module lists the names in its dict (patch 0292); dir(builtins)
# has the names pyflakes and other tools look for.
import builtins
import os
import sys
import tempfile
import types

m = types.ModuleType('made')
m.alpha = 1
m._beta = 2
print([n for n in dir(m) if not n.startswith('__')], '__name__' in dir(m))
print([n for n in ('__name__', '__file__', '__doc__', 'path', 'getcwd') if n not in dir(os)])
print([n for n in dir(os) if n.startswith('__') and not hasattr(os, n)])
names = set(dir(builtins))
for n in ('__doc__', '__debug__', 'ExceptionGroup', 'BaseExceptionGroup', 'print', 'len', 'open',
          'super', 'RecursionError', '__import__', '__build_class__', '__name__'):
    print(n, n in names)
print('__class__' in names, '__dict__' in names, '__repr__' in names)
print(getattr(builtins, '__debug__'), type(builtins.__doc__).__name__)
builtins.extra_name_for_test = 1
print('extra_name_for_test' in dir(builtins))
del builtins.extra_name_for_test
d = tempfile.mkdtemp()
with open(os.path.join(d, 'dirmod36.py'), 'w') as f:
    f.write('x = 1\ndef __dir__():\n    return ["b", "a"]\n')
sys.path.insert(0, d)
import dirmod36
print(dir(dirmod36))
os.remove(os.path.join(d, 'dirmod36.py'))
os.rmdir(d)
