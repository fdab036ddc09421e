"""traceback: print_exc, format_exc, print_exception, format_exception,
format_exception_only, and the stack of running calls (print_stack,
format_stack, extract_stack, walk_stack, format_list, FrameSummary) from
sys._getframe(). The interpreter's own printer (port/traceback.c) writes
CPython's format, each frame's source line included when its file is
readable (frozen modules have none); there are no column markers (the
~~^^ lines of CPython 3.11). format_exception groups its lines into
CPython's entries (a frame with its source line is one) and honours limit=.
Traceback objects (e.__traceback__, sys.exc_info()[2]) come from
_pywasm_traceback: extract_tb, format_tb, print_tb, walk_tb and
TracebackException.stack read them."""
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
    if isinstance(e, SyntaxError):
        lines = _syntax_error(e, name)
    else:
        lines = ['%s: %s\n' % (name, msg) if msg else name + '\n']
    notes = getattr(e, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        lines += [line + '\n' for note in notes for line in str(note).split('\n')]
    elif notes is not None:
        lines.append(repr(notes) + '\n')
    return lines


def _syntax_error(e, name):
    # CPython's lines for a SyntaxError: where, the text and a caret under
    # the offset, then the message (with the file when no line is known).
    out, where = [], ''
    lineno, filename = getattr(e, 'lineno', None), getattr(e, 'filename', None)
    if lineno is not None:
        out.append('  File "%s", line %d\n' % (filename or '<string>', lineno))
    elif filename is not None:
        where = ' (%s)' % filename
    text, offset = getattr(e, 'text', None), getattr(e, 'offset', None)
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        out.append('    %s\n' % ltext)
        if offset is not None:
            end = getattr(e, 'end_offset', None)
            if end in (None, 0):
                end = offset
            if end == offset or end == -1:
                end = offset + 1
            col = offset - 1 - spaces
            if col >= 0:
                pad = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
                out.append('    %s%s\n' % (pad, '^' * (end - 1 - spaces - col)))
    out.append('%s: %s%s\n' % (name, getattr(e, 'msg', None) or '<no detail available>', where))
    return out


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    # The interpreter's printer already writes CPython's format: the chain,
    # each frame's source line (port/traceback.c), the qualified last line.
    e = _exc_args(exc, value)
    if e is None:
        return format_exception_only(e)
    buf = io.StringIO()
    if chain:
        sys.print_exception(e, buf)
    else:
        # the exception alone: its causes are set aside while it prints
        saved = e.__cause__, e.__context__
        e.__cause__ = e.__context__ = None
        try:
            sys.print_exception(e, buf)
        finally:
            e.__cause__, e.__context__ = saved
    return _entries(buf.getvalue().splitlines(True), limit)


def _entries(lines, limit):
    # The printed lines grouped as CPython's list has them: a frame with its
    # source line is one string, as is a chain's "During handling..." with
    # its blank lines; each traceback keeps the frames limit= allows.
    out, frames = [], []

    def flush():
        # a traceback whose frames limit= removes all loses its header too,
        # as CPython prints the header only above a non-empty stack
        kept = _limited(frames, limit)
        if frames and not kept and out and out[-1].startswith('Traceback ('):
            out.pop()
        out.extend(kept)

    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "'):
            j = i + 1
            while j < len(lines) and lines[j].startswith('    '):
                j += 1
            frames.append(''.join(lines[i:j]))
            i = j
            continue
        if line.startswith('  [Previous line repeated'):
            frames.append(line)
        else:
            flush()
            frames = []
            if line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n':
                out.append(''.join(lines[i:i + 3]))  # between two exceptions of a chain
                i += 3
                continue
            out.append(line)
        i += 1
    flush()
    return out


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    (file or sys.stderr).write(''.join(format_exception(exc, value, tb, limit, chain)))


def format_exc(limit=None, chain=True):
    e = sys.exc_info()[1]
    if e is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(e, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    (file or sys.stderr).write(format_exc(limit, chain))


def print_last(limit=None, file=None, chain=True):
    raise NotImplementedError('traceback.print_last: sys.last_value is not kept')


class FrameSummary:
    """One call of a stack: where it is (filename, lineno, name) and, read
    when first asked, its source line. end_lineno, colno and end_colno
    are 3.11's attributes; the interpreter records no columns, so the
    summaries it makes have None there."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None:
            import linecache
            self._line = linecache.getline(self.filename, self.lineno).strip()
        return self._line

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __iter__(self):
        return iter(self._fields())

    def __getitem__(self, i):
        return self._fields()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, (FrameSummary, tuple)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)


class StackSummary(list):
    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return cls(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name)
                   for f, lineno in _limited(frame_gen, limit))

    @classmethod
    def from_list(cls, a_list):
        return cls(f if isinstance(f, FrameSummary) else FrameSummary(*f[:3], line=f[3]) for f in a_list)

    def format(self):
        return format_list(self)


def walk_stack(f):
    if f is None:
        f = sys._getframe(2)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    calls = [FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name) for frame, lineno in walk_stack(f)]
    calls.reverse()
    if limit is not None:
        calls = calls[-limit:] if limit >= 0 else calls[:-limit]
    return StackSummary(calls)


def format_list(extracted_list):
    out = []
    for filename, lineno, name, line in extracted_list:
        text = '  File "%s", line %s, in %s\n' % (filename, lineno, name)
        if line:
            text += '    %s\n' % line.strip()
        out.append(text)
    return out


def print_list(extracted_list, file=None):
    (file or sys.stderr).write(''.join(format_list(extracted_list)))


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f or sys._getframe(1), limit))


def print_stack(f=None, limit=None, file=None):
    (file or sys.stderr).write(''.join(format_list(extract_stack(f or sys._getframe(1), limit))))


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(pairs, limit):
    # CPython's rule for tracebacks: the first `limit` entries (outermost),
    # the last -limit when negative; sys.tracebacklimit when limit is None.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    pairs = list(pairs)
    if limit is None:
        return pairs
    return pairs[:limit] if limit >= 0 else pairs[limit:]


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._e = exc_value
        self.exc_type = exc_type
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        # the chain as TracebackExceptions too, each exception once
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        kw = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                  max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        cause = getattr(exc_value, '__cause__', None)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, compact=compact, **kw)
        else:
            self.__cause__ = None
        need_context = not compact or (self.__cause__ is None and not self.__suppress_context__)
        context = getattr(exc_value, '__context__', None)
        if context is not None and need_context and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                  compact=compact, **kw)
        else:
            self.__context__ = None
        subs = getattr(exc_value, 'exceptions', None) if isinstance(exc_value, BaseExceptionGroup) else None
        self.exceptions = None if subs is None else [
            TracebackException(type(x), x, x.__traceback__, **kw) for x in subs]
        if isinstance(exc_value, SyntaxError):
            self.filename, self.lineno = exc_value.filename, exc_value.lineno
            self.text, self.offset, self.msg = exc_value.text, exc_value.offset, exc_value.msg

    @classmethod
    def from_exception(cls, exc, **kw):
        return cls(type(exc), exc, exc.__traceback__, **kw)

    def format(self, *, chain=True):
        return iter(format_exception(self._e, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._e))

    def __str__(self):
        return str(self._e)
