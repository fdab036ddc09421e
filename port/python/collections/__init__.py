"""collections: OrderedDict over MicroPython's, plus deque, namedtuple (with
_fields, _make, defaults, rename), defaultdict, Counter, ChainMap,
UserDict, UserList, UserString, and collections.abc. Dicts keep insertion
order (the interpreter's dicts do, port/patches/0001), so Counter ties and
reprs list keys as CPython does. namedtuple is in _collections_tuple,
deque in _collections_deque, ChainMap and the User* classes in
_collections_user."""
import ucollections as _u
import _pywasm_compat
from _pywasm import count_elements as _count_elements
from . import abc
from _collections_tuple import namedtuple
from _collections_deque import deque


def _copy_or(self, o):
    # self | o for OrderedDict and defaultdict: a copy of self's own class
    # (MicroPython's dict | gives a plain dict of the C type)
    if not isinstance(o, dict):
        return NotImplemented
    r = self.copy()
    r.update(o)
    return r


def _own_setitem(cls):
    # Whether a subclass of OrderedDict stores through a __setitem__ of its
    # own: CPython's OrderedDict fills itself with `self[k] = v` (the
    # MutableMapping update), so such a class sees every key (icalendar's
    # case-folding dict), where the C type's stores go around it.
    for c in cls.__mro__:
        if c is OrderedDict:
            return False
        if '__setitem__' in c.__dict__:
            return True
    return False


def _store_pairs(self, other):
    # MutableMapping.update's order of preference, as CPython's OrderedDict
    if type(other) is dict or hasattr(other, 'keys'):
        for k in other.keys():
            self[k] = other[k]
        return
    for pair in other:
        k, v = pair
        self[k] = v


class OrderedDict(_u.OrderedDict):
    # Both spelled over *args so that `self=` and `other=` are keys, as with
    # CPython's positional-only parameters.
    def __init__(*args, **kwds):
        self, *args = args
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        if type(self) is OrderedDict or not _own_setitem(type(self)):
            super(OrderedDict, self).__init__(*args, **kwds)
            return
        super(OrderedDict, self).__init__()
        OrderedDict.update(self, *args, **kwds)

    def update(*args, **kwds):
        self, *args = args
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        if type(self) is OrderedDict or not _own_setitem(type(self)):
            return _u.OrderedDict.update(self, *args, **kwds)
        if args:
            _store_pairs(self, args[0])
        for k in kwds:
            self[k] = kwds[k]

    def __repr__(self):
        n = self.__class__.__name__
        if not self:
            return n + '()'
        return n + '([' + ', '.join(repr(kv) for kv in self.items()) + '])'


    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self.items()) == other

    def __ne__(self, other):
        return not self == other

    def __reduce__(self):
        # CPython's, a method of the class that jsonpickle and copy look for:
        # the items after an empty call, and the instance's own attributes
        state = getattr(self, '__dict__', None)
        return type(self), (), dict(state) if state else None, None, iter(list(self.items()))

    def move_to_end(self, key, last=True):
        v = self.pop(key)
        if last:
            self[key] = v
        else:
            rest = list(self.items())
            self.clear()
            self[key] = v
            for k, x in rest:
                self[k] = x

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        k = next(reversed(list(self))) if last else next(iter(self))
        return k, self.pop(k)

    def copy(self):
        return self.__class__(self.items())

    __copy__ = copy

    __or__ = _copy_or

    def __ror__(self, o):
        if not isinstance(o, dict):
            return NotImplemented
        r = self.__class__(o)
        r.update(self)
        return r

    @classmethod
    def fromkeys(cls, keys, value=None):
        return cls((k, value) for k in keys)


abc.MutableSequence.register(deque)  # as CPython's is, for match statements and isinstance


class defaultdict(dict):
    def __init__(self, default_factory=None, *a, **kw):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*a, **kw)
        self.default_factory = default_factory

    # No __getitem__ of its own: dict's subscript calls __missing__ for a
    # subclass (patch 0099), and a Python __getitem__ made every lookup,
    # found or not, ten times slower than CPython's.
    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self[k] = v
        return v

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        # CPython's: the factory (none when None), then the items
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(list(self.items()))

    __or__ = _copy_or

    def __ror__(self, o):
        if not isinstance(o, dict):
            return NotImplemented
        r = self.__class__(self.default_factory, o)
        r.update(self)
        return r

    def __repr__(self):
        f = self.default_factory
        f = 'None' if f is None else (getattr(f, '__name__', None) and "<class '%s'>" % f.__name__ if isinstance(f, type) else repr(f))
        return '%s(%s, %s)' % (type(self).__name__, f, repr(dict(self)))



class Counter(dict):
    def __init__(self, iterable=None, **kw):
        super().__init__()
        self.update(iterable, **kw)

    # dict's own subscript and get (a Python __getitem__ made each count a
    # Python call, and a KeyError for each new key); a missing key is 0
    # through __missing__, as in CPython
    def __missing__(self, k):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # MicroPython's sort is not stable: equal counts keep insertion
        # order (as CPython's stable sort gives) through the index in the key.
        items = list(self.items())
        order = sorted(range(len(items)), key=lambda i: (items[i][1], -i), reverse=True)
        if n is not None:
            order = order[:max(n, 0)]
        return [items[i] for i in order]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def update(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, dict):
                if not self:
                    # as CPython: an empty Counter takes the counts as they are
                    dict.update(self, iterable)
                else:
                    for k, v in iterable.items():
                        self[k] = self[k] + v
            elif not self:
                # Counter(iterable): counted in a plain dict, in C
                # (_pywasm.count_elements; a subclass's subscript goes
                # through its class)
                counts = {}
                try:
                    _count_elements(counts, iterable)
                finally:
                    # what was counted stays if the iterable raises, as
                    # CPython counts in place
                    dict.update(self, counts)
            else:
                for k in iterable:
                    self[k] = self[k] + 1
        if kw:
            self.update(kw)

    def subtract(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] - v
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        if kw:
            self.subtract(kw)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, k):
        if k in self:
            super().__delitem__(k)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            items = self.most_common()
        except TypeError:
            items = self.items()  # counts that do not order
        return name + '({' + ', '.join('%r: %r' % kv for kv in items) + '})'


    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _keep(self, pos):
        return Counter({k: v for k, v in self.items() if (v > 0 if pos else v < 0)})

    def __add__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        r = Counter(self)
        r.update(o)
        return r._keep(True)

    def __sub__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        r = Counter(self)
        r.subtract(o)
        return r._keep(True)

    def __or__(self, o):
        if not isinstance(o, Counter):
            if isinstance(o, dict):
                # what dict's reflected | gives in CPython: a plain dict
                r = dict(self)
                r.update(o)
                return r
            return NotImplemented
        r = Counter(self)
        for k, v in o.items():
            if v > r[k]:
                r[k] = v
        return r._keep(True)

    def __and__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        return Counter({k: min(v, o[k]) for k, v in self.items() if k in o})._keep(True)

    def _inplace(self, r):
        # c += d and friends change c itself, as CPython's do.
        if r is NotImplemented:
            return r
        self.clear()
        for k, v in r.items():
            self[k] = v
        return self

    def __iadd__(self, o):
        return self._inplace(self + o)

    def __isub__(self, o):
        return self._inplace(self - o)

    def __ior__(self, o):
        return self._inplace(self | o)

    def __iand__(self, o):
        return self._inplace(self & o)

    def __pos__(self):
        return self._keep(True)

    def __neg__(self):
        return Counter({k: -v for k, v in self.items() if v < 0})

    def __eq__(self, o):
        # Missing elements count as zero (3.10).
        if not isinstance(o, Counter):
            return dict.__eq__(self, o) if isinstance(o, dict) else NotImplemented
        return all(self[k] == o[k] for c in (self, o) for k in c)

    def __ne__(self, o):
        r = self.__eq__(o)
        return r if r is NotImplemented else not r

    def __le__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        return all(self[k] <= o[k] for c in (self, o) for k in c)

    def __lt__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        return self <= o and self != o

    def __ge__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        return all(self[k] >= o[k] for c in (self, o) for k in c)

    def __gt__(self, o):
        if not isinstance(o, Counter):
            return NotImplemented
        return self >= o and self != o


# ChainMap and the User* classes live in a module of their own (this one is
# long enough); they are imported here, not through a module __getattr__,
# which would make `from collections import nosuch` an AttributeError.
from _collections_user import ChainMap, UserDict, UserList, UserString

# PEP 585: deque[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(deque, OrderedDict, defaultdict, Counter, ChainMap)
