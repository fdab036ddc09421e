# traceback with limit=0: a traceback whose frames are all cut loses its
# "Traceback (most recent call last):" header, as in CPython, in every part of a chain.
import io
import traceback


def inner():
    raise ValueError("inner problem")


def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer wrap") from e


try:
    outer()
except RuntimeError as e:
    print(traceback.format_exc(limit=0), end="")
    print("--")
    print("".join(traceback.format_exception(e, limit=0)), end="")
    print("--")
    buf = io.StringIO()
    traceback.print_exc(limit=0, file=buf, chain=False)
    print(buf.getvalue(), end="")
    print("--")
    print(traceback.format_exception(e, limit=0, chain=False))
    print(len(traceback.format_exception(e, limit=1)))
