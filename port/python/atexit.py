"""atexit: register(func, *args, **kwargs) (returns func), unregister(func),
and the private _run_exitfuncs(), _clear() and _ncallbacks() of CPython.

At exit the functions run last registered first. An exception in one
(SystemExit too) is printed to stderr as 'Exception ignored in atexit
callback: <func>' with its traceback, and the others still run; the exit
status does not change.

The interpreter runs one function at exit, set by MicroPython's
sys.atexit(func). The first register() installs a dispatcher there; a
function the script gave sys.atexit() before that runs after all of ours (it
was registered first). A script calling sys.atexit() after register()
replaces the dispatcher, and the functions registered here do not run."""
import sys

# [func, args, kwargs] in registration order; unregister() leaves None in the
# slot, so _ncallbacks() counts as CPython 3.11 does.
_callbacks = []
_installed = False
_previous = None


def _call_all(entries):
    for i in range(len(entries) - 1, -1, -1):
        entry = entries[i]
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as e:
            sys.stdout.flush()
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            sys.stderr.write(_without_own_frame(e))


def _without_own_frame(e):
    # CPython's traceback starts in the callback: this function's frame (and
    # its source line) is left out, and the header with it when no frame is
    # left (a builtin such as len failed).
    import io
    buf = io.StringIO()
    sys.print_exception(e, buf)
    lines = buf.getvalue().splitlines(True)
    if len(lines) > 1 and lines[0].startswith('Traceback (') and lines[1].startswith('  File "'):
        i = 2
        while i < len(lines) and lines[i].startswith('    '):
            i += 1
        lines[1:i] = []
        if not lines[1].startswith('  File "'):
            del lines[0]
    return ''.join(lines)


def _dispatch():
    entries = _callbacks[:]
    del _callbacks[:]
    _call_all(entries)
    if _previous is not None:
        _call_all([(_previous, (), {})])


def register(func, *args, **kwargs):
    global _installed, _previous
    if not callable(func):
        raise TypeError('the first argument must be callable')
    if not _installed:
        _previous = sys.atexit(_dispatch)
        _installed = True
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    for i in range(len(_callbacks)):
        entry = _callbacks[i]
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _run_exitfuncs():
    entries = _callbacks[:]
    del _callbacks[:]
    _call_all(entries)


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'register unregister')
del as_builtins
