"""traceback: print_exc, format_exc, print_exception, format_exception,
format_exception_only, print_stack (best effort). The interpreter's own
printer (port/traceback.c) writes CPython's format, each frame's source line
included when its file is readable (frozen modules have none); there are no
column markers (the ~~^^ lines of CPython 3.11)."""
import sys
import io
import _pywasm_compat


def _exc_args(exc, value=None, tb=None):
    # Accept both the 3.10+ form (exc) and the old (type, value, tb).
    if value is not None and isinstance(value, BaseException):
        return value
    return exc


def format_exception_only(exc, value=None):
    e = _exc_args(exc, value)
    if e is None:
        return ['NoneType: None\n']
    cls = type(e)
    name = cls.__name__
    module = getattr(cls, '__module__', None)
    if isinstance(module, str) and module not in ('__main__', 'builtins'):
        name = module + '.' + name
    try:
        msg = repr(e.args[0]) if isinstance(e, KeyError) and len(e.args) == 1 else str(e)
    except Exception:
        msg = '<exception str() failed>'
    return ['%s: %s\n' % (name, msg) if msg else name + '\n']


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    # The interpreter's printer already writes CPython's format: the chain,
    # each frame's source line (port/traceback.c), the qualified last line.
    e = _exc_args(exc, value)
    if e is None:
        return format_exception_only(e)
    buf = io.StringIO()
    sys.print_exception(e, buf)
    return buf.getvalue().splitlines(True)


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    (file or sys.stderr).write(''.join(format_exception(exc, value, tb, limit)))


def format_exc(limit=None, chain=True):
    e = sys.exc_info()[1]
    if e is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(e))


def print_exc(limit=None, file=None, chain=True):
    (file or sys.stderr).write(format_exc(limit))


def print_last(limit=None, file=None, chain=True):
    raise NotImplementedError('traceback.print_last: sys.last_value is not kept')


def format_stack(f=None, limit=None):
    return ['  (stack frames are not inspectable in MicroPython)\n']


def print_stack(f=None, limit=None, file=None):
    (file or sys.stderr).write(''.join(format_stack()))


def extract_stack(f=None, limit=None):
    raise NotImplementedError('traceback.extract_stack: frames are not inspectable')


def extract_tb(tb, limit=None):
    raise NotImplementedError('traceback.extract_tb: traceback objects are not exposed')


def format_tb(tb, limit=None):
    raise NotImplementedError('traceback.format_tb: traceback objects are not exposed')


print_tb = format_tb


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, **kw):
        self._e = exc_value
        self.exc_type = exc_type

    @classmethod
    def from_exception(cls, exc, **kw):
        return cls(type(exc), exc, None)

    def format(self, *, chain=True):
        return iter(format_exception(self._e))

    def format_exception_only(self):
        return iter(format_exception_only(self._e))

    def __str__(self):
        return str(self._e)
