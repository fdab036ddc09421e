"""multiprocessing.pool: Pool and ThreadPool without processes or threads.
Each apply_async/map_async/imap call queues one piece of work as a thread
(see threading); it runs, chunk after chunk, in the pool's first worker
(current_process() is "ForkPoolWorker-1", or current_thread() is
"Thread-N (worker)" for a ThreadPool) when a result, join() or any other
wait needs it. imap's next() runs the next chunk at once when nothing
submitted earlier is waiting, so it can consume an endless iterable."""
import itertools
import os
import threading
from collections import deque
from . import process
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT, RUN, CLOSE, TERMINATE = 'INIT', 'RUN', 'CLOSE', 'TERMINATE'
job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def _get_tasks(func, it, size):
    it = iter(it)
    while 1:
        x = tuple(itertools.islice(it, size))
        if not x:
            return
        yield (func, x)


class Pool:
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool, self._jobs = [], []
        self._state = INIT
        if context is None:
            from .context import _default_context
            context = _default_context.get_context()
        self._ctx = context
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError('maxtasksperchild must be a positive int or None')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes, self._maxtasksperchild = processes, maxtasksperchild
        self._initializer, self._initargs = initializer, initargs
        self._pool = [self._new_worker() for _ in range(processes)]
        for _ in range(3):
            next(threading._names)  # CPython's three handler threads take Thread-N names
        me = process.current_process()
        self._parent = process._ParentProcess(me.name, me.ident)
        self._worker_thread = threading.Thread(name='MainThread', daemon=False)
        self._state = RUN

    def _new_worker(self):
        w = self._ctx.Process(daemon=True)
        w.name = w.name.replace('Process', 'PoolWorker')
        w._begin()  # started, with a pid, but it never runs by itself
        return w

    def _in_worker(self, fn):
        return process._run_in(self._pool[0], self._parent, threading._run_as, self._worker_thread, fn)

    def _task(self, func, args, kwds):
        # One task in the worker, as CPython's worker(): (True, result) or
        # (False, exception). The initializer runs before the first one.
        try:
            if self._initializer is not None:
                init, self._initializer = self._initializer, None
                self._in_worker(lambda: init(*self._initargs))
            return True, self._in_worker(lambda: func(*args, **kwds))
        except Exception as e:
            return False, e

    def _submit(self, work):
        t = threading.Thread(target=work, name='pool-task', daemon=False)
        t.start()
        self._jobs.append(t)
        return t

    def __repr__(self):
        cls = type(self)
        return '<%s.%s state=%s pool_size=%d>' % (cls.__module__, cls.__name__, self._state, len(self._pool))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError('Pool not running')

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(lambda: result._set(0, self._task(func, args, kwds)))
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        try:
            length = len(iterable)
        except TypeError:
            iterable = list(iterable)
            length = len(iterable)
        if chunksize is None:
            chunksize, extra = divmod(length, len(self._pool) * 4)
            if extra:
                chunksize += 1
        if length == 0:
            chunksize = 0
        batches = list(_get_tasks(func, iterable, chunksize))
        result = MapResult(self, chunksize, length, callback, error_callback)

        def work():
            for i, batch in enumerate(batches):
                result._set(i, self._task(mapper, (batch,), {}))
        if batches:
            self._submit(work)
        return result

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize != 1 and chunksize < 1:
            raise ValueError('Chunksize must be 1+, not %d' % chunksize)
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize != 1 and chunksize < 1:
            raise ValueError('Chunksize must be 1+, not {0!r}'.format(chunksize))
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, cls, func, iterable, chunksize):
        if chunksize == 1:
            return cls(self, ((func, (x,)) for x in iterable))
        result = cls(self, ((mapstar, (batch,)) for batch in _get_tasks(func, iterable, chunksize)))
        return (item for chunk in result for item in chunk)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        for t in self._jobs:
            process._unqueue(t)
        self._end_workers(-15)

    def join(self):
        if self._state == RUN:
            raise ValueError('Pool is still running')
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError('In unknown state')
        threading._wait('Pool.join()', lambda: all(t._stopped for t in self._jobs))
        self._end_workers(0)

    def _end_workers(self, code):
        kids = process.current_process()._kids
        for w in self._pool:
            w._end(code)
            kids.discard(w)

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = next(job_counter)
        self._callback, self._error_callback = callback, error_callback
        self._done = False

    def ready(self):
        return self._done

    def successful(self):
        if not self._done:
            raise ValueError('{0!r} not ready'.format(self))
        return self._success

    def wait(self, timeout=None):
        threading._wait('AsyncResult.wait()', self.ready, timeout)

    def get(self, timeout=None):
        threading._wait('AsyncResult.get()', self.ready, timeout)
        if not self._done:
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._done = True
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._done = True
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        # As CPython's: the first exception is kept, and the result is
        # ready (callbacks called) once every chunk has run.
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success, self._value = False, result
        if self._number_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            self._done = True
            self._pool = None


class IMapIterator:
    def __init__(self, pool, tasks):
        self._pool = pool
        self._job = next(job_counter)
        self._tasks = tasks  # (fn, args) for each task, made as needed
        self._items = deque()
        self._done = False
        self._thread = pool._submit(self._drain)

    def _step(self):
        try:
            fn, args = next(self._tasks)
        except StopIteration:
            self._done = True
            return
        except Exception as e:
            # The iterable itself failed: that ends it, as in CPython.
            self._done = True
            self._items.append((False, e))
            return
        self._items.append(self._pool._task(fn, args, {}))

    def _drain(self):
        while not self._done:
            self._step()

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while not self._items:
            if self._done:
                raise StopIteration
            pending = threading._pending
            if self._thread in pending and pending[0] is not self._thread:
                threading._run_next()  # work submitted earlier runs first
            elif self._thread._stopped and not self._done:
                # The pool was terminated before its turn: nothing will come.
                threading._wait('IMapIterator.next()', lambda: False, timeout)
                raise TimeoutError
            else:
                self._step()
        success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    pass  # results come in order: tasks run one after another


class ThreadPool(Pool):
    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
        self._worker_thread = self._pool[0]

    def _new_worker(self):
        return threading.Thread(name='Thread-%d (worker)' % next(threading._names), daemon=False)

    def _in_worker(self, fn):
        return threading._run_as(self._worker_thread, fn)

    def _end_workers(self, code):
        pass
