# Task.cancelling()/uncancel() with CPython 3.11's counting, and timeout()
# and TaskGroup telling their own cancellations from others' by it.
import asyncio


async def sleeper(log, name, delay=10):
    try:
        await asyncio.sleep(delay)
        log.append(name + ' slept')
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise


async def basics():
    asyncio.timeout  # (see below: the Task methods come with the library part)
    log = []
    t = asyncio.create_task(sleeper(log, 't'))
    await asyncio.sleep(0)
    print('initial', t.cancelling(), t.uncancel(), t.cancelling())
    print('cancel', t.cancel(), t.cancelling())
    print('cancel again', t.cancel(), t.cancelling())
    print('uncancel', t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('awaited: cancelled', t.cancelled())
    print('after done', t.cancel(), t.cancelling(), log)
    done = asyncio.create_task(asyncio.sleep(0))
    await done
    print('done task', done.cancel(), done.cancelling())

    # an await chain: each task reached counts a request
    inner = asyncio.create_task(sleeper(log, 'inner'))

    async def outer_fn():
        await inner
    outer = asyncio.create_task(outer_fn())
    await asyncio.sleep(0)
    outer.cancel()
    print('chain', outer.cancelling(), inner.cancelling())
    for t in (outer, inner):
        try:
            await t
        except asyncio.CancelledError:
            pass
    print(outer.cancelled(), inner.cancelled(), log)


async def self_cancel():
    me = asyncio.current_task()
    print('self cancel', me.cancel(), me.cancelling())
    try:
        await asyncio.sleep(1)
        print('not cancelled')
    except asyncio.CancelledError:
        print('cancelled at next await', me.cancelling())
        print('uncancel', me.uncancel())
    return 'survived'


async def timeouts():
    # the timeout's own cancellation becomes TimeoutError
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).split(' when=')[0], cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__context__).__name__, cm.expired(), repr(cm))
    print('cancelling after timeout', asyncio.current_task().cancelling())

    # no expiry
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print('finished', repr(cm), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print('RuntimeError', e)
    cm = asyncio.timeout(1)
    print(repr(cm))

    # reschedule: push out, then pull in to the past
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
    print('rescheduled away', cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(asyncio.get_running_loop().time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('past deadline: TimeoutError')
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('negative delay: TimeoutError')

    # nested: the inner one expires first and only it converts
    try:
        async with asyncio.timeout(10) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner TimeoutError', inner.expired(), outer.expired())
            await asyncio.sleep(0)
        print('outer not expired', outer.expired())
    except TimeoutError:
        print('wrong: outer raised')

    # nested: the outer one expires; the inner block sees CancelledError
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(10) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer TimeoutError', outer.expired(), inner.expired())

    # a cancel from elsewhere while the timeout expires: not converted
    async def victim():
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                pass
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outside cancel wins: CancelledError', t.cancelling())
    except TimeoutError:
        print('wrong: TimeoutError')

    # expired timeout, then the task is cancelled by someone else later
    async def expire_then_wait(ev):
        try:
            async with asyncio.timeout(0):
                await asyncio.sleep(1)
        except TimeoutError:
            print('child TimeoutError', asyncio.current_task().cancelling())
        await ev.wait()
    ev = asyncio.Event()
    t = asyncio.create_task(expire_then_wait(ev))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('later cancel: CancelledError', t.cancelling())

    # timeout_at
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired', cm.expired())


async def groups():
    log = []

    async def fail(delay, exc):
        await asyncio.sleep(delay)
        raise exc

    try:
        async with asyncio.TaskGroup() as tg:
            print(repr(tg))
            tg.create_task(sleeper(log, 'a'))
            tg.create_task(fail(0.01, ValueError('boom')))
            print(repr(tg))
            await asyncio.sleep(1)
    except* ValueError as eg:
        print('group', [repr(e) for e in eg.exceptions])
    print('parent cancelling after group', asyncio.current_task().cancelling(), log)

    # failure while the body is already in __aexit__
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, 'b'))
            tg.create_task(fail(0.01, KeyError('k')))
    except* KeyError as eg:
        print('exit-time group', [repr(e) for e in eg.exceptions])
    print('parent cancelling', asyncio.current_task().cancelling(), log)
    asyncio.current_task().uncancel()

    # the group inside a cancelled task: the cancellation propagates
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, 'c'))
            await asyncio.sleep(1)
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('group parent cancelled', t.cancelling(), log)

    # errors from the body itself
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, 'd', 0.01))
            raise RuntimeError('body error')
    except* RuntimeError as eg:
        print('body error', [repr(e) for e in eg.exceptions], log)

    # a timeout around a failing TaskGroup
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(sleeper(log, 'e'))
    except TimeoutError:
        print('timeout around group', log)

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', e)
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', e)


async def main():
    await basics()
    print(await asyncio.create_task(self_cancel()))
    await timeouts()
    await groups()


asyncio.run(main())
