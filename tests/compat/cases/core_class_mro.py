# Multiple inheritance in C3 order (patch 0096): diamonds, cooperative super()
# chains, mixins, classmethods, __mro__, and the TypeErrors for impossible orders.
class A:
    x = 'A'
    def f(self): return 'A.f'
    def __init__(self): print('A.__init__'); super().__init__()
class B(A):
    def __init__(self): print('B.__init__'); super().__init__()
class C(A):
    x = 'C'
    def f(self): return 'C.f>' + super().f()
    def __init__(self): print('C.__init__'); super().__init__()
class D(B, C):
    def f(self): return 'D.f>' + super().f()
    def __init__(self): print('D.__init__'); super().__init__()
class E(D): pass
print(D.x, D().f(), E().x)
print([k.__name__ for k in E.__mro__], [k.__name__ for k in A.__mro__], int.__mro__, object.__mro__)
print(ValueError.__mro__, bool.__mro__)
class M1:
    def hello(self): return 'M1>' + super().hello()
class M2:
    def hello(self): return 'M2>' + super().hello()
class Base:
    def hello(self): return 'Base'
class Thing(M1, M2, Base): pass
print(Thing().hello(), [k.__name__ for k in Thing.__mro__])
class L(dict, M1): pass
print([k.__name__ for k in L.__mro__])
for bases in ['A, B', 'B, B', 'object, A']:
    try:
        exec('class X(%s): pass' % bases)
        print(bases, 'ok', [k.__name__ for k in X.__mro__])
    except TypeError as e:
        print(bases, 'TypeError:', e)
class Kw:
    def __init__(self, **kw): print('Kw', kw)
class P1(Kw):
    def __init__(self, a=None, **kw): print('P1', a); super().__init__(**kw)
class P2(Kw):
    def __init__(self, b=None, **kw): print('P2', b); super().__init__(**kw)
class Both(P1, P2):
    pass
Both(a=1, b=2, c=3)
class CM:
    @classmethod
    def make(cls): return ['CM']
class CM1(CM):
    @classmethod
    def make(cls): return ['CM1'] + super().make()
class CM2(CM):
    @classmethod
    def make(cls): return ['CM2'] + super().make()
class CM3(CM1, CM2): pass
print(CM3.make())
class Ex(KeyError, M1): pass
try: raise Ex('k')
except KeyError as e: print(type(e).__name__, [k.__name__ for k in Ex.__mro__])
# the library follows the same order: singledispatch, abc, inspect, unittest
import abc, functools, inspect
@functools.singledispatch
def kind(x): return 'other'
class DA: pass
class DB(DA): pass
class DC(DA): pass
class DD(DB, DC): pass
kind.register(DC)(lambda x: 'DC')
kind.register(DA)(lambda x: 'DA')
print(kind(DD()), kind(DB()), kind(True), kind.dispatch(bool) is kind.dispatch(object))
@kind.register(int)
def _(x: int): return 'int'
print(kind(True), kind(3))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sized:
    def area(self): return 0
class Square(Sized, Shape): pass
print(Square().area())
try:
    class Bad(Shape, Sized): pass
    Bad()
except TypeError as e:
    print('TypeError:', e)
class I1:
    def __init__(self, a, b=2): pass
class I2:
    def __init__(self, c): pass
class IB(I2): pass
class II(IB, I1): pass
print(inspect.signature(II), inspect.signature(E))
