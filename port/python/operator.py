"""operator: the function forms of the operators, itemgetter, attrgetter,
methodcaller, and the in-place forms."""


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return a.__abs__() if hasattr(a, '__abs__') else (a if a >= 0 else -a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__() if hasattr(a, '__index__') else int(a) if isinstance(a, int) else _noidx(a)
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c


def _noidx(a):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def call(obj, *args, **kwargs):
    # 3.11's call(obj, /, *args, **kwargs): mpy-cross, which compiles the
    # library, takes no '/'
    return obj(*args, **kwargs)


def length_hint(obj, default=0):
    # len() first, then the type's __length_hint__ (iterators such as
    # itertools.repeat and the list/dict iterators only have the latter);
    # a hint that raises TypeError or gives NotImplemented means "unknown"
    if not isinstance(default, int):
        _noidx(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        n = hint(obj)
    except TypeError:
        return default
    if n is NotImplemented:
        return default
    if not isinstance(n, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(n).__name__)
    if n < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return int(n)  # True -> 1


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def imod(a, b):
    a %= b
    return a


def ipow(a, b):
    a **= b
    return a


def iand(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def ixor(a, b):
    a ^= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def irshift(a, b):
    a >>= b
    return a


def iconcat(a, b):
    a += b
    return a


def imatmul(a, b):
    a @= b
    return a


class attrgetter:
    def __init__(self, attr, *attrs):
        self._a = (attr,) + attrs
        for a in self._a:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')

    @staticmethod
    def _get(obj, name):
        for n in name.split('.'):
            obj = getattr(obj, n)
        return obj

    def __call__(self, obj):
        if len(self._a) == 1:
            return self._get(obj, self._a[0])
        return tuple(self._get(obj, a) for a in self._a)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(repr(a) for a in self._a)


class itemgetter:
    def __init__(self, item, *items):
        self._i = (item,) + items

    def __call__(self, obj):
        if len(self._i) == 1:
            return obj[self._i[0]]
        return tuple(obj[i] for i in self._i)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(repr(i) for i in self._i)


class methodcaller:
    def __init__(self, name, *args, **kw):
        self._n, self._a, self._k = name, args, kw

    def __call__(self, obj):
        return getattr(obj, self._n)(*self._a, **self._k)

    def __repr__(self):
        args = [repr(self._n)] + [repr(a) for a in self._a] + ['%s=%r' % kv for kv in self._k.items()]
        return 'operator.methodcaller(%s)' % ', '.join(args)


__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__call__ = call
__add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__ = add, sub, mul, truediv, floordiv, mod
__getitem__, __contains__, __not__, __neg__ = getitem, contains, not_, neg
__matmul__, __imatmul__ = matmul, imatmul
# the rest of CPython's dunder aliases (proxy classes loop over them)
__abs__, __pos__, __inv__, __invert__, __index__ = abs, pos, inv, invert, index
__and__, __or__, __xor__, __lshift__, __rshift__, __pow__ = and_, or_, xor, lshift, rshift, pow
__concat__, __setitem__, __delitem__ = concat, setitem, delitem
__iadd__, __isub__, __imul__, __itruediv__, __ifloordiv__ = iadd, isub, imul, itruediv, ifloordiv
__imod__, __ipow__, __iand__, __ior__, __ixor__ = imod, ipow, iand, ior, ixor
__ilshift__, __irshift__, __iconcat__ = ilshift, irshift, iconcat


# CPython's operator functions are builtins, which a class that keeps one
# as an attribute does not bind as a method (`op = operator.add`, then
# self.op(a, b)); ours are Python functions, wrapped to act so (as_builtins:
# port/modpywasm.c, which passes over the names of anything else)
from _pywasm import as_builtins
as_builtins(globals(), ' '.join(n for n in list(globals()) if not n.startswith('_') or n.endswith('__')))
del as_builtins
