# A special method kept in a class as a descriptor is bound with __get__
# before the VM calls it, as werkzeug's LocalProxy relies on.
class Lookup:
    def __init__(self, name):
        self.name = name

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        target = inst._target
        return getattr(target, self.name)

    def __call__(self, *a):
        return ("unbound", self.name, len(a))


class Proxy:
    def __init__(self, target):
        self._target = target

    __eq__ = Lookup("__eq__")
    __ne__ = Lookup("__ne__")
    __len__ = Lookup("__len__")
    __getitem__ = Lookup("__getitem__")
    __setitem__ = Lookup("__setitem__")
    __delitem__ = Lookup("__delitem__")
    __contains__ = Lookup("__contains__")
    __iter__ = Lookup("__iter__")
    __repr__ = Lookup("__repr__")
    __str__ = Lookup("__str__")
    __add__ = Lookup("__add__")
    __hash__ = Lookup("__hash__")
    __call__ = Lookup("__call__")


p = Proxy({"a": 1})
print(p == {"a": 1}, p != {"a": 1}, len(p), p["a"], "a" in p, "b" in p)
p["b"] = 2
del p["a"]
print(list(p), repr(p), str(p), bool(p))
print(Proxy([1]) + [2], hash(Proxy("x")) == hash("x"))
print(Proxy(lambda x, y=0: x * 10 + y)(4, y=2))
print(Proxy([]).__len__(), type(Proxy.__dict__["__len__"]).__name__)


class Counted:
    # a descriptor that counts how often it is bound
    binds = 0

    def __get__(self, inst, owner=None):
        Counted.binds += 1
        return lambda *a: ("bound", len(a))


class Q:
    __getitem__ = Counted()
    __len__ = Counted()


q = Q()
print(q[1], len(q) if False else None, Counted.binds)
