"""collections.abc: the abstract container classes, for isinstance checks
and for subclassing. As in CPython, isinstance() and issubclass() answer for
the built-in types registered below (dict is a MutableMapping, list a
MutableSequence, ...), for classes given to register(), and, for the
one-method ABCs (Iterable, Sized, Container, Callable, ...), for any class
that defines the methods. The interpreter asks _pywasm_subclasscheck when
a class does not derive from the ABC (patch 0026).

A subclass gets CPython's mixin methods (Mapping's keys/items/values views,
get and ==; MutableMapping's pop, popitem, clear, update, setdefault; Set's
comparisons and operators; MutableSequence's append, extend, pop, remove,
reverse, +=; ...) and cannot be instantiated while one of the abstract
methods is missing, with CPython's TypeError: the abstract names are worked
out as abc's are (abc._abstracts)."""
from abc import _abstracts, _refuse_abstract, _forget_noes, _kept_answer
# cls[item] (PEP 585): every ABC but Hashable and Sized, as in CPython
from _pywasm_compat import class_getitem as _generic


class _ABC:
    # The abstract method names each ABC adds; a subclass must define them
    # (or inherit them from a class that is not an ABC's own mixin).
    _pywasm_abstract = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.__abstractmethods__ = _abstracts(cls, _OWN)
        if _BUILDING:
            _OWN.add(cls)

    def __new__(cls, *args, **kw):
        _refuse_abstract(cls)
        return super().__new__(cls)

    @classmethod
    def _pywasm_subclasscheck(cls, t):
        # Asked by the interpreter once t is known not to derive from cls.
        # Each answer is kept (abc's cache) until a register() call may
        # change it, as CPython's ABC caches keep theirs: finding one costs
        # ~10 us (the registry, the methods), looking it up far less.
        return _kept_answer(cls, t, _subclass_answer)

    @classmethod
    def register(cls, subclass):
        _REGISTERED.append((cls, subclass))
        _forget_noes()
        return subclass


def _subclass_answer(cls, t):
    # The registry is not consulted for an ABC's own subclasses: asking
    # issubclass about them here would come back to this hook.
    if not hasattr(t, '_pywasm_subclasscheck'):
        for abc, types in _REGISTERED:
            if cls in abc.__mro__ and issubclass(t, types):
                return True
        # types of other modules CPython registers (or derives from an ABC),
        # known by name so that this module imports none of them
        for abc in _BY_NAME.get((getattr(t, '__module__', None), getattr(t, '__name__', None)), ()):
            if cls in abc.__mro__:
                return True
    if cls is Hashable:
        # Every object hashes by identity unless its type says otherwise.
        return not issubclass(t, _UNHASHABLE) and (getattr(t, '__module__', None), getattr(t, '__name__', None)) != \
            ('array', 'array') and _defines(t, '__hash__', True)
    methods = _METHODS.get(cls)
    return methods is not None and all(_defines(t, m) for m in methods)


_OWN = {_ABC}  # this module's classes: none of their methods is marked abstract
_BUILDING = True  # while this module defines them


def _defines(t, name, default=False):
    # A method a class defines, not None (CPython's _check_methods); the
    # built-in types answer through the registry.
    for c in t.__mro__:
        if name in c.__dict__:
            return c.__dict__[name] is not None
    return default


def _close(gen, what):
    # Coroutine.close and Generator.close: GeneratorExit thrown in must end it.
    try:
        gen.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(what + ' ignored GeneratorExit')


_callable_alias = None


def _is_param_expr(a):
    # what may stand for Callable's whole argument list: ..., a ParamSpec,
    # a Concatenate[...]
    if a is Ellipsis:
        return True
    t = type(a)
    return getattr(t, '__module__', None) == 'typing' and (
        t.__name__ == 'ParamSpec' or getattr(getattr(a, '_parent', None), '_name', None) == 'Concatenate')


def _callable_generic(cls, item):
    # Callable[[args...], result] and Callable[..., result]: the argument
    # types and the result flattened into __args__, as CPython keeps them
    global _callable_alias
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    params, result = item
    if isinstance(params, (tuple, list)):
        args = (*params, result)
    elif _is_param_expr(params):
        args = (params, result)
    else:
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %r' % (params,))
    if _callable_alias is None:
        from types import GenericAlias, _union_name

        class _CallableGenericAlias(GenericAlias):
            def __repr__(self):
                a = self.__args__
                if len(a) == 2 and _is_param_expr(a[0]):
                    return super().__repr__()
                name = lambda t: '...' if t is Ellipsis else _union_name(t)
                return 'collections.abc.Callable[[%s], %s]' % (', '.join(name(t) for t in a[:-1]), name(a[-1]))

        _CallableGenericAlias.__module__ = 'collections.abc'
        _callable_alias = _CallableGenericAlias
    return _callable_alias(cls, args)


class Hashable(_ABC):
    _pywasm_abstract = ('__hash__',)


class Awaitable(_ABC):
    _pywasm_abstract = ('__await__',)
    __class_getitem__ = classmethod(_generic)


class Coroutine(Awaitable):
    _pywasm_abstract = ('send', 'throw')

    def close(self):
        _close(self, 'coroutine')


class AsyncIterable(_ABC):
    _pywasm_abstract = ('__aiter__',)
    __class_getitem__ = classmethod(_generic)


class AsyncIterator(AsyncIterable):
    _pywasm_abstract = ('__anext__',)

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    _pywasm_abstract = ('asend', 'athrow')

    async def __anext__(self):
        return await self.asend(None)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')


class Iterable(_ABC):
    _pywasm_abstract = ('__iter__',)
    __class_getitem__ = classmethod(_generic)


class Iterator(Iterable):
    _pywasm_abstract = ('__next__',)

    def __iter__(self):
        return self


class Reversible(Iterable):
    _pywasm_abstract = ('__reversed__',)


class Generator(Iterator):
    _pywasm_abstract = ('send', 'throw')

    def __next__(self):
        return self.send(None)

    def close(self):
        _close(self, 'generator')


class Sized(_ABC):
    _pywasm_abstract = ('__len__',)


class Container(_ABC):
    _pywasm_abstract = ('__contains__',)
    __class_getitem__ = classmethod(_generic)


class Callable(_ABC):
    _pywasm_abstract = ('__call__',)
    __class_getitem__ = classmethod(_callable_generic)


class Collection(Sized, Iterable, Container):
    pass


class Set(Collection):
    """A set from __contains__, __iter__ and __len__: comparisons by
    inclusion, and &, |, -, ^ making new sets through _from_iterable."""

    @classmethod
    def _from_iterable(cls, it):
        # How the operators build their result; a subclass whose __init__
        # takes something else overrides it.
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(e in other for e in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(e in self for e in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(v for v in other if v in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(v in self for v in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable([e for part in (self, other) for e in part])
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        rhs = _as_set(self, other)
        if rhs is None:
            return NotImplemented
        return self._from_iterable(v for v in self if v not in rhs)

    def __rsub__(self, other):
        lhs = _as_set(self, other)
        if lhs is None:
            return NotImplemented
        return self._from_iterable(v for v in lhs if v not in self)

    def __xor__(self, other):
        rhs = _as_set(self, other)
        if rhs is None:
            return NotImplemented
        # through the operators so that either side's overrides take part
        only_here = self - rhs
        only_there = rhs - self
        return only_here | only_there

    __rxor__ = __xor__

    def _hash(self):
        # What a hashable Set subclass's __hash__ calls, as in CPython: the
        # frozenset scheme over its elements' hashes, in machine-word steps
        import sys
        top = sys.maxsize
        mask = 2 * top + 1
        h = 1927868237 * (len(self) + 1) & mask
        for x in self:
            hx = hash(x)
            h = (h ^ (hx ^ (hx << 16) ^ 89869747) * 3644798167) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > top:
            h -= mask + 1
        return 590923713 if h == -1 else h


def _as_set(owner, other):
    # -, ^ and their reflections accept any iterable, turned into the owner's
    # kind of set first; None means "not ours to answer"
    if isinstance(other, Set):
        return other
    return owner._from_iterable(other) if isinstance(other, Iterable) else None


class MutableSet(Set):
    _pywasm_abstract = ('add', 'discard')

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        # the first element iteration gives; an empty set has no key to name
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        # element by element through pop(), which a subclass may override
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        # an iterable with repeats toggles each element once
        toggles = it if isinstance(it, Set) else self._from_iterable(it)
        for value in toggles:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


_MARKER = object()  # pop()'s "no default given"


class Mapping(Collection):
    """A read-only mapping from __getitem__, __iter__ and __len__: get,
    `in`, the keys/items/values views and ==."""
    _pywasm_abstract = ('__getitem__',)
    __reversed__ = None

    def get(self, key, default=None):
        # __getitem__ alone decides, so __missing__-style lookups count
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


def _same(a, b):
    # containment's notion of equality: identity first, so nan is found
    return a is b or a == b


def _plain_set(cls, it):
    # the views' operators answer builtin sets, whatever the view's class
    return set(it)


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(_generic)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, wanted = item
        mapping = self._mapping
        try:
            held = mapping[key]
        except KeyError:
            return False
        return _same(held, wanted)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        mapping = self._mapping
        return any(_same(mapping[k], value) for k in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    _pywasm_abstract = ('__setitem__', '__delitem__')

    def pop(self, key, default=_MARKER):
        try:
            value = self[key]
        except KeyError:
            if default is _MARKER:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        # the first key iteration gives
        keys = iter(self)
        try:
            first = next(keys)
        except StopIteration:
            raise KeyError from None
        item = first, self[first]
        del self[first]
        return item

    def clear(self):
        # through popitem(), which a subclass may override
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        if args:
            source = args[0]
            # a Mapping or anything with keys() is read key by key;
            # anything else is taken as (key, value) pairs
            if isinstance(source, Mapping):
                pairs = ((k, source[k]) for k in source)
            elif hasattr(source, 'keys'):
                pairs = ((k, source[k]) for k in source.keys())
            else:
                pairs = source
            for key, value in pairs:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A sequence from __getitem__ and __len__: iteration, `in`,
    reversed(), index() and count()."""
    _pywasm_abstract = ('__getitem__',)

    def __iter__(self):
        # indexes up from 0 until IndexError: len() is not consulted
        pos = 0
        while True:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        pos = len(self)
        while pos > 0:
            pos -= 1
            yield self[pos]

    def index(self, value, start=0, stop=None):
        # negative bounds count from the end, as list.index's do
        if start is not None and start < 0:
            start = max(start + len(self), 0)
        if stop is not None and stop < 0:
            stop = stop + len(self)
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if _same(item, value):
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    pass


class MutableSequence(Sequence):
    _pywasm_abstract = ('__setitem__', '__delitem__', 'insert')

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        # through pop(), which a subclass may override
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        # a copy first when extending by itself, which would never end
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self

# The structural ABCs: a class that defines these methods is one.
_METHODS = {
    Iterable: ('__iter__',), Iterator: ('__iter__', '__next__'),
    Reversible: ('__reversed__', '__iter__'), Sized: ('__len__',), Container: ('__contains__',),
    Callable: ('__call__',), Collection: ('__len__', '__iter__', '__contains__'),
    Awaitable: ('__await__',), AsyncIterable: ('__aiter__',), AsyncIterator: ('__aiter__', '__anext__'),
    Generator: ('__iter__', '__next__', 'send', 'throw', 'close'),
    Coroutine: ('__await__', 'send', 'throw', 'close'),
    AsyncGenerator: ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
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
        # dict and its views have __reversed__ (3.8), so they are Reversible
        (Reversible, (dict, type(d.keys()), type(d.items()), type(d.values()))),
    ]


_BUILDING = False
_UNHASHABLE = (list, dict, set, bytearray, type({}.keys()), type({}.items()))
# array.array is a MutableSequence (the array module registers it),
# os._Environ a MutableMapping, types.MappingProxyType a Mapping, StringIO
# and BytesIO iterators (their C type shows no __next__ to _defines)
_BY_NAME = {('array', 'array'): (MutableSequence,), ('os', '_Environ'): (MutableMapping,),
            ('types', 'mappingproxy'): (Mapping, Reversible), ('io', 'StringIO'): (Iterator,),
            ('io', 'BytesIO'): (Iterator,)}
_REGISTERED = _registered()
del _registered
