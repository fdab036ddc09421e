"""The finder protocol of sys.meta_path (port/metapath.c, patch 0318): the
import system calls find_and_load for a name not yet in sys.modules while the
list holds finders, and loads the module the first finder that knows the
name describes, as CPython's importlib._bootstrap does. An empty list never
imports this module."""


def find_and_load(name, path):
    # The module for `name`, or None when no finder knows it (the
    # interpreter's own search then goes on).
    import sys
    for finder in list(sys.meta_path):
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is not None:
            spec = find_spec(name, path, None)
            if spec is not None:
                return _load(spec)
            continue
        # the protocol before Python 3.4, which 3.11 still honours
        find_module = getattr(finder, 'find_module', None)
        if find_module is not None:
            loader = find_module(name, path)
            if loader is not None:
                loader.load_module(name)
                return sys.modules[name]
    return None


def _load(spec):
    import sys
    name = spec.name
    loader = spec.loader
    if loader is None:
        if spec.submodule_search_locations is None:
            e = ImportError('missing loader')
            e.name = name
            raise e
        from importlib.machinery import NamespaceLoader
        loader = spec.loader = NamespaceLoader(name, spec.submodule_search_locations)
    if not hasattr(loader, 'exec_module'):
        loader.load_module(name)
        return sys.modules[name]
    from importlib.util import module_from_spec
    from importlib.machinery import _exec_registered
    return _exec_registered(name, module_from_spec(spec), loader.exec_module)
