"""importlib.util: spec_from_file_location, spec_from_loader,
module_from_spec (a real module object, its __dict__ the namespace the
loader runs the file in), find_spec, resolve_name, decode_source,
cache_from_source/source_from_cache, MAGIC_NUMBER. The recipe
  spec = spec_from_file_location(name, path)
  module = module_from_spec(spec); sys.modules[name] = module
  spec.loader.exec_module(module)
works as in CPython, errors in the file showing its name and line.

find_spec() asks the finders in sys.meta_path, then looks on disk
(sys.path or the parent package's __path__); a name found nowhere on disk is tried as a built-in or frozen
module by importing it, and its spec's origin is then 'built-in' or 'frozen'
(CPython gives the standard library's file paths there). source_hash,
LazyLoader and the module_for_loader/set_loader/set_package decorators raise
NotImplementedError: no bytecode caches exist here."""
import sys
from importlib import _dots, _load, _resolve, _not_found
from importlib.machinery import (ModuleSpec, SourceFileLoader, SourcelessFileLoader, BuiltinImporter,
                                 FrozenImporter, _init_attrs, _cache_path, _frozen, PathFinder)

MAGIC_NUMBER = b'\xa7\r\r\n'
_POPULATE = object()


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for %r (required for relative module names)' % (name,))
    level = _dots(name)
    return _resolve(name[level:], package, level)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = location.__fspath__() if hasattr(location, '__fspath__') else location
        if not location.startswith('/'):
            import os
            location = os.getcwd().rstrip('/') + '/' + location
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith('.py'):
            loader = spec.loader = SourceFileLoader(name, location)
        elif location.endswith('.mpy'):
            loader = spec.loader = SourcelessFileLoader(name, location)
        else:
            return None  # a loader is chosen by suffix, as in CPython
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        from importlib import _new_module
        module = _new_module(spec.name)
    return _init_attrs(spec, module)


def _spec_of(module, name):
    # MicroPython's own imports set no __spec__: build one from __file__.
    path = getattr(module, '__file__', None)
    pkg = getattr(module, '__path__', None)
    if path is None:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
    elif _frozen(path):
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    else:
        loader = (SourcelessFileLoader if path.endswith('.mpy') else SourceFileLoader)(name, path)
        spec = ModuleSpec(name, loader, origin=path)
        spec._set_fileattr = True
    if pkg is not None:
        spec.submodule_search_locations = [pkg] if isinstance(pkg, str) else list(pkg)
    return spec


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', _POPULATE)
        if spec is None:
            raise ValueError('%s.__spec__ is None' % name)
        # the interpreter's own spec of an imported module names no loader
        # (port/modulespec.c): one is built from __file__
        return _spec_of(module, fullname) if spec is _POPULATE or spec.loader is None else spec
    parent = fullname.rpartition('.')[0]
    path = None
    if parent:
        pmod = _load(parent)
        path = getattr(pmod, '__path__', None)
        if path is None:
            raise _not_found('__path__ attribute not found on %r while trying to find %r' % (parent, fullname),
                             fullname)
    # the finders a script put in sys.meta_path come first, as they do
    # for an import (patch 0318)
    for finder in sys.meta_path:
        if hasattr(finder, 'find_spec'):
            spec = finder.find_spec(fullname, path, None)
            if spec is not None:
                return spec
    spec = PathFinder.find_spec(fullname, path)
    if spec is not None:
        return spec
    # Not on disk: a built-in or frozen module answers only to an import.
    try:
        module = _load(fullname)
    except ImportError:
        return None
    return _spec_of(module, fullname)


def decode_source(source_bytes):
    # The coding cookie of the first two lines, else UTF-8; newlines made
    # universal as CPython's decoder makes them.
    enc = 'utf-8'
    for line in source_bytes.split(b'\n', 2)[:2]:
        s = line.strip()
        if s.startswith(b'#') and b'coding' in s:
            rest = s[s.find(b'coding') + 6:]
            if rest[:1] in (b':', b'='):
                rest = rest[1:].strip()
                n = 0
                while n < len(rest) and (rest[n:n + 1].isalpha() or rest[n:n + 1].isdigit() or rest[n:n + 1] in b'-_.'):
                    n += 1
                if n:
                    enc = rest[:n].decode()
                break
        elif s and not s.startswith(b'#'):
            break
    text = source_bytes.decode(enc)
    if text.startswith('\ufeff'):
        text = text[1:]
    return text.replace('\r\n', '\n').replace('\r', '\n')


def cache_from_source(path, debug_override=None, *, optimization=None):
    path = path.__fspath__() if hasattr(path, '__fspath__') else path
    return _cache_path(path)


def source_from_cache(path):
    path = path.__fspath__() if hasattr(path, '__fspath__') else path
    head, _, tail = path.rpartition('/')
    if not head.endswith('__pycache__'):
        raise ValueError('__pycache__ not bottom-level directory in %r' % (path,))
    parts = tail.split('.')
    if len(parts) not in (3, 4):
        raise ValueError('expected only 2 or 3 dots in %r' % (tail,))
    base = head[:-len('__pycache__')]
    return base + parts[0] + '.py'


def _unsupported(what):
    def f(*args, **kw):
        raise NotImplementedError('importlib.util.%s: pywasm has no bytecode caches or lazy loading' % what)
    return f


source_hash = _unsupported('source_hash')
module_for_loader = _unsupported('module_for_loader')
set_loader = _unsupported('set_loader')
set_package = _unsupported('set_package')


class LazyLoader:
    def __init__(self, loader):
        _unsupported('LazyLoader')()


class Loader:
    # The base loaders derive from (importlib.abc.Loader in CPython).
    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        raise ImportError('exec_module() is the loader protocol here')
