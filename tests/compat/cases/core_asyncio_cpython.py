# asyncio as CPython 3.11 scripts use it: Task methods, awaitables of any
# kind, TaskGroup, timeout, wait, as_completed, shield, queues, semaphores,
# conditions, loop callbacks. Every ordering printed is one CPython fixes.
import asyncio


async def double(n, delay=0.01):
    await asyncio.sleep(delay)
    return n * 2


async def fail(msg, delay=0.01):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def task_methods():
    t = asyncio.create_task(double(1), name='doubler')
    print('name', t.get_name(), 'done before', t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print('await', await t, 'result', t.result(), 'exception', t.exception(), 'cancelled', t.cancelled())
    bad = asyncio.create_task(fail('boom'))
    await asyncio.sleep(0.05)
    print('failed task', bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print('result raises', e)
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print('cancel', slow.cancel(), slow.cancel() if not slow.done() else 'done')
    try:
        await slow
    except asyncio.CancelledError:
        print('awaiting a cancelled task raises CancelledError', slow.cancelled())
    seen = []
    t = asyncio.create_task(double(5))
    t.add_done_callback(lambda task: seen.append(('callback', task.result())))
    await t
    await asyncio.sleep(0)
    print(seen)
    print('current task is a Task', isinstance(asyncio.current_task(), asyncio.Task))
    print('all_tasks has the current one', asyncio.current_task() in asyncio.all_tasks())


async def awaitables():
    print('sleep result', await asyncio.sleep(0, result='slept'))
    print('gather of sleeps', await asyncio.gather(asyncio.sleep(0.01, result=1), double(2), asyncio.sleep(0)))
    print('wait_for sleep', await asyncio.wait_for(asyncio.sleep(0.01, result='in time'), 1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except asyncio.TimeoutError as e:
        print('wait_for times out:', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    r = await asyncio.gather(double(1), fail('one'), return_exceptions=True)
    print('gather return_exceptions', r[0], type(r[1]).__name__, r[1])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'from call_later')
    print('future', await fut, fut.done())
    calls = []
    loop.call_soon(calls.append, 'soon')
    handle = loop.call_later(0.01, calls.append, 'cancelled')
    handle.cancel()
    await asyncio.sleep(0.03)
    print('callbacks', calls)
    print('to_thread', await asyncio.to_thread(sorted, [3, 1, 2]))
    print('run_in_executor', await loop.run_in_executor(None, max, 4, 9))


class Ready:
    """A CPython-style awaitable: __await__ only."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


async def custom_awaitables():
    print('__await__', await Ready('ready'))
    print('gathered', await asyncio.gather(Ready(1), Ready(2)))
    print('as a task', await asyncio.ensure_future(Ready(3)))


async def groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(double(1, 0.02))
        b = tg.create_task(double(2, 0.01))
    print('TaskGroup results', a.result(), b.result())
    cancelled = []

    async def slow_worker():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append('slow worker')
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_worker())
            tg.create_task(fail('in group'))
            await asyncio.sleep(1)
            print('not reached')
    except ExceptionGroup as eg:
        print('ExceptionGroup:', eg, [type(e).__name__ + ': ' + str(e) for e in eg.exceptions], cancelled)
        print('split', [str(g) if g else g for g in eg.split(ValueError)])
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout expired')
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('timeout not expired', cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    print('timeout(None) never expires')


async def waiting():
    # 10 ms against 300 and 600: on a loaded machine a late wake-up must not
    # find a second task done too (CPython's run, the reference, is timed too)
    tasks = [asyncio.create_task(double(i, 0.01 if i == 2 else 0.3 * (2 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print('ALL_COMPLETED', sorted(t.result() for t in done), len(pending))
    slow = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print('wait timeout', len(done), len(pending))
    slow.cancel()
    order = []
    for next_done in asyncio.as_completed([double(3, 0.03), double(1, 0.01), double(2, 0.02)]):
        order.append(await next_done)
    print('as_completed', order)
    inner = asyncio.create_task(double(7, 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print('shield: outer timed out, inner goes on', inner.cancelled())
    print('inner result', await inner)


async def queues():
    q = asyncio.Queue(maxsize=2)
    results = []

    async def producer():
        for i in range(5):
            await q.put(i)
            results.append('put %d' % i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            results.append('got %d' % item)

    await asyncio.gather(producer(), consumer())
    await q.join()
    print('queue', results)
    print('empty', q.empty(), q.qsize(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    small = asyncio.Queue(1)
    small.put_nowait('x')
    try:
        small.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    lifo, prio = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for x in (2, 3, 1):
        lifo.put_nowait(x)
        prio.put_nowait(x)
    print('lifo', [lifo.get_nowait() for _ in range(3)], 'priority', [prio.get_nowait() for _ in range(3)])


async def locks():
    sem = asyncio.Semaphore(2)
    running, peak = 0, 0

    async def job(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.01)
            running -= 1
        return i

    print('semaphore', await asyncio.gather(*(job(i) for i in range(5))), 'peak', peak)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('BoundedSemaphore:', e)
    cond = asyncio.Condition()
    items = []

    async def waiter():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    async with cond:
        items.append('item')
        cond.notify()
    print('condition', await w)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('Condition.wait unlocked:', e)
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print('event wait', await ev.wait())


async def leftover():
    await asyncio.sleep(10)


async def main():
    await task_methods()
    await awaitables()
    await custom_awaitables()
    await groups()
    await waiting()
    await queues()
    await locks()
    asyncio.create_task(leftover())
    return 'main done'


print(asyncio.run(main()))
print('run cancels what main left running; a second run starts clean:', asyncio.run(double(21, 0)))
try:
    asyncio.run(double)
except ValueError as e:
    print('ValueError', str(e).split(' got ')[0])
print('iscoroutinefunction', asyncio.iscoroutinefunction(double), asyncio.iscoroutinefunction(len))
c = double(1)
print('iscoroutine', asyncio.iscoroutine(c), asyncio.iscoroutine(1))
c.close()

# A task that fails unawaited is reported (CPython: when it is freed; here:
# when the run ends); one awaited after it failed is not.
reported = []


async def fire_and_forget():
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: reported.append(str(context['exception'])))
    asyncio.create_task(fail('forgotten', 0))
    kept = asyncio.create_task(fail('kept', 0))
    await asyncio.sleep(0.02)
    try:
        await kept
    except ValueError as e:
        print('kept task raised', e)

asyncio.run(fire_and_forget())
print('reported', reported)
loop = asyncio.new_event_loop()
print('a new loop has no handler', loop.get_exception_handler())
loop.close()

# sys.exit() inside the loop leaves asyncio.run as SystemExit, after the
# tasks left running are cancelled
async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print('background task cleaned up')


async def exits():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    import sys
    sys.exit(3)

try:
    asyncio.run(exits())
except SystemExit as e:
    print('SystemExit', e.code)
print('and a new run works', asyncio.run(asyncio.sleep(0, result='yes')))
