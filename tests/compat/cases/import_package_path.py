# A package's __path__ is a list of directories (patch 0309): pkgutil finds
# its modules through it, __path__[0] is its directory, a directory added
# to it is searched for submodules, and __spec__ shares it.
import importlib
import os
import pkgutil
import shutil
import sys
import tempfile

root = tempfile.mkdtemp(dir='.')
more = tempfile.mkdtemp(dir='.')
os.makedirs(os.path.join(root, 'plugpkg', 'sub'))
for rel, text in (('plugpkg/__init__.py', ''), ('plugpkg/a.py', 'X = 1\n'),
                  ('plugpkg/sub/__init__.py', ''), ('plugpkg/sub/b.py', 'Y = 2\n')):
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)
with open(os.path.join(more, 'extra.py'), 'w') as f:
    f.write('Z = 3\n')
sys.path.insert(0, root)
import plugpkg

print(type(plugpkg.__path__).__name__, len(plugpkg.__path__), os.path.basename(plugpkg.__path__[0]))
print(plugpkg.__spec__.submodule_search_locations == plugpkg.__path__)
print(sorted(m.name for m in pkgutil.iter_modules(plugpkg.__path__)))
print([(m.name, m.ispkg) for m in pkgutil.walk_packages(plugpkg.__path__, 'plugpkg.')])
import plugpkg.sub.b

print(plugpkg.sub.b.Y, type(plugpkg.sub.__path__).__name__, importlib.import_module('plugpkg.a').X)
plugpkg.__path__.append(os.path.abspath(more))
import plugpkg.extra

print(plugpkg.extra.Z)
import json

print(type(json.__path__).__name__, json.__spec__.submodule_search_locations is not None)
sys.path.remove(root)
shutil.rmtree(root)
shutil.rmtree(more)
