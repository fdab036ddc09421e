# contextlib.AbstractContextManager recognises any class with __enter__ and
# __exit__ (files, StringIO, locks, user classes), as CPython's __subclasshook__
# does; ExitStack's TypeError names the type as CPython does.
import asyncio
import contextlib
import io
import threading


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class NoExit:
    def __enter__(self):
        return self


class Disabled(Managed):
    __exit__ = None


class AManaged:
    async def __aenter__(self):
        return 1

    async def __aexit__(self, *exc):
        return None


ACM = contextlib.AbstractContextManager
print(issubclass(io.StringIO, ACM), isinstance(io.BytesIO(), ACM), isinstance(threading.Lock(), ACM))
print(issubclass(Managed, ACM), issubclass(NoExit, ACM), issubclass(Disabled, ACM), issubclass(int, ACM))
with open(__file__) as f:
    print(isinstance(f, ACM))
AACM = contextlib.AbstractAsyncContextManager
print(issubclass(AManaged, AACM), issubclass(Managed, AACM), isinstance(contextlib.nullcontext(), AACM))


class Sub(ACM):
    pass


print(issubclass(Managed, Sub), issubclass(Sub, ACM))
try:
    contextlib.ExitStack().enter_context(NoExit())
except TypeError as e:
    print(e)
try:
    contextlib.ExitStack().enter_context(3)
except TypeError as e:
    print(e)


async def main():
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(AManaged()))
        try:
            await st.enter_async_context(Managed())
        except TypeError as e:
            print(e)


asyncio.run(main())
