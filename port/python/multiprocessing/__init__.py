"""multiprocessing for an interpreter that cannot start processes: a
started process runs here, in this interpreter, when something waits for
it, as the threads of our threading module do.

Process.start() queues the process as a thread (threading: a started
thread runs, to its end, when something waits for it); it runs at join(),
a blocking Queue/Pipe get or recv, an Event or Lock wait, time.sleep(), or
the end of the program, with current_process() naming it ("Process-1",
"Process-1:1" for its own children) and parent_process() its parent.
Its exitcode is 0, the code given to sys.exit(), or 1 when run() raised,
after "Process Process-1:" and the traceback on stderr, as CPython's
child prints. terminate()/kill() of a process still queued keep it from
running (exitcode -15/-9). A Pool's work is queued the same way (one entry
per apply_async/map_async call) and runs in its worker
("ForkPoolWorker-1") when a result, join() or any other wait needs it:
map, starmap, imap (lazily: next() runs the next chunk), imap_unordered,
apply and their async forms, with CPython's chunking and errors. So
results are CPython's for the common uses (pure functions over data,
workers fed through queues, results sent back through a Queue or Pipe),
without parallelism: processes run one after another.

Not as CPython: a child shares the parent's memory. Nothing is pickled,
so arguments, queue items and results are the objects themselves (any
object goes, lambdas too), and changes a child makes to globals or to
its arguments are visible to the parent. os.getpid() is the same in
every process; Process.pid is a made-up number above it. A timeout given
to join() or AsyncResult.get() does not cut the work short: it runs to
its end first. A process waits as a thread does: it cannot hand control
back to the one that ran it (a child waiting for a reply the parent sends
after the child started running raises), and a wait that nothing queued
can end raises RuntimeError naming the call instead of hanging. Pool's
initializer runs once, before the pool's first task (CPython: once in
each worker), and its error fails that task. Value and Array are plain
objects with CPython's ctypes conversions and get_lock(); Manager()
gives ordinary objects (list, dict, queue.Queue, threading.Lock: what
CPython's manager holds) instead of proxies. multiprocessing.dummy is
CPython's: the same API over threading."""
import sys
from . import context

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
    'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process',
    'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
    'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling', 'cpu_count',
    'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
    'get_logger', 'get_start_method', 'log_to_stderr', 'parent_process', 'reducer',
    'set_executable', 'set_forkserver_preload', 'set_start_method',
]

_g = globals()
for _name in __all__:
    _g[_name] = getattr(context._default_context, _name)
del _g, _name

SUBDEBUG = 5
SUBWARNING = 25

if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
