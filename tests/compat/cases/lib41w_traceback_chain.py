# traceback.TracebackException keeps the chain as TracebackExceptions
# (__cause__, __context__, each exception once) and FrameSummary takes
# 3.11's end_lineno/colno/end_colno; werkzeug's debug traceback reads them.
import traceback


def inner():
    raise KeyError('k')


def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError('v') from e


try:
    try:
        outer()
    except ValueError:
        raise RuntimeError('r')
except RuntimeError as exc:
    te = traceback.TracebackException.from_exception(exc)

print(te.exc_type.__name__, te.__cause__, te.__suppress_context__)
ctx = te.__context__
print(ctx.exc_type.__name__, ctx.__cause__.exc_type.__name__, ctx.__cause__.__cause__,
      ctx.__context__)
print([f.name for f in ctx.__cause__.stack])
print(te.exceptions, ''.join(te.format_exception_only()).strip())
lines = ''.join(te.format()).splitlines()
print(lines[-1], sum(1 for l in lines if 'direct cause' in l), sum(1 for l in lines if 'During handling' in l))

# a cycle: each exception appears once
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
te = traceback.TracebackException(type(a), a, None)
print(te.__context__.exc_type.__name__, te.__context__.__context__)

# compact: the context is kept only where it is shown
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('x') from None
except ValueError as e:
    full = traceback.TracebackException.from_exception(e)
    compact = traceback.TracebackException.from_exception(e, compact=True)
print(full.__context__ is not None, compact.__context__, full.__suppress_context__)

fs = traceback.FrameSummary('f.py', 3, 'fn', line='x = 1')
print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
fs = traceback.FrameSummary('f.py', 3, 'fn', end_lineno=4, colno=2, end_colno=9, line='y')
print(fs.end_lineno, fs.colno, fs.end_colno, tuple(fs))


class Sub(traceback.FrameSummary):
    def __init__(self, **kw):
        super().__init__(**kw)


print(Sub(filename='a', lineno=1, name='n', colno=None, end_colno=None, line='').colno)
