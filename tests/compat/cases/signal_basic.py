# signal: the Signals/Handlers enums with Linux numbers, signal()/getsignal()
# returning previous handlers, the argument errors with CPython's messages,
# strsignal, valid_signals, and raise_signal calling a Python handler
# synchronously (SIGINT's default raising KeyboardInterrupt).
import signal

print([(s.name, int(s)) for s in signal.Signals])
print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGINT == 2, signal.Signals(15).name, signal.Signals['SIGHUP'])
print(repr(signal.SIGCLD), signal.SIGPOLL.name, signal.SIGIOT.name, signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(list(signal.Handlers), repr(signal.SIG_IGN), signal.SIG_DFL == 0, repr(signal.SIG_BLOCK), signal.SIG_SETMASK)
print(isinstance(signal.SIGINT, int), isinstance(signal.SIG_DFL, signal.Handlers), signal.ITIMER_REAL, signal.ITIMER_PROF)
try:
    signal.Signals(32)
except ValueError as e:
    print(e)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print([repr(signal.getsignal(n)) for n in (1, 13, 15, 25, 9)], signal.getsignal(32))
for n in (0, 65, -1):
    try:
        signal.getsignal(n)
    except ValueError as e:
        print(n, e)
print([signal.strsignal(n) for n in (1, 2, 9, 11, 15, 17, 19, 31, 32, 34, 40, 64)])
for n in (0, 65, 'x'):
    try:
        signal.strsignal(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
vs = signal.valid_signals()
print(type(vs).__name__, len(vs), 32 in vs, signal.SIGINT in vs, 40 in vs, min(map(int, vs)), max(map(int, vs)), repr(sorted(vs, key=int)[1]))

seen = []


def handler(signum, frame):
    seen.append((signum, frame is not None))


old = signal.signal(signal.SIGTERM, handler)
print(repr(old), signal.getsignal(signal.SIGTERM) is handler)
print(signal.raise_signal(signal.SIGTERM), seen)
signal.raise_signal(15)
print(seen[-1], signal.signal(signal.SIGTERM, signal.SIG_DFL) is handler, repr(signal.getsignal(15)))
print(repr(signal.signal(signal.SIGUSR1, 0)), repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)), repr(signal.getsignal(10)))
signal.raise_signal(signal.SIGUSR1)
print('ignored SIGUSR1 came back', repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
signal.raise_signal(signal.SIGCHLD)
signal.raise_signal(0)
print('SIGCHLD default: ignored')
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
old = signal.signal(signal.SIGINT, lambda s, f: print('custom SIGINT', s))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGUSR2, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGUSR2)
except KeyboardInterrupt:
    print('KeyboardInterrupt from SIGUSR2')
print(signal.signal(signal.SIGINT, old) is not old, signal.getsignal(2) is signal.default_int_handler)
for args in ((), (2,), (1, 2, 3)):
    try:
        signal.default_int_handler(*args)
    except TypeError as e:
        print(e)
    except KeyboardInterrupt:
        print('KeyboardInterrupt')
for args in ((0, signal.SIG_IGN), (65, signal.SIG_IGN), (-3, 1), ('x', 1), (2, 2), (2, None), (2, 'x'),
             (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, handler), (32, 1)):
    try:
        signal.signal(*args)
        print(args, 'accepted')
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for n in (65, -1, 32, 2.0):
    try:
        signal.raise_signal(n)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.siginterrupt(signal.SIGTERM, True), issubclass(signal.ItimerError, OSError))
signal.signal(signal.SIGTERM, lambda s, f: print('cleanup before exit'))
signal.raise_signal(signal.SIGTERM)
print('done')
