"""importlib: import_module (absolute names and relative ones with a
package, with CPython's errors: TypeError for a relative name without a
package, ModuleNotFoundError "No module named 'x'" carrying .name, "...; 'a'
is not a package", "import of x halted; None in sys.modules"), reload,
invalidate_caches (nothing is cached here) and __import__. util and
machinery are attributes once importlib is imported, as in CPython.

reload() re-runs a module's source file in the module's own namespace, so
module objects others hold see the new definitions; the module must still be
findable on sys.path (or its package's __path__), as CPython requires. A
built-in module (sys, os's C half...) is returned as it is. A frozen module
(the standard library shipped inside the interpreter) has no source to run
again: NotImplementedError. importlib.abc and find_loader are not provided;
finders in sys.meta_path are asked by every import (port/metapath.c)."""
import sys

_ModuleType = type(sys)


def _not_found(msg, name):
    e = ModuleNotFoundError(msg)
    e.name = name
    return e


def _new_module(name):
    # a module no import has registered (patch 0084 lets the type be called)
    return _ModuleType(name)


def _resolve(name, package, level):
    # The absolute name of `name` with `level` leading dots inside package.
    if not isinstance(name, str):
        raise TypeError('module name must be str, not %s' % type(name))
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
        base = package
        for _ in range(level - 1):
            if '.' not in base:
                raise ImportError('attempted relative import beyond top-level package')
            base = base.rpartition('.')[0]
        name = base + '.' + name if name else base
    if not name:
        raise ValueError('Empty module name')
    return name


def _dots(name):
    n = 0
    while n < len(name) and name[n] == '.':
        n += 1
    return n


def _load(name):
    if name in sys.modules:
        mod = sys.modules[name]
        if mod is None:
            raise _not_found('import of %s halted; None in sys.modules' % name, name)
        return mod
    parent = name.rpartition('.')[0]
    if parent:
        pmod = _load(parent)
        if name in sys.modules:  # the parent's import brought it in
            return _load(name)
        if not hasattr(pmod, '__path__'):
            raise _not_found('No module named %r; %r is not a package' % (name, parent), name)
    try:
        top = __import__(name)
    except ModuleNotFoundError as e:
        # Only the module asked for being missing is reworded; a missing
        # module that the imported code itself imports propagates as it is.
        msg = e.args[0] if e.args else ''
        if name not in sys.modules and msg == 'No module named %r' % name:
            raise _not_found(msg, name) from None
        if getattr(e, 'name', None) is None and msg.startswith("No module named '"):
            e.name = msg[17:].partition("'")[0]  # CPython names the missing module
        raise
    if name in sys.modules:
        return sys.modules[name]
    for part in name.split('.')[1:]:
        top = getattr(top, part)
    return top


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % (name,))
        level = _dots(name)
    return _load(_resolve(name[level:], package, level))


def invalidate_caches():
    # Nothing here caches directory listings; MicroPython looks each time.
    for finder in getattr(sys, 'meta_path', ()):
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def _is_builtin(module, name):
    try:
        return getattr(module, '__file__', None) is None and __import__(name) is module
    except ImportError:
        return False


def reload(module):
    if not isinstance(module, _ModuleType):
        raise TypeError('reload() argument must be a module')
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if _is_builtin(module, name):
        return module
    if sys.modules.get(name) is not module:
        e = ImportError('module %s not in sys.modules' % name)
        e.name = name
        raise e
    parent = name.rpartition('.')[0]
    path = None
    if parent:
        if parent not in sys.modules:
            e = ImportError('parent %r not in sys.modules' % parent)
            e.name = parent
            raise e
        path = getattr(sys.modules[parent], '__path__', None)
    from importlib import machinery
    if machinery._frozen(getattr(module, '__file__', None)):
        raise NotImplementedError('importlib.reload() of frozen module %r: its source is not shipped' % name)
    new = machinery.PathFinder.find_spec(name, path)
    if new is None:
        raise _not_found('spec not found for the module %r' % name, name)
    # The namespace is kept (as CPython keeps it); the new spec's attributes
    # replace the old ones.
    machinery._init_attrs(new, module, True)
    new.loader.exec_module(module)
    return sys.modules[name]


__import__ = __import__


def __getattr__(name):
    # importlib.util after a bare `import importlib`, as CPython's start-up
    # allows; and `from importlib import metadata`, which reaches here
    # before MicroPython would look for the submodule itself.
    if not name.startswith('__'):
        try:
            return _load('importlib.' + name)
        except ModuleNotFoundError as e:
            if e.name != 'importlib.' + name:
                raise
    raise AttributeError("module 'importlib' has no attribute '%s'" % name)
