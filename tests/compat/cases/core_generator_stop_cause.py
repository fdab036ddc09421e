# A StopIteration raised inside a generator becomes CPython's RuntimeError
# (PEP 479) with the StopIteration as its cause, so the printed chain shows
# where it came from.
import io
import sys


def numbers():
    yield 1
    raise StopIteration("no more")


def collect():
    return list(numbers())


try:
    collect()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, e.__cause__.value)
    out = io.StringIO()
    sys.stderr, saved = out, sys.stderr
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = saved
    text = out.getvalue()
    print("direct cause" in text, text.count("Traceback"), text.splitlines()[-1])
    print([line.strip() for line in text.splitlines() if line.startswith(("StopIteration", "RuntimeError"))])


def plain():
    yield 1
    return 5


g = plain()
next(g)
try:
    next(g)
except StopIteration as e:
    print("plain return", e.value, e.__cause__)
