"""importlib.abc: the abstract bases of finders, loaders and resource
readers, for classes that derive from them (mako's template loader, a
meta path finder). pywasm's import statement asks no finder or loader
written in Python, so these serve as bases and for isinstance(); their
default methods answer as CPython's do."""
from abc import ABC, abstractmethod
from importlib.util import Loader as _Loader, decode_source


class Finder(ABC):
    pass


class MetaPathFinder(ABC):
    def invalidate_caches(self):
        pass


class PathEntryFinder(ABC):
    def invalidate_caches(self):
        pass


class Loader(_Loader, ABC):
    def module_repr(self, module):
        raise NotImplementedError


class ResourceLoader(Loader):
    @abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        return None if source is None else self.source_to_code(source)

    @abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec')

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'.format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class ResourceReader(ABC):
    @abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abstractmethod
    def contents(self):
        return iter([])


class Traversable(ABC):
    pass


class TraversableResources(ResourceReader):
    pass
