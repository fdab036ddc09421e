"""threading for an interpreter without threads: a started thread runs
when something waits for it.

pywasm has no _thread and never will. Thread.start() only queues the
thread; the queued threads run, one after another and each to its end, at
the points where a CPython thread would have to wait for others: join(),
a blocking Lock/RLock/Semaphore acquire, Event.wait(), Condition.wait(),
Barrier.wait(), a blocking Queue get(), put() or join(), Future.result(),
time.sleep() (called through the time module), and the end of the program,
which runs the threads still queued unless they are daemons (as CPython's
exit waits for non-daemon threads). A thread that waits runs the others in
turn, so a pool of workers fed through a Queue, producers and consumers,
and threads that wait for an Event the main thread sets all work. An
exception in a thread goes to threading.excepthook, which prints
"Exception in thread NAME:" and the traceback to stderr.

Supported: Thread (default name "Thread-N (target)", daemon, ident,
native_id, run() for subclasses, is_alive() from start() to its end),
current_thread, main_thread, active_count, enumerate, get_ident,
get_native_id, Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
Timer, Barrier, local, excepthook, ExceptHookArgs, settrace/setprofile
(kept, never called), stack_size, TIMEOUT_MAX, ThreadError,
BrokenBarrierError.

Differences: threads never overlap in time, and a thread runs only when
another waits. A wait that no queued thread can end raises RuntimeError
naming the call ("Event.wait() would block forever: ...") instead of
hanging, in a daemon thread it ends that thread quietly (CPython would
leave it blocked until exit); given a timeout it sleeps for it and then
fails as CPython does once it expires (return False, queue.Empty,
BrokenBarrierError). A thread started and never waited for runs only at
exit (a daemon one stops at its first wait or sleep there), so code that
polls shared state in a busy loop without waiting never sees it change. A
thread cannot hand control back to the one that ran it: a producer filling
a bounded queue whose consumer is waiting raises instead of waiting for
room. KeyboardInterrupt in a
target is not given to excepthook: it stops the whole program, as Ctrl-C
does in CPython."""
import sys
import time
from collections import namedtuple
from itertools import count

ThreadError = RuntimeError
TIMEOUT_MAX = 9223372036.0
_IN_PLACE = 'pywasm has no threads, and no started thread is left to run that could end this wait'


class _Abandoned(BaseException):
    # Ends a daemon thread whose wait nothing can end (Thread._bootstrap).
    pass


def _never(call):
    # Nothing else can run while we wait, so the wait could never end. A
    # daemon thread is left blocked, as CPython leaves it until exit.
    if _current is not _main and _current._daemonic:
        raise _Abandoned
    raise RuntimeError('%s would block forever: %s' % (call, _IN_PLACE))


_pending = []  # threads started and not yet run, in order


def _run_next():
    # Run the first queued thread to its end; False when none is queued.
    if not _pending:
        return False
    thread = _pending.pop(0)
    try:
        _run_as(thread, thread._bootstrap)
    finally:
        if thread._abandoned:
            _active[thread._ident] = thread  # blocked for good, still alive
        else:
            thread._stopped = True
    return True


def _wait(call, ready, timeout=None):
    # Wait until ready() is true: the queued threads run one by one until
    # it is. With none left, a wait without a timeout can never end; one
    # with a timeout lets it pass. Returns ready().
    while not ready():
        if _run_next():
            continue
        if timeout is None:
            _never(call)
        _wait_out(timeout)
        return bool(ready())
    return True


def _wait_out(timeout):
    # A bounded wait that nothing can cut short: let the time pass. None
    # (no bound) is the caller's to refuse, through _never().
    if timeout is not None and timeout > 0:
        time.sleep(timeout)


def _lock_timeout(blocking, timeout):
    # The argument checks of _thread's acquire(); -1 means no timeout.
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')


def _class_name(obj):
    cls = type(obj)
    return '%s.%s' % (getattr(cls, '__module__', __name__), cls.__name__)


# ---- locks

class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _lock_timeout(blocking, timeout)
        if blocking:
            _wait('Lock.acquire()', lambda: not self._locked, None if timeout == -1 else timeout)
        if not self._locked:
            self._locked = True
            return True
        return False

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire
    acquire_lock, release_lock, locked_lock = acquire, release, locked

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s _thread.lock object at 0x%x>' % ('locked' if self._locked else 'unlocked', id(self))


class RLock:
    def __init__(self):
        self._owner = None  # ident of the thread holding it
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _lock_timeout(blocking, timeout)
        me = get_ident()
        if blocking:
            _wait('RLock.acquire()', lambda: not self._count or self._owner == me, None if timeout == -1 else timeout)
        if self._count and self._owner != me:
            return False
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s _thread.RLock object owner=%d count=%d at 0x%x>' % (
            'locked' if self._count else 'unlocked', self._owner or 0, self._count, id(self))


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        # A plain Lock has no owner: held counts as ours, as in CPython.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _released(self, call, ready, timeout):
        # The lock is let go while others run, and taken back after, as
        # CPython's wait() does (an RLock with all its levels).
        lock = self._lock
        saved = (lock._owner, lock._count) if isinstance(lock, RLock) else None
        if saved:
            lock._owner, lock._count = None, 0
        else:
            lock.release()
        try:
            return _wait(call, ready, timeout)
        finally:
            if saved:
                _wait(call, lambda: not lock._count)
                lock._owner, lock._count = saved
            else:
                lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = [False]  # set by notify()
        self._waiters.append(waiter)
        try:
            return self._released('Condition.wait()', lambda: waiter[0], timeout)
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            if not self._is_owned():
                raise RuntimeError('cannot wait on un-acquired lock')
            self._released('Condition.wait_for()', predicate, timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        for waiter in self._waiters[:n]:
            waiter[0] = True
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all

    def __repr__(self):
        return '<Condition(%r, %d)>' % (self._lock, len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if blocking:
            _wait('Semaphore.acquire()', lambda: self._value > 0, timeout)
        if self._value > 0:
            self._value -= 1
            return True
        return False

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s at 0x%x: value=%d>' % (_class_name(self), id(self), self._value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n

    def __repr__(self):
        return '<%s at 0x%x: value=%d/%d>' % (_class_name(self), id(self), self._value, self._initial_value)


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def __repr__(self):
        return '<%s at 0x%x: %s>' % (_class_name(self), id(self), 'set' if self._flag else 'unset')

    def wait(self, timeout=None):
        return _wait('Event.wait()', lambda: self._flag, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._parties, self._action, self._timeout = parties, action, timeout
        self._broken = False
        self._count = 0  # arrived in this round
        self._round = 0

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count)
    broken = property(lambda self: self._broken)

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count == self._parties:
            # The last to arrive runs the action and lets the round go.
            if self._action:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            self._count = 0
            self._round += 1
            return index
        this_round = self._round
        if timeout is None:
            timeout = self._timeout
        try:
            arrived = _wait('Barrier.wait()', lambda: self._round != this_round or self._broken, timeout)
        except RuntimeError:
            self._broken = True
            raise
        if self._broken or not arrived:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._broken = False
        self._count = 0

    def __repr__(self):
        if self._broken:
            return '<%s at 0x%x: broken>' % (_class_name(self), id(self))
        return '<%s at 0x%x: waiters=%d/%d>' % (_class_name(self), id(self), self._count, self._parties)

    def abort(self):
        self._broken = True


class local:
    """Attributes for "this thread". Threads never overlap here, so each
    local holds the running thread's attributes in its own __dict__, and
    _run_as swaps them whenever another thread's code starts or ends. As
    in CPython, a subclass's __init__ runs again, with the constructor's
    arguments, on a thread's first use of the object."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and getattr(cls, '__init__', None) in (None, object.__init__):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        # [(args, kwargs), {thread ident: its saved attributes}, the ident
        # whose attributes __dict__ holds, whether __init__ ran for it]
        _locals[id(self)] = (self, [(args, kwargs), {}, _current._ident, True])
        return self

    def __getattr__(self, name):
        # Only names missing from __dict__ come here.
        if _local_first_use(self):
            return getattr(self, name)
        kind = '_thread._local' if type(self) is local else type(self).__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (kind, name))

    def __setattr__(self, name, value):
        _local_first_use(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        _local_first_use(self)
        object.__delattr__(self, name)


_locals = {}  # id -> (local, its state, as local.__new__ describes it)


def _local_first_use(obj):
    # Run __init__ if this is the running thread's first use of obj.
    state = _locals[id(obj)][1]
    if state[3]:
        return False
    state[3] = True
    init = getattr(type(obj), '__init__', None)
    if init is not None:
        args, kwargs = state[0]
        init(obj, *args, **kwargs)
    return True


def _locals_switch(ident, ended=None):
    # Put the attributes of thread `ident` into each local (none yet if it
    # never used it); a thread that ended leaves nothing behind.
    for obj, state in _locals.values():
        saved = state[1]
        if state[2] != ended:
            saved[state[2]] = dict(obj.__dict__)
        for name in list(obj.__dict__):
            object.__delattr__(obj, name)
        mine = saved.pop(ident, None)
        state[2], state[3] = ident, mine is not None
        if mine:
            for name, value in mine.items():
                object.__setattr__(obj, name, value)
        saved.pop(ended, None)


# ---- threads

ExceptHookArgs = namedtuple('ExceptHookArgs', 'exc_type exc_value exc_traceback thread')


def excepthook(args):
    if args.exc_type is SystemExit:
        return  # a thread that calls sys.exit() just ends
    import traceback
    err = sys.stderr
    name = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % name, file=err)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=err)


__excepthook__ = excepthook

_names = count(1)      # the N of "Thread-N"
_idents = count(1)     # thread ids: the main thread is 1
_active = {}           # ident -> Thread now running (the main thread always)
_current = None        # the Thread whose code is running
_trace_hook = _profile_hook = None


def _run_as(thread, fn, *args, **kwargs):
    # Call fn in place with thread as current_thread(); a queued thread
    # (_run_next) and the executor workers of concurrent.futures come
    # through here.
    global _current
    if thread._ident is None:
        thread._ident = thread._native_id = next(_idents)
        thread._started.set()
    outer = thread._alive  # a thread re-entered further up the stack
    prev, _current = _current, thread
    _active[thread._ident] = thread
    thread._alive = True
    if _locals:
        _locals_switch(thread._ident)
    try:
        return fn(*args, **kwargs)
    finally:
        _current = prev
        if not outer:
            thread._alive = False
            del _active[thread._ident]
        if _locals:
            _locals_switch(prev._ident, None if outer else thread._ident)


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name:
            name = str(name)
        else:
            name = 'Thread-%d' % next(_names)
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._target, self._args, self._kwargs = target, args, kwargs or {}
        self._name = name
        self._daemonic = current_thread().daemon if daemon is None else bool(daemon)
        self._ident = self._native_id = None
        self._started = Event()
        self._alive = self._stopped = self._abandoned = False

    def start(self):
        if not hasattr(self, '_started'):
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        self._ident = self._native_id = next(_idents)
        self._started.set()
        _active[self._ident] = self
        _pending.append(self)

    def _bootstrap(self):
        try:
            self.run()
        except (KeyboardInterrupt, _Abandoned) as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            self._abandoned = True
        except BaseException as e:
            try:
                excepthook(ExceptHookArgs(type(e), e, getattr(e, '__traceback__', None), self))
            except Exception as hook_error:
                # CPython hands a failing hook's error to sys.excepthook.
                sys.print_exception(hook_error, sys.stderr)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # As CPython: do not keep the arguments alive after the run.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        # The queued threads run until this one has (a thread waiting
        # further up the stack cannot end here: the wait raises).
        _wait('Thread.join()', lambda: self._stopped, timeout)

    def is_alive(self):
        return self._alive or (self._started.is_set() and not self._stopped)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = bool(daemonic)

    ident = property(lambda self: self._ident)
    native_id = property(lambda self: self._native_id)

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._ident = self._native_id = next(_idents)
        self._started.set()
        self._alive = True
        _active[self._ident] = self


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless
    cancel() came first. It runs, as any thread, when something waits."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args, self.kwargs = args or [], kwargs or {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)  # set by cancel(): returns at once
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main = _current = _MainThread()


_exiting = False


_time_sleep = time.sleep


def _sleep(seconds):
    # time.sleep() lets the other threads run, as a CPython thread's sleep
    # does: the queued ones run first. A daemon thread that sleeps while the
    # program ends stops there, as CPython's end kills it.
    if _exiting and _current._daemonic:
        raise _Abandoned
    while _run_next():
        pass
    _time_sleep(seconds)


def _shutdown():
    # The end of the program: the threads still queued run now (CPython's
    # would have run meanwhile); it waits for the non-daemon ones, and a
    # daemon one stops at its first wait or sleep.
    global _exiting
    _exiting = True
    while _run_next():
        pass


time.sleep = _sleep
import atexit  # noqa: E402
atexit.register(_shutdown)
del atexit


def current_thread():
    return _current


def main_thread():
    return _main


def get_ident():
    return _current._ident


def get_native_id():
    return _current._native_id


def active_count():
    return len(_active)


def enumerate():
    return list(_active.values())


currentThread, activeCount = current_thread, active_count


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0
