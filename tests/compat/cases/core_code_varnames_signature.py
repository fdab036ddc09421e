# A function's __code__.co_varnames lists its arguments, the names of
# *args and **kwargs, then its plain locals, and co_nlocals counts them, as
# in CPython; inspect.signature() and getfullargspec() show the real names
# of *args and **kwargs.
import inspect


def closure(x, *rest):
    def inner(y, *more, **kw):
        z = x + y
        return z
    return inner


class K:
    def method(self, *values, **named):
        return super().method()


for fn in (closure, closure(1), lambda q, *, r=1: q, (lambda: [v for v in "ab"]), K.method):
    c = fn.__code__
    print(inspect.signature(fn), c.co_varnames, c.co_argcount, c.co_kwonlyargcount, c.co_nlocals)


def f(a, b=2, *items, key, flag=False, **opts) -> int:
    total = a + b
    return total


def g(x: int, y: "str" = "s"):
    pass


class C:
    def m(self, v, w=1):
        pass


spec = inspect.getfullargspec(f)
print(spec)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(C().m))
print(inspect.getfullargspec(C.m).args, inspect.getfullargspec(lambda: 0))
args, *_ = spec
print(args, len(spec), spec[1], isinstance(spec, tuple))
