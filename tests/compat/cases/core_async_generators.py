# Async generators (PEP 525): async for over them, __anext__/asend/athrow/aclose,
# their finally blocks, methods, and cancellation while they await.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        got = yield i
        if got is not None:
            print('got', got)
    print('agen done')

async def ticker(delay):
    i = 0
    try:
        while True:
            await asyncio.sleep(delay)
            yield i
            i += 1
    finally:
        print('ticker closed at', i)

class Counter:
    async def items(self):
        for c in 'ab':
            yield c

async def main():
    async for x in agen(3):
        print('agen', x)
    g = agen(2)
    print(await g.__anext__(), await g.asend('hello'))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    t = ticker(0.001)
    async for i in t:
        if i == 2:
            break
    await t.aclose()
    async for c in Counter().items():
        print('method', c)
    g = agen(5)
    await g.__anext__()
    try:
        await g.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow', e)
    async def forever():
        try:
            while True:
                await asyncio.sleep(0.01)
                yield
        finally:
            print('forever closed')  # how many ticks depends on the machine's load

    async def timed():
        async for x in forever():
            pass
    try:
        await asyncio.wait_for(timed(), 0.035)
    except TimeoutError:
        print('timed out')
asyncio.run(main())


async def syntax_error():
    try:
        exec('async def f():\n    yield from [1]\n')
    except SyntaxError as e:
        print('SyntaxError', e.msg)

asyncio.run(syntax_error())

# Async comprehensions (PEP 530, patch 0077)

async def agen2(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def comprehensions():
    print([x async for x in agen2(4)])
    print([x * y async for x in agen2(3) for y in range(2) if x])
    print({x async for x in agen2(3)}, {x: x * x async for x in agen2(3)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen2(3) if await double(x) > 0])
    print([[y async for y in agen2(x)] for x in range(3)])
    print([x for x in range(2) for _ in [await double(x)]])
    g = (x * 10 async for x in agen2(3))
    print(type(g).__name__ != 'list', [v async for v in g])
    print([v async for v in (await double(x) for x in range(3))])
    print(sum([x async for x in agen2(5)]), [(a, b) async for a in agen2(2) async for b in agen2(2)])

asyncio.run(comprehensions())

def sync():
    try:
        exec('async def f():\n    return [x async for x in g]\n')
        print('async def ok')
        exec('def f():\n    return [x async for x in g]\n')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
sync()
