# object's __setattr__, __delattr__ and __format__ are found on instances of
# plain classes (patch 0173), while stores, deletes and format() still take
# the fast plain path unless a class defines its own.
class Plain:
    pass


p = Plain()
p.__setattr__("a", 1)
print(p.a, hasattr(p, "__setattr__"), hasattr(p, "__delattr__"), hasattr(p, "__format__"))
p.__delattr__("a")
print(hasattr(p, "a"), p.__format__("") == str(p), f"{p}" == str(p), format(p) == str(p))
for spec in ("x", ">10"):
    try:
        format(p, spec)
    except TypeError as e:
        print("TypeError:", str(e).replace(Plain.__qualname__, "Plain"))


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

    def __format__(self, spec):
        return "Logged<" + spec + ">"


log = Logged()
log.x = 1
log.__setattr__("y", 2)
del log.x
print(vars(log), f"{log:abc}", format(log, "q"), "{:z}".format(log))


class Lazy:
    def __getattr__(self, name):
        return "computed " + name

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        self._size = value * 2


lazy = Lazy()
lazy.size = 4
lazy.plain = "kept"
print(lazy.size, lazy.plain, lazy.other, callable(lazy.__setattr__))
del lazy.plain
print(lazy.plain)


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)


try:
    Frozen().z = 1
except AttributeError as e:
    print(e)


class Child(Logged):
    pass


c = Child()
c.w = 5
print(c.w, f"{c:!}")
