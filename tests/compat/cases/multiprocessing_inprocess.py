# multiprocessing as scripts and libraries use it: current_process, contexts
# and start methods, Process (names, exit codes, reprs with the pids masked,
# terminate, errors), Pool and ThreadPool (map, starmap, imap, apply_async,
# callbacks, errors, initializer, states), Queue/JoinableQueue/SimpleQueue and
# Pipe round trips between a child and the parent, Event, Lock/RLock/
# Semaphore reprs, Value/Array conversions and updates a child makes through
# them, Manager objects, multiprocessing.dummy. pywasm runs a child in this
# interpreter when something waits for it; every output here is the same with
# CPython's real processes (no pids, no timing, results in order or sorted).
import multiprocessing as mp
import os
import re
import sys
import time
from multiprocessing import pool as mp_pool
from multiprocessing.context import BaseContext
from multiprocessing.dummy import Pool as DummyPool


def masked(obj):
    return re.sub(r'(pid|parent)=\d+', r'\1=N', repr(obj))


def attempt(label, fn, *args):
    try:
        print(label, 'returned', fn(*args))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


def square(x):
    return x * x


def fail_on_three(x):
    if x == 3:
        raise ValueError('no threes')
    return x


def report(q, tag):
    q.put((tag, mp.current_process().name, mp.parent_process().name))


def boom():
    raise ValueError('boom')


def leave(code):
    sys.exit(code)


def spawn_grandchild(q):
    p = mp.Process(target=report, args=(q, 'grandchild'))
    p.start()
    p.join()
    q.put(('child saw', p.name, p.exitcode))


def send_back(conn):
    conn.send(['ping', mp.current_process().name])
    conn.close()


def consume(jobs, results):
    while True:
        item = jobs.get()
        jobs.task_done()
        if item is None:
            break
        results.put(item * 10)


def wait_for(event, out):
    event.wait()
    out.put('event seen')


def bump(value, array, shared):
    with value.get_lock():
        value.value += 5
    array[0] = 42
    shared.append(mp.current_process().name)


_worker_tag = None


def set_tag(tag):
    global _worker_tag
    _worker_tag = tag


def tagged(x):
    return _worker_tag, x


def whoami(x):
    return mp.current_process().name, mp.parent_process().name, x


if __name__ == '__main__':
    # ---- the process and its context
    print(mp.current_process(), mp.current_process().name, mp.parent_process())
    print(mp.current_process().is_alive(), mp.current_process().daemon)
    print(mp.cpu_count() == (os.cpu_count() or 1))
    print(mp.get_all_start_methods())
    print(type(mp.get_context()).__name__, type(mp.get_context('spawn')).__name__,
          type(mp.get_context('forkserver')).__name__, isinstance(mp.get_context(), BaseContext))
    print(mp.Process.__name__, mp.get_context('spawn').Process.__name__)
    attempt('get_context x', mp.get_context, 'x')
    print(issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.AuthenticationError, mp.ProcessError),
          issubclass(mp.BufferTooShort, mp.ProcessError))
    mp.freeze_support()

    # ---- Process
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, 'child'))
    print(p.name, p.exitcode, p.is_alive(), p.daemon, masked(p))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, p.is_alive(), masked(p))
    for target, args in ((boom, ()), (leave, (3,)), (leave, (None,)), (print, ('child prints',))):
        c = mp.Process(target=target, args=args)
        c.start()
        c.join()
        print(c.name, 'exitcode', c.exitcode)
    c = mp.Process(target=spawn_grandchild, args=(q,))
    c.start()
    c.join()
    print(q.get(), q.get(), c.exitcode)
    slow = mp.Process(target=time.sleep, args=(30,), daemon=True)
    attempt('join before start', slow.join)
    slow.start()
    print(slow.is_alive(), slow.exitcode, masked(slow))
    attempt('set daemon', setattr, slow, 'daemon', False)
    attempt('start twice', slow.start)
    attempt('close running', slow.close)
    slow.terminate()
    slow.join()
    print(slow.exitcode, slow.is_alive(), masked(slow))
    slow.close()
    attempt('exitcode closed', getattr, slow, 'exitcode')
    print(mp.active_children())

    class Worker(mp.Process):
        def __init__(self, out):
            super().__init__(name='custom')
            self.out = out

        def run(self):
            self.out.put(('run', self.name, mp.current_process().name))

    w = Worker(q)
    w.start()
    w.join()
    print(q.get(), w.exitcode)

    # ---- Pipe, JoinableQueue, SimpleQueue, Event
    mine, theirs = mp.Pipe()
    c = mp.Process(target=send_back, args=(theirs,))
    c.start()
    print(mine.recv())
    c.join()
    jobs, results = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=consume, args=(jobs, results), daemon=True) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(5):
        jobs.put(i)
    for _ in workers:
        jobs.put(None)
    jobs.join()
    print(sorted(results.get() for _ in range(5)))
    for w in workers:
        w.join()
    event, out = mp.Event(), mp.SimpleQueue()
    c = mp.Process(target=wait_for, args=(event, out))
    c.start()
    event.set()
    c.join()
    print(out.get(), out.empty(), event.is_set())

    # ---- Value, Array, Manager: updates made by a child
    value, array = mp.Value('i', 1), mp.Array('i', [1, 2, 3])
    with mp.Manager() as manager:
        shared = manager.list()
        c = mp.Process(target=bump, args=(value, array, shared))
        print('after the manager:', c.name)
        c.start()
        c.join()
        print(value.value, array[:], list(shared))
        d = manager.dict(a=1)
        d['b'] = 2
        ns = manager.Namespace(y=2, x=1)
        ns.z = 3
        mq = manager.Queue()
        mq.put('via manager')
        mv = manager.Value('i', 3)
        mv.value += 1
        print(sorted(d.items()), ns, mq.get(), mv, mv.get(), manager.Array('i', [4, 5]))
        lock = manager.Lock()
        with lock:
            print('manager lock held')
    print(value, mp.Value('d', 3), mp.Value('c', 65), mp.Value('b', 300), mp.Value('f', 0.1), mp.RawValue('h', 40000))
    chars = mp.Array('c', b'he\x00y')
    print(chars.value, chars.raw, chars[0], chars[1:3], len(chars), list(chars))
    chars.value = b'ab'
    print(chars.raw)
    ints = mp.Array('i', 3)
    ints[:] = [4, 5, 6]
    print(ints[:], ints[-1], ints[::2], sum(ints), len(ints), mp.Array('d', 2, lock=False)[:])
    attempt('Value float', mp.Value, 'i', 1.5)
    attempt('Value str', mp.Value, 'd', 'x')
    attempt('Value two', mp.Value, 'c', b'ab')
    attempt('Value typecode', mp.Value, 'x')
    attempt('Array size', ints.__setitem__, slice(0, 3), [1])
    attempt('Array index', ints.__getitem__, 9)
    with value:
        print(value.get_lock())
    print(value.get_lock(), value.get_obj())

    # ---- locks
    lock = mp.Lock()
    print(lock, lock.acquire(), lock, lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    attempt('release', lock.release)
    rlock = mp.RLock()
    rlock.acquire()
    rlock.acquire()
    print(rlock)
    rlock.release()
    rlock.release()
    attempt('rlock release', rlock.release)
    sem = mp.Semaphore(2)
    print(sem, sem.acquire(), sem.get_value(), mp.BoundedSemaphore(2), mp.Condition())
    bounded = mp.BoundedSemaphore(1)
    attempt('bounded', bounded.release)
    print(mp.Barrier(1).wait())

    # ---- Pool
    with mp.Pool(1, initializer=set_tag, initargs=('ready',)) as pool:
        print(pool.map(square, range(10)), pool.map(square, []))
        print(pool.starmap(pow, [(2, 3), (3, 2)]), pool.apply(square, (6,)))
        print(pool.map(whoami, [1]), pool.map(tagged, [1, 2]))
        print(list(pool.imap(square, range(5))), sorted(pool.imap_unordered(square, range(5))))
        print(list(pool.imap(abs, range(-5, 0), chunksize=2)), pool.map(abs, (x for x in range(-3, 0)), 2))
        r = pool.apply_async(square, (7,), callback=lambda v: print('callback', v))
        print(r.get(), r.ready(), r.successful())
        r = pool.apply_async(fail_on_three, (3,), error_callback=lambda e: print('error_callback', repr(e)))
        attempt('apply_async get', r.get)
        print(r.ready(), r.successful())
        attempt('map', pool.map, fail_on_three, range(6))
        r = pool.map_async(fail_on_three, [1, 2], callback=lambda v: print('map callback', v))
        r.wait()
        print(r.get(timeout=5))
        print(pool.starmap_async(pow, [(2, 2), (2, 5)]).get())
        items = pool.imap(fail_on_three, range(5))
        got = []
        for _ in range(5):
            try:
                got.append(next(items))
            except ValueError as e:
                got.append(str(e))
        print(got)
        attempt('imap end', next, items)
        attempt('imap chunksize', pool.imap, abs, [1], 0)
        attempt('join running', pool.join)
        print(pool, len(mp.active_children()))
    print(pool)
    attempt('map after', pool.map, abs, [1])
    pool = mp.Pool(2)
    results = [pool.apply_async(square, (i,)) for i in range(4)]
    pool.close()
    pool.join()
    print([r.get() for r in results], pool, mp.active_children())
    attempt('Pool(0)', mp.Pool, 0)
    attempt('Pool initializer', mp.Pool, 1, 3)
    print(mp_pool.AsyncResult is mp_pool.ApplyResult, type(results[0]).__name__)

    # ---- threads instead of processes
    with mp_pool.ThreadPool(1) as tp:
        print(tp.map(square, [1, 2]), tp)
    with DummyPool(2) as dp:
        print(dp.map(square, [3, 4]))

    # ---- start methods
    print(mp.get_start_method(allow_none=True))
    print(mp.get_start_method())
    attempt('set_start_method', mp.set_start_method, 'spawn')
    attempt('concrete', mp.get_context('fork').set_start_method, 'spawn')
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method(), type(mp.get_context()).__name__)
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True))
    print(mp.current_process().name)
