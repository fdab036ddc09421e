# e.with_traceback(tb) returns e itself, also for an instance of a class
# derived from an exception type (patch 0323): re-raising it keeps its
# class, so `except MyError` catches it, and the chain has no loop.
import sys
import traceback


class MyError(Exception):
    pass


try:
    raise MyError('boom')
except MyError:
    _, e, tb = sys.exc_info()
print(type(e.with_traceback(tb)).__name__, e.with_traceback(tb) is e, e.with_traceback(None) is e)


def reraise():
    _, exc, tb = sys.exc_info()
    raise exc.with_traceback(tb)


try:
    try:
        raise MyError('again')
    except MyError as first:
        original = first
        reraise()
except MyError as caught:
    print(type(caught).__name__, caught is original, caught.__context__ is caught)
    text = traceback.format_exception(type(caught), caught, caught.__traceback__)
    print(text[-1].strip(), len(text) < 20)
print(type(ValueError('v').with_traceback(None)).__name__)
