# An AttributeError from a property getter (or a descriptor's __get__)
# means the attribute is missing: __getattr__ is asked next.
class A:
    @property
    def p(self):
        raise AttributeError("no p")

    @property
    def q(self):
        return self.missing_thing

    @property
    def bad(self):
        raise KeyError("k")

    def __getattr__(self, name):
        return "fallback " + name


a = A()
print(a.p, a.q)
try:
    a.bad
except KeyError as e:
    print("KeyError", e)
print(getattr(a, "p"), hasattr(a, "p"))


class NoFallback:
    @property
    def p(self):
        raise AttributeError("no p here")


try:
    NoFallback().p
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(NoFallback(), "p"), getattr(NoFallback(), "p", "default"))


class Desc:
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        raise AttributeError("desc")


class B:
    d = Desc()

    def __getattr__(self, name):
        return "getattr " + name


print(B().d)


class Base:
    x = 1


class C(Base):
    def __getattr__(self, name):
        return getattr(super(), name)


print(C().x)
try:
    C().nothing
except AttributeError as e:
    print("AttributeError", e)


class Sub(A):
    pass


print(Sub().p)


class Late:
    @property
    def p(self):
        raise AttributeError("late p")


Late.__getattr__ = lambda self, name: "late " + name
print(Late().p)


class Mixed(NoFallback, Base):
    def __getattr__(self, name):
        return "mixed " + name


print(Mixed().p)
