# functools.partial takes its function positionally only, so `func` and
# `self` pass through as keywords (jaraco.functools' splat); singledispatch
# registers `x: None` as NoneType (importlib_resources).
import functools
from typing import Optional


def f(*a, **k):
    return a, sorted(k.items())


p = functools.partial(f, 1, func=2, self=3)
print(p(4, self=5), p.args, sorted(p.keywords), functools.partial(p, 9)(x=1))
for bad in ((), (5,)):
    try:
        functools.partial(*bad)
    except TypeError as e:
        print('TypeError', e)


class C:
    m = functools.partialmethod(f, 7)


print(C().m(8)[0][1:], functools.partial(print, sep='-').keywords)


@functools.singledispatch
def resolve(cand: Optional[str]):
    return 'default'


@resolve.register
def _(cand: str):
    return 'str ' + cand


@resolve.register
def _(cand: None):
    return 'none'


print(resolve('x'), resolve(None), resolve(3), resolve.dispatch(type(None)).__name__, sorted(
    t.__name__ for t in resolve.registry))
