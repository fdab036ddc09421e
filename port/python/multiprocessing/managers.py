"""multiprocessing.managers: BaseManager and SyncManager without a server
process. Every process here shares this interpreter's memory, so a
manager's list(), dict(), Queue(), Lock()... return the ordinary objects
CPython's manager holds in its server (list, dict, queue.Queue,
threading.Lock), not proxies to them. start() still takes a process
name ("SyncManager-1") and counts as a child until shutdown(), as
CPython's server process does."""
import array
import queue
import threading
from . import pool, process
from .context import ProcessError
from .dummy import Namespace  # multiprocessing.dummy's class (CPython has two alike)

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

INITIAL, STARTED, SHUTDOWN = 0, 1, 2


class Token:
    def __init__(self, typeid, address, id):
        self.typeid, self.address, self.id = typeid, address, id

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (type(self).__name__, self.typeid, self.address, self.id)


class BaseProxy:
    pass  # nothing is proxied here: managers hand out the objects themselves


class BaseManager:
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if ctx is None:
            from .context import _default_context
            ctx = _default_context.get_context()
        self._address, self._ctx = address, ctx
        self._state = INITIAL
        self._process = None

    def _check_initial(self):
        if self._state == STARTED:
            raise ProcessError('Already started server')
        if self._state == SHUTDOWN:
            raise ProcessError('Manager has shut down')

    def start(self, initializer=None, initargs=()):
        self._check_initial()
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        p = self._ctx.Process()
        p.name = type(self).__name__ + '-' + ':'.join(str(i) for i in p._identity)
        p._begin()  # counts as a running child; nothing runs in it
        self._process = p
        self._state = STARTED
        if initializer is not None:
            me = process.current_process()
            process._run_in(p, process._ParentProcess(me.name, me.ident), initializer, *initargs)

    def connect(self):
        self._state = STARTED

    def get_server(self):
        self._check_initial()
        raise NotImplementedError('pywasm cannot serve a manager to other processes')

    def join(self, timeout=None):
        pass

    def shutdown(self):
        if self._process is not None and self._state == STARTED:
            self._process._end(0)
            process.current_process()._kids.discard(self._process)
        self._state = SHUTDOWN

    def __enter__(self):
        if self._state == INITIAL:
            self.start()
        if self._state == SHUTDOWN:
            raise ProcessError('Manager has shut down')
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        if create_method:
            def temp(self, *args, **kwds):
                if callable is None:
                    raise NotImplementedError('%r has no callable to create it with' % typeid)
                return callable(*args, **kwds)
            setattr(cls, typeid, temp)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode, self._value = typecode, value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class SyncManager(BaseManager):
    pass


for _name, _make in (
        ('Queue', queue.Queue), ('JoinableQueue', queue.Queue), ('Event', threading.Event),
        ('Lock', threading.Lock), ('RLock', threading.RLock), ('Semaphore', threading.Semaphore),
        ('BoundedSemaphore', threading.BoundedSemaphore), ('Condition', threading.Condition),
        ('Barrier', threading.Barrier), ('Pool', pool.Pool), ('list', list), ('dict', dict),
        ('Value', Value), ('Array', Array), ('Namespace', Namespace)):
    SyncManager.register(_name, _make)
del _name, _make
