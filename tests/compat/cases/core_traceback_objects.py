# Traceback objects (e.__traceback__, sys.exc_info()[2], with_traceback) and
# sys.exc_info() across calls (patch 0111).
import sys, traceback, types

def inner(x):
    return 1 / x

def middle(x):
    return inner(x)

try:
    middle(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType))
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
    print([line.splitlines()[0].split(", ", 1)[1] for line in traceback.format_tb(e.__traceback__)])
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev, etb is not None, etb.tb_frame.f_code.co_name)
    print(traceback.format_exception(et, ev, etb)[-1])
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(etb)])
    te = traceback.TracebackException.from_exception(e)
    print([f.name for f in te.stack], te.exc_type.__name__, "".join(te.format_exception_only()))
    print(len(traceback.extract_tb(e.__traceback__, limit=1)), traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
    saved = e.__traceback__

def reraiser():
    try:
        raise ValueError("again")
    except ValueError as err:
        raise RuntimeError("wrapped").with_traceback(saved) from None

try:
    reraiser()
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

e = KeyError("k")
print(e.__traceback__)
try:
    raise e
except KeyError:
    pass
print(e.__traceback__ is not None)
e.__traceback__ = None
print(e.__traceback__)
print(sys.exc_info())

# sys.exc_info() in a handler stays the handled exception after calls that
# use try themselves, and inside them
def uses_try():
    try:
        int("x")
    except ValueError:
        pass
    return sys.exc_info()[0]
try:
    {}["missing"]
except KeyError:
    print(uses_try().__name__, sys.exc_info()[0].__name__)
    try:
        raise TypeError("inner")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
    import logging, io
    stream = io.StringIO()
    log = logging.getLogger("t")
    log.addHandler(logging.StreamHandler(stream))
    log.exception("failed")
    print(stream.getvalue().splitlines()[0], stream.getvalue().splitlines()[-1])
print(sys.exc_info())
def gen():
    try:
        raise OSError("in gen")
    except OSError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = gen()
print(next(g), next(g))
