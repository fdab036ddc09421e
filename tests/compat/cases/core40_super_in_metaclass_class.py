# super() in a classmethod of a class made by a metaclass searches the
# class's MRO (patch 0335): each base's __init_subclass__ runs, and
# typing.Generic after a metaclass-made base records its parameters.
import typing
class Hook:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("  Hook.__init_subclass__", cls.__name__)
class P:
    def __init_subclass__(cls, **kw):
        print("  P.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
class M(type):
    pass
class WithMeta(P, metaclass=M): pass
class NoMeta(P): pass
print("metaclass:")
class S1(WithMeta, Hook): pass
print("no metaclass:")
class S2(NoMeta, Hook): pass
A = typing.TypeVar("A")
class G(WithMeta, typing.Generic[A]): pass
print(getattr(G, "__parameters__", "missing"))


class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__ via super:', cls.__name__)
        return super().__call__(*a)


class Base(metaclass=Meta):
    @classmethod
    def make(cls):
        return cls.__name__

    def __init__(self, v):
        self.v = v


class Child(Base):
    @classmethod
    def make(cls):
        return 'child of ' + super().make()


print(Child.make(), Child(3).v)
