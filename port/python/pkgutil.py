"""pkgutil: the parts scripts use. get_data(package, resource) reads a file
beside a package's __init__ (or a module's file); iter_modules(path) and
walk_packages(path) list the modules and packages in directories, as
ModuleInfo(module_finder, name, ispkg) with the directory as the finder;
resolve_name('pkg.mod:attr.sub') imports and walks a dotted name. Modules
are found as .py files and as directories with an __init__.py; the library
beside the interpreter lists as its .mpy files."""
import os
import sys
from collections import namedtuple

__all__ = ['get_data', 'get_importer', 'iter_modules', 'walk_packages', 'resolve_name', 'ModuleInfo']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def get_data(package, resource):
    module = sys.modules.get(package)
    if module is None:
        module = __import__(package, None, None, ['__name__'])
    path = getattr(module, '__file__', None)
    if path is None:
        return None
    parts = resource.split('/')
    with open(os.path.join(os.path.dirname(path), *parts), 'rb') as f:
        return f.read()


def _entries(directory):
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return
    seen = set()
    for name in names:
        full = os.path.join(directory, name)
        if os.path.isdir(full):
            if '.' in name or name == '__pycache__':
                continue
            if not any(os.path.isfile(os.path.join(full, '__init__' + ext)) for ext in ('.py', '.mpy')):
                continue
            mod, ispkg = name, True
        else:
            mod, ext = os.path.splitext(name)
            if ext not in ('.py', '.mpy') or mod == '__init__' or '.' in mod:
                continue
            ispkg = False
        if mod not in seen:
            seen.add(mod)
            yield mod, ispkg


def get_importer(path_item):
    # the finder for one sys.path entry: a FileFinder for a directory (kept
    # in sys.path_importer_cache as CPython keeps it), else None. lml
    # (pyexcel's plugin loader) asks it for each path entry.
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', _importers)
    if path_item in cache:
        return cache[path_item]
    if not os.path.isdir(path_item or '.'):
        return None
    from importlib.machinery import FileFinder
    finder = cache[path_item] = FileFinder(path_item)
    return finder


_importers = {}  # the cache where sys has no path_importer_cache


def iter_modules(path=None, prefix=''):
    if path is None:
        path = [p or '.' for p in sys.path]
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    yielded = set()
    for directory in path:
        for name, ispkg in _entries(directory):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(directory, prefix + name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    seen = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            sub = getattr(sys.modules[info.name], '__path__', None) or []
            if isinstance(sub, str):  # MicroPython's __path__ is the directory itself
                sub = [sub]
            sub = [p for p in sub if p not in seen]
            seen.update(sub)
            yield from walk_packages(sub, info.name + '.', onerror)


def resolve_name(name):
    if ':' in name:
        modname, _, attrs = name.partition(':')
        obj = __import__(modname, None, None, ['__name__'])
        parts = attrs.split('.') if attrs else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = __import__(modname)
        while parts:
            candidate = modname + '.' + parts[0]
            try:
                obj = __import__(candidate, None, None, ['__name__'])
            except ImportError:
                break
            modname = candidate
            parts.pop(0)
    for part in parts:
        obj = getattr(obj, part)
    return obj
