"""traceback: print_exc, format_exc, print_exception, format_exception,
format_exception_only, print_stack (best effort). MicroPython records
file/line/function for each frame but keeps no source text: a formatted
traceback reads each frame's line back from its file when the file is on
disk (as CPython's linecache does; frozen modules have none), and prints
no column markers (the ~~^^ lines of CPython 3.11)."""
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
    name = type(e).__name__
    msg = repr(e.args[0]) if isinstance(e, KeyError) and len(e.args) == 1 else str(e)
    return ['%s: %s\n' % (name, msg) if msg else name + '\n']


def _source_line(path, lineno, cache={}):
    # The stripped text of line lineno of path, or None if unreadable.
    lines = cache.get(path)
    if lines is None:
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        cache[path] = lines
    if 0 < lineno <= len(lines):
        return lines[lineno - 1].strip() or None
    return None


def _with_source(lines):
    out = []
    for line in lines:
        out.append(line)
        # '  File "path", line N, in name'
        if line.startswith('  File "'):
            q = line.find('", line ', 8)
            if q > 0:
                n = line[q + 8:].split(',', 1)[0]
                if n.isdigit():
                    src = _source_line(line[8:q], int(n))
                    if src:
                        out.append('    ' + src + '\n')
    return out


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    e = _exc_args(exc, value)
    buf = io.StringIO()
    sys.print_exception(e, buf)
    s = buf.getvalue()
    lines = s.splitlines(True)
    if lines and not lines[0].startswith('Traceback'):
        return format_exception_only(e)
    return _with_source(lines[:-1]) + format_exception_only(e)


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
