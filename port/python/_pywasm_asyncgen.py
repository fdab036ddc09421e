"""Async generators (PEP 525) over MicroPython's generators.

A MicroPython coroutine is a generator, and an `async def` with `yield` in
it is one too: its awaits and its yields both suspend it. The compiler
(patch 0075) makes each `yield v` in an async def yield Value(v), so the
code here, which drives the generator, can tell a value meant for the
`async for` from an await that must suspend the task. A generator's
`__aiter__`, `__anext__`, `asend`, `athrow` and `aclose` land here."""


class Value:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


class AsyncGenerator:
    def __init__(self, gen):
        self._gen = gen

    def __aiter__(self):
        return self

    def __anext__(self):
        return self._step(None, None)

    def asend(self, value):
        return self._step(value, None)

    def athrow(self, typ, val=None, tb=None):
        return self._step(None, typ if val is None else val)

    def aclose(self):
        return self._close()

    def _step(self, value, error):
        # A generator function, so the result is an awaitable: it runs the
        # async generator to its next Value.
        gen = self._gen
        try:
            r = yield from _drive(gen, gen.throw(error) if error is not None else gen.send(value))
        except StopIteration:
            raise StopAsyncIteration
        return r.value

    def _close(self):
        gen = self._gen
        try:
            yield from _drive(gen, gen.throw(GeneratorExit))
        except (StopIteration, StopAsyncIteration, GeneratorExit):
            return None
        raise RuntimeError('async generator ignored GeneratorExit')


def _drive(gen, r):
    """Pass what gen's awaits yield (r first) up to the event loop, and the
    loop's answers or a cancellation back down, until gen yields a Value."""
    while not isinstance(r, Value):
        try:
            answer = yield r
        except BaseException as e:
            r = _resume(gen.throw, e)
        else:
            r = _resume(gen.send, answer)
    return r


def _resume(method, arg):
    # The body ending after an await (`yield x; await sleep(0)` in a loop)
    # ends the iteration: its StopIteration would leave _drive, a
    # generator, as a RuntimeError.
    try:
        return method(arg)
    except StopIteration:
        raise StopAsyncIteration from None
