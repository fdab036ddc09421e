# sys.meta_path's finders are asked by imports (patch 0318): six's
# importer of `six.moves` (find_spec + create_module, a module that made
# itself a package with __path__ and __spec__), a finder with a loader's
# exec_module, the older find_module/load_module protocol, a finder that
# declines, and one that wins over a module on sys.path when first in the
# list. Built-in modules are in sys.modules once imported, which six's
# `__import__(name); sys.modules[name]` relies on.
import os
import sys
import tempfile
import types
from importlib.util import spec_from_loader

import builtins
print('builtins' in sys.modules, sys.modules['builtins'] is builtins)
__import__('gc')
print(sys.modules['gc'].__name__)
print(type(sys.meta_path).__name__)


class Calls:
    log = []


class VirtualFinder:
    # modules made from source text, as a plugin system might
    sources = {'virt': 'X = 40 + 2\n', 'virt_unloaded': '', 'virtpkg': 'KIND = "package"\n', 'virtpkg.leaf': 'from . import KIND as K\nY = K * 2\n'}

    def find_spec(self, name, path, target=None):
        Calls.log.append((name, path if path is None else list(path)))
        if name in self.sources:
            return spec_from_loader(name, self, is_package=name == 'virtpkg')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.sources[module.__name__], module.__dict__)


class LegacyFinder:
    def find_module(self, name, path=None):
        return self if name == 'legacy_mod' else None

    def load_module(self, name):
        module = types.ModuleType(name)
        module.VALUE = 'legacy'
        sys.modules[name] = module
        return module


class Declines:
    def find_spec(self, name, path, target=None):
        return None


sys.meta_path.append(Declines())
sys.meta_path.append(VirtualFinder())
sys.meta_path.append(LegacyFinder())

import virt
print(virt.X, virt.__name__, virt.__spec__.name, type(virt.__loader__).__name__)
import virtpkg.leaf
print(virtpkg.KIND, virtpkg.leaf.Y, virtpkg.leaf is sys.modules['virtpkg.leaf'], virtpkg.__path__)
from virtpkg import leaf
print(leaf.Y)
import legacy_mod
print(legacy_mod.VALUE)
import importlib.util
spec = importlib.util.find_spec('virt_unloaded')
print(spec.name, type(spec.loader).__name__, 'virt_unloaded' in sys.modules)
print([c for c in Calls.log if c[0].startswith('virt')])
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)


class FailingLoader(VirtualFinder):
    sources = {'broken_virt': 'raise ValueError("in module body")\n'}


sys.meta_path.insert(0, FailingLoader())
try:
    import broken_virt
except ValueError as e:
    print('ValueError', e, 'broken_virt' in sys.modules)

# a six-style importer: the module object exists already, and the finder
# hands it over from create_module
class MovedItems(types.ModuleType):
    __path__ = []
    answer = 'moved'


class SixLikeImporter:
    def __init__(self, name):
        self.name = name
        self.known = {}

    def add(self, module, fullname):
        self.known[self.name + '.' + fullname] = module

    def find_spec(self, fullname, path, target=None):
        if fullname in self.known:
            return spec_from_loader(fullname, self)

    def is_package(self, fullname):
        return hasattr(self.known[fullname], '__path__')

    def create_module(self, spec):
        module = self.known[spec.name]
        sys.modules[spec.name] = module
        return module

    def exec_module(self, module):
        pass


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'sixlike.py'), 'w') as f:
        f.write(
            'import sys, types\n'
            'from __main__ import MovedItems, SixLikeImporter\n'
            'importer = SixLikeImporter(__name__)\n'
            'moves = MovedItems(__name__ + ".moves")\n'
            'importer.add(moves, "moves")\n'
            '__path__ = []\n'
            '__package__ = __name__\n'
            'if globals().get("__spec__") is not None:\n'
            '    __spec__.submodule_search_locations = []\n'
            'sys.meta_path.append(importer)\n')
    with open(os.path.join(d, 'shadowed.py'), 'w') as f:
        f.write('WHERE = "file"\n')
    sys.path.insert(0, d)
    import sixlike
    from sixlike.moves import answer
    import sixlike.moves
    print(answer, sixlike.moves.answer, sixlike.__spec__.submodule_search_locations)

    # first in the list, a finder wins over the file on sys.path
    class Shadow(VirtualFinder):
        sources = {'shadowed': 'WHERE = "finder"\n'}
    sys.meta_path.insert(0, Shadow())
    import shadowed
    print(shadowed.WHERE)
    sys.path.remove(d)
