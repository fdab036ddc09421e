# asyncio: Barrier (3.11), stream exceptions, protocol and transport base classes
import asyncio


async def party(b, name, delay, out):
    await asyncio.sleep(delay)
    i = await b.wait()
    out.append((name, i))


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    out = []
    await asyncio.gather(*(party(b, n, d, out) for n, d in (('a', 0.03), ('b', 0.01), ('c', 0.02))))
    print(sorted(out, key=lambda x: x[1]))
    print('reusable:', b.n_waiting, b.broken)
    out = []
    await asyncio.gather(*(party(b, n, d, out) for n, d in (('x', 0.0), ('y', 0.01), ('z', 0.02))))
    print(sorted(out, key=lambda x: x[1]))

    # abort breaks the waiters
    b2 = asyncio.Barrier(2)
    async def waiter():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            return 'broken'
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    print('waiting:', b2.n_waiting)
    await b2.abort()
    print(await t, b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', isinstance(e, RuntimeError))
    await b2.reset()
    print('after reset:', b2.broken)

    async with asyncio.Barrier(1) as pos:
        print('async with:', pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

    e = asyncio.IncompleteReadError(b'ab', 5)
    print(type(e).__mro__[1].__name__, e, e.partial, e.expected)
    e = asyncio.IncompleteReadError(b'ab', None)
    print(e)
    e = asyncio.LimitOverrunError('too long', 7)
    print(e, e.consumed)

    class Echo(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport
        def data_received(self, data):
            print('got', data)
    p = Echo()
    p.connection_made(None)
    p.data_received(b'hi')
    print(p.eof_received(), p.connection_lost(None))
    print(issubclass(asyncio.Protocol, asyncio.BaseProtocol), issubclass(asyncio.DatagramProtocol, asyncio.BaseProtocol),
          issubclass(asyncio.SubprocessProtocol, asyncio.BaseProtocol), issubclass(asyncio.BufferedProtocol, asyncio.BaseProtocol))
    print(issubclass(asyncio.Transport, asyncio.BaseTransport), issubclass(asyncio.Transport, asyncio.ReadTransport),
          issubclass(asyncio.Transport, asyncio.WriteTransport))

asyncio.run(main())
