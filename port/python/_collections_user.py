"""collections.ChainMap, UserDict, UserList and UserString, kept apart
from collections/__init__.py (which imports them) for its length."""
from collections import abc


class ChainMap(abc.MutableMapping):
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
        keys = set()
        for m in self.maps:
            keys.update(m)
        return len(keys)

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(list(seen))

    def __setitem__(self, k, v):
        self.maps[0][k] = v

    def __delitem__(self, k):
        try:
            del self.maps[0][k]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (k,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, k, *d):
        try:
            return self.maps[0].pop(k, *d)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (k,)) from None

    def clear(self):
        self.maps[0].clear()

    def new_child(self, m=None, **kw):
        if m is None:
            m = kw
        elif kw:
            m.update(kw)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    @classmethod
    def fromkeys(cls, iterable, *a):
        return cls(dict.fromkeys(iterable, *a))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def __bool__(self):
        return any(self.maps)

    def __eq__(self, o):
        if not isinstance(o, abc.Mapping):
            return NotImplemented
        return dict(self.items()) == dict(o.items())

    def __ne__(self, o):
        r = self.__eq__(o)
        return r if r is NotImplemented else not r

    def __or__(self, o):
        if not isinstance(o, abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(o)
        return m

    def __ror__(self, o):
        if not isinstance(o, abc.Mapping):
            return NotImplemented
        m = dict(o)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __ior__(self, o):
        self.maps[0].update(o)
        return self

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(repr(m) for m in self.maps))


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

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        # in place: whoever holds .data sees the change too
        self.data *= n
        return self

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
        # another UserString gives its text, anything else its str()
        if isinstance(seq, UserString):
            seq = seq.data[:]
        elif not isinstance(seq, str):
            seq = str(seq)
        self.data = seq

    def __hash__(self):
        return hash(self.data)

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

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


for _c in (ChainMap, UserDict, UserList, UserString):
    _c.__module__ = 'collections'  # as CPython's (pprint and pickle go by it)
del _c
