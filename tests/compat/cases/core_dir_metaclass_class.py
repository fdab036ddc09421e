# dir() of a class made by a metaclass lists the class's and its bases' names,
# not the metaclass's methods (patch 0316); inspect.getmembers() follows.
import inspect
class Meta(type):
    def meta_method(cls):
        return 1
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registry = [name]
class Base:
    def base_method(self):
        pass
class C(Base, metaclass=Meta):
    x = 1
    def f(self):
        pass
C.later = 2
print('meta_method' in dir(C), 'mro' in dir(C), 'f' in dir(C), 'base_method' in dir(C), 'registry' in dir(C), 'later' in dir(C), 'x' in dir(C))
print([n for n in dir(C) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')])
print(C.meta_method(), C.registry, dir(C) == sorted(dir(C)))
class D(C):
    y = 2
print([n for n in dir(D) if not n.startswith('__')], 'meta_method' in dir(D))
print('meta_method' in dir(Meta), 'mro' in dir(type))
