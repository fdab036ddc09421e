# An atexit callback that raises: CPython's report starts in the callback; the
# atexit module's own frame was shown, and a builtin's failure got a header with
# no frames.
import atexit
import sys

sys.stderr = sys.stdout


class Callback:
    def __call__(self):
        raise ValueError("in atexit")

    def __repr__(self):
        return "<Callback>"


class Exiting:
    def __call__(self):
        sys.exit(5)

    def __repr__(self):
        return "<Exiting>"


atexit.register(Callback())
atexit.register(Exiting())
atexit.register(len)
atexit.register(print, "first", "callback")

print("after")
