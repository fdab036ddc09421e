"""weakref: ref (ReferenceType), proxy (ProxyType, CallableProxyType),
WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize,
getweakrefcount and getweakrefs, with CPython 3.11's API.

MicroPython has no weak references, so EVERY REFERENCE HERE IS STRONG: an
object reached through a ref, a proxy, a weak dictionary or a WeakSet stays
alive as long as they do, memory held that way is not freed, a ref never
returns None and its callback never runs. The weak containers are their
ordinary counterparts (entries never vanish). A finalize() runs when called
or at interpreter exit (through atexit, newest first, when its atexit
attribute is true), never earlier.

As in CPython, objects of the built-in types that cannot be weakly
referenced (int, str, bytes, tuple, list, dict, None, float, ...) raise
TypeError "cannot create weak reference to 'int' object", so a script that
runs here also runs on CPython. ref(x) without a callback returns the same
ref object each time. getweakrefcount() counts the refs and proxies made by
ref() and proxy(), not those the containers or finalize would hold in
CPython. isinstance(proxy, C) looks at the proxy's own class, not the
referent's."""
from collections.abc import MutableMapping

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet',
           'WeakMethod', 'finalize']

_NO_WEAKREF = (int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, type(None),
               range, slice, object)
_REFS = {}  # id(referent) -> refs and proxies made for it; nothing ever dies


def _check(ob):
    if type(ob) in _NO_WEAKREF:
        raise TypeError("cannot create weak reference to '%s' object" % type(ob).__name__)


def _track(ob, r):
    _REFS.setdefault(id(ob), []).append(r)


def _where(ob):
    return "'%s' at 0x%x" % (type(ob).__name__, id(ob))


class ReferenceType:
    def __new__(cls, ob, callback=None, *args, **kwargs):
        _check(ob)
        if callback is None and cls is ReferenceType:
            # CPython shares one callback-less ref per object.
            for r in _REFS.get(id(ob), ()):
                if type(r) is ReferenceType and r._cb is None:
                    return r
        self = object.__new__(cls)
        self._ob = ob
        self._cb = callback
        _track(ob, self)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return self._ob

    @property
    def __callback__(self):
        return self._cb

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob == other._ob

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._ob)

    def __repr__(self):
        return '<weakref at 0x%x; to %s>' % (id(self), _where(self._ob))

    # copy and deepcopy give the ref itself, as CPython's copy module does
    # (its referent is not copied: beautifultable deep-copies tables whose
    # rows hold weakrefs back to the table)
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


ref = ReferenceType


class WeakMethod(ReferenceType):
    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % (type(meth),))
        self = ReferenceType.__new__(cls, obj, callback)
        self._meth = meth
        return self

    def __call__(self):
        return self._meth

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self._meth == other._meth

    def __hash__(self):
        return hash(self._meth)


def _binop(f):
    return lambda self, other: f(self._ob, other)


def _rbinop(f):
    return lambda self, other: f(other, self._ob)


class ProxyType:
    def __init__(self, ob, callback=None):
        self._ob = ob
        self._cb = callback

    def __getattr__(self, name):
        return getattr(self._ob, name)

    def __setattr__(self, name, value):
        if name in ('_ob', '_cb'):
            object.__setattr__(self, name, value)
        else:
            setattr(self._ob, name, value)

    def __delattr__(self, name):
        delattr(self._ob, name)

    def __repr__(self):
        return '<weakproxy at 0x%x; to %s>' % (id(self), _where(self._ob))

    def __str__(self):
        return str(self._ob)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(self._ob)

    def __len__(self):
        return len(self._ob)

    def __iter__(self):
        return iter(self._ob)

    def __next__(self):
        return next(self._ob)

    def __contains__(self, item):
        return item in self._ob

    def __getitem__(self, key):
        return self._ob[key]

    def __setitem__(self, key, value):
        self._ob[key] = value

    def __delitem__(self, key):
        del self._ob[key]

    def __neg__(self):
        return -self._ob

    def __pos__(self):
        return +self._ob

    def __abs__(self):
        return abs(self._ob)

    def __invert__(self):
        return ~self._ob

    def __int__(self):
        return int(self._ob)

    def __float__(self):
        return float(self._ob)

    def __index__(self):
        return self._ob.__index__()

    def __enter__(self):
        return self._ob.__enter__()

    def __exit__(self, *exc):
        return self._ob.__exit__(*exc)


def _operators():
    # The forwarding arithmetic and comparisons, each with its reflected
    # form where Python has one.
    table = [
        ('add', lambda a, b: a + b), ('sub', lambda a, b: a - b), ('mul', lambda a, b: a * b),
        ('truediv', lambda a, b: a / b), ('floordiv', lambda a, b: a // b), ('mod', lambda a, b: a % b),
        ('pow', lambda a, b: a ** b), ('and', lambda a, b: a & b), ('or', lambda a, b: a | b),
        ('xor', lambda a, b: a ^ b), ('lshift', lambda a, b: a << b), ('rshift', lambda a, b: a >> b),
        ('matmul', lambda a, b: a @ b),
    ]
    for name, f in table:
        setattr(ProxyType, '__%s__' % name, _binop(f))
        setattr(ProxyType, '__r%s__' % name, _rbinop(f))
    for name, f in [('eq', lambda a, b: a == b), ('ne', lambda a, b: a != b), ('lt', lambda a, b: a < b),
                    ('le', lambda a, b: a <= b), ('gt', lambda a, b: a > b), ('ge', lambda a, b: a >= b)]:
        setattr(ProxyType, '__%s__' % name, _binop(f))


_operators()
del _operators


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return self._ob(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    _check(ob)
    p = (CallableProxyType if callable(ob) else ProxyType)(ob, callback)
    _track(ob, p)
    return p


def getweakrefcount(ob):
    return len(_REFS.get(id(ob), ()))


def getweakrefs(ob):
    return list(_REFS.get(id(ob), ()))


from _pywasm_weakref import WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize  # noqa: E402

# CPython's are C functions, which a class keeping one as an attribute does
# not bind as a method (as_builtins: port/modpywasm.c)
from _pywasm import as_builtins
as_builtins(globals(), 'getweakrefcount getweakrefs proxy')
del as_builtins

# ref[int], WeakSet[str] and the rest take [...] as in CPython: beartype
# builds `weakref.ref[CodeType] | None` when imported
__import__('_pywasm_compat').generic(ReferenceType, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet)
for _c in (WeakValueDictionary, WeakKeyDictionary, finalize):
    _c.__module__ = 'weakref'  # CPython's, shown in repr(WeakKeyDictionary[int, str])
del _c
