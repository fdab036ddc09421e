# A class's own __getattribute__ answers every attribute load of its
# instances; object.__getattribute__ is the plain lookup it delegates to, and
# the usual way a __getattr__ reaches its own attributes without recursing.
# dir() is sorted and asks a class's own __dir__ (patch 0181).


class Computed:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name == "y":
            return 42
        return object.__getattribute__(self, name)

    def method(self):
        return "method"


c = Computed()
print(c.x, c.y, c.method(), getattr(c, "y"), hasattr(c, "missing"))
print(object.__getattribute__(c, "x"), object.__getattribute__(c, "method")())
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__getattribute__(c, 3)
except TypeError as e:
    print("TypeError:", e)
print(object.__getattribute__([1, 1], "count")(1), object.__getattribute__(c, "__class__").__name__)


class Wrapper:
    # the common delegation pattern
    def __init__(self, wrapped):
        self._wrapped = wrapped

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_wrapped"), name)


print(Wrapper([3, 1, 3]).count(3), Wrapper("abc").upper())


class Logged:
    # every load goes through the hook, an AttributeError goes on to
    # __getattr__, and operations (len, repr) do not ask the hook
    seen = []

    def __getattribute__(self, name):
        Logged.seen.append(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name

    def __len__(self):
        return 3


log = Logged()
log.a = 5
print(log.a, log.nope, len(log), repr(log)[:8], Logged.seen)


class Sub(Logged):
    pass


Logged.seen.clear()
s = Sub()
s.q = 1
print(s.q, Logged.seen)


class Proxy:
    # answers every name; dir() still lists only what the class has
    def __getattribute__(self, name):
        return name.upper()


print(Proxy().abc, Proxy().__dict__, "ABC" in dir(Proxy()), len(dir(Proxy())) < 40)


class Late:
    pass


Late.__getattribute__ = lambda self, name: "late " + name
print(Late().foo)


class OwnDir:
    def __dir__(self):
        return ["z", "a", "m"]


class Plain:
    def __init__(self):
        self.q = 1

    def m(self):
        pass


class MyList(list):
    def extra(self):
        pass


print(dir(OwnDir()))
print([n for n in dir(Plain()) if not n.startswith("__")])
print(dir(Plain()) == sorted(dir(Plain())), "__dir__" in dir(Plain()), "__getattribute__" in dir(object))
print("extra" in dir(MyList()), "append" in dir(MyList()), dir() == sorted(dir()))
print(sorted(Plain().__dir__()) == dir(Plain()))
