"""The containers and finalize of weakref (see weakref.py): ordinary
dictionaries and a set holding strong references, with the weak API and
the weak-reference checks of CPython 3.11."""
import sys
from collections.abc import Mapping, MutableMapping
from weakref import ref, _check, _where


def _unhashable(self):
    raise TypeError("unhashable type: '%s'" % type(self).__name__)


class _Dict(MutableMapping):
    # What the two weak dictionaries share: a dict in .data.
    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def __repr__(self):
        return '<%s at 0x%x>' % (type(self).__name__, id(self))

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    __hash__ = _unhashable

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def get(self, key, default=None):
        return self.data.get(key, default)

    def keys(self):
        for k in list(self.data):
            yield k

    __iter__ = keys

    def values(self):
        for v in list(self.data.values()):
            yield v

    def items(self):
        for kv in list(self.data.items()):
            yield kv

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def popitem(self):
        if not self.data:
            raise KeyError('popitem(): dictionary is empty')
        return self.data.popitem()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self.data.items():
            new.data[deepcopy(k, memo)] = v
        return new

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_Dict):
    def itervaluerefs(self):
        for v in list(self.data.values()):
            yield ref(v)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(_Dict):
    # The check is on the keys instead.
    def __getitem__(self, key):
        _check(key)
        return self.data[key]

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def __delitem__(self, key):
        _check(key)
        del self.data[key]

    def __contains__(self, key):
        try:
            _check(key)
        except TypeError:
            return False
        return key in self.data

    def get(self, key, default=None):
        _check(key)
        return self.data.get(key, default)

    def pop(self, key, *default):
        _check(key)
        return self.data.pop(key, *default)

    def keyrefs(self):
        return [ref(k) for k in self.data]

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self.data.items():
            new.data[k] = deepcopy(v, memo)
        return new


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __repr__(self):
        if not self.data:
            return 'set()'
        return '{%s}' % ', '.join(repr(ref(x)) for x in self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            _check(item)
        except TypeError:
            return False
        return item in self.data

    def add(self, item):
        _check(item)
        self.data.add(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.pop()

    def remove(self, item):
        _check(item)
        if item not in self.data:
            raise KeyError(ref(item))
        self.data.remove(item)

    def discard(self, item):
        _check(item)
        self.data.discard(item)

    def update(self, other):
        for x in other:
            self.add(x)

    def __ior__(self, other):
        self.update(other)
        return self

    def _new(self, items):
        new = type(self)()
        new.data = set(items)
        return new

    def _set(self, other):
        # The items of a WeakSet or of an iterable, checked as CPython
        # checks them (by making a reference to each).
        if isinstance(other, WeakSet):
            return other.data
        items = set()
        for x in other:
            _check(x)
            items.add(x)
        return items

    def difference(self, other):
        return self._new(self.data - self._set(other))

    __sub__ = difference

    def difference_update(self, other):
        self.data -= self._set(other)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self._new(self.data & self._set(other))

    __and__ = intersection

    def intersection_update(self, other):
        self.data &= self._set(other)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference(self, other):
        return self._new(self.data ^ self._set(other))

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.data ^= self._set(other)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def union(self, other):
        return self._new(self.data | self._set(other))

    __or__ = union

    def issubset(self, other):
        return self.data <= self._set(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._set(other)

    def issuperset(self, other):
        return self.data >= self._set(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._set(other)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def isdisjoint(self, other):
        return not (self.data & self._set(other))

    __hash__ = _unhashable


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs once,
    when the finalizer is called or at interpreter exit (never when obj is
    collected: it is held strongly)."""
    _live = []  # alive finalizers, oldest first
    _hooked = False

    def __init__(self, obj, func, *args, **kwargs):
        _check(obj)
        self._info = (obj, func, args, kwargs)
        self._atexit = True
        finalize._live.append(self)
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._hooked = True

    def _take(self):
        info = self._info
        if info is not None:
            self._info = None
            finalize._live.remove(self)
        return info

    def __call__(self, _=None):
        info = self._take()
        if info is not None:
            return info[1](*info[2], **info[3])

    def detach(self):
        return self._take()

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None

    @property
    def atexit(self):
        return self._atexit

    @atexit.setter
    def atexit(self, value):
        self._atexit = bool(value)

    def __repr__(self):
        if self._info is None:
            return '<finalize object at 0x%x; dead>' % id(self)
        return '<finalize object at 0x%x; for %s>' % (id(self), _where(self._info[0]))

    @staticmethod
    def _exitfunc():
        # Newest first, each reported and skipped if it fails, as CPython.
        for f in reversed(finalize._live[:]):
            if f._atexit and f._info is not None:
                try:
                    f()
                except Exception as e:
                    sys.stdout.flush()
                    sys.print_exception(e, sys.stderr)

# PEP 585: WeakSet[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(WeakSet)
