"""contextlib: contextmanager, asynccontextmanager (their helpers
_GeneratorContextManager and _AsyncGeneratorContextManager, as CPython's, for
libraries that subclass them), ContextDecorator, AsyncContextDecorator,
AbstractContextManager, closing, aclosing, nullcontext, suppress, ExitStack,
AsyncExitStack, chdir, redirect_stdout/redirect_stderr."""
import sys
import _pywasm_compat
from functools import wraps as _wraps


def _qualname(t):
    # how CPython's ExitStack names a type in its TypeError
    return '%s.%s' % (getattr(t, '__module__', 'builtins'), getattr(t, '__qualname__', t.__name__))


def _defines(t, names):
    # CPython's _check_methods: each name found along the MRO, and not None
    for name in names:
        for base in getattr(t, '__mro__', ()):
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # Asked by the interpreter for a class not deriving from cls: as
        # CPython's __subclasshook__, any class with __enter__ and __exit__
        # is one (io.StringIO, open files, locks...), subclasses use the MRO.
        return cls is AbstractContextManager and _defines(t, ('__enter__', '__exit__'))


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        return cls is AbstractAsyncContextManager and _defines(t, ('__aenter__', '__aexit__'))


class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*a, **k):
            with self._recreate_cm():
                return func(*a, **k)
        return inner


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*a, **k):
            async with self._recreate_cm():
                return await func(*a, **k)
        return inner


class _GeneratorContextManagerBase:
    # what contextmanager() and asynccontextmanager() return: the generator
    # made by the call, and the call itself, to make it again as a decorator
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = getattr(type(self), '__doc__', None) if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # the call is not needed again once entered (as CPython's)
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if val is None:
            val = typ()
        try:
            self.gen.throw(val)
        except StopIteration as e:
            return e is not val
        except RuntimeError as e:
            if e is val:
                return False
            # a StopIteration raised in the with block comes back as the
            # RuntimeError the generator turned it into
            if isinstance(val, StopIteration) and e.__cause__ is val:
                return False
            raise
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, val, tb):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if val is None:
            val = typ()
        try:
            await self.gen.athrow(val)
        except StopAsyncIteration as e:
            return e is not val
        except RuntimeError as e:
            if e is val:
                return False
            if isinstance(val, (StopIteration, StopAsyncIteration)) and e.__cause__ is val:
                return False
            raise
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    @_wraps(func)
    def helper(*a, **k):
        return _GeneratorContextManager(func, a, k)
    return helper


def asynccontextmanager(func):
    @_wraps(func)
    def helper(*a, **k):
        return _AsyncGeneratorContextManager(func, a, k)
    return helper


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        pass


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exc = exceptions

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self._exc)


class _Redirect(AbstractContextManager):
    # sys.stdout/sys.stderr are replaceable (patch 0023), and print() writes
    # to the current sys.stdout. Re-entrant: each __enter__ saves the stream
    # it replaced.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_Redirect):
    _stream = 'stdout'


class redirect_stderr(_Redirect):
    _stream = 'stderr'


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path
        self._old = []

    def __enter__(self):
        import os
        self._old.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        import os
        os.chdir(self._old.pop())


class ExitStack(AbstractContextManager):
    def __init__(self):
        self._cbs = []

    def pop_all(self):
        s = type(self)()
        s._cbs, self._cbs = self._cbs, []
        return s

    def push(self, exit):
        f = getattr(type(exit), '__exit__', None)
        if f is None:
            self._cbs.append((False, exit))
        else:
            self._cbs.append((False, lambda *e: f(exit, *e)))
        return exit

    def enter_context(self, cm):
        t = type(cm)
        try:
            enter, exit = t.__enter__, t.__exit__
        except AttributeError:
            raise TypeError("'%s' object does not support the context manager protocol" % _qualname(t))
        r = enter(cm)
        self._cbs.append((False, lambda *e: exit(cm, *e)))
        return r

    def callback(self, cb, *a, **k):
        def f(*e):
            cb(*a, **k)
        self._cbs.append((False, f))
        return cb

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, typ, val, tb):
        received = typ is not None
        suppressed = False
        pending = None
        while self._cbs:
            _, cb = self._cbs.pop()
            try:
                if cb(typ, val, tb):
                    suppressed = True
                    pending = None
                    typ = val = tb = None
            except BaseException as e:
                typ, val, tb = type(e), e, None
                pending = e
                suppressed = False
        if pending is not None:
            raise pending
        return received and suppressed


class AsyncExitStack(ExitStack):
    async def enter_async_context(self, cm):
        t = type(cm)
        try:
            aenter, aexit = t.__aenter__, t.__aexit__
        except AttributeError:
            raise TypeError("'%s' object does not support the asynchronous context manager protocol"
                            % _qualname(t))
        r = await aenter(cm)
        self._cbs.append((True, lambda *e: aexit(cm, *e)))
        return r

    def push_async_callback(self, cb, *a, **k):
        async def f(*e):
            await cb(*a, **k)
        self._cbs.append((True, f))
        return cb

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        received = typ is not None
        suppressed = False
        pending = None
        while self._cbs:
            is_async, cb = self._cbs.pop()
            try:
                r = cb(typ, val, tb)
                if is_async:
                    r = await r
                if r:
                    suppressed, pending = True, None
                    typ = val = tb = None
            except BaseException as e:
                typ, val, tb, pending, suppressed = type(e), e, None, e, False
        if pending is not None:
            raise pending
        return received and suppressed

# PEP 585: AbstractContextManager[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(AbstractContextManager, AbstractAsyncContextManager)
