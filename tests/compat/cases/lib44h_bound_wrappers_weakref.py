# A method decorated with lru_cache (or wraps) is bound as a method whose
# attributes are the wrapper's: obj.m.cache_clear() works (jsons). weakref
# classes take [...] (beautifultable, beartype) and copy as themselves.
import copy
import functools
import weakref


class W:
    def __init__(self):
        self.calls = 0

    @functools.lru_cache(maxsize=None)
    def __call__(self, x):
        self.calls += 1
        return x * 2

    @functools.cache
    def other(self, y):
        return y + 1


w = W()
print(w(2), w(2), w.calls, w.__call__.cache_info())
w.__call__.cache_clear()
print(w.__call__.cache_info(), w.other(1), w.other.cache_info().currsize, type(w.other).__name__)
print(w.other.__self__ is w, w.other.__func__ is W.__dict__['other'])

print(repr(weakref.ref[int]), repr(weakref.WeakKeyDictionary[int, str]), repr(weakref.WeakValueDictionary[str, int]))
print(weakref.ref[int] | None)


class Node:
    pass


n = Node()
r = weakref.ref(n)
holder = {'r': r, 'n': n}
print(copy.copy(r) is r, copy.deepcopy(r) is r)
d = copy.deepcopy(holder)
print(d['r'] is r, d['n'] is not n, d['r']() is n)
