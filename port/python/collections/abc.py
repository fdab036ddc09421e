"""collections.abc: the abstract container classes, for isinstance checks
and for subclassing. As in CPython, isinstance() and issubclass() answer for
the built-in types registered below (dict is a MutableMapping, list a
MutableSequence, ...), for classes given to register(), and, for the
one-method ABCs (Iterable, Sized, Container, Callable, ...), for any class
that defines the methods. The interpreter asks _pywasm_subclasscheck when
a class does not derive from the ABC (patch 0026)."""


class _ABC:
    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # The registry is not consulted for an ABC's own subclasses: asking
        # issubclass about them here would come back to this hook.
        if not hasattr(t, '_pywasm_subclasscheck'):
            for abc, types in _REGISTERED:
                if cls in abc.__mro__ and issubclass(t, types):
                    return True
        if cls is Hashable:
            # Every object hashes by identity unless its type says otherwise.
            return not issubclass(t, _UNHASHABLE) and _defines(t, '__hash__', True)
        methods = _METHODS.get(cls)
        return methods is not None and all(_defines(t, m) for m in methods)

    @classmethod
    def register(cls, subclass):
        _REGISTERED.append((cls, subclass))
        return subclass


def _defines(t, name, default=False):
    # A method a class defines, not None (CPython's _check_methods); the
    # built-in types answer through the registry.
    for c in t.__mro__:
        if name in c.__dict__:
            return c.__dict__[name] is not None
    return default


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

# The structural ABCs: a class that defines these methods is one.
_METHODS = {
    Iterable: ('__iter__',), Iterator: ('__iter__', '__next__'),
    Reversible: ('__reversed__', '__iter__'), Sized: ('__len__',), Container: ('__contains__',),
    Callable: ('__call__',), Collection: ('__len__', '__iter__', '__contains__'),
    Awaitable: ('__await__',), AsyncIterable: ('__aiter__',), AsyncIterator: ('__aiter__', '__anext__'),
}


def _registered():
    def gen():
        yield

    async def coro():
        pass
    d = {}
    iterators = tuple({type(iter(x)) for x in ([], (), '', b'', {}, set(), range(0), bytearray())})
    iterators += (type(map(abs, ())), type(filter(None, ())), type(zip()), type(enumerate(())), type(reversed([])))
    c = coro()
    c.close()
    return [
        (MutableSequence, (list, bytearray)), (Sequence, (tuple, str, range, bytes, memoryview)),
        (ByteString, (bytes, bytearray)), (MutableMapping, dict), (MutableSet, set), (Set, frozenset),
        (KeysView, type(d.keys())), (ItemsView, type(d.items())), (ValuesView, type(d.values())),
        (Generator, type(gen())), (Iterator, iterators), (Coroutine, type(c)),
        (Callable, (type(len), type(print), type(_registered), type(_ABC.register), type)),
    ]


_UNHASHABLE = (list, dict, set, bytearray)
_REGISTERED = _registered()
del _registered
