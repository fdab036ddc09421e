"""collections: MicroPython's deque and OrderedDict, plus namedtuple (with
_fields, _make, defaults, rename), defaultdict, Counter, ChainMap,
UserDict, UserList, UserString, and collections.abc. Dicts keep insertion
order (the interpreter's dicts do, port/patches/0001), so Counter ties and
reprs list keys as CPython does."""
import ucollections as _u
import _pywasm_compat
from . import abc


_KW = frozenset('False None True and as assert async await break class continue def del elif else except '
                'finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split())


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(f) for f in field_names]
    seen = set()
    for i, f in enumerate(fields):
        bad = not f or not (f[0].isalpha() or f[0] == '_') or not all(c.isalpha() or c.isdigit() or c == '_' for c in f)
        bad = bad or f in _KW
        if rename and (bad or f.startswith('_') or f in seen):
            fields[i] = f = '_%d' % i
        elif bad:
            raise ValueError('Type names and field names must be valid identifiers: %r' % f)
        elif f.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % f)
        elif f in seen:
            raise ValueError('Encountered duplicate field name: %r' % f)
        seen.add(f)
    fields = tuple(fields)
    base = _u.namedtuple(typename, fields)
    dflt = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        dflt = dict(zip(fields[len(fields) - len(defaults):], defaults))
    ns = {'_fields': fields, '_field_defaults': dflt, '__match_args__': fields, '__slots__': (),
          '__module__': module or '__main__'}
    cls = type(typename, (base,), ns)
    cls._make = classmethod(lambda c, it: c(*it))
    cls._asdict = lambda self: dict(zip(fields, self))
    cls._replace = lambda self, **kw: cls(*[kw.pop(f, v) for f, v in zip(fields, self)], **kw)
    if not dflt:
        return cls

    # MicroPython's tuple types take no __new__, so defaults are filled in by
    # a metaclass; its instances are of the plain class made above.
    class _Meta(type):
        def __call__(c, *a, **k):
            if len(a) < len(fields):
                for f in fields[len(a):]:
                    if f not in k:
                        if f not in dflt:
                            raise TypeError("%s() missing required argument: '%s'" % (typename, f))
                        k[f] = dflt[f]
            return cls(*a, **k)

        def __instancecheck__(c, o):
            return isinstance(o, cls)

        # what isinstance()/issubclass() ask of a metaclass here (patch
        # 0103): the instances are of the tuple class inside
        def _pywasm_subclasscheck(c, t):
            return isinstance(t, type) and issubclass(t, cls)
    return _Meta(typename, (cls,), {'_fields': fields, '_field_defaults': dflt, '_pywasm_tuple_class': cls})


class OrderedDict(_u.OrderedDict):
    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        return 'OrderedDict([' + ', '.join(repr(kv) for kv in self.items()) + '])'

    __str__ = __repr__

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self.items()) == other

    def __ne__(self, other):
        return not self == other

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
        return OrderedDict(self.items())

    @classmethod
    def fromkeys(cls, keys, value=None):
        return cls((k, value) for k in keys)


class deque:
    # MicroPython's C deque is a fixed-size ring; CPython's grows. A list does.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError('maxlen must be non-negative')
        self._l = []
        self.maxlen = maxlen
        self.extend(iterable)

    def _trim(self, left):
        m = self.maxlen
        if m is not None and len(self._l) > m:
            if left:
                del self._l[m:]
            else:
                del self._l[:len(self._l) - m]

    def append(self, x):
        self._l.append(x)
        self._trim(False)

    def appendleft(self, x):
        self._l.insert(0, x)
        self._trim(True)

    def extend(self, it):
        for x in list(it):
            self.append(x)

    def extendleft(self, it):
        for x in list(it):
            self.appendleft(x)

    def pop(self):
        if not self._l:
            raise IndexError('pop from an empty deque')
        return self._l.pop()

    def popleft(self):
        if not self._l:
            raise IndexError('pop from an empty deque')
        return self._l.pop(0)

    def rotate(self, n=1):
        l = self._l
        if l:
            n %= len(l)
            if n:
                l[:] = l[-n:] + l[:-n]

    def clear(self):
        self._l.clear()

    def copy(self):
        return deque(self._l, self.maxlen)

    def count(self, x):
        return self._l.count(x)

    def index(self, x, *a):
        return self._l.index(x, *a)

    def insert(self, i, x):
        if self.maxlen is not None and len(self._l) >= self.maxlen:
            raise IndexError('deque already at its maximum size')
        self._l.insert(i, x)

    def remove(self, x):
        self._l.remove(x)

    def reverse(self):
        self._l.reverse()

    def __len__(self):
        return len(self._l)

    def __bool__(self):
        return bool(self._l)

    def __iter__(self):
        return iter(self._l)

    def __reversed__(self):
        return reversed(self._l)

    def __contains__(self, x):
        return x in self._l

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        return self._l[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        self._l[i] = v

    def __delitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        del self._l[i]

    def __eq__(self, o):
        return isinstance(o, deque) and self._l == o._l

    def __add__(self, o):
        return deque(self._l + o._l, self.maxlen)

    def __iadd__(self, o):
        self.extend(o)
        return self

    def __repr__(self):
        r = 'deque(%r' % (self._l,)
        return r + (')' if self.maxlen is None else ', maxlen=%d)' % self.maxlen)


abc.MutableSequence.register(deque)  # as CPython's is, for match statements and isinstance


class defaultdict(dict):
    def __init__(self, default_factory=None, *a, **kw):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*a, **kw)
        self.default_factory = default_factory

    def __getitem__(self, k):
        try:
            return super().__getitem__(k)
        except KeyError:
            return self.__missing__(k)

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self[k] = v
        return v

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __repr__(self):
        f = self.default_factory
        f = 'None' if f is None else (getattr(f, '__name__', None) and "<class '%s'>" % f.__name__ if isinstance(f, type) else repr(f))
        return 'defaultdict(%s, %s)' % (f, repr(dict(self)))

    __str__ = __repr__


class Counter(dict):
    def __init__(self, iterable=None, **kw):
        super().__init__()
        self.update(iterable, **kw)

    def __getitem__(self, k):
        try:
            return super().__getitem__(k)
        except KeyError:
            return 0

    def __missing__(self, k):
        return 0

    def get(self, k, d=None):
        return super().get(k, d)

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
                for k, v in iterable.items():
                    self[k] = self[k] + v
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
        return Counter(self)

    def __delitem__(self, k):
        if k in self:
            super().__delitem__(k)

    def __repr__(self):
        if not self:
            return 'Counter()'
        return 'Counter({' + ', '.join('%r: %r' % kv for kv in self.most_common()) + '})'

    __str__ = __repr__

    def _keep(self, pos):
        return Counter({k: v for k, v in self.items() if (v > 0 if pos else v < 0)})

    def __add__(self, o):
        r = Counter(self)
        r.update(o)
        return r._keep(True)

    def __sub__(self, o):
        r = Counter(self)
        r.subtract(o)
        return r._keep(True)

    def __or__(self, o):
        r = Counter(self)
        for k, v in o.items():
            if v > r[k]:
                r[k] = v
        return r._keep(True)

    def __and__(self, o):
        return Counter({k: min(v, o[k]) for k, v in self.items() if k in o})._keep(True)

    def __pos__(self):
        return self._keep(True)

    def __neg__(self):
        return Counter({k: -v for k, v in self.items() if v < 0})

    def __eq__(self, o):
        if not isinstance(o, dict):
            return False
        return all(self[k] == o.get(k, 0) for k in set(self) | set(o))

    def __ne__(self, o):
        return not self == o


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, k):
        for m in self.maps:
            if k in m:
                return m[k]
        return self.__missing__(k)

    def __missing__(self, k):
        raise KeyError(k)

    def get(self, k, d=None):
        return self[k] if k in self else d

    def __contains__(self, k):
        return any(k in m for m in self.maps)

    def __len__(self):
        return len(list(self))

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(list(seen))

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __setitem__(self, k, v):
        self.maps[0][k] = v

    def __delitem__(self, k):
        del self.maps[0][k]

    def pop(self, k, *d):
        return self.maps[0].pop(k, *d)

    def clear(self):
        self.maps[0].clear()

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def copy(self):
        return ChainMap(self.maps[0].copy(), *self.maps[1:])

    def __bool__(self):
        return any(self.maps)

    def __eq__(self, o):
        return dict(self.items()) == dict(o.items() if hasattr(o, 'items') else o)

    def __repr__(self):
        return 'ChainMap(' + ', '.join(repr(m) for m in self.maps) + ')'


class UserDict(abc.MutableMapping):
    """A dict kept in .data: every method goes through the item methods a
    subclass may override, and operators and copies return the subclass,
    as CPython's does."""

    def __init__(self, d=None, **kw):
        self.data = {}
        if d is not None:
            self.update(d)
        if kw:
            self.update(kw)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, k):
        if k in self.data:
            return self.data[k]
        if hasattr(type(self), '__missing__'):
            return self.__missing__(k)
        raise KeyError(k)

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, k):
        return k in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, o):
        if isinstance(o, UserDict):
            o = o.data
        elif not isinstance(o, (dict, abc.Mapping)):
            return NotImplemented
        return self.data == dict(o.items())

    __hash__ = None

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, k, d=None):
        # a subclass's __missing__ answers here too (Mapping.get's try/except)
        try:
            return self[k]
        except KeyError:
            return d

    def pop(self, k, *d):
        # MutableMapping's: the value through __getitem__ (so __missing__
        # answers), then __delitem__
        try:
            v = self[k]
        except KeyError:
            if d:
                return d[0]
            raise
        del self[k]
        return v

    def popitem(self):
        for k in self:
            v = self[k]
            del self[k]
            return k, v
        raise KeyError('popitem(): dictionary is empty')

    def setdefault(self, k, d=None):
        # MutableMapping's: the default is what is returned even when a
        # subclass's __setitem__ stores it under another key
        try:
            return self[k]
        except KeyError:
            self[k] = d
        return d

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return _shallow(self, self.data.copy())

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not isinstance(other, dict):
            return NotImplemented
        return type(self)(self.data | other)

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return type(self)(other | self.data)

    def __ior__(self, other):
        self.update(other.data if isinstance(other, UserDict) else other)
        return self


def _shallow(obj, data):
    # a copy of a User* object: its attributes, with a copy of its data
    # (a subclass's __init__ may take other arguments, so it is not called)
    c = object.__new__(type(obj))
    for k, v in obj.__dict__.items():
        setattr(c, k, v)
    c.data = data
    return c


def _list_data(o):
    return o.data if isinstance(o, UserList) else o


class UserList(abc.MutableSequence):
    """A list kept in .data; slices, copies and arithmetic return the
    subclass, as CPython's do."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is list:
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __contains__(self, x):
        return x in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, o):
        return self.data == _list_data(o)

    def __ne__(self, o):
        return self.data != _list_data(o)

    def __lt__(self, o):
        return self.data < _list_data(o)

    def __le__(self, o):
        return self.data <= _list_data(o)

    def __gt__(self, o):
        return self.data > _list_data(o)

    def __ge__(self, o):
        return self.data >= _list_data(o)

    __hash__ = None

    def __add__(self, o):
        if isinstance(o, UserList):
            return self.__class__(self.data + o.data)
        if isinstance(o, list):
            return self.__class__(self.data + o)
        return self.__class__(self.data + list(o))

    def __radd__(self, o):
        if isinstance(o, UserList):
            return self.__class__(o.data + self.data)
        if isinstance(o, list):
            return self.__class__(o + self.data)
        return self.__class__(list(o) + self.data)

    def __iadd__(self, o):
        self.data += _list_data(o) if isinstance(o, (list, UserList)) else list(o)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow(self, self.data[:])

    def append(self, x):
        self.data.append(x)

    def insert(self, i, x):
        self.data.insert(i, x)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, x):
        self.data.remove(x)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, x):
        return self.data.count(x)

    def index(self, x, *args):
        return self.data.index(x, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kw):
        self.data.sort(*args, **kw)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(abc.Sequence):
    """A str kept in .data; str methods that give a str give the subclass,
    as CPython's do."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.__class__(self.data[i])

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __contains__(self, x):
        if isinstance(x, UserString):
            x = x.data
        return x in self.data

    def __eq__(self, o):
        return self.data == (o.data if isinstance(o, UserString) else o)

    def __ne__(self, o):
        return self.data != (o.data if isinstance(o, UserString) else o)

    def __lt__(self, o):
        return self.data < (o.data if isinstance(o, UserString) else o)

    def __le__(self, o):
        return self.data <= (o.data if isinstance(o, UserString) else o)

    def __gt__(self, o):
        return self.data > (o.data if isinstance(o, UserString) else o)

    def __ge__(self, o):
        return self.data >= (o.data if isinstance(o, UserString) else o)

    def __add__(self, o):
        if isinstance(o, UserString):
            return self.__class__(self.data + o.data)
        if isinstance(o, str):
            return self.__class__(self.data + o)
        return self.__class__(self.data + str(o))

    def __radd__(self, o):
        if isinstance(o, str):
            return self.__class__(o + self.data)
        return self.__class__(str(o) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __format__(self, spec):
        # object's: CPython's UserString has no __format__ of its own
        if spec:
            raise TypeError('unsupported format string passed to %s.__format__' % type(self).__name__)
        return str(self)

    def join(self, seq):
        return self.data.join(seq)

    def format(self, *args, **kw):
        return self.data.format(*args, **kw)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def __getattr__(self, n):
        # the str methods: one that gives a str gives this class (upper,
        # strip, replace...); the others (split, find, startswith...) give
        # what str's does
        if n.startswith('__'):
            raise AttributeError(n)
        f = getattr(self.data, n)
        if not callable(f):
            return f
        cls = self.__class__

        def method(*args, **kw):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            r = f(*args, **kw)
            return cls(r) if isinstance(r, str) else r
        return method
