"""importlib.machinery: ModuleSpec, SourceFileLoader (create_module,
exec_module, get_code, get_source, get_data, get_filename, is_package,
load_module), PathFinder.find_spec over sys.path or a package's __path__
(packages, .py modules, namespace directories), BuiltinImporter and
FrozenImporter as names for the origin of interpreter modules, the suffix
lists and all_suffixes().

.py source is loaded from disk, and the library's compiled .mpy files by
SourcelessFileLoader (which imports a fresh copy); there are no extension
modules (EXTENSION_SUFFIXES is empty, ExtensionFileLoader raises
NotImplementedError) and no .pyc caches are read or written.
Modules that MicroPython itself imported carry no __spec__; importlib.util
.find_spec builds one for them from __file__."""
import os
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _isfile(p):
    try:
        return os.stat(p)[0] & 0o170000 == 0o100000
    except (OSError, TypeError, ValueError):
        return False


def _isdir(p):
    try:
        return os.stat(p)[0] & 0o170000 == 0o040000
    except (OSError, TypeError, ValueError):
        return False


def _frozen(path):
    # Frozen modules' __file__ is their name inside the interpreter
    # ('json.py', 'os/__init__.py'), a file that is not on any mount.
    return path is not None and not _isfile(path)


def _cache_path(path):
    head, _, tail = path.rpartition('/')
    stem = tail.rpartition('.')[0] or tail
    return (head + '/' if head or path.startswith('/') else '') + '__pycache__/%s.cpython-311.pyc' % stem


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        if self._cached is None and self._set_fileattr and isinstance(self.origin, str) \
                and self.origin.endswith('.py'):
            self._cached = _cache_path(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    def __repr__(self):
        s = 'ModuleSpec(name=%r, loader=%r' % (self.name, self.loader)
        if self.origin is not None:
            s += ', origin=%r' % (self.origin,)
        if self.submodule_search_locations is not None:
            s += ', submodule_search_locations=%r' % (self.submodule_search_locations,)
        return s + ')'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.cached, self.has_location,
                self.submodule_search_locations) == (other.name, other.loader, other.origin,
                                                     other.cached, other.has_location,
                                                     other.submodule_search_locations)


def _init_attrs(spec, module, override=False):
    # The attributes CPython gives a module made from a spec, in its order.
    d = module.__dict__

    def put(key, value):
        if override or d.get(key) is None:
            d[key] = value
    put('__name__', spec.name)
    d.setdefault('__doc__', None)
    put('__package__', spec.parent)
    put('__loader__', spec.loader)
    d['__spec__'] = spec
    if spec.submodule_search_locations is not None:
        put('__path__', spec.submodule_search_locations)
    if spec.has_location:
        put('__file__', spec.origin)
        if spec.cached is not None:
            put('__cached__', spec.cached)
    return module


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and (self.name, self.path) == (other.name, other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def _check(self, name):
        if name is not None and name != self.name:
            e = ImportError('loader for %s cannot handle %s' % (self.name, name))
            e.name = name
            raise e

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        tail = self.get_filename(fullname).rpartition('/')[2]
        return tail.rpartition('.')[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path='<string>'):
        if not isinstance(data, str):
            from importlib.util import decode_source
            data = decode_source(data)
        return compile(data, path, 'exec')

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        # The file's own name is the code's file name, so its frames show in
        # tracebacks as they do under CPython.
        code = self.get_code(module.__name__)
        d = module.__dict__
        if '__builtins__' not in d:  # as CPython's exec() adds it
            import builtins
            d['__builtins__'] = builtins
        exec(code, d)

    def load_module(self, fullname=None):
        # The deprecated loader protocol: make (or reuse) the module in
        # sys.modules and run the file in it.
        from importlib.util import spec_from_loader, module_from_spec
        fullname = fullname or self.name
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec_from_loader(fullname, self))
        return _exec_registered(fullname, module, self.exec_module)


def _exec_registered(name, module, exec_module):
    # As an import runs a module: in sys.modules under its name while it
    # runs, taken out again if it fails; the result is what sys.modules
    # holds then (the module may have put something else in its place).
    sys.modules[name] = module
    try:
        exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return sys.modules[name]


class _Unsupported:
    def __init__(self, *args, **kw):
        raise NotImplementedError('importlib.machinery.%s: pywasm loads only .py source files' % type(self).__name__)


class SourcelessFileLoader(SourceFileLoader):
    """Runs a compiled .mpy file, as the library beside the interpreter is
    made of (CPython's loader of the same name runs .pyc files). MicroPython
    runs a .mpy only by importing it, so create_module imports a fresh copy
    under the spec's name, putting back what sys.modules and the parent
    package held under it (markdown runs its own copy of html.parser so),
    and exec_module then has nothing left to run."""

    def __init__(self, fullname, path):
        SourceFileLoader.__init__(self, fullname, path)
        self._made = []

    def get_source(self, fullname):
        self._check(fullname)
        return None

    def get_code(self, fullname):
        raise NotImplementedError('importlib: a .mpy file runs only by being imported')

    def create_module(self, spec):
        module = _import_fresh(spec.name, self.path)
        self._made.append(module)
        return module

    def exec_module(self, module):
        for i, m in enumerate(self._made):
            if m is module:
                del self._made[i]
                return
        # a module made elsewhere gets the names of a fresh run
        fresh = _import_fresh(module.__name__, self.path)
        d = module.__dict__
        for k, v in fresh.__dict__.items():
            if k not in ('__name__', '__spec__', '__loader__'):
                d[k] = v


def _import_fresh(name, path):
    saved = sys.modules.pop(name, None)
    parent, _, child = name.rpartition('.')
    pmod = sys.modules.get(parent) if parent else None
    had = pmod is not None and child in pmod.__dict__
    old = pmod.__dict__.get(child) if had else None
    top = not parent
    if top:  # found where the file is, whatever sys.path says
        sys.path.insert(0, path.rpartition('/')[0].rpartition('/')[0] if path.endswith('/__init__.mpy')
                        else path.rpartition('/')[0])
    try:
        __import__(name)
        return sys.modules[name]
    finally:
        if top:
            del sys.path[0]
        if saved is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = saved
        if pmod is not None:
            if had:
                pmod.__dict__[child] = old
            else:
                pmod.__dict__.pop(child, None)


class ExtensionFileLoader(_Unsupported):
    pass


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self.name, self.path = name, path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return True


class BuiltinImporter:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        pass


class FrozenImporter(BuiltinImporter):
    pass


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        # Per directory: a package (dir/__init__.py), then a module file;
        # a directory without __init__.py is remembered as a namespace
        # portion, used only when nothing else is found.
        from importlib.util import spec_from_file_location
        if isinstance(path, str):
            path = [path]
        tail = fullname.rpartition('.')[2]
        portions = []
        for entry in sys.path if path is None else path:
            if not isinstance(entry, str) or entry == '.frozen':
                continue
            base = entry + '/' + tail if entry and not entry.endswith('/') else entry + tail
            for f in ('/__init__.py', '.py', '/__init__.mpy', '.mpy'):
                if _isfile(base + f):
                    return spec_from_file_location(fullname, base + f)
            if _isdir(base):
                portions.append(base)
        if portions:
            spec = ModuleSpec(fullname, NamespaceLoader(fullname, portions), is_package=True)
            spec.submodule_search_locations = portions
            return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass
