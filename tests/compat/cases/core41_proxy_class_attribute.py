# A class may define __class__ (proxies do): obj.__class__ reads it and
# isinstance() asks it; super() in such a class still finds its bases.
class Proxy:
    def __init__(self, wrapped):
        object.__setattr__(self, "_wrapped", wrapped)

    @property
    def __class__(self):
        return type(self._wrapped)

    def __len__(self):
        return len(self._wrapped)


p = Proxy([1, 2])
print(p.__class__, type(p).__name__, isinstance(p, list), isinstance(p, Proxy), isinstance(p, (int, list)))
print(isinstance(Proxy({}), dict), isinstance(Proxy({}), list), len(p))


class Lookup:
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return type(inst.target)


class Local:
    __class__ = Lookup()

    def __init__(self, target):
        self.target = target


print(Local("s").__class__, isinstance(Local("s"), str), isinstance(Local(3), int))
print("__class__" in Proxy.__dict__, "__class__" in Local.__dict__)


class Base:
    def hello(self):
        return "base"


class Child(Base):
    __class__ = "a class attribute"

    def hello(self):
        return "child+" + super().hello()


print(Child().hello(), Child.__dict__["__class__"])


class Plain(Base):
    def hello(self):
        return "plain+" + super().hello()

    def me(self):
        return __class__.__name__


print(Plain().hello(), Plain().me(), Plain().__class__.__name__)


class D(dict):
    @property
    def extra(self):
        return 1


print(D().__class__.__name__, isinstance(D(), dict), isinstance(D(), list))
