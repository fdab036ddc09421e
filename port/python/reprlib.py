"""reprlib: Repr (with CPython 3.11's size limits as attributes: maxlevel,
maxtuple, maxlist, maxarray, maxdict, maxset, maxfrozenset, maxdeque,
maxstring, maxlong, maxother), the shared aRepr and its repr(), and the
recursive_repr decorator. As in CPython 3.11, Repr() takes no arguments
(the fillvalue and indent options came in 3.12); methods are found by
type name (repr_list, repr_dict, ...) so subclasses of Repr may add their
own."""

import builtins

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call re-entered for the same
    object (a container holding itself) returns fillvalue."""
    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            try:
                setattr(wrapper, attr, getattr(user_function, attr))
            except (AttributeError, TypeError):
                pass
        return wrapper
    return decorating_function


def _first(items, n):
    out = []
    if n <= 0:
        return out
    for item in items:
        out.append(item)
        if len(out) >= n:
            break
    return out


def _possibly_sorted(x):
    # sorted when the items compare, else in iteration order
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _shorten(s, limit):
    """s with its middle replaced by '...' to fit limit characters."""
    if len(s) <= limit:
        return s
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return s[:i] + '...' + s[len(s) - j:]


class Repr:
    def __init__(self):
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = '...'
        else:
            pieces = [self.repr1(item, level - 1) for item in _first(x, maxiter)]
            if n > maxiter:
                pieces.append('...')
            body = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        code = getattr(x, 'typecode', None)
        if code is None:
            # MicroPython arrays do not expose their type code
            code = builtins.repr(x)[7]
        if not x:
            return "array('%s')" % code
        return self._repr_iterable(x, level, "array('%s', [" % code, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _first(_possibly_sorted(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append('...')
        return '{%s}' % ', '.join(pieces)

    def repr_str(self, x, level):
        limit = self.maxstring
        s = builtins.repr(x[:limit])
        if len(s) > limit:
            # cut the string itself, then the quoted form of what is left
            i = max(0, (limit - 3) // 2)
            j = max(0, limit - 3 - i)
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return _shorten(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
