# raise ... from ..., __cause__, __context__, __suppress_context__, and the
# chained traceback text (printed through traceback, as a script's own
# uncaught error would be on stderr).
import traceback


class ConfigError(Exception):
    pass


def parse(text):
    if not text.isdigit():
        raise ValueError('not a number: %r' % text)
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError('bad number: %s' % text) from e


try:
    load('x1')
except ConfigError as e:
    print(repr(e), type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

# implicit context
try:
    try:
        {}['k']
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)

# context from a called function, and through finally
def fail():
    raise RuntimeError('inner')
try:
    try:
        raise ValueError('first')
    except ValueError:
        fail()
except RuntimeError as e:
    print(repr(e.__context__))
try:
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')
except TypeError as e:
    print(repr(e.__context__))

# from None hides the context; from a class makes an instance
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError('v') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError('v') from 5
except TypeError as e:
    print('TypeError', e)

# re-raising the handled exception does not chain it to itself
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)

# no context outside a handler
try:
    raise ValueError('alone')
except ValueError as e:
    print(e.__context__, e.__cause__)

# attributes can be set
e = ValueError('x')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)


def last_lines(exc):
    # the chain's text without file paths and line numbers
    text = ''.join(traceback.format_exception(exc))
    return [l for l in text.splitlines() if l and not l.startswith(' ')]


try:
    load('y')
except ConfigError as e:
    for line in last_lines(e):
        print(line)
try:
    try:
        [][1]
    except IndexError:
        raise LookupError('no default')
except LookupError as e:
    for line in last_lines(e):
        print(line)
