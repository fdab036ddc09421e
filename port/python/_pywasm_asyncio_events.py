"""CPython 3.11 asyncio's event-loop surface over MicroPython's one loop:
AbstractEventLoop (isinstance() says yes for the loop), the event-loop
policies, set_event_loop, Runner, wrap_future, run_coroutine_threadsafe,
Barrier, the stream exceptions and the protocol and transport base classes.
_pywasm_asyncio loads this module when one of these names is first used.

There is one loop (asyncio.core.Loop, a class used as an object):
new_event_loop() empties it and hands it back, so two loops are the same
object and set_event_loop() has nothing to switch. There are no threads:
run_coroutine_threadsafe() schedules the coroutine on the loop and returns
a concurrent.futures.Future it completes, which only a caller that lets the
loop run (awaiting wrap_future() of it) can wait for."""
from asyncio import core
from _pywasm_asyncio import Future, isfuture, iscoroutine, call_soon, Handle, TimerHandle


class _LoopType(type):
    # the loop is the Loop class itself, so isinstance(loop, AbstractEventLoop)
    # is answered here
    def __instancecheck__(cls, obj):
        return obj is core.Loop or issubclass(type(obj), cls)


class AbstractEventLoop(metaclass=_LoopType):
    """The event loop's interface; the loop itself is asyncio.core.Loop."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError


class BaseEventLoop(AbstractEventLoop):
    pass


class SelectorEventLoop(BaseEventLoop):
    """Making one gives the loop (emptied, as new_event_loop())."""

    def __new__(cls, selector=None):
        return core.new_event_loop()


# ---- policies

class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    _loop_factory = SelectorEventLoop

    def __init__(self):
        self._loop = None

    def get_event_loop(self):
        return core.get_event_loop()

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                            % type(loop).__name__)
        self._loop = loop

    def new_event_loop(self):
        return core.new_event_loop()

    def get_child_watcher(self):
        return None

    def set_child_watcher(self, watcher):
        pass


class DefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    pass


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _policy = policy


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def _get_running_loop():
    return core.Loop if core.cur_task is not None else None


def _set_running_loop(loop):
    pass


get_running_loop = core.get_running_loop


# ---- Runner

class Runner:
    """with asyncio.Runner() as runner: runner.run(coro) runs each coroutine
    on the same loop, leaving other tasks to go on in the next run(); close()
    cancels what is left, as asyncio.run() does at its end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 0  # 0 created, 1 initialized, 2 closed
        self._loop = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def _lazy_init(self):
        if self._state == 2:
            raise RuntimeError('Runner is closed')
        if self._state == 0:
            self._loop = core.get_event_loop()
            self._state = 1

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if core.cur_task is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = core.create_task(coro)
        try:
            return core.run_until_complete(task)
        finally:
            core.cur_task = None

    def close(self):
        if self._state != 1:
            return
        try:
            for t in list(core._all_tasks):
                t.cancel()
            core.run_until_complete()
        finally:
            core.cur_task = None
            core.new_event_loop()
            core.Loop._exc_handler = None
            self._loop = None
            self._state = 2


# ---- concurrent.futures

_executor = None


def default_executor():
    global _executor
    if _executor is None:
        from concurrent.futures import ThreadPoolExecutor
        _executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
    return _executor


def _copy_state(source, dest):
    # from a finished future to an unfinished one, of either kind
    if dest.done():
        return
    if source.cancelled():
        dest.cancel()
    elif source.exception() is not None:
        dest.set_exception(source.exception())
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError('concurrent.futures.Future is expected, got {!r}'.format(future))  # CPython asserts
    new = Future()

    def cancel_source(f):
        if f.cancelled():
            future.cancel()

    new.add_done_callback(cancel_source)
    # the copy happens on the loop, as CPython's call_soon_threadsafe
    future.add_done_callback(lambda f: call_soon(_copy_state, f, new))
    return new


def run_coroutine_threadsafe(coro, loop):
    """Run coro as a task on the loop; the concurrent.futures.Future returned
    gets its outcome."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    cf = concurrent.futures.Future()

    def start():
        if not cf.set_running_or_notify_cancel():
            coro.close()
            return
        task = core.create_task(coro)
        task.add_done_callback(lambda t: _copy_state(t, cf))

    call_soon(start)
    return cf


# ---- Barrier (3.11)

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """async with / await barrier.wait(): each party waits until `parties`
    of them have arrived; wait() returns the arrival index."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._count = 0
        self._broken = False
        self._round = Future()

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count)
    broken = property(lambda self: self._broken)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        round = self._round
        if self._count == self._parties:
            self._count = 0
            self._round = Future()
            round.set_result(True)
            return index
        try:
            await round
        except BaseException:
            if not round.done():
                self._count -= 1
            raise
        if not round.result():
            raise BrokenBarrierError
        return index

    async def reset(self):
        self._break()
        self._broken = False

    async def abort(self):
        self._break()

    def _break(self):
        self._broken = True
        self._count = 0
        round, self._round = self._round, Future()
        round.set_result(False)

    def __repr__(self):
        state = 'broken' if self._broken else 'filling'
        return '<%s [%s, waiters:%d/%d]>' % (type(self).__name__, state, self._count, self._parties)


# ---- stream exceptions

class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, '%d bytes read on a total of %s expected bytes' % (len(partial), r_expected))
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed


class SendfileNotAvailableError(RuntimeError):
    pass


# ---- protocols and transports: the base classes that user code subclasses

class BaseProtocol:
    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    def get_buffer(self, sizehint):
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        raise NotImplementedError

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class BaseTransport:
    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    pass


class WriteTransport(BaseTransport):
    pass


class Transport(ReadTransport, WriteTransport):
    pass


class DatagramTransport(BaseTransport):
    pass


class SubprocessTransport(BaseTransport):
    pass
