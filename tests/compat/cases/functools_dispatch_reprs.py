# functools and operator details: singledispatch registering a union
# annotation (3.11) or register(int | str), lru_cache typed and its
# argument error, reduce's errors, cached_property.__set_name__, and the
# reprs of partial, itemgetter, attrgetter and methodcaller.
import functools, operator, heapq, bisect
from functools import singledispatch, partialmethod, lru_cache, reduce, partial, cached_property, wraps, total_ordering
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
@singledispatch
def show(x): return 'obj %r' % (x,)
@show.register
def _(x: int): return 'int %d' % x
@show.register(list)
def _(x): return 'list of %d' % len(x)
@show.register
def _(x: str | bytes): return 'text'
print(show(1), show(True), show([1, 2]), show('s'), show(b'b'), show(2.5), show.registry.keys() if False else '', show.dispatch(bool).__name__)
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c._alive)
@lru_cache(maxsize=None, typed=True)
def sq(x): return x * x
sq(1); sq(1.0); sq(1); print(sq.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
tr(lru_cache, 'x')
print(reduce(lambda a, b: a + b, range(5)), reduce(operator.mul, [], 1))
tr(reduce, operator.add, 5)
tr(reduce, operator.add, [], )
p = partial(print, 'a', sep='-')
print(repr(partial(int, '10', base=2)), partial(int, base=2)('11'), repr(p).startswith('functools.partial(<built-in function print>'))
print(operator.itemgetter(1, 0)([5, 6]), operator.attrgetter('real', 'imag')(3+4j), operator.methodcaller('split', ',')('a,b'), repr(operator.itemgetter(1)), repr(operator.attrgetter('a.b')), repr(operator.methodcaller('f', 1, k=2)))
print(operator.add(1, 2), operator.concat('a', 'b'), operator.contains([1], 1), operator.index(5), operator.truth(0), operator.neg(3), operator.getitem({'a': 1}, 'a'), operator.is_(None, None), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.length_hint([1, 2]))
h = [5, 1, 4, 1, 9]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [{'p': 3}, {'p': 9}, {'p': 1}], key=lambda d: d['p']), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left([{'k': 1}, {'k': 5}], 3, key=lambda d: d['k']))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(2))
class Lazy:
    @cached_property
    def x(self):
        print('compute'); return 1
l = Lazy(); print(l.x, l.x); del l.x; print(l.x)
tr(lambda: Lazy.x.__set_name__ and 'ok')
def deco(f):
    @wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(name: str) -> str:
    "Say hello."
    return 'hi ' + name
print(hello.__name__, hello.__doc__, hello.__wrapped__('x'), hello.__module__, hello.__qualname__)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(1) == functools.cmp_to_key(lambda a, b: 0)(2))
@singledispatch
def kind(x):
    return 'other'
@kind.register(int | float)
def _(x):
    return 'number'
import typing
@kind.register
def _(x: typing.Union[list, tuple]):
    return 'sequence'
print(kind(1), kind(2.5), kind([1]), kind((1,)), kind('s'), kind(True))
class Named:
    def compute(self):
        return 7
    other = cached_property(compute)
n = Named()
print(n.other, n.__dict__, Named.other.attrname)
