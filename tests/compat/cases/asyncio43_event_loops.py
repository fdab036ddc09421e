# asyncio: loops made and set by hand, run_forever/stop, event-loop policies, Runner (3.11)
import asyncio
import sys

order = []


async def work(n):
    await asyncio.sleep(0.01 * n)
    order.append(n)
    return n * 10


# the pre-asyncio.run style: a loop made, set, run and closed by hand
loop = asyncio.new_event_loop()
print('new loop:', isinstance(loop, asyncio.AbstractEventLoop), loop.is_running())
asyncio.set_event_loop(loop)
print('get_event_loop gives it:', asyncio.get_event_loop() is loop)
print('run_until_complete:', loop.run_until_complete(work(1)))
print('gather:', loop.run_until_complete(asyncio.gather(work(2), work(1))))
t = loop.create_task(work(0), name='named')
print('task name:', t.get_name())
print(loop.run_until_complete(t))
print('order:', order)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
asyncio.set_event_loop(None)

# policy
policy = asyncio.get_event_loop_policy()
print('policy:', isinstance(policy, asyncio.AbstractEventLoopPolicy), isinstance(policy, asyncio.DefaultEventLoopPolicy))
print('same policy:', asyncio.get_event_loop_policy() is policy)
loop2 = policy.new_event_loop()
policy.set_event_loop(loop2)
print('policy loop:', policy.get_event_loop() is loop2)
print(loop2.run_until_complete(work(0)))
loop2.close()
policy.set_event_loop(None)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print('TypeError:', e)
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
print('new policy:', asyncio.get_event_loop_policy() is not policy)
asyncio.set_event_loop_policy(None)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)


class MyPolicy(asyncio.DefaultEventLoopPolicy):
    pass


asyncio.set_event_loop_policy(MyPolicy())
print(type(asyncio.get_event_loop_policy()).__name__)
asyncio.set_event_loop_policy(None)

# run_forever and stop
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
ticks = []


def tick(n):
    ticks.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick, n + 1)


loop.call_soon(tick, 0)
loop.run_forever()
print('ticks:', ticks)
loop.close()
asyncio.set_event_loop(None)

# Runner (3.11)
with asyncio.Runner() as runner:
    print('runner loop:', isinstance(runner.get_loop(), asyncio.AbstractEventLoop))
    print('run 1:', runner.run(work(1)))
    print('run 2:', runner.run(work(0)))
c = work(0)
try:
    runner.run(c)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
coro = work(0)
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print('ValueError:', e)
coro.close()

# a task left pending by one run() goes on in the next, until close()
progress = []


async def background():
    try:
        for i in range(100):
            progress.append(i)
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        progress.append('cancelled')
        raise


async def start_bg():
    asyncio.get_running_loop().create_task(background())
    await asyncio.sleep(0.025)


async def later():
    await asyncio.sleep(0.02)


runner = asyncio.Runner()
runner.run(start_bg())
n1 = len(progress)
runner.run(later())
print('went on:', len(progress) > n1)
runner.close()
print('cancelled at close:', progress[-1])
runner.close()


async def nested():
    c = work(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    r = asyncio.Runner()
    c = work(0)
    try:
        r.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    print('_get_running_loop:', asyncio._get_running_loop() is asyncio.get_running_loop())

asyncio.run(nested())
print('_get_running_loop outside:', asyncio._get_running_loop())
