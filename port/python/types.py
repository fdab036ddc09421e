"""types: SimpleNamespace, the type objects MicroPython has
(FunctionType, LambdaType, GeneratorType, MethodType, BuiltinFunctionType,
ModuleType, NoneType, FrameType, CodeType, TracebackType, UnionType, CellType,
MethodWrapperType, ...), MappingProxyType (a read-only view), new_class,
prepare_class, resolve_bases, coroutine, DynamicClassAttribute and
GenericAlias (what list[int] makes).

MicroPython's generators, coroutines and async generators are one type, so
GeneratorType, CoroutineType and AsyncGeneratorType are the same class. It
has no slot members, getset or wrapper descriptors, and its methods of
built-in types are plain functions: MemberDescriptorType,
GetSetDescriptorType, WrapperDescriptorType, MethodDescriptorType and
ClassMethodDescriptorType are classes of CPython's names of which nothing
is an instance (and none can be made)."""
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


async def _ag():
    yield


def _cell():
    x = 0

    def inner():
        return x
    return inner.__closure__[0]


class _C:
    def m(self):
        pass


FunctionType = LambdaType = type(_f)
GeneratorType = type(_g())
CoroutineType = type(_c())
AsyncGeneratorType = type(_ag())  # the generator type, as CoroutineType
MethodType = type(_C().m)
CellType = type(_cell())
# the operator methods of built-in types (patch 0106): (0).__add__ a
# method-wrapper, int.__add__ a wrapper_descriptor, as in CPython
MethodWrapperType = type((0).__add__)
WrapperDescriptorType = type(int.__add__)


def _no_instances(name):
    # a type of CPython's that no object here belongs to
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % name)
    return type(name, (), {'__new__': __new__, '__module__': 'builtins'})


# a name in __slots__ is a member descriptor on its class (patch 0334; the
# slots are not enforced); the getset descriptors of built-in types are
# properties here (int.real)
class _Slotted:
    __slots__ = ('slot',)


MemberDescriptorType = type(_Slotted.slot)
del _Slotted
GetSetDescriptorType = _no_instances('getset_descriptor')
# str.join, dict.__dict__['fromkeys']: here functions and classmethods
MethodDescriptorType = _no_instances('method_descriptor')
ClassMethodDescriptorType = _no_instances('classmethod_descriptor')


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
del _f, _g, _c, _ag, _cell, _C


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
        if not isinstance(other, UnionType):
            return NotImplemented  # typing.Union[int, str] answers for itself
        return set(self.__args__) == set(other.__args__)

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


def resolve_bases(bases):
    """bases with each one that is not a class replaced by what its
    __mro_entries__(bases) gives (PEP 560); bases itself when none is."""
    resolved = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new_bases = entries(bases)
        changed = True
        if not isinstance(new_bases, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved[i + shift:i + shift + 1] = new_bases
        shift += len(new_bases) - 1
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    # the most derived of meta and the bases' metaclasses
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
                        'subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, the other keywords) for a class statement of
    name, bases and keywords: the namespace from the metaclass's
    __prepare__ when it has one."""
    kwds = dict(kwds) if kwds else {}
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, tuple(resolved) or (object,), ns, **kwds)


def coroutine(func):
    """A generator function made a coroutine function: here every generator
    can be awaited already, so func itself."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


class DynamicClassAttribute:
    """A property read through instances only: on the class, AttributeError,
    so the class's __getattr__ (its metaclass's) answers instead. As
    property, with getter/setter/deleter; an abstract getter leaves the
    attribute itself readable on the class. Not as CPython: read through a
    subclass, the metaclass's __getattr__ gets the class the attribute was
    defined in."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __set_name__(self, owner, name):
        self._owner, self._name = owner, name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            # MicroPython does not go on to the metaclass's __getattr__
            # when a descriptor raises AttributeError (and the ownerclass it
            # passes is not an instance of the metaclass): go there from
            # the class the attribute was defined in (for a subclass too)
            owner = getattr(self, '_owner', None)
            hook = None if owner is None else getattr(type(owner), '__getattr__', None)
            if hook is not None:
                return hook(owner, self._name)
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


def _is_type_var(a):
    # typing's TypeVar, ParamSpec and TypeVarTuple, without importing typing
    return type(a).__module__ == 'typing' and hasattr(a, '__constraints__')


def _collect_parameters(args, found):
    for a in args:
        if isinstance(a, (list, tuple)):
            _collect_parameters(a, found)
            continue
        for p in (a,) if _is_type_var(a) else getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
            if p not in found:
                found.append(p)


def _substitute(a, subst):
    if isinstance(a, list):
        return [_substitute(x, subst) for x in a]
    if _is_type_var(a):
        return subst.get(a, a)
    params = () if isinstance(a, type) else getattr(a, '__parameters__', ())
    if params:
        return a[tuple(subst.get(p, p) for p in params)]
    return a


class GenericAlias:
    """list[int], dict[str, int] (PEP 585), which a built-in class's [ ]
    makes (patch 0227): calling it makes the origin's instance, a class
    statement takes the origin as the base (__mro_entries__), other
    attributes are the origin's, it joins a | union, and isinstance() and
    issubclass() refuse it, as in CPython. Its type variables are its
    __parameters__, and subscripting it substitutes them
    (Iterable[tuple[K, V]][str, int])."""

    def __init__(self, origin, args):
        self.__origin__, self.__args__ = origin, args if isinstance(args, tuple) else (args,)

    @property
    def __parameters__(self):
        found = []
        _collect_parameters(self.__args__, found)
        return tuple(found)

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few', self, len(args), len(params)))
        subst = dict(zip(params, args))
        return type(self)(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__))

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
