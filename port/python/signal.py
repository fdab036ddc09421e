"""signal: the Signals, Handlers and Sigmasks enums with Linux's numbers
(SIGHUP=1 ... SIGRTMAX=64, NSIG=65), signal(), getsignal(), strsignal(),
valid_signals(), default_int_handler, raise_signal(), siginterrupt() and
set_wakeup_fd(), with CPython 3.11's checks and messages ("signal number out
of range", EINVAL for SIGKILL and SIGSTOP, the handler TypeError). At
start SIGINT has default_int_handler and SIGPIPE and SIGXFSZ are ignored,
as in CPython.

WASI has no signals: a handler installed here is recorded and returned by
getsignal(), but no outside event ever calls it (Ctrl-C and a runner's
SIGTERM stop the process without running Python code). raise_signal()
acts synchronously: it calls a Python handler with (signum, frame), does
nothing for SIG_IGN, and for SIG_DFL does the default action: SIGINT's
default_int_handler raises KeyboardInterrupt; SIGCHLD, SIGCONT, SIGURG and
SIGWINCH are ignored; the stop signals raise NotImplementedError; every
other signal ends the process with exit status 128 + signum through
SystemExit (so, unlike a real kill, finally blocks and atexit functions
run). alarm, pause, setitimer, getitimer, sigwait, sigwaitinfo,
sigtimedwait, sigpending, pthread_kill, pthread_sigmask and
pidfd_send_signal raise NotImplementedError: there are no timers or signal
masks in WASI."""
import sys
from enum import IntEnum

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64
    SIGIOT = 6
    SIGCLD = 17
    SIGPOLL = 29


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


class ItimerError(OSError):
    pass


def _export():
    g = globals()
    for enum in (Signals, Handlers, Sigmasks):
        for name, member in enum.__members__.items():
            g[name] = member


_export()
del _export

# glibc's descriptions of 1..31, for strsignal().
_TEXT = ('Hangup|Interrupt|Quit|Illegal instruction|Trace/breakpoint trap|Aborted|Bus error|'
         'Floating point exception|Killed|User defined signal 1|Segmentation fault|User defined signal 2|'
         'Broken pipe|Alarm clock|Terminated|Stack fault|Child exited|Continued|Stopped (signal)|Stopped|'
         'Stopped (tty input)|Stopped (tty output)|Urgent I/O condition|CPU time limit exceeded|'
         'File size limit exceeded|Virtual timer expired|Profiling timer expired|Window changed|'
         'I/O possible|Power failure|Bad system call').split('|')
_IGNORED_BY_DEFAULT = (17, 18, 23, 28)
_STOPS = (19, 20, 21, 22)


def _signum(n):
    # An int (bool too) in 1..64, as the C argument parser checks it.
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 1 or n >= NSIG:
        raise ValueError('signal number out of range')
    return int(n)


def _einval():
    return OSError(22, 'Invalid argument')


def default_int_handler(*args):
    if len(args) != 2:
        raise TypeError('default_int_handler expected 2 arguments, got %d' % len(args))
    raise KeyboardInterrupt


# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c); this one first, as
# the table below holds it
from _pywasm import as_builtins
as_builtins(globals(), 'default_int_handler')

_handlers = {}  # signum -> a Python handler or a Handlers member
for _n in range(1, NSIG):
    if _n not in (32, 33):
        _handlers[_n] = Handlers.SIG_DFL
_handlers[2] = default_int_handler
_handlers[13] = _handlers[25] = Handlers.SIG_IGN
del _n


def signal(signalnum, handler):
    n = _signum(signalnum)
    if not callable(handler) and not (isinstance(handler, int) and handler in (0, 1)):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in (9, 19) or n not in _handlers:
        raise _einval()
    old = _handlers[n]
    _handlers[n] = handler if callable(handler) else Handlers(handler)
    return old


def getsignal(signalnum):
    return _handlers.get(_signum(signalnum))


def strsignal(signalnum):
    n = _signum(signalnum)
    if n < 32:
        return _TEXT[n - 1]
    if n < 34:
        return None
    return 'Real-time signal %d' % (n - 34)


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n for n in _handlers}


def raise_signal(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    n = int(signalnum)
    if n == 0:
        return None  # the null signal: nothing is delivered
    if n not in _handlers:
        raise _einval()
    handler = _handlers[n]
    if callable(handler):
        try:
            frame = sys._getframe(1)
        except (AttributeError, ValueError):
            frame = None
        handler(n, frame)
    elif handler == 0 and n not in _IGNORED_BY_DEFAULT:
        if n in _STOPS:
            raise NotImplementedError('signal.raise_signal: stopping the process (%s) is not supported'
                                      % Signals(n).name)
        sys.stdout.flush()
        raise SystemExit(128 + n)
    return None


def siginterrupt(signalnum, flag):
    # Nothing is ever interrupted by a signal here; only the checks remain.
    if _signum(signalnum) not in _handlers:
        raise _einval()
    return None


_wakeup_fd = -1


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    # Recorded and returned, never written to: no signal arrives.
    global _wakeup_fd
    old, _wakeup_fd = _wakeup_fd, int(fd)
    return old


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError('signal.%s: WASI has no timers or signal masks' % name)
    f.__name__ = name
    return f


for _name in ('alarm', 'pause', 'setitimer', 'getitimer', 'sigwait', 'sigwaitinfo', 'sigtimedwait',
              'sigpending', 'pthread_kill', 'pthread_sigmask', 'pidfd_send_signal'):
    globals()[_name] = _unsupported(_name)
del _name
as_builtins(globals(), 'raise_signal set_wakeup_fd siginterrupt strsignal')
del as_builtins
