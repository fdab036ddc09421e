"""functools: partial, reduce, wraps/update_wrapper, lru_cache/cache,
cached_property, total_ordering, cmp_to_key, singledispatch,
singledispatchmethod. MicroPython
functions take no attributes, so wraps() returns a small callable object
carrying __name__/__doc__/__wrapped__ (and binding as a method)."""
import _pywasm_compat

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_missing = object()


def reduce(func, it, initial=_missing):
    try:
        it = iter(it)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _missing:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        acc = initial
    for x in it:
        acc = func(acc, x)
    return acc


class partial:
    # self and func are taken from *args, as CPython's are positional-only:
    # partial(f, func=1) and p(self=2) pass those names on as keywords
    # (jaraco.functools' splat)
    def __init__(*args, **kw):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            kw = dict(func.keywords, **kw)
            func = func.func
        self.func, self.args, self.keywords = func, args, kw

    def __call__(*a, **k):
        self, a = a[0], a[1:]
        kw = dict(self.keywords)
        kw.update(k)
        return self.func(*(self.args + a), **kw)

    def __get__(self, obj, typ=None):
        return self

    def __repr__(self):
        a = [repr(self.func)] + [repr(x) for x in self.args] + ['%s=%r' % kv for kv in self.keywords.items()]
        return 'functools.partial(' + ', '.join(a) + ')'


class partialmethod(partial):
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


class _Wrapped:
    # Stands in for a function object with attributes.
    def __init__(self, wrapper, wrapped):
        self.__wrapped__ = wrapped
        self._w = wrapper
        self.__doc__ = None  # MicroPython keeps no docstrings
        for a in ('__name__', '__qualname__', '__doc__', '__module__'):
            v = getattr(wrapped, a, None)
            if v is not None:
                setattr(self, a, v)
        d = getattr(wrapped, '__dict__', None)
        if isinstance(d, dict):
            for k, v in d.items():
                if not k.startswith('__'):
                    setattr(self, k, v)

    def __call__(self, *a, **k):
        return self._w(*a, **k)

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        # a bound method, as CPython's wrappers give: its attributes are the
        # wrapper's (obj.method.cache_clear(), jsons)
        return _MethodType(self, obj)

    def __repr__(self):
        return '<function %s>' % getattr(self, '__name__', '?')


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    try:
        for a in assigned:
            if hasattr(wrapped, a):
                setattr(wrapper, a, getattr(wrapped, a))
        for a in updated:
            getattr(wrapper, a).update(getattr(wrapped, a, {}))
        wrapper.__wrapped__ = wrapped
        return wrapper
    except AttributeError:
        return _Wrapped(wrapper, wrapped)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return lambda wrapper: update_wrapper(wrapper, wrapped, assigned, updated)


class _Probe:
    def m(self):
        pass


_MethodType = type(_Probe().m)  # types.MethodType, without importing types
del _Probe


class _CacheInfo(tuple):
    hits = property(lambda s: s[0])
    misses = property(lambda s: s[1])
    maxsize = property(lambda s: s[2])
    currsize = property(lambda s: s[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    __str__ = __repr__


class _LRU(_Wrapped):
    def __init__(self, func, maxsize, typed):
        _Wrapped.__init__(self, func, func)
        self._max, self._typed = maxsize, typed
        self._c = {}
        self._order = []
        self._hits = self._miss = 0

    def __call__(self, *a, **k):
        key = a
        if k:
            key += (_missing,) + tuple(sorted(k.items()))
        if self._typed:
            key += tuple(type(x) for x in a)
        try:
            v = self._c[key]
        except KeyError:
            self._miss += 1
            v = self._w(*a, **k)
            if self._max != 0:
                self._c[key] = v
                if self._max is not None:
                    self._order.append(key)
                    if len(self._order) > self._max:
                        del self._c[self._order.pop(0)]
            return v
        self._hits += 1
        if self._max is not None and self._order[-1] != key:
            self._order.remove(key)
            self._order.append(key)
        return v

    def cache_info(self):
        return _CacheInfo((self._hits, self._miss, self._max, len(self._c)))

    def cache_clear(self):
        self._c.clear()
        self._order = []
        self._hits = self._miss = 0

    def cache_parameters(self):
        return {'maxsize': self._max, 'typed': self._typed}

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return _MethodType(self, obj)


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _LRU(maxsize, 128, False)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0
    return lambda f: _LRU(f, maxsize, typed)


def cache(func):
    return _LRU(func, None, False)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        # Into the instance's __dict__, not through setattr, as CPython's:
        # a frozen dataclass's __setattr__ refuses (pint's parser). The
        # instance attribute then wins over this descriptor.
        try:
            cache = obj.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(obj).__name__, self.attrname)) from None
        if self.attrname in cache:
            return cache[self.attrname]
        v = cache[self.attrname] = self.func(obj)
        return v


# For each root comparison, the three total_ordering derives from it: the
# name, whether the root's answer is negated, and what settles equality
# ('!=' ands in a != b, '==' ors in a == b). Roots are tried in this order.
_ORDER_FROM = (
    ('__lt__', (('__gt__', True, '!='), ('__le__', False, '=='), ('__ge__', True, None))),
    ('__le__', (('__ge__', True, '=='), ('__lt__', False, '!='), ('__gt__', True, None))),
    ('__gt__', (('__lt__', True, '!='), ('__ge__', False, '=='), ('__le__', True, None))),
    ('__ge__', (('__le__', True, '=='), ('__gt__', False, '!='), ('__lt__', True, None))),
)


def _derived(root, negate, eq):
    # The root is looked up on the instance's type at each call, so a
    # subclass that redefines it is followed; NotImplemented is handed
    # back for Python to try the reflected operation.
    def op(a, b):
        r = getattr(type(a), root)(a, b)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if eq == '!=':
            return r and a != b
        if eq == '==':
            return r or a == b
        return r
    return op


def total_ordering(cls):
    # The roots are the comparisons cls has (its own or inherited) other
    # than object's; only the missing ones are derived, from the first root.
    roots = [(name, derived) for name, derived in _ORDER_FROM
             if getattr(cls, name, None) is not getattr(object, name, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    have = [name for name, _ in roots]
    root, derived = roots[0]
    for name, negate, eq in derived:
        if name not in have:
            setattr(cls, name, _derived(root, negate, eq))
    return cls


def cmp_to_key(mycmp):
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, o):
            return mycmp(self.obj, o.obj) < 0

        def __gt__(self, o):
            return mycmp(self.obj, o.obj) > 0

        def __eq__(self, o):
            return mycmp(self.obj, o.obj) == 0

        def __le__(self, o):
            return mycmp(self.obj, o.obj) <= 0

        def __ge__(self, o):
            return mycmp(self.obj, o.obj) >= 0
    return K


def _union_members(cls):
    # the classes of int | str or typing.Union[int, str]; () for anything else
    args = getattr(cls, '__args__', None)
    name = type(cls).__name__
    if args and (name == 'UnionType' or getattr(cls, '_name', None) == 'Union') \
            and all(isinstance(a, type) for a in args):
        return args
    return ()


class singledispatch(_Wrapped):
    def __init__(self, func):
        _Wrapped.__init__(self, func, func)
        self.registry = {object: func}

    def _find(self, cls):
        for c in cls.__mro__:
            if c in self.registry and c is not object:
                return self.registry[c]
        for c in self.registry:  # built-in types may not list their bases
            if c is not object and issubclass(cls, c):
                return self.registry[c]
        return self.registry[object]

    def dispatch(self, cls):
        return self._find(cls)

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type) or _union_members(cls):
                return lambda f: self.register(cls, f)
            # @register on a function: the type is its first parameter's
            # annotation (kept as text, patch 0104; evaluated here)
            func = cls
            # CPython takes the first annotation, so a method's `self`
            # (unannotated) is passed over (singledispatchmethod)
            ann = getattr(getattr(func, '__func__', func), '__annotations__', {})
            first = list(ann)[:1]
            if not first:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated function.' % (func,))
            cls = ann[first[0]]
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__func__', func).__globals__)
            if cls is None:
                cls = type(None)  # `x: None`, as get_type_hints reads it (importlib_resources)
            if not isinstance(cls, type) and not _union_members(cls):
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (first[0], cls))
        # a union (int | str, Union[int, str]) registers each of its classes
        for c in _union_members(cls) or (cls,):
            self.registry[c] = func
        return func

    def __call__(self, *a, **k):
        if not a:
            raise TypeError('singledispatch function requires at least 1 positional argument')
        return self._find(type(a[0]))(*a, **k)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first
    argument after self (or cls, over a classmethod)."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        find = self.dispatcher.dispatch

        def method(*args, **kw):
            if not args:
                raise TypeError('singledispatchmethod method requires at least 1 positional argument')
            f = find(type(args[0]))
            if isinstance(f, staticmethod):
                return f.__func__(*args, **kw)
            if isinstance(f, classmethod):
                return f.__func__(cls if cls is not None else type(obj), *args, **kw)
            return f(obj, *args, **kw)
        method.__name__ = getattr(self.func, '__name__', 'method')
        return method

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'cmp_to_key reduce')
del as_builtins

# PEP 585: partial[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(partial, partialmethod, cached_property)
