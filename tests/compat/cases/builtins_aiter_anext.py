# aiter() and anext() (3.10): over an async generator and a class with
# __aiter__/__anext__, with and without a default, and their TypeErrors.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(numbers(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    c = aiter(Countdown(2))
    print(c.__class__.__name__, await anext(c), await anext(c), await anext(c, None))
    for bad in (1, [1]):
        for fn in (aiter, anext):
            try:
                fn(bad)
            except TypeError as e:
                print(fn.__name__, e)


asyncio.run(main())
