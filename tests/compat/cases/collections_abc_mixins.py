# collections.abc: what a subclass gets from the mixin methods, and the
# abstract methods it must define.
from collections.abc import (Mapping, MutableMapping, Set, MutableSet, Sequence, MutableSequence,
                             KeysView, ItemsView, ValuesView, Iterator, Generator, Hashable, Sized,
                             Iterable, Container, Collection)


class CaseInsensitive(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()][1]

    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return (k for k, _ in self._d.values())

    def __len__(self):
        return len(self._d)


m = CaseInsensitive({'Content-Type': 'text'}, Accept='*/*')
print(m['content-type'], 'ACCEPT' in m, len(m), m.get('x', 0))
print(sorted(m.keys()), sorted(m.items()), sorted(m.values()))
print(isinstance(m.keys(), KeysView), isinstance(m.items(), ItemsView), isinstance(m.values(), ValuesView))
print(m.keys() & {'Accept', 'x'}, m.keys() - {'Accept'}, ('Accept', '*/*') in m.items(), 'text' in m.values())
print(m == {'Content-Type': 'text', 'Accept': '*/*'}, m == {'a': 1}, m != {})
print(m.setdefault('X-New', 1), m.setdefault('x-new', 2), m.pop('x-new'), m.pop('gone', 'dflt'))
print(sorted(m), m.popitem() in [('Content-Type', 'text'), ('Accept', '*/*')], len(m))
m.update([('A', 1)], B=2)
m.update({'C': 3})
print(sorted(m))
m.clear()
print(len(m), list(m))
try:
    m.pop('nope')
except KeyError as e:
    print('KeyError', e)
try:
    m.popitem()
except KeyError:
    print('KeyError on empty popitem')
print(repr(CaseInsensitive(a=1).keys()).startswith('KeysView('))


class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen({'a': 1, 'b': 2})
print(dict(f), f.get('a'), 'b' in f, list(reversed(sorted(f))), f == Frozen({'b': 2, 'a': 1}))
try:
    f['c'] = 3
except TypeError as e:
    print('TypeError')


class ListSet(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for v in it:
            self.add(v)

    def __contains__(self, v):
        return v in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, v):
        if v not in self._items:
            self._items.append(v)

    def discard(self, v):
        if v in self._items:
            self._items.remove(v)


a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]))
print(a.isdisjoint([7, 8]), a.isdisjoint(b), type(a & b).__name__, sorted({5, 1} - a), sorted(a | {9}))
a |= [7]
a -= [1]
a &= [2, 3, 7, 8]
a ^= [3, 10]
print(sorted(a))
a.remove(2)
try:
    a.remove(99)
except KeyError as e:
    print('KeyError', e)
print(a.pop() in (7, 10), len(a))
a.clear()
print(len(a))


class Deck(MutableSequence):
    def __init__(self, cards=()):
        self._c = list(cards)

    def __getitem__(self, i):
        return self._c[i]

    def __setitem__(self, i, v):
        self._c[i] = v

    def __delitem__(self, i):
        del self._c[i]

    def __len__(self):
        return len(self._c)

    def insert(self, i, v):
        self._c.insert(i, v)


d = Deck('abc')
d.append('d')
d.extend('ef')
d += ['g']
print(list(d), 'c' in d, d.index('c'), d.index('e', 2), d.count('a'), list(reversed(d)))
print(d.pop(), d.pop(0), list(d))
d.remove('d')
d.reverse()
print(list(d))
try:
    d.index('zz')
except ValueError:
    print('ValueError')
d.clear()
print(len(d))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)


class Echo(Generator):
    def send(self, v):
        if v == 'stop':
            raise StopIteration
        return v

    def throw(self, typ, val=None, tb=None):
        raise typ


g = Echo()
print(next(g), g.send(5))
g.close()

for abc_class in (Mapping, MutableMapping, Set, MutableSet, Sequence, MutableSequence, Iterator, Hashable, Sized):
    class Empty(abc_class):
        pass
    try:
        Empty()
        print(abc_class.__name__, 'instantiated')
    except TypeError as e:
        print(e)

print(sorted(MutableSequence.__abstractmethods__), sorted(Mapping.__abstractmethods__), sorted(Collection.__abstractmethods__))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, Mapping), isinstance(frozenset(), MutableSet))
print(issubclass(Deck, Sequence), issubclass(CaseInsensitive, Mapping), isinstance(f, Container), isinstance(a, Iterable))
