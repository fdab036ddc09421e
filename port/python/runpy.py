"""runpy: run_path and run_module, which run a script or a module's source
as __main__ (or any name) and hand back the globals it ended with.

run_path(path, init_globals=None, run_name=None) runs a .py file, or a
directory's __main__.py (the directory goes first on sys.path while it
runs, as CPython does). Its globals get __name__ (run_name, default
'<run_path>'), __file__ (the path as given), __cached__, __loader__ and
__spec__ (None for a file), __package__ and __doc__; while the code runs
sys.argv[0] is the file and sys.modules[run_name] a module holding those
globals, both put back afterwards. It returns a copy of the globals.

run_module(mod_name, init_globals=None, run_name=None, alter_sys=False)
finds the module on sys.path (a package runs its __main__ submodule),
importing its parent packages first, and runs its source; __file__ is the
file's path, __spec__ and __loader__ those of importlib.util.find_spec.
With alter_sys it also sets sys.argv[0] and sys.modules[run_name] while
running, as run_path does. Errors are ImportError with CPython's texts.

Only source files run: modules frozen into the interpreter (the standard
library here) have no source, so run_module() refuses them with "No code
object available for NAME", and zip files given to run_path raise
NotImplementedError.

Code run as '__main__' has the global __main__ (the module's real name), as
under the interpreter's `-m`: the interpreter reads it to resolve relative
imports. Under another run_name a relative import resolves from that name
(the interpreter does not read __package__), unlike CPython's."""
import os
import sys

__all__ = ['run_module', 'run_path']

_ModuleType = type(sys)


class _Swapped:
    # While code runs as run_name: sys.argv[0] is its file and
    # sys.modules[run_name] a fresh module whose dict is its globals.

    def __init__(self, run_name, filename):
        self.run_name, self.filename = run_name, filename
        self.module = _ModuleType(run_name)

    def __enter__(self):
        self.old_module = sys.modules.get(self.run_name, self)
        sys.modules[self.run_name] = self.module
        self.old_argv0 = sys.argv[0] if sys.argv else self
        if sys.argv:
            sys.argv[0] = self.filename
        else:
            sys.argv.append(self.filename)
        return self

    def __exit__(self, *exc):
        if self.old_module is self:
            sys.modules.pop(self.run_name, None)
        else:
            sys.modules[self.run_name] = self.old_module
        if self.old_argv0 is self:
            del sys.argv[0]
        else:
            sys.argv[0] = self.old_argv0


def _execute(code, namespace, init_globals, run_name, spec, filename, package):
    # Fill the namespace as CPython does (the caller's init_globals first,
    # the module attributes over them) and run the code in it.
    if init_globals is not None:
        namespace.update(init_globals)
    if spec is None:
        loader = cached = None
    else:
        loader, cached, filename = spec.loader, spec.cached, spec.origin
        if package is None:
            package = spec.parent
    namespace.update(__name__=run_name, __file__=filename, __cached__=cached, __doc__=None,
                     __loader__=loader, __package__=package, __spec__=spec)
    if '__builtins__' not in namespace:
        import builtins
        namespace['__builtins__'] = builtins
    if run_name == '__main__':
        # The interpreter resolves a relative import from __name__, not
        # __package__; for a module named __main__ it reads the real name
        # from the global __main__, as its own `-m` stores it
        real = spec.name if spec is not None else None
        if real is None or real == '__main__':
            real = package + '.__main__' if package else '__main__'
        namespace['__main__'] = real
    exec(code, namespace)
    return namespace


def _run_swapped(code, init_globals, run_name, spec, filename, package):
    if spec is not None:
        filename = spec.origin
    with _Swapped(run_name, filename) as swap:
        namespace = swap.module.__dict__
        _execute(code, namespace, init_globals, run_name, spec, filename, package)
    return dict(namespace)


def _source_code(path):
    from importlib.util import decode_source
    with open(path, 'rb') as f:
        return compile(decode_source(f.read()), path, 'exec')


def _find(mod_name):
    # (spec, code) for a module name, with the ImportErrors CPython raises.
    import importlib.util
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    parent = mod_name.rpartition('.')[0]
    if parent:
        try:
            __import__(parent)
        except ImportError as e:
            # only a failure to find the parent itself is left to find_spec
            missing = getattr(e, 'name', None)
            if missing is None or (missing != parent and not parent.startswith(missing + '.')):
                raise
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as e:
        msg = 'Error while finding module specification for %r (%s: %s)' % (mod_name, type(e).__name__, e)
        if mod_name.endswith('.py'):
            msg += ". Try using '%s' instead of '%s' as the module name." % (mod_name[:-3], mod_name)
        raise ImportError(msg)
    if spec is None:
        raise ImportError('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise ImportError('Cannot use package as __main__ module')
        try:
            return _find(mod_name + '.__main__')
        except ImportError as e:
            if mod_name not in sys.modules:
                raise
            raise ImportError('%s; %r is a package and cannot be directly executed' % (e, mod_name))
    if spec.loader is None:
        raise ImportError('%r is a namespace package and cannot be executed' % mod_name)
    code = None
    if hasattr(spec.loader, 'get_code'):
        try:
            code = spec.loader.get_code(mod_name)
        except ImportError as e:
            raise ImportError(str(e))
    if code is None:
        raise ImportError('No code object available for %s' % mod_name)
    return spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    spec, code = _find(mod_name)
    if run_name is None:
        run_name = spec.name
    if alter_sys:
        return _run_swapped(code, init_globals, run_name, spec, None, None)
    return _execute(code, {}, init_globals, run_name, spec, None, None)


def run_path(path_name, init_globals=None, run_name=None):
    if run_name is None:
        run_name = '<run_path>'
    package = run_name.rpartition('.')[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        with open(path_name, 'rb') as f:
            if f.read(4) == b'PK\x03\x04':
                raise NotImplementedError('runpy.run_path() of a zip file: pywasm has no zipimport')
        code = _source_code(path_name)
        return _run_swapped(code, init_globals, run_name, None, path_name, package)
    # A directory: its __main__ is found on a sys.path that starts there.
    sys.path.insert(0, path_name)
    saved_main = sys.modules.pop('__main__', None)
    try:
        try:
            spec, code = _find('__main__')
        except ImportError as e:
            raise ImportError("can't find '__main__' module in %r" % path_name) from e
        return _run_swapped(code, init_globals, run_name, spec, None, package)
    finally:
        if saved_main is not None:
            sys.modules['__main__'] = saved_main
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
