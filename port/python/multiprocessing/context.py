"""multiprocessing.context: the contexts (BaseContext, DefaultContext,
ForkContext, SpawnContext, ForkServerContext), their Process classes and
the package's exceptions. Every start method runs processes the same way,
in this interpreter (see the package docstring); the method only names
them (ForkPoolWorker-1, SpawnProcess-1)."""
import os
from . import process

class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


__all__ = ()


class BaseContext:
    # module-level helpers and exceptions are reachable through any context
    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    ProcessError = ProcessError
    AuthenticationError = AuthenticationError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError

    def cpu_count(self):
        return os.cpu_count() or 1

    def Manager(self):
        from .managers import SyncManager
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock(ctx=self.get_context())

    def RLock(self):
        from .synchronize import RLock
        return RLock(ctx=self.get_context())

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock, ctx=self.get_context())

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value, ctx=self.get_context())

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self.get_context())

    def Event(self):
        from .synchronize import Event
        return Event(ctx=self.get_context())

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self.get_context())

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self.get_context())

    def freeze_support(self):
        pass

    def get_logger(self):
        from .util import get_logger
        return get_logger()

    def log_to_stderr(self, level=None):
        from .util import log_to_stderr
        return log_to_stderr(level)

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    reducer = None  # nothing is pickled between processes here

    def get_context(self, method=None):
        if method is None:
            return self
        found = _concrete_contexts.get(method)
        if found is None:
            raise ValueError('cannot find context for %r' % (method,))
        return found

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def _check_available(self):
        pass


class Process(process.BaseProcess):
    _start_method = None


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        # unset until first use or set_start_method(); then it stays fixed
        self._actual_context = None

    def _chosen(self):
        if self._actual_context is None:
            self._actual_context = self._default_context
        return self._actual_context

    def get_context(self, method=None):
        if method is not None:
            return BaseContext.get_context(self, method)
        return self._chosen()

    def set_start_method(self, method, force=False):
        if not force:
            if self._actual_context is not None:
                raise RuntimeError('context has already been set')
        elif method is None:
            # force=True with no method forgets the choice
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if allow_none and self._actual_context is None:
            return None
        return self._chosen()._name

    def get_all_start_methods(self):
        return ['fork', 'spawn', 'forkserver']  # Linux's, in its order


# one Process class and one context per start method; they differ only in
# the names they give (the processes all run in this interpreter)
class ForkProcess(process.BaseProcess):
    _start_method = 'fork'


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerProcess(process.BaseProcess):
    _start_method = 'forkserver'


class ForkServerContext(BaseContext):
    _name = 'forkserver'
    Process = ForkServerProcess


_concrete_contexts = {
    'fork': ForkContext(),
    'spawn': SpawnContext(),
    'forkserver': ForkServerContext(),
}
_default_context = DefaultContext(_concrete_contexts['fork'])


def _force_start_method(method):
    _default_context._actual_context = _concrete_contexts[method]


def get_spawning_popen():
    return None


def assert_spawning(obj):
    raise RuntimeError('%s objects should only be shared between processes'
                       ' through inheritance' % type(obj).__name__)
