"""types: SimpleNamespace, the type objects MicroPython has
(FunctionType, LambdaType, GeneratorType, MethodType, BuiltinFunctionType,
ModuleType, NoneType, FrameType, CodeType, TracebackType, UnionType, ...), MappingProxyType (a read-only view), new_class
and GenericAlias (what list[int] makes)."""
import sys as _sys


class SimpleNamespace:
    def __init__(self, *no, **kw):
        if no:
            raise TypeError('no positional arguments expected')
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())

    def __eq__(self, o):
        return isinstance(o, SimpleNamespace) and self.__dict__ == o.__dict__


def _f():
    pass


def _g():
    yield


async def _c():
    pass


class _C:
    def m(self):
        pass


FunctionType = LambdaType = type(_f)
GeneratorType = type(_g())
CoroutineType = type(_c())
MethodType = type(_C().m)
class _BuiltinCheck(type):
    # Built-in functions have a class per argument count here (len's, print's,
    # divmod's...), all named builtin_function_or_method (patch 0236), and a
    # built-in's bound method is a bound method: one class answers for all,
    # as CPython's does.
    def __instancecheck__(cls, obj):
        if type(obj) is MethodType:
            obj = obj.__func__
        return type(obj).__name__ == 'builtin_function_or_method'


BuiltinFunctionType = BuiltinMethodType = _BuiltinCheck('builtin_function_or_method', (), {'__module__': 'builtins'})
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
FrameType = type(_sys._getframe())
CodeType = type(_f.__code__)
del _f, _g, _c, _C


class UnionType:
    """X | Y of classes (PEP 604), which the type type's | makes through
    _union (patch 0114): its __args__ in order without repeats, CPython's
    repr (`int | None`), equality regardless of order, and isinstance() /
    issubclass() through __subclasscheck__."""
    __parameters__ = ()

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join(_union_name(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        return isinstance(other, UnionType) and set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))


def _union_name(a):
    if a is NoneType:
        return 'None'
    if isinstance(a, type):
        module = getattr(a, '__module__', 'builtins')
        return a.__name__ if module in ('builtins', None) else '%s.%s' % (module, a.__qualname__)
    return repr(a)


def _union(a, b):
    args = []
    for side in (a, b):
        if side is None:
            side = NoneType
        if isinstance(side, UnionType):
            items = side.__args__
        elif isinstance(side, (type, GenericAlias)):
            items = (side,)
        else:
            # a typing construct answers with its own __ror__/__or__
            return NotImplemented
        for item in items:
            if item not in args:
                args.append(item)
    return args[0] if len(args) == 1 else UnionType(tuple(args))


def __getattr__(name):
    # A traceback's type is the library's (e.__traceback__ builds them);
    # imported only when asked for.
    if name == 'TracebackType':
        from _pywasm_traceback import traceback
        return traceback
    raise AttributeError("module 'types' has no attribute '%s'" % name)


class mappingproxy:
    # CPython's type is named so; types.MappingProxyType is it
    def __init__(self, m):
        self._m = m

    def __getitem__(self, k):
        return self._m[k]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, k):
        return k in self._m

    def get(self, k, d=None):
        return self._m.get(k, d)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return dict(self._m)

    def __eq__(self, o):
        return self._m == (o._m if isinstance(o, type(self)) else o)

    def __ne__(self, o):
        return not self == o

    def __setitem__(self, k, v):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, k):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __or__(self, o):
        return dict(self._m) | (o._m if isinstance(o, type(self)) else o)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._m,)

    def __str__(self):
        return str(self._m)


MappingProxyType = mappingproxy
del mappingproxy


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body:
        exec_body(ns)
    return type(name, tuple(bases) or (object,), ns)


class GenericAlias:
    """list[int], dict[str, int] (PEP 585), which a built-in class's [ ]
    makes (patch 0227): calling it makes the origin's instance, a class
    statement takes the origin as the base (__mro_entries__), other
    attributes are the origin's, it joins a | union, and isinstance() and
    issubclass() refuse it, as in CPython."""
    __parameters__ = ()

    def __init__(self, origin, args):
        self.__origin__, self.__args__ = origin, args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass
        return made

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in ('__origin__', '__args__'):
            raise AttributeError(name)  # not made yet (copy.copy): no recursion
        return getattr(self.__origin__, name)

    def __repr__(self):
        args = ', '.join('...' if a is Ellipsis else _union_name(a) for a in self.__args__)
        return '%s[%s]' % (_union_name(self.__origin__), args or '()')

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
