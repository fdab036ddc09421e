# Thread patterns scripts use (worker pools fed through a queue, daemon
# workers with Queue.join, events, conditions, barriers, futures, sleep):
# a started thread runs when something waits for it, with the outputs real
# threads give too.
import queue, threading, time
from concurrent.futures import Future

# a pool of workers fed through a queue, stopped by sentinels
tasks, results = queue.Queue(), []
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.append(item * item)
        tasks.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers: w.start()
for i in range(10): tasks.put(i)
for _ in workers: tasks.put(None)
for w in workers: w.join()
print("pool", sorted(results), [w.is_alive() for w in workers])

# daemon workers and Queue.join()
jobs, done = queue.Queue(), []
def daemon_worker():
    while True:
        n = jobs.get()
        done.append(n)
        jobs.task_done()
for _ in range(2):
    threading.Thread(target=daemon_worker, daemon=True).start()
for n in "abc": jobs.put(n)
jobs.join()
print("daemon pool", sorted(done))

# a producer and the main thread consuming
out = queue.Queue()
def produce():
    for i in range(5):
        out.put(i)
    out.put(None)
threading.Thread(target=produce).start()
got = []
while (x := out.get()) is not None:
    got.append(x)
print("consumed", got)

# an event the main thread waits for
ready, box = threading.Event(), {}
def prepare():
    box["value"] = 42
    ready.set()
t = threading.Thread(target=prepare); t.start()
print("event", ready.wait(), box)

# a condition: a consumer waits until the producer notifies
cond, items, taken = threading.Condition(), [], []
def consumer(tag):
    with cond:
        cond.wait_for(lambda: items)
        taken.append(items.pop())
cs = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for c in cs: c.start()
with cond:
    items.extend(["x", "y"])
    cond.notify_all()
for c in cs: c.join()
print("condition", sorted(taken), items)

# a barrier of three
order = []
barrier = threading.Barrier(3, action=lambda: order.append("all here"))
def party(i):
    order.append("arrive")
    barrier.wait()
    order.append("leave")
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print("barrier", order.count("arrive"), order.count("leave"), "all here" in order, order.index("all here") == 3)

# a future completed by a thread
fut = Future()
threading.Thread(target=lambda: fut.set_result("from thread")).start()
print("future", fut.result())

# a semaphore limiting concurrency, and a lock protecting a counter
sem, lock, counter = threading.Semaphore(2), threading.Lock(), [0]
def limited():
    with sem:
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=limited) for _ in range(5)]
for x in ts: x.start()
for x in ts: x.join()
print("counter", counter[0], threading.active_count())

# sleep lets a started thread run
flag = []
threading.Thread(target=lambda: flag.append("ran")).start()
time.sleep(0.01)
print("after sleep", flag)

# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again on each thread's first use
data = threading.local()
data.x = "main"
seen = []
def uses_local(n):
    seen.append(("start", n, hasattr(data, "x")))
    data.x = n
    if n == 1:
        inner = threading.Thread(target=uses_local, args=(2,))
        inner.start()
        inner.join()
    seen.append(("end", n, data.x))
t = threading.Thread(target=uses_local, args=(1,))
t.start()
t.join()
print(seen, data.x)
class Counter(threading.local):
    def __init__(self, start):
        print("init", start, threading.current_thread().name)
        self.n = start
    def bump(self):
        self.n += 1
        return self.n
c = Counter(10)
print(c.bump())
t = threading.Thread(target=lambda: print("worker", c.bump(), c.bump()), name="W")
t.start()
t.join()
print("main", c.bump())
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
try:
    data.missing
except AttributeError as e:
    print("AttributeError", e)

# started and never joined: runs before the program ends
print("main ends")
threading.Thread(target=lambda: print("at exit, a non-daemon thread ran")).start()
