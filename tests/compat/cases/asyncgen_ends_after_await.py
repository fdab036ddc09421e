# An async generator whose body ends right after an await (the usual
# `yield x; await asyncio.sleep(0)` loop) ends the iteration; it raised
# RuntimeError: generator raised StopIteration. Also through asend and
# aclose, and an early break.
import asyncio


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def echo():
    received = yield 'ready'
    while received is not None:
        await asyncio.sleep(0)
        received = yield received * 2
    await asyncio.sleep(0)


async def main():
    print([x async for x in ticker(3)])
    async for x in ticker(5):
        if x == 2:
            break
    print('broke at', x)
    gen = echo()
    print(await gen.asend(None), await gen.asend(4), await gen.asend(5))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    closing = ticker(4)
    print(await closing.__anext__())
    await closing.aclose()
    print('closed')


asyncio.run(main())
