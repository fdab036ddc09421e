import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 7))
def pw(b, e=1): return b ** e
p = partial(pw, e=2); print(p(5), p.func is pw, p.args, p.keywords, partial(p, 3)())
def deco(f):
    @wraps(f)
    def w(*a, **k):
        return f(*a, **k) * 2
    return w
@deco
def seven():
    """doc"""
    return 7
print(seven(), seven.__name__, seven.__wrapped__())
class C:
    @deco
    def m(self, x): return x + 1
print(C().m(1))
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
@lru_cache
def f2(x): return x
print(f2(1), f2.cache_info().hits)
class P:
    def __init__(s): s.n = 0
    @cached_property
    def v(s):
        s.n += 1; return 42
p = P(); print(p.v, p.v, p.n)
@total_ordering
class V:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return s.x == o.x
    def __lt__(s, o): return s.x < o.x
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(4))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
class Q:
    @functools.lru_cache(maxsize=None)
    def m(self, x): return x * 3
print(Q().m(3))
