# A class made by a metaclass is type() of its instances and the cls of its
# classmethods (patch 0326), type(name, bases, ns) calls the bases'
# metaclass (0327), and the class's own attributes come before the
# metaclass's (0328).
import copy


class Meta(type):
    @property
    def LAZY(cls):
        return 'lazy value of ' + cls.__name__

    def describe(cls):
        return 'class ' + cls.__name__

    def shared(cls):
        return 'the metaclass method'

    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*a, **k)


class C(metaclass=Meta):
    def __init__(self, x=1):
        self.x = x

    @classmethod
    def make(cls):
        return cls(5)

    @classmethod
    def use(cls):
        return cls.LAZY

    def shared(self):
        return 'the class method'


class D(C):
    pass


o = D(2)
print(type(o) is D, o.__class__ is D, type(type(o)).__name__)
print(D.__bases__[0] is C, D.__mro__[1] is C, C.__subclasses__() == [D], D.__base__ is C)
print(C.use(), type(o).LAZY, type(o).describe(), C.use.__self__ is C)
print(type(D.make()).__name__, type(o)(3).x)
p = copy.copy(o)
q = copy.deepcopy(o)
print(type(p) is D, p.x, type(q) is D, q.x)
print(object.__new__(D).__class__ is D)
print(C.__init__.__qualname__, D.__init__.__qualname__, C.shared.__qualname__)
print(C.shared(o), Meta.shared(C))


class A:
    pass


class B(A):
    pass


print(A.__base__, B.__base__, object.__base__, int.__base__)


class WithDict(A, dict):
    pass


print(WithDict.__base__)


class M(type):
    def __new__(mcs, name, bases, attrs):
        print('M.__new__', name)
        k = super().__new__(mcs, name, bases, attrs)
        k.tag = name
        return k

    def __init__(cls, name, bases, attrs):
        print('M.__init__', name)
        super().__init__(name, bases, attrs)


class Base(metaclass=M):
    pass


Made = type('Made', (Base,), {'x': 1})
print(type(Made).__name__, Made.tag, Made.x, isinstance(Made(), Base))
Plain = type('Plain', (A,), {})
print(type(Plain).__name__)
