"""imp: the pre-importlib import API that CPython 3.11 still ships
(deprecated; gone in 3.12). Old packages call find_module and load_module
to load a second copy of a module under a new name (ansiwrap loads
textwrap3 as a_textwrap), load_source for plugin files, new_module and
reload. Modules are found as .py files and package directories on
sys.path; the library's own modules (stored beside the interpreter) are
not found by find_module."""
import os
import sys
import warnings

warnings.warn("the imp module is deprecated in favour of importlib and slated for removal in "
              "Python 3.12; see the module's documentation for alternative uses",
              DeprecationWarning, stacklevel=2)

SEARCH_ERROR, PY_SOURCE, PY_COMPILED, C_EXTENSION, PY_RESOURCE, PKG_DIRECTORY = 0, 1, 2, 3, 4, 5
C_BUILTIN, PY_FROZEN, PY_CODERESOURCE, IMP_HOOK = 6, 7, 8, 9


def new_module(name):
    return type(sys)(name)


def get_magic():
    return b'\xa7\r\r\n'  # CPython 3.11's


def get_tag():
    return 'cpython-311'


def get_suffixes():
    return [('.py', 'r', PY_SOURCE)]


def cache_from_source(path, debug_override=None):
    from importlib.util import cache_from_source as c
    return c(path, debug_override)


def source_from_cache(path):
    from importlib.util import source_from_cache as s
    return s(path)


def lock_held():
    return False


def acquire_lock():
    pass


def release_lock():
    pass


def is_builtin(name):
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name):
    return False


def reload(module):
    import importlib
    return importlib.reload(module)


def find_module(name, path=None):
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    if path is None:
        if is_builtin(name):
            return None, None, ('', '', C_BUILTIN)
        path = sys.path
    elif not isinstance(path, (list, tuple)):
        raise RuntimeError("'path' must be None or a list, not {}".format(type(path)))
    for entry in path:
        base = os.path.join(entry or os.getcwd(), name)
        if os.path.isfile(os.path.join(base, '__init__.py')):
            return None, base, ('', '', PKG_DIRECTORY)
        if os.path.isfile(base + '.py'):
            return open(base + '.py', 'r', encoding='utf-8'), base + '.py', ('.py', 'r', PY_SOURCE)
    raise ImportError('No module named {!r}'.format(name), name=name)


def _exec_file(name, pathname, package_dir=None):
    from importlib.util import spec_from_file_location, module_from_spec
    spec = spec_from_file_location(name, pathname,
                                   submodule_search_locations=[package_dir] if package_dir else None)
    module = module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return sys.modules[name]


def load_source(name, pathname, file=None):
    return _exec_file(name, pathname)


def load_package(name, path):
    init = os.path.join(path, '__init__.py') if os.path.isdir(path) else path
    return _exec_file(name, init, os.path.dirname(init))


def load_compiled(name, pathname, file=None):
    raise ImportError('compiled modules (.pyc) cannot be loaded here', name=name)


def load_dynamic(name, path, file=None):
    raise ImportError('extension modules cannot be loaded here', name=name)


def load_module(name, file, filename, details):
    suffix, mode, type_ = details
    if mode and (not mode.startswith('r') or '+' in mode):
        raise ValueError('invalid file open mode {!r}'.format(mode))
    if file is None and type_ in (PY_SOURCE, PY_COMPILED):
        raise ValueError('file object required for import (type code {})'.format(type_))
    try:
        if type_ == PY_SOURCE:
            return load_source(name, filename, file)
        if type_ == PKG_DIRECTORY:
            return load_package(name, filename)
        if type_ == C_BUILTIN:
            import importlib
            return importlib.import_module(name)
        raise ImportError("Don't know how to import {} (type code {})".format(name, type_), name=name)
    finally:
        if file is not None:
            file.close()


class NullImporter:
    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')
        if os.path.isdir(path):
            raise ImportError('existing directory', path=path)

    def find_module(self, fullname):
        return None
