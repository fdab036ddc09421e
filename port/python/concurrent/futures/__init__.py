"""concurrent.futures for an interpreter without threads: every call runs in
place, at the moment CPython would hand it to a worker.

Supported: ThreadPoolExecutor and ProcessPoolExecutor (submit, map,
shutdown(wait=True, *, cancel_futures=False), with-statement; their
constructor arguments, initializer included), the Executor base class,
Future (result, exception, done, cancel, cancelled, running,
add_done_callback, set_result, set_exception, set_running_or_notify_cancel),
wait() returning DoneAndNotDoneFutures, as_completed(), FIRST_COMPLETED,
FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError (the builtin, as
in 3.11), InvalidStateError, BrokenExecutor.

How it differs: submit() calls the function before it returns and hands
back a finished Future holding the result or the exception, so cancel()
on it returns False. map() makes every call when it is called, as CPython
submits everything up front, and a call's exception is raised when the
iteration reaches its result. as_completed() yields finished futures in the
order given (duplicates once): work completes in submission order here, so
this is the order CPython's would be too. A ThreadPoolExecutor call runs
with current_thread() set to the pool's one worker ("ThreadPoolExecutor-N_0"
or "<thread_name_prefix>_0"), and the initializer runs once, before the first
call (CPython runs it in each worker thread it starts); if it raises, that
Future holds BrokenThreadPool and later submits raise it. ProcessPoolExecutor
is the same in-place executor: calls run in this process, so arguments need
not pickle and changes to globals stay visible. A Future that nothing
completed (one made by hand) makes result(), exception(), wait() and
as_completed() let the threads started with threading run (one of them may
complete it) and, when none is left, raise RuntimeError without a timeout
("Future.result() would block forever: ...") or, with one, sleep for it and
raise TimeoutError as CPython does when it expires."""
import os
import time
from collections import namedtuple
from itertools import count
import threading
from threading import _wait

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'

TimeoutError = TimeoutError


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class BrokenThreadPool(BrokenExecutor):
    pass


class BrokenProcessPool(BrokenExecutor):
    pass


def _logger():
    # Imported on first use: most scripts never log from here. Callers pass
    # the exception itself, as importing may reset sys.exc_info().
    import logging
    return logging.getLogger('concurrent.futures')


class Future:
    def __init__(self):
        self._state = PENDING
        self._result = self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        state = 'cancelled' if self._state == CANCELLED_AND_NOTIFIED else self._state.lower()
        if self._state == FINISHED:
            if self._exception is not None:
                state += ' raised ' + type(self._exception).__name__
            else:
                state += ' returned ' + type(self._result).__name__
        return '<%s at 0x%x state=%s>' % (type(self).__name__, id(self), state)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _logger().exception('exception calling callback for %r', self, exc_info=e)
        self._done_callbacks = []

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state == PENDING:
            self._state = CANCELLED
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _wait(self, call, timeout):
        # Only a hand-made future can still be open: a started thread may
        # finish it (threading runs them while we wait).
        if self.cancelled():
            raise CancelledError()
        if not _wait(call, self.done, timeout):
            raise TimeoutError()
        if self.cancelled():
            raise CancelledError()

    def result(self, timeout=None):
        self._wait('Future.result()', timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait('Future.exception()', timeout)
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as e:
            _logger().exception('exception calling callback for %r', self, exc_info=e)

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result, self._exception = result, exception
        self._state = FINISHED
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if (not not_done or (return_when == FIRST_COMPLETED and done)
            or (return_when == FIRST_EXCEPTION
                and any(not f.cancelled() and f.exception() is not None for f in done))):
        return DoneAndNotDoneFutures(done, not_done)
    def ready():
        now = [f for f in fs if f.done()]
        return (len(now) == len(fs) or (return_when == FIRST_COMPLETED and now)
                or (return_when == FIRST_EXCEPTION
                    and any(not f.cancelled() and f.exception() is not None for f in now)))
    _wait('concurrent.futures.wait()', ready, timeout)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else time.monotonic() + timeout
    seen, pending = set(), []
    for f in fs:
        if f not in seen:
            seen.add(f)
            pending.append(f)
    total = len(pending)
    while pending:
        # Re-checked after each batch: the consumer may finish hand-made ones.
        done = [f for f in pending if f.done()]
        if not done:
            left = None if end is None else max(0, end - time.monotonic())
            if not _wait('as_completed()', lambda: any(f.done() for f in pending), left):
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            continue
        for f in done:
            pending.remove(f)
            yield f


class Executor:
    """The base class: a subclass provides submit(); map() builds on it."""

    def submit(self, fn, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    yield futures.pop().result()
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _InPlaceExecutor(Executor):
    # What both pools share: each submit() runs its call to the end.
    _broken_class = BrokenExecutor
    _broken_message = 'the executor is not usable anymore'

    def __init__(self, max_workers, initializer, initargs):
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._initializer, self._initargs = initializer, initargs
        self._broken = False
        self._shutdown = False

    def _call(self, fn, *args, **kwargs):
        return fn(*args, **kwargs)

    def submit(self, fn, *args, **kwargs):
        if self._broken:
            raise self._broken_class(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        if self._initializer is not None:
            # The first call is where CPython would start the first worker.
            init, self._initializer = self._initializer, None
            try:
                self._call(init, *self._initargs)
            except BaseException as e:
                _logger().critical('Exception in initializer:', exc_info=e)
                self._broken = self._broken_message
                future.set_exception(self._broken_class(self._broken))
                return future
        future.set_running_or_notify_cancel()
        try:
            result = self._call(fn, *args, **kwargs)
        except KeyboardInterrupt:
            raise  # Ctrl-C stops the program; a worker would never see it
        except BaseException as e:
            future.set_exception(e)
        else:
            future.set_result(result)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True  # nothing is ever queued: no work to wait for


class ThreadPoolExecutor(_InPlaceExecutor):
    _counter = count()
    _broken_class = BrokenThreadPool
    _broken_message = 'A thread initializer failed, the thread pool is not usable anymore'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        _InPlaceExecutor.__init__(self, max_workers, initializer, initargs)
        self._thread_name_prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % next(self._counter)
        self._worker = None

    def _call(self, fn, *args, **kwargs):
        # Run as the pool's worker thread, so current_thread() names it.
        if self._worker is None:
            self._worker = threading.Thread(name=self._thread_name_prefix + '_0')
        return threading._run_as(self._worker, fn, *args, **kwargs)


class ProcessPoolExecutor(_InPlaceExecutor):
    _broken_class = BrokenProcessPool
    _broken_message = 'A child process terminated abruptly, the process pool is not usable anymore'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        _InPlaceExecutor.__init__(self, max_workers, initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError('chunksize must be >= 1.')
        return Executor.map(self, fn, *iterables, timeout=timeout)

# PEP 585: Future[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(Future)
