# What functions, methods and classes say about themselves (patch 0054):
# the attributes decorators, loggers and reprs read.
import functools
import json
import os
import collections


def plain(a, b=2, *args, c=3, d, **kw):
    pass


def no_defaults(x):
    "One-line docstring."; return x


class Outer:
    def method(self):
        return super().__init__()

    @staticmethod
    def helper():
        pass

    @classmethod
    def make(cls):
        return cls()

    @property
    def value(self):
        return 1

    class Inner:
        def deep(self):
            pass


def factory():
    class Local:
        pass
    return Local


print(plain.__defaults__, plain.__kwdefaults__, no_defaults.__defaults__, no_defaults.__kwdefaults__)
print(plain.__module__, plain.__qualname__, no_defaults.__doc__)
print(Outer.method.__qualname__, Outer.helper.__qualname__, Outer.make.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.deep.__qualname__, factory().__qualname__)
print(Outer.__dict__['value'].fget.__qualname__)
bound = Outer().method
print(bound.__func__ is Outer.__dict__['method'], type(bound.__self__).__name__, bound.__name__)
print(len.__name__, len.__qualname__, len.__module__, print.__name__)
print(str.upper.__name__, str.upper.__qualname__, dict.get.__qualname__, list.append.__name__)
print('abc'.upper.__name__, 'abc'.upper.__qualname__)
print(os.getcwd.__name__, json.dumps.__module__, json.dumps.__qualname__)
print(int.__qualname__, int.__module__, ValueError.__module__, Outer.__module__, Outer.__qualname__)
print(collections.OrderedDict.__module__)
print(type(Outer()), Outer, Outer.Inner, factory(), int, ValueError)
print(repr(Outer())[:24], str(Outer.Inner())[:30])


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__module__ + '.' + fn.__qualname__)
        return fn(*args, **kwargs)
    return wrapper


class Service:
    @logged
    def run(self, n=1):
        "Run the service."
        return n * 2


print(Service().run(3), Service.run.__doc__, Service.run.__qualname__, Service.run.__wrapped__.__defaults__)


def make_counter():
    def step():
        pass
    return step


step = make_counter()
print(step.__qualname__, (lambda: 0).__qualname__, make_counter.__qualname__, Outer.Inner.deep.__qualname__)
step.__qualname__ = 'custom.name'
step.calls = 0
print(step.__qualname__, sorted(step.__dict__))
try:
    step.__qualname__ = 5
except TypeError as e:
    print('TypeError:', e)

# generator functions and closures are functions, bound methods methods
# (patch 0144); a generator has its function's __name__ and __qualname__


def countdown(n):
    while n:
        yield n
        n -= 1


def make_counter(start):
    def counter():
        yield start
    return counter


class Walker:
    def walk(self):
        yield self


gen = countdown(2)
inner = make_counter(1)
print(type(countdown).__name__, type(inner).__name__, type(inner()).__name__, type(Walker().walk).__name__,
      type(gen).__name__, str(type(countdown)), str(type(inner)))
print(gen.__name__, gen.__qualname__, inner().__qualname__, Walker().walk().__qualname__)
print(repr(gen).split(' at 0x')[0], repr(inner()).split(' at 0x')[0], repr(Walker().walk()).split(' at 0x')[0])
for obj in (Walker().walk, countdown):
    try:
        obj.colour = 'red'
    except AttributeError as e:
        print('AttributeError:', e)
print([type(f).__name__ == 'function' for f in (countdown, inner, make_counter, lambda: (yield))])
