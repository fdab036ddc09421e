# threading, queue and concurrent.futures as CPython scripts use them. pywasm
# runs a thread when something waits for it; every output here is one real threads
# fix too (results in order or sorted, threads joined before printing).
import queue
import threading
from concurrent.futures import (ALL_COMPLETED, CancelledError, Future, ProcessPoolExecutor,
                                ThreadPoolExecutor, as_completed, wait)


def square(n):
    return n * n


def fail_on_three(n):
    if n == 3:
        raise ValueError('no threes')
    return n


def attempt(label, fn, *args):
    try:
        print(label, 'returned', fn(*args))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


# ---- executors
with ThreadPoolExecutor(max_workers=8) as ex:
    print('map', list(ex.map(square, range(6))), list(ex.map(pow, [2, 3], [5, 2])))
    futures = [ex.submit(square, n) for n in range(5)]
    print('as_completed', sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print('wait', len(done), len(not_done))
    bad = ex.submit(fail_on_three, 3)
    print('exception', repr(bad.exception()), bad.done(), bad.cancel(), bad.cancelled())
    attempt('result', bad.result)
    got = []
    try:
        for r in ex.map(fail_on_three, range(6)):
            got.append(r)
    except ValueError as e:
        print('map raises at item', len(got), got, e)
with ThreadPoolExecutor(thread_name_prefix='worker') as ex:
    print('worker name', ex.submit(lambda: threading.current_thread().name.startswith('worker_')).result())

# ---- futures made by hand
f = Future()
calls = []
f.add_done_callback(lambda fut: calls.append(('early', fut.result())))
print('pending', f.done(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print('callbacks', calls, f.cancel())
g = Future()
print('cancel pending', g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except CancelledError:
    print('CancelledError')
h = Future()
h.set_exception(KeyError('k'))
print('set_exception', repr(h.exception()))

# ---- threads
results = []
lock = threading.Lock()


def work(n):
    with lock:
        results.append((n, threading.current_thread().is_alive()))


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
print('names', [t.name for t in threads], threads[0].is_alive())
for t in threads:
    t.start()
for t in threads:
    t.join()
print('results', sorted(results), threads[0].is_alive())
attempt('restart', threads[0].start)
print('current', threading.current_thread().name, threading.current_thread() is threading.main_thread())
hooked = []
old_hook, threading.excepthook = threading.excepthook, lambda a: hooked.append((a.exc_type.__name__, str(a.exc_value)))
t = threading.Thread(target=fail_on_three, args=(3,))
t.start()
t.join()
threading.excepthook = old_hook
print('excepthook', hooked)

# ---- locks, semaphores, events, timers, locals
print('lock', lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
attempt('release again', lock.release)
rlock = threading.RLock()
with rlock:
    with rlock:
        print('rlock reentered')
sem = threading.Semaphore(2)
print('semaphore', sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
bounded = threading.BoundedSemaphore(1)
with bounded:
    print('bounded held', bounded.acquire(blocking=False))
attempt('bounded release', bounded.release)
ev = threading.Event()
print('event', ev.is_set(), ev.wait(timeout=0.01))
setter = threading.Thread(target=ev.set)
setter.start()
setter.join()
print('event set', ev.is_set(), ev.wait(timeout=0.01))
fired = []
for cancel in (False, True):
    timer = threading.Timer(0.01, fired.append, ['cancelled' if cancel else 'fired'])
    if cancel:
        timer.cancel()
    timer.start()
    timer.join()
print('timers', fired)
data = threading.local()
data.x = 'main'
print('local', data.x, hasattr(data, 'y'))

# ---- queues
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=3)
    producer = threading.Thread(target=lambda: [q.put(x) for x in (2, 3, 1)])
    producer.start()
    producer.join()
    attempt(cls.__name__ + ' put_nowait', q.put_nowait, 9)
    print(cls.__name__, q.full(), q.qsize(), [q.get_nowait() for _ in range(3)], q.empty())
    attempt('get_nowait', q.get_nowait)
    attempt('get(timeout)', q.get, True, 0.01)
    for _ in range(3):
        q.task_done()
    q.join()
    attempt('task_done', q.task_done)
sq = queue.SimpleQueue()
sq.put('a')
print('simple', sq.get(), sq.empty())

# last: CPython's process pool starts a thread named Thread-N
with ProcessPoolExecutor() as ex:
    print('process pool', list(ex.map(square, [7, 8])))
attempt('submit after shutdown', ex.submit, square, 1)
