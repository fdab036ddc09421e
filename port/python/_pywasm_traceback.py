"""Traceback objects: what e.__traceback__ and sys.exc_info()[2] give.

The interpreter records where an exception went as (file, line, function)
entries, not as frames, and port/exceptions.c calls chain() with them,
outermost first, whenever __traceback__ is read. Each entry becomes a
traceback object linked through tb_next, with a frame whose f_code names
the file and function: what traceback.extract_tb/format_tb/walk_tb,
logging and test runners read. Not kept: a frame's globals and locals
(f_globals and f_locals are empty dicts) and tb_lasti (-1)."""


class code:
    """The f_code of a traceback's frame: its file and function name."""

    def __init__(self, filename, name):
        self.co_filename = filename
        self.co_name = self.co_qualname = name

    def __repr__(self):
        return '<code object %s, file "%s">' % (self.co_name, self.co_filename)


class frame:
    """A frame as a traceback saw it: where it was, not its variables."""

    def __init__(self, filename, lineno, name, back):
        self.f_code = code(filename, name)
        self.f_lineno = lineno
        self.f_back = back
        self.f_globals = {}
        self.f_locals = {}
        self.f_lasti = -1
        self.f_trace = None

    def clear(self):
        pass

    def __repr__(self):
        return '<frame, file %r, line %d, code %s>' % (self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class traceback:
    """One level of a traceback, outermost first: tb_next goes inwards,
    towards where the exception was raised."""

    def __init__(self, tb_next, tb_frame, tb_lasti, tb_lineno):
        self.tb_next = tb_next
        self.tb_frame = tb_frame
        self.tb_lasti = tb_lasti
        self.tb_lineno = tb_lineno


def chain(entries):
    # entries: ((file, line, function), ...) outermost first
    frames = []
    back = None
    for filename, lineno, name in entries:
        back = frame(filename, lineno, name, back)
        frames.append(back)
    tb = None
    for f in reversed(frames):
        tb = traceback(tb, f, -1, f.f_lineno)
    return tb


def entries(tb):
    # The inverse of chain(), for `e.__traceback__ = tb` and
    # e.with_traceback(tb): ((file, line, function), ...) outermost first.
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_filename, tb.tb_lineno, f.f_code.co_name))
        tb = tb.tb_next
    return tuple(out)
