"""collections.abc: the abstract container classes, for isinstance checks
against the built-in types and for subclassing. isinstance() works for the
built-in types registered here; arbitrary classes count only when they
inherit from these (MicroPython has no __subclasshook__)."""


class _ABC:
    pass


def _mk(name, *bases):
    return type(name, bases or (_ABC,), {})


Hashable = _mk('Hashable')
Awaitable = _mk('Awaitable')
Iterable = _mk('Iterable')
Iterator = _mk('Iterator', Iterable)
Reversible = _mk('Reversible', Iterable)
Generator = _mk('Generator', Iterator)
Sized = _mk('Sized')
Container = _mk('Container')
Callable = _mk('Callable')
Collection = _mk('Collection', Sized, Iterable, Container)
Sequence = _mk('Sequence', Reversible, Collection)
MutableSequence = _mk('MutableSequence', Sequence)
ByteString = _mk('ByteString', Sequence)
Set = _mk('Set', Collection)
MutableSet = _mk('MutableSet', Set)
Mapping = _mk('Mapping', Collection)
MutableMapping = _mk('MutableMapping', Mapping)
MappingView = _mk('MappingView', Sized)
KeysView = _mk('KeysView', MappingView, Set)
ItemsView = _mk('ItemsView', MappingView, Set)
ValuesView = _mk('ValuesView', MappingView, Collection)
AsyncIterable = _mk('AsyncIterable')
AsyncIterator = _mk('AsyncIterator', AsyncIterable)
Coroutine = _mk('Coroutine', Awaitable)


def _mixins():
    # Mapping-style methods for subclasses that define the abstract ones.
    def get(self, k, d=None):
        try:
            return self[k]
        except KeyError:
            return d

    def contains(self, k):
        try:
            self[k]
            return True
        except KeyError:
            return False
    Mapping.get = get
    Mapping.__contains__ = contains
    Mapping.keys = lambda self: list(self)
    Mapping.items = lambda self: [(k, self[k]) for k in self]
    Mapping.values = lambda self: [self[k] for k in self]
    Mapping.__eq__ = lambda self, o: dict(self.items()) == dict(o.items())

    def pop(self, k, *d):
        try:
            v = self[k]
        except KeyError:
            if d:
                return d[0]
            raise
        del self[k]
        return v

    def update(self, other=(), **kw):
        for k, v in (other.items() if hasattr(other, 'items') else other):
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def setdefault(self, k, d=None):
        try:
            return self[k]
        except KeyError:
            self[k] = d
            return d
    MutableMapping.pop = pop
    MutableMapping.update = update
    MutableMapping.setdefault = setdefault
    Sequence.__contains__ = lambda self, v: any(x == v for x in self)
    Sequence.__iter__ = lambda self: (self[i] for i in range(len(self)))
    Sequence.__reversed__ = lambda self: (self[i] for i in range(len(self) - 1, -1, -1))
    Sequence.index = lambda self, v: next(i for i in range(len(self)) if self[i] == v)
    Sequence.count = lambda self, v: sum(1 for x in self if x == v)
    MutableSequence.append = lambda self, v: self.insert(len(self), v)
    Iterator.__iter__ = lambda self: self


_mixins()
del _mixins
