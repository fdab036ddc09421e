# abc: abstract methods, properties, classmethods and staticmethods refused at
# instantiation, __abstractmethods__, the metaclass form and register().
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def unit(): ...
print(sorted(Shape.__abstractmethods__), ABC.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
    @property
    def name(self): return "sq"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def unit(): return "m"
s = Sq.make()
print(s.area(), s.name, Sq.unit(), Sq.__abstractmethods__)
class Half(Shape):
    def area(self): return 1
print(sorted(Half.__abstractmethods__))

class Base(metaclass=ABCMeta):
    def __init__(self, v):
        self.v = v
    @abstractmethod
    def run(self): ...
try:
    Base(1)
except TypeError as e:
    print(e)
class Impl(Base):
    def run(self): return self.v + 1
print(Impl(1).run(), isinstance(Impl(2), Base), type(Base).__name__, sorted(Base.__abstractmethods__))
class Virtual: pass
Base.register(Virtual)
print(isinstance(Virtual(), Base), issubclass(Virtual, Base))
class Ext(ABC): pass
Ext.register(int)
print(isinstance(3, Ext), isinstance("x", Ext))
print(abstractmethod(lambda: 0).__isabstractmethod__)
class Later(ABC):
    def f(self): ...
Later.f = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(dict, cabc.MutableMapping))
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1,2,3][i]
    def __len__(self): return 3
print(list(MySeq()), 2 in MySeq(), MySeq().index(3))
import inspect
print(inspect.isabstract(Shape), inspect.isabstract(Sq), inspect.isabstract(Base), inspect.isabstract(Impl))
