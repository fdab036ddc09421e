"""The part of CPython 3.11's asyncio that MicroPython's lacks, over its
event loop (asyncio/core.py): Future, call_soon/call_later, TaskGroup,
timeout, wait, as_completed, shield, to_thread, Queue, Semaphore and
Condition. asyncio/__init__.py loads this module when one of these names is
first used (patches 0073 and 0370 list them). There are no threads: to_thread and
run_in_executor call the function in place, blocking the loop meanwhile."""
import heapq
import time
from collections import deque
from asyncio import core
from asyncio.core import CancelledError, InvalidStateError, Task, create_task
from asyncio.event import Event
from asyncio.funcs import wait_for
from asyncio.lock import Lock

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def loop_time():
    return time.ticks_ms() / 1000


# ---- callbacks: a small task per call, so the loop needs nothing new

class Handle:
    """What call_soon returns: cancel() stops the callback if it has not run."""

    def __init__(self, callback, args):
        self._callback, self._args = callback, args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _info(self):
        return _format_callback(self._callback, self._args)

    def __repr__(self):
        if self._cancelled:
            return '<%s cancelled>' % type(self).__name__
        return '<%s %s>' % (type(self).__name__, self._info())


def _format_callback(callback, args):
    # CPython's "f(1, 'a') at file.py:12" in callback messages and reprs
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None) or repr(callback)
    text = '%s(%s)' % (name, ', '.join(repr(a) for a in args))
    code = getattr(getattr(callback, '__func__', callback), '__code__', None)
    if code is not None:
        text += ' at %s:%s' % (code.co_filename, code.co_firstlineno)
    return text


class TimerHandle(Handle):
    """What call_later and call_at return: a Handle that knows when()."""

    def __init__(self, when, callback, args):
        Handle.__init__(self, callback, args)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when

    def _info(self):
        return 'when=%s %s' % (self._when, Handle._info(self))


async def _call(delay, handle):
    if delay > 0:
        await core.sleep(delay)
    if not handle._cancelled:
        try:
            handle._callback(*handle._args)
        except Exception as er:
            core.Loop.call_exception_handler({'message': 'Exception in callback ' + Handle._info(handle),
                                              'exception': er, 'handle': handle})


def _schedule(delay, handle):
    t = Task(_call(delay, handle), None)  # not create_task: not one of all_tasks()
    core._task_queue.push(t)
    return handle


def call_later(delay, callback, *args):
    return _schedule(delay, TimerHandle(loop_time() + delay, callback, args))


def call_soon(callback, *args):
    return _schedule(0, Handle(callback, args))


def isfuture(obj):
    # CPython's test: the class says it is a future (Task, Future, duck-typed
    # futures that set _asyncio_future_blocking)
    return isinstance(obj, (Future, Task)) or getattr(type(obj), '_asyncio_future_blocking', None) is not None


# ---- Future

class _FutureType(type):
    # In CPython a Task is a Future; MicroPython's Task class is its own, so
    # isinstance(task, Future) is answered here (pyee and others test it).
    def __instancecheck__(cls, obj):
        return issubclass(type(obj), cls) or (cls is Future and isinstance(obj, Task))


class Future(metaclass=_FutureType):
    """A result that some other code sets; awaiting it waits for that."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._done = False
        self._result = self._exception = None
        self._cancelled = False
        self._callbacks = []
        self._waiting = core.TaskQueue()

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def result(self):
        if self._cancelled:
            raise CancelledError
        if not self._done:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._cancelled:
            raise CancelledError
        if not self._done:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._done:
            raise InvalidStateError('invalid state')
        self._result = result
        self._finish()

    def set_exception(self, exception):
        if self._done:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._finish()

    def cancel(self, msg=None):
        if self._done:
            return False
        self._cancelled = True
        self._finish()
        return True

    def _finish(self):
        self._done = True
        while self._waiting.peek():
            core._task_queue.push(self._waiting.pop())
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            call_later(0, fn, self)

    def add_done_callback(self, fn, *, context=None):
        if self._done:
            call_later(0, fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def get_loop(self):
        return core.Loop

    def __iter__(self):
        if not self._done:
            self._waiting.push(core.cur_task)
            # so that cancelling the waiting task takes it off _waiting
            core.cur_task.data = self._waiting
            yield
        return self.result()

    __await__ = __iter__

    def __repr__(self):
        state = 'cancelled' if self._cancelled else 'finished' if self._done else 'pending'
        return '<Future %s>' % state


def ensure_future(aw, *, loop=None):
    if isinstance(aw, (Task, Future)):
        return aw
    if hasattr(aw, 'send') or hasattr(aw, '__iter__') or hasattr(aw, '__await__'):
        return core._promote_to_task(aw)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def iscoroutine(obj):
    import inspect
    return inspect.iscoroutine(obj)


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


def all_tasks(loop=None):
    return set(t for t in core._all_tasks if not t.done())


async def to_thread(func, *args, **kwargs):
    # in the default executor, as CPython: the call sees current_thread()
    # named asyncio_0 (it still runs in place, see concurrent.futures)
    from _pywasm_asyncio_events import default_executor
    return await _wrap(default_executor().submit(func, *args, **kwargs))


def _wrap(cf):
    from _pywasm_asyncio_events import wrap_future
    return wrap_future(cf)


# ---- waiting for several

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: {}'.format(return_when))
    fs = set(ensure_future(f) for f in fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    waiter = Future()

    def check(_=None):
        if waiter.done():
            return
        done = [f for f in fs if f.done()]
        if (len(done) == len(fs) or (return_when == FIRST_COMPLETED and done)
                or (return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done))):
            waiter.set_result(None)

    check()
    if not waiter.done():
        for f in fs:
            f.add_done_callback(check)
        timer = None if timeout is None else call_later(timeout, _check_timeout, waiter)
        try:
            await waiter
        finally:
            if timer is not None:
                timer.cancel()
            for f in fs:
                f.remove_done_callback(check)
    done = set(f for f in fs if f.done())
    return done, fs - done


def _check_timeout(waiter):
    if not waiter.done():
        waiter.set_result(None)


def as_completed(fs, *, timeout=None):
    todo = [ensure_future(f) for f in set(fs)]
    finished = Queue()
    for f in todo:
        f.add_done_callback(finished.put_nowait)
    deadline = None if timeout is None else loop_time() + timeout

    async def next_done():
        if deadline is None:
            f = await finished.get()
        else:
            f = await wait_for(finished.get(), max(0, deadline - loop_time()))
        return f.result()

    for _ in range(len(todo)):
        yield next_done()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = Future()

    def copy(inner):
        if outer.done():
            if not inner.cancelled():
                inner.exception()  # retrieved: the outer was cancelled
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(copy)
    return outer


# ---- cancellation requests (Task.cancelling, Task.uncancel)

# CPython 3.11 counts the cancel() requests a task got; its timeout() and
# TaskGroup tell their own cancellations from others' by the count. A
# frozen Task (asyncio/task.py) that lacks uncancel() does not count, so
# this module sets counting versions on Task as it loads, as it sets the
# loop's methods. Both keep the count where CPython does, in
# _num_cancels_requested.
_frozen_cancel = Task.cancel
_frozen_counts = hasattr(Task, 'uncancel')


def _await_chain(task):
    # the task and the tasks it waits on, innermost last: CPython's cancel()
    # reaches each through its _fut_waiter and counts a request on each
    chain = [task]
    while isinstance(task.data, Task):
        task = task.data
        chain.append(task)
    return chain


def _count_requests(chain):
    for t in chain:
        t._num_cancels_requested = t.cancelling() + 1


def _task_cancel(self, msg=None):
    if self.done():
        return False
    if self is core.cur_task:
        # CPython lets a task cancel itself: CancelledError comes at its next
        # await. The frozen loop only cancels a suspended task, so a helper
        # that runs once this one has yielded makes the request.
        self._num_cancels_requested = self.cancelling() + 1
        _schedule(0, Handle(_cancel_suspended, (self, msg)))
        return True
    chain = None if _frozen_counts else _await_chain(self)
    if not _frozen_cancel(self, msg):
        return False
    if chain:
        _count_requests(chain)
    return True


def _cancel_suspended(task, msg):
    if task.done():
        return
    mine = task.cancelling()
    chain = _await_chain(task)
    if _frozen_cancel(task, msg):
        if _frozen_counts:
            # counted when it was asked for
            task._num_cancels_requested = mine
        else:
            _count_requests(chain[1:])


def _task_cancelling(self):
    return getattr(self, '_num_cancels_requested', 0)


def _task_uncancel(self):
    n = self.cancelling()
    if n > 0:
        n -= 1
        self._num_cancels_requested = n
    return n


Task.cancel = _task_cancel
if not _frozen_counts:
    Task.cancelling = _task_cancelling
    Task.uncancel = _task_uncancel


# ---- timeout

class Timeout:
    """async with timeout(delay): cancels the block when the delay passes
    and turns that CancelledError into TimeoutError (3.11's asyncio.Timeout:
    states created, active, expiring, expired, finished)."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError('Cannot change state of %s Timeout' % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        elif when <= loop_time():
            self._timeout_handler = call_soon(self._on_timeout)
        else:
            self._timeout_handler = _loop_call_at(when, self._on_timeout)

    def expired(self):
        # expiring: the block is being cancelled for the deadline
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ''
        if self._state == 'active':
            info = ' when=%s' % (None if self._when is None else round(self._when, 3))
        return '<Timeout [%s]%s>' % (self._state, info)

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = core.current_task()
        self._state = 'active'
        self._task = task
        # requests already pending are not the timeout's
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in ('active', 'expiring')
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            # only when nobody else asked for a cancellation since entry is
            # the CancelledError ours to turn into TimeoutError
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        assert self._state == 'active'
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    return Timeout(None if delay is None else loop_time() + delay)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup

class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) waits for every
    task at the end of the block; the first failure cancels the rest and the
    block, and the failures are raised together as an ExceptionGroup."""

    def __init__(self):
        self._entered = self._exiting = self._aborting = False
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ''
        if self._tasks:
            info += ' tasks=%d' % len(self._tasks)
        if self._errors:
            info += ' errors=%d' % len(self._errors)
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return '<TaskGroup%s>' % info

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % self)
        self._parent_task = core.current_task()
        self._entered = True
        return self

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # the group cancelled its parent: that CancelledError is the
            # group's own unless someone else asked too
            if self._parent_task.uncancel() == 0:
                propagate = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = Future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate is not None and not self._errors:
            raise propagate
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            from _pywasm_exceptiongroup import group
            errors, self._errors = self._errors, None
            raise group('unhandled errors in a TaskGroup', errors) from None
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % self)
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % self)
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % self)
        t = create_task(coro, name=name)
        t.add_done_callback(self._on_task_done)
        self._tasks.add(t)
        return t

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        fut = self._on_completed_fut
        if fut is not None and not self._tasks and not fut.done():
            fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            core.Loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %s is already completed'
                           % (task, self._parent_task),
                'exception': exc, 'task': task})
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---- waiting in line: queues and semaphores

async def _wait(waiters, still):
    """Wait on a Future of one's own in waiters while still() holds. A
    waiter woken but cancelled before it ran passes the wake-up on."""
    while still():
        w = Future()
        waiters.append(w)
        try:
            await w
        except CancelledError:
            w.cancel()
            if w in waiters:
                waiters.remove(w)
            if not still() and not w.cancelled():
                _wake_first(waiters)
            raise


def _wake_first(waiters):
    while waiters:
        w = waiters.popleft()
        if not w.done():
            w.set_result(None)
            return


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        await _wait(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        await _wait(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


# ---- Semaphore, Condition

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        await _wait(self._waiters, self.locked)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._waiters = deque()

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        w = Future()
        self._waiters.append(w)
        try:
            await w
            return True
        finally:
            if w in self._waiters:
                self._waiters.remove(w)
            while True:
                try:
                    await self._lock.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for w in list(self._waiters):
            if woken >= n:
                break
            if not w.done():
                woken += 1
                w.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))

# PEP 585: Future[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(Future, Queue)


# ---- the loop's methods that the frozen Loop class lacks or has in an older
# form; set on it when this module loads (the frozen call_soon and friends load
# it). Loop's functions take no self: it is a class used as the one loop.

def _loop_call_soon(callback, *args, context=None):
    return call_soon(callback, *args)


def _loop_call_later(delay, callback, *args, context=None):
    return call_later(delay, callback, *args)


def _loop_call_at(when, callback, *args, context=None):
    return _schedule(when - loop_time(), TimerHandle(when, callback, args))


def _loop_create_task(coro, *, name=None, context=None):
    return create_task(coro, name=name)


def _loop_run_in_executor(executor, func, *args):
    if executor is None:
        from _pywasm_asyncio_events import default_executor
        executor = default_executor()
    return _wrap(executor.submit(func, *args))


def _loop_default_exception_handler(*args):
    # CPython's is a bound method, loop.default_exception_handler(context);
    # the frozen call_exception_handler passes (loop, context)
    context = args[-1]
    exc = context.get('exception')
    import sys
    print(context.get('message', 'Unhandled exception in event loop'), file=sys.stderr)
    for key in sorted(context):
        if key not in ('message', 'exception'):
            print('%s: %r' % (key, context[key]), file=sys.stderr)
    if exc is not None:
        sys.print_exception(exc, sys.stderr)


_signal_handlers = {}


def _loop_add_signal_handler(sig, callback, *args):
    # recorded, as CPython's checks would pass; WASI delivers no signals to
    # the script, so the callback does not run
    _signal_handlers[sig] = (callback, args)


def _loop_remove_signal_handler(sig):
    return _signal_handlers.pop(sig, None) is not None


async def _nothing(*args):
    return None


def _loop_attrs(L):
    L.call_soon = L.call_soon_threadsafe = _loop_call_soon
    L.call_later = _loop_call_later
    L.call_at = _loop_call_at
    L.create_task = _loop_create_task
    L.run_in_executor = _loop_run_in_executor
    L.default_exception_handler = _loop_default_exception_handler
    L.add_signal_handler = _loop_add_signal_handler
    L.remove_signal_handler = _loop_remove_signal_handler
    L.shutdown_asyncgens = L.shutdown_default_executor = _nothing
    L.set_debug = _set_debug
    L.slow_callback_duration = 0.1


def _set_debug(enabled):
    pass


_loop_attrs(core.Loop)

