# Classes made by metaclasses and by type(): the class exists before a
# metaclass's __init__ runs (0294), a class's missing attribute does not go
# to its instances' __getattr__ (0297), type() and metaclass calls set
# __module__ and run __set_name__ and the bases' __init_subclass__ (0299),
# a staticmethod keeps what it holds (0296), __builtins__ (0298).
import builtins
import functools
import math


class Meta(type):
    def __init__(cls, name, bases, ns):
        print('in __init__:', hasattr(cls, 'x'), sorted(k for k in vars(cls) if not k.startswith('__')))
        super().__init__(name, bases, ns)
        cls.after = True


class C(metaclass=Meta):
    x = 1

    def f(self):
        pass


print(C.after, C.x)


class Functions(type):
    def __new__(mcls, name, bases, attrs):
        table = {k[6:]: v for k, v in attrs.items() if k.startswith('_func_')}
        cls = type.__new__(mcls, name, bases, attrs)
        cls.table = table
        return cls

    def __init__(cls, name, bases, attrs):
        cls.seen = sorted(k for k in dir(cls) if k.startswith('_func_'))
        super().__init__(name, bases, attrs)


class Lib(metaclass=Functions):
    def _func_abs(self, x):
        return abs(x)

    def _func_len(self, x):
        return len(x)


print(sorted(Lib.table), Lib.seen)


class A:
    def __getattr__(self, *key):
        raise AttributeError('instance lookup %r' % (key,))


class M(type):
    pass


class B(A, metaclass=M):
    pass


try:
    B.nothere
except AttributeError:
    print('AttributeError on the class')


class D(B):
    pass


print(D.__name__, D().__class__.__name__)


class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + '.' + name


Made = type('Made', (Base,), {'field': Named()})
print(Made.field.where, Made.__module__)
Plain = type('Plain', (), {'a': 1})
print('__module__' in Plain.__dict__, Plain.__module__)


class Meta2(type):
    pass


class Base2(metaclass=Meta2):
    def __init_subclass__(cls, **kw):
        print('init_subclass2', cls.__name__)


Made2 = Meta2('Made2', (Base2,), {})


class WithProp:
    p = property(lambda self: 1)


class Holder:
    fac = staticmethod(functools.lru_cache(maxsize=16)(math.factorial))


class Both(WithProp, Holder):
    pass


print(Both().fac(5), Holder().fac(4))
print(type(__builtins__).__name__, __builtins__ is builtins)
