"""reprlib: Repr (with CPython 3.11's size limits as attributes: maxlevel,
maxtuple, maxlist, maxarray, maxdict, maxset, maxfrozenset, maxdeque,
maxstring, maxlong, maxother), the shared aRepr and its repr(), and the
recursive_repr decorator. As in CPython 3.11, Repr() takes no arguments
(the keyword options and indent came in 3.12; the fillvalue attribute is
there); methods are found by
type name (repr_list, repr_dict, ...) so subclasses of Repr may add their
own."""

import builtins

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    # for __repr__ methods: a call re-entered for the same object (a
    # container holding itself) returns fillvalue instead of recursing
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


def _shorten(s, limit, fill):
    # s with its middle replaced by fill; the cut is sized for a 3-character
    # fill whatever its length, as CPython does
    if len(s) <= limit:
        return s
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return s[:i] + fill + s[len(s) - j:]


# CPython 3.11's default limits; callers read and change them per instance
_DEFAULT_LIMITS = (
    ('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6), ('maxarray', 5),
    ('maxdict', 4), ('maxset', 6), ('maxfrozenset', 6), ('maxdeque', 6),
    ('maxstring', 30), ('maxlong', 40), ('maxother', 30), ('fillvalue', '...'),
)


class Repr:
    def __init__(self):
        for name, value in _DEFAULT_LIMITS:
            setattr(self, name, value)

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
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in _first(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

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

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        inner = level - 1
        shown = ['%s: %s' % (self.repr1(key, inner), self.repr1(x[key], inner))
                 for key in _first(_possibly_sorted(x), self.maxdict)]
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        s = builtins.repr(x[:limit])
        if len(s) > limit:
            # cut the string itself, then the quoted form of what is left
            i = max(0, (limit - 3) // 2)
            j = max(0, limit - 3 - i)
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return _shorten(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
