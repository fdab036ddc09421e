# asyncio: the loop's call_soon/call_later/call_at handles, loop.time(), create_future,
# isfuture (a Task is a Future), executors, to_thread, wrap_future, run_coroutine_threadsafe
import asyncio
import concurrent.futures
import threading

log = []


def cb(name, *args):
    log.append((name,) + args)


async def main():
    loop = asyncio.get_running_loop()
    print('loop is AbstractEventLoop:', isinstance(loop, asyncio.AbstractEventLoop))
    print('same as get_event_loop:', loop is asyncio.get_event_loop())
    h = loop.call_soon(cb, 'soon', 1)
    print('call_soon ->', type(h).__name__, isinstance(h, asyncio.Handle), h.cancelled())
    t0 = loop.time()
    th = loop.call_later(0.05, cb, 'later')
    print('call_later ->', type(th).__name__, isinstance(th, asyncio.TimerHandle), isinstance(th, asyncio.Handle))
    print('when about now+0.05:', abs(th.when() - (t0 + 0.05)) < 0.02)
    ta = loop.call_at(loop.time() + 0.01, cb, 'at')
    print('call_at ->', type(ta).__name__)
    hc = loop.call_soon(cb, 'cancelled')
    hc.cancel()
    print('cancelled:', hc.cancelled())
    tc = loop.call_later(0.01, cb, 'timer cancelled')
    tc.cancel()
    loop.call_soon_threadsafe(cb, 'threadsafe')
    await asyncio.sleep(0.1)
    print('log:', log)
    print('time moves:', loop.time() >= t0 + 0.09)

    f = loop.create_future()
    print('create_future:', isinstance(f, asyncio.Future), asyncio.isfuture(f), f.done())
    loop.call_later(0.01, f.set_result, 'value')
    print('awaited:', await f)

    t = asyncio.ensure_future(asyncio.sleep(0, 'x'))
    print('task is a Future:', isinstance(t, asyncio.Future), asyncio.isfuture(t))
    print('coroutine is not:', asyncio.isfuture(main), isinstance(42, asyncio.Future))
    print(await t)

    async def coro():
        return 1
    c = coro()
    print('iscoroutine:', asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(cb))
    print(await c)

    # executors
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print('run_in_executor(None):', r)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        r = await loop.run_in_executor(ex, pow, 2, 10)
    print('run_in_executor(pool):', r)

    def who(x):
        return x * 2, threading.current_thread() is not threading.main_thread()
    print('to_thread:', await asyncio.to_thread(who, 21))
    try:
        await loop.run_in_executor(None, int, 'nope')
    except ValueError as e:
        print('executor error:', e)

    # concurrent.futures interplay
    cf = concurrent.futures.Future()
    wf = asyncio.wrap_future(cf)
    print('wrap_future:', isinstance(wf, asyncio.Future), wf.done())
    loop.call_soon(cf.set_result, 'from cf')
    print('wrapped:', await wf)
    print('wrap of asyncio future is itself:', asyncio.wrap_future(f) is f)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print('AssertionError:', e)

    async def add(a, b):
        await asyncio.sleep(0.01)
        return a + b
    cf2 = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print('run_coroutine_threadsafe ->', isinstance(cf2, concurrent.futures.Future))
    print('result via wrap_future:', await asyncio.wrap_future(cf2), cf2.result())
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
