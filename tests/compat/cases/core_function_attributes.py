# Attributes on functions: counters, registries, functools.wraps.
import functools


def counted(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__wrapped__(5, 6), add.calls)


class Calc:
    @counted
    def double(self, x):
        return 2 * x


c = Calc()
print(c.double(4), c.double(5), Calc.double.calls, Calc.double.__name__)


def handler():
    pass


handler.route = '/index'
handler.methods = ['GET']
print(handler.route, handler.methods, sorted(vars(handler)), sorted(handler.__dict__))
print(hasattr(handler, 'missing'), getattr(handler, 'missing', 'default'))
del handler.route
print(hasattr(handler, 'route'))
try:
    handler.__globals__ = {}
except AttributeError:
    print('__globals__ is read-only')
try:
    handler.missing
except AttributeError:
    print('AttributeError')


def make(n):
    def inner():
        return n
    inner.n = n
    return inner


a, b = make(1), make(2)
print(a.n, b.n, a(), b())


def gen():
    yield 1


gen.tag = 'g'
print(gen.tag, list(gen()))
registry = {}


def register(name):
    def deco(f):
        f.command = name
        registry[name] = f
        return f
    return deco


@register('hello')
def hello():
    return 'hi'


print(registry['hello'].command, registry['hello']())
