# A running function's frame (sys._getframe, inspect.currentframe) has
# f_locals, a dict of its variables, as in CPython: a caller's variables
# read from a helper, for templating or debugging output.
import inspect
import sys


def render(template):
    caller = sys._getframe(1)
    return template.format(**caller.f_locals)


def report(user, items):
    count = len(items)
    return render("{user} has {count} items: {items}")


print(report("ana", ["a", "b"]))


def trace_vars():
    frame = inspect.currentframe().f_back
    return sorted((k, v) for k, v in frame.f_locals.items() if not k.startswith("_"))


def worker(a, b=2):
    total = a + b
    return trace_vars()


print(worker(1))


def outer():
    value = "outer"

    def inner():
        return sys._getframe(1).f_locals["value"], sorted(sys._getframe(0).f_locals)

    return inner()


print(outer())
print(sys._getframe().f_locals is globals(), "report" in sys._getframe().f_locals)


def live_view():
    x = 1
    frame = sys._getframe()
    first = dict(frame.f_locals)
    x = 2
    return first["x"], frame.f_locals["x"]


print(live_view())
