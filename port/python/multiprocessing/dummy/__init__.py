"""multiprocessing.dummy: the multiprocessing API over threading, as in
CPython (Pool is a ThreadPool, Process a Thread). Its threads run as ours
do: when something waits for them (see threading)."""
import array
import sys
import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier
from queue import Queue
from ..connection import Pipe

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue',
]


# processes are threads here, so a queue that can be joined is just a Queue
JoinableQueue = Queue


class DummyProcess(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._parent = current_process()
        self._children = {}
        self._pid = None
        self._start_called = False

    def start(self):
        starter = current_process()
        if self._parent is not starter:
            raise RuntimeError('Parent is {0!r} but current_process is {1!r}'.format(self._parent, starter))
        self._start_called = True
        # the creating thread remembers it for active_children()
        registry = getattr(self._parent, '_children', None)
        if registry is not None:
            registry[self] = None
        super().start()

    @property
    def exitcode(self):
        # a thread has no exit status: 0 once it has run to its end
        return 0 if self._start_called and not self.is_alive() else None


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = {}


def active_children():
    registry = current_process()._children
    for done in [t for t in registry if not t.is_alive()]:
        registry.pop(done, None)
    return list(registry)


def freeze_support():
    return None


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % item for item in self.__dict__.items() if not item[0].startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value:
    # no shared memory between threads is needed: a plain holder will do
    def __init__(self, typecode, value, lock=True):
        self._typecode, self._value = typecode, value

    def _get(self):
        return self._value

    def _set(self, new):
        self._value = new

    value = property(_get, _set)

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Pool(processes=None, initializer=None, initargs=()):
    from ..pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


def Manager():
    # the "manager" of thread-backed objects is this module itself
    return sys.modules[__name__]


def shutdown():
    return None
