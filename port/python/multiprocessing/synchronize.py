"""multiprocessing.synchronize: the threading primitives (processes run as
threads here) with multiprocessing's signatures (acquire(block, timeout)),
errors and reprs."""
import threading
from . import process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event']

SEM_VALUE_MAX = 2147483647
_TOO_MANY = 'semaphore or lock released too many times'


def _timeout(block, timeout):
    # multiprocessing ignores the timeout of a non-blocking acquire; -1 is
    # threading's "no timeout".
    if not block or timeout is None:
        return -1
    return max(timeout, 0)


def _me():
    return process.current_process(), threading.get_ident()


def _owner_name(owner):
    if owner == _me():
        name = owner[0].name
        thread = threading.current_thread().name
        return name if thread == 'MainThread' else name + '|' + thread
    return 'SomeOtherThread' if owner[0] is process.current_process() else 'SomeOtherProcess'


class Lock(threading.Lock):
    def __init__(self, *, ctx=None):
        threading.Lock.__init__(self)
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if threading.Lock.acquire(self, block, _timeout(block, timeout)):
            self._owner = _me()
            return True
        return False

    def release(self):
        if not self._locked:
            raise ValueError(_TOO_MANY)
        self._owner = None
        threading.Lock.release(self)

    def __enter__(self):
        return self.acquire()

    def __repr__(self):
        return '<Lock(owner=%s)>' % (_owner_name(self._owner) if self._locked else 'None')


class RLock(threading.RLock):
    def __init__(self, *, ctx=None):
        threading.RLock.__init__(self)
        self._process = None

    def acquire(self, block=True, timeout=None):
        if threading.RLock.acquire(self, block, _timeout(block, timeout)):
            self._process = process.current_process()
            return True
        return False

    def release(self):
        if not self._is_owned():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        threading.RLock.release(self)

    def __enter__(self):
        return self.acquire()

    def __repr__(self):
        if not self._count:
            return '<RLock(None, 0)>'
        owner = (self._process, self._owner)
        count = self._count if owner == _me() else 'nonzero'
        return '<RLock(%s, %s)>' % (_owner_name(owner), count)


class Semaphore(threading.Semaphore):
    def __init__(self, value=1, *, ctx=None):
        threading.Semaphore.__init__(self, value)

    def acquire(self, block=True, timeout=None):
        return threading.Semaphore.acquire(self, block, max(timeout, 0) if block and timeout is not None else None)

    def __enter__(self):
        return self.acquire()

    def get_value(self):
        return self._value

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def release(self, n=1):
        if self._value + n > self._maxvalue:
            raise ValueError(_TOO_MANY)
        Semaphore.release(self, n)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self._value, self._maxvalue)


class Condition(threading.Condition):
    def __init__(self, lock=None, *, ctx=None):
        threading.Condition.__init__(self, lock or RLock())


class Event(threading.Event):
    def __init__(self, *, ctx=None):
        threading.Event.__init__(self)

    def __repr__(self):
        return '<Event at 0x%x %s>' % (id(self), 'set' if self._flag else 'unset')


class Barrier(threading.Barrier):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        threading.Barrier.__init__(self, parties, action, timeout)
