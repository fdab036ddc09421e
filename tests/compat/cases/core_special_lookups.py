# Special methods an operation needs come from the class, never from
# __getattr__; __new__ returning a subclass instance gets its __init__ (0110).
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = AttrDict(a=1)
print(d.a)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    d.zz
except AttributeError as e:
    print("AttributeError", e)
print(f"{d}", format(d), round(2.5), list(reversed([1, 2])))
class P:
    def __init__(self, t): self._t = t
    def __getattr__(self, n): return getattr(self._t, n)
p = P([3, 1, 2])
print(p.count(1), f"{P(5)}"[:3])
try:
    iter(P(3))
except TypeError as e:
    print("TypeError", e)
class Shape:
    registry = {}
    def __new__(cls, kind=None, *args):
        if cls is Shape and kind in Shape.registry:
            return super().__new__(Shape.registry[kind])
        return super().__new__(cls)
    def __init__(self, kind=None, size=1):
        print("Shape.__init__", type(self).__name__, kind, size)
        self.size = size
class Circle(Shape):
    def __init__(self, kind=None, size=1):
        print("Circle.__init__", size)
        super().__init__(kind, size)
Shape.registry["circle"] = Circle
c = Shape("circle", 3)
print(type(c).__name__, c.size)
s = Shape("other", 2)
print(type(s).__name__, s.size)
class Other:
    def __new__(cls):
        return 42
print(Other())
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("Single init")
a = Single(); b = Single(); print(a is b)
