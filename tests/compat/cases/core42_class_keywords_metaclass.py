# Class keywords with a metaclass reach the bases' __init_subclass__
# (0358): through a given metaclass, abc.ABCMeta, a base made by a
# metaclass, a metaclass's own __new__ passing them on, and type() called
# with keywords; a metaclass that keeps its keyword passes none on.
import abc

seen = []


class Plugin:
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        seen.append((cls.__name__, kind))


Meta = type('Meta', (type,), {})


class A(Plugin, metaclass=Meta, kind='a'):
    pass


class B(A, kind='b'):
    pass


class C(Plugin, metaclass=abc.ABCMeta, kind='c'):
    @abc.abstractmethod
    def run(self):
        ...


class D(C, kind='d'):
    def run(self):
        return 'ran'


print(seen, type(A).__name__, type(B).__name__, type(D).__name__, D().run())


class Registry(abc.ABC):
    plugins = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        if name:
            Registry.plugins[name] = cls


class Json(Registry, name='json'):
    pass


class Yaml(Json, name='yaml'):
    pass


print(sorted((k, v.__name__) for k, v in Registry.plugins.items()))


class Passing(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.made_with = sorted(kw)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)


class Keeping(type):
    def __new__(mcls, name, bases, ns, tag=None):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, tag=None):
        super().__init__(name, bases, ns)


class E(Plugin, metaclass=Passing, kind='e'):
    pass


class F(Plugin, metaclass=Keeping, tag='t'):
    pass


print(seen[-2:], E.made_with, F.tag)

X = type('X', (Plugin,), {}, kind='x')
print(seen[-1], X.__name__)
for call in (lambda: type('Y', (), {}, kind='y'), lambda: type('Z', (Plugin,), {}, other=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    class G(metaclass=Meta, flag=1):
        pass
except TypeError as e:
    print('TypeError:', e)
