# abc: __subclasshook__ (True/False/NotImplemented) asked before inheritance,
# the registry and subclasses, for ABCMeta classes and ABC subclasses; hook
# answers cached until register(); collections.abc and numbers unchanged.
import abc, collections.abc as cabc, numbers
from abc import ABC, ABCMeta, abstractmethod
print(isinstance(range(3), cabc.Sequence), isinstance([], cabc.Iterable), isinstance({}, cabc.Mapping))
class It:
    def __iter__(self): return iter(())
print(isinstance(It(), cabc.Iterable), issubclass(It, cabc.Iterable), isinstance(It(), cabc.Iterator))
print(isinstance([], cabc.Hashable), isinstance((), cabc.Hashable), isinstance(It(), cabc.Hashable))
print(isinstance(3, numbers.Number), isinstance(3.0, numbers.Integral), isinstance(True, numbers.Integral))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return any('quack' in k.__dict__ for k in C.__mro__) or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
class Sub(Hook): pass
print(isinstance(Duck(), Hook), isinstance(3, Hook), issubclass(Sub, Hook), issubclass(Duck, Sub))
Hook.register(int)
print(isinstance(3, Hook), isinstance(True, Hook), isinstance('x', Hook))
class M(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is M: return False
        return NotImplemented
class MS(M): pass
print(issubclass(MS, M), isinstance(MS(), M), issubclass(MS, MS))
class Base(metaclass=ABCMeta): pass
class Child(Base):
    @classmethod
    def __subclasshook__(cls, C):
        return C is float or NotImplemented
print(issubclass(float, Base), issubclass(float, Child), issubclass(int, Base))
Child.register(str)
print(issubclass(str, Base), isinstance('a', Base), issubclass(bytes, Base))
t0 = abc.get_cache_token()
Base.register(bytes)
print(abc.get_cache_token() != t0, issubclass(bytes, Base))
try:
    Base.register(3)
except TypeError as e: print('TypeError', e)
try:
    issubclass(3, Base)
except TypeError as e: print('TypeError')
try:
    Child.register(Base)
except RuntimeError as e: print('RuntimeError', e)
print(Base.register(Child) is Child)
class Abs(ABC):
    @abstractmethod
    def f(self): pass
try: Abs()
except TypeError as e: print('TypeError')
class Conc(Abs):
    def f(self): return 1
print(Conc().f(), isinstance(Conc(), Abs))
class X(ABC): pass
X.register(list)
print(isinstance([], X), issubclass(list, ABC), issubclass(dict, ABC))
class Loud(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        print('hook called', C.__name__)
        return True
print(isinstance([], Loud), issubclass(list, Loud), isinstance(5, Loud))
class Quiet(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented
Quiet.register(int)
print(isinstance(5, Quiet), issubclass(int, Quiet), issubclass(bool, Quiet), isinstance(5.0, Quiet))
class ItBase(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        # glom's _AbstractIterable
        if C in (str, bytes):
            return False
        return callable(getattr(C, '__iter__', None))
print(isinstance(range(3), ItBase), isinstance(It(), ItBase), isinstance(3, ItBase), isinstance('s', ItBase), isinstance([], ItBase))
