"""importlib.resources: files(package) and as_file(), and 3.11's legacy
functions read_text, read_binary, open_text, open_binary, path,
is_resource and contents (with their DeprecationWarning). A package that
lives on disk (a script's own package next to it) gives a pathlib.Path of
its directory, as CPython does for such packages, so read_text, read_bytes,
joinpath, '/', is_file and iterdir work on it.

The standard library's packages are frozen into the interpreter: they have
no directory, and files() on one raises NotImplementedError naming it.
Namespace packages give their first directory only; zip imports and custom
ResourceReaders are not supported."""
Package = Resource = str


def _package(anchor):
    from importlib import import_module
    module = import_module(anchor) if isinstance(anchor, str) else anchor
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    paths = getattr(module, '__path__', None)
    if paths is None:
        raise TypeError('%r is not a package' % (name,))
    return module, name, [paths] if isinstance(paths, str) else list(paths)


def files(package):
    from importlib.machinery import _frozen, _isdir
    import pathlib
    module, name, paths = _package(package)
    if _frozen(getattr(module, '__file__', None)) or not paths or not _isdir(paths[0]):
        raise NotImplementedError('importlib.resources.files(%r): the package is frozen into pywasm '
                                  'and has no files' % (name,))
    return pathlib.Path(paths[0])


class _AsFile:
    def __init__(self, path):
        self._path = path

    def __enter__(self):
        return self._path

    def __exit__(self, *exc):
        return False


def as_file(path):
    # Everything files() gives is already a real file or directory.
    return _AsFile(path)


def _legacy(what):
    import warnings
    warnings.warn('%s is deprecated. Use files() instead. Refer to '
                  'https://importlib-resources.readthedocs.io/en/latest/using.html'
                  '#migrating-from-legacy for migration advice.' % what, DeprecationWarning, 3)


def _resource(package, resource):
    name = resource.__fspath__() if hasattr(resource, '__fspath__') else resource
    if '/' in str(name):
        raise ValueError('%r must be only a file name' % (resource,))
    return files(package) / name


def open_binary(package, resource):
    _legacy('open_binary')
    return _resource(package, resource).open('rb')


def open_text(package, resource, encoding='utf-8', errors='strict'):
    _legacy('open_text')
    return _resource(package, resource).open('r', encoding=encoding, errors=errors)


def read_binary(package, resource):
    _legacy('read_binary')
    return _resource(package, resource).read_bytes()


def read_text(package, resource, encoding='utf-8', errors='strict'):
    _legacy('read_text')
    with open_text(package, resource, encoding, errors) as f:  # which warns too, as in 3.11
        return f.read()


def path(package, resource):
    _legacy('path')
    return _AsFile(_resource(package, resource))


def is_resource(package, name):
    _legacy('is_resource')
    if '/' in str(name):
        raise ValueError('%r must be only a file name' % (name,))
    return any(p.name == name and p.is_file() for p in files(package).iterdir())


def contents(package):
    _legacy('contents')
    return [p.name for p in files(package).iterdir()]
