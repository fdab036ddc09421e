"""_thread: the low-level thread API, over our threading module.

pywasm has no real threads (see threading.py): a function given to
start_new_thread() is queued, and runs to its end when something waits
(acquiring a held lock, threading's joins and events, time.sleep(), the end
of the program). So the usual pattern - start workers, then wait on a lock
each one releases when done - works, in the order the workers were started.

Provided: start_new_thread (its return value is the new thread's ident),
allocate_lock and LockType (acquire/release/locked, the *_lock aliases,
with-statement), RLock, get_ident, get_native_id, exit and exit_thread
(SystemExit, which ends only the thread), error (RuntimeError, as in
CPython), TIMEOUT_MAX, stack_size, _count, _local.

interrupt_main() cannot interrupt anything, since the main thread is not
running while another thread runs: it raises NotImplementedError. An
exception escaping a function started here is printed as CPython's
_thread prints it ("Exception ignored in thread started by: ...") on
stderr."""
import sys
import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.Lock
RLock = _threading.RLock
_local = _threading.local
stack_size = _threading.stack_size
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id

_running = [0]  # threads started here and not yet ended


def allocate_lock():
    return LockType()


allocate = allocate_lock


def _report(function, exc):
    # What CPython's _thread writes for an exception nothing caught.
    err = sys.stderr
    print('Exception ignored in thread started by: %r' % (function,), file=err)
    sys.print_exception(exc, err)


class _Bare(_threading.Thread):
    # A threading.Thread without threading's bookkeeping of names and its
    # excepthook: _thread threads are anonymous and report their own errors.

    def __init__(self, function, args, kwargs):
        _threading.Thread.__init__(self, name='_thread', daemon=True)
        self._function, self._fargs, self._fkwargs = function, args, kwargs

    def run(self):
        try:
            self._function(*self._fargs, **self._fkwargs)
        except SystemExit:
            pass  # exit() ends this thread only
        except Exception as e:
            _report(self._function, e)
        finally:
            _running[0] -= 1


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    if not callable(function):
        raise TypeError('first arg must be callable')
    thread = _Bare(function, args, kwargs or {})
    # CPython's exit does not wait for these threads, but ours run only
    # when someone waits; running them at exit (as non-daemon threads are)
    # is the nearest thing to "they ran meanwhile".
    thread._daemonic = False
    thread.start()
    _running[0] += 1  # counted from the start, as a CPython thread soon is
    return thread.ident


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def _count():
    return _running[0]


def interrupt_main(signum=2):
    raise NotImplementedError('_thread.interrupt_main(): pywasm has no threads, so the main thread '
                              'is not running while another does and cannot be interrupted')


def daemon_threads_allowed():
    return True

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), (
    'allocate allocate_lock exit exit_thread get_ident get_native_id interrupt_main '
    'stack_size start_new start_new_thread'))
del as_builtins
