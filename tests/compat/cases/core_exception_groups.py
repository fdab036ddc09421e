# ExceptionGroup and BaseExceptionGroup as built-in names (no import), and
# their tracebacks drawn as CPython's traceback module draws them: a group's
# own frames under a "+" margin, each exception in a numbered branch, nested
# groups indented, chained causes inside a branch, and more than 15
# exceptions cut to "and N more exceptions".
import traceback


def fail(n):
    raise ValueError('bad %d' % n)


def collect(count):
    errors = []
    for n in range(count):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('%d failures' % count, errors)


def show(f):
    try:
        f()
    except BaseException as e:
        print(''.join(traceback.format_exception(e)))


def two():
    collect(2)


show(two)


def nested():
    inner = ExceptionGroup('inner', [KeyError('k'), TypeError('t')])
    try:
        try:
            fail(9)
        except ValueError as e:
            raise RuntimeError('wrapped') from e
    except RuntimeError as e:
        chained = e
    raise ExceptionGroup('outer', [inner, chained, OSError(2, 'gone')])


show(nested)
def seventeen():
    collect(17)


show(seventeen)
g = BaseExceptionGroup('mixed', [KeyboardInterrupt(), ValueError(1)])
print(type(g).__name__, repr(g), str(g))
print(type(ExceptionGroup('x', [ValueError()])).__name__, issubclass(ExceptionGroup, Exception))
try:
    raise ExceptionGroup('caught', [ValueError(3)])
except ExceptionGroup as eg:
    print('caught', eg.exceptions, eg.message)
print(''.join(traceback.format_exception(ExceptionGroup('never raised', [ValueError(4)]))))

# BaseExceptionGroup of Exceptions only is made an ExceptionGroup, which
# `except Exception` catches
eg = BaseExceptionGroup('x', [ValueError('v')])
print(type(eg).__name__, isinstance(eg, Exception), type(BaseExceptionGroup('y', [KeyboardInterrupt()])).__name__)
try:
    raise BaseExceptionGroup('z', [KeyError('k')])
except Exception as e:
    print('caught by except Exception:', type(e).__name__, e)
