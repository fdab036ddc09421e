# _thread: start_new_thread with locks as completion signals, the lock
# API, get_ident, exit() inside a thread, error, TIMEOUT_MAX, stack_size.
import _thread
import time

print(_thread.error is RuntimeError)
print(_thread.TIMEOUT_MAX > 1e6)
print(isinstance(_thread.allocate_lock(), _thread.LockType))

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
with lock:
    print('inside with', lock.locked())
print('after with', lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

main_id = _thread.get_ident()
print(isinstance(main_id, int))

results = []
done = []


def worker(n, tag='w'):
    results.append((tag, n, n * n, _thread.get_ident() != main_id))
    done[n].release()


for i in range(4):
    lk = _thread.allocate_lock()
    lk.acquire()
    done.append(lk)
for i in range(4):
    ident = _thread.start_new_thread(worker, (i,), {'tag': 'k%d' % i})
    print('started', isinstance(ident, int))
for lk in done:
    lk.acquire()
print(sorted(results))

# exit() ends only the thread
finished = _thread.allocate_lock()
finished.acquire()
trail = []


def quitter():
    trail.append('before')
    finished.release()
    _thread.exit()
    trail.append('never')


_thread.start_new_thread(quitter, ())
finished.acquire()
time.sleep(0.01)
print(trail)

# argument checks
for args in [(worker, [1]), (worker, (1,), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)

print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError', e)

# a thread that waits for another one
order = []
gate = _thread.allocate_lock()
gate.acquire()
end = _thread.allocate_lock()
end.acquire()


def first():
    order.append('first')
    gate.release()


def second():
    gate.acquire()
    order.append('second')
    end.release()


_thread.start_new_thread(first, ())
_thread.start_new_thread(second, ())
end.acquire()
print(order)
print('done')
