# inspect.signature of builtins: those CPython knows the parameters of
# (len, sorted, pow, list...) have them; builtin types without (dict, int,
# map, filter) and classes deriving only from those raise ValueError, as
# toolz.curry relies on.
import inspect

for f in (filter, map, int, dict, str, range, zip, max, next, getattr, iter, type, bool,
          sorted, pow, len, print, sum, round, isinstance, open, divmod, abs, format, compile,
          list, tuple, float, complex, enumerate, reversed, object, property, memoryview):
    try:
        print(f.__name__, inspect.signature(f))
    except ValueError as e:
        print(f.__name__, 'ValueError:', e)

sig = inspect.signature(sorted)
print([(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print(sig.bind([3, 1], key=abs).arguments)
try:
    sig.bind(iterable=[1])
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(filter).bind(bool)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)


class Plain:
    pass


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


class WithInit(dict):
    def __init__(self, a, b=1):
        pass


for c in (Plain, L, D, E, WithInit, type('T', (), {})):
    try:
        print(c.__name__, inspect.signature(c))
    except ValueError as e:
        print(c.__name__, 'ValueError:', e)
