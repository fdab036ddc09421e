# Everyday class features side by side: descriptors with __set_name__,
# cached_property, singledispatch from annotations, frozen ordered
# dataclasses, TypedDict, Generic, __slots__, weakref, metaclass repr,
# __init_subclass__ keywords.
import functools, dataclasses, typing, copy, pickle, weakref, operator
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, 0)
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
class Box:
    size = Desc()
    @functools.cached_property
    def heavy(self): print("computing"); return 42
b = Box(); b.size = 5; print(b.size, b.heavy, b.heavy, Box.size.name, vars(b))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([1]), show("s"), show(True))
@dataclasses.dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Ver(1, 2); print(v < Ver(1, 3), sorted([Ver(2), Ver(1, 5)]), hash(v) == hash(Ver(1, 2)), dataclasses.asdict(v), dataclasses.replace(v, minor=9))
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)
class Movie(typing.TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}; print(m, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None)
class Stack(typing.Generic[typing.TypeVar("T")]):
    def __init__(self): self.items = []
print(Stack[int]().items, typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]))
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
    def __add__(self, o): return Pt(self.x + o.x, self.y + o.y)
    def __iter__(self): yield self.x; yield self.y
print(Pt(1, 2) + Pt(3, 4), list(Pt(5, 6)), copy.deepcopy(Pt(1, 1)), pickle.loads(pickle.dumps([1, {"a": (2, 3)}])))
class Node:
    def __init__(self, n): self.n = n
r = weakref.ref(nd := Node(1)); print(r() is nd, r().n)
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
class W(metaclass=Meta): pass
print(repr(W), type(W).__name__, operator.attrgetter("n")(nd), operator.methodcaller("upper")("abc"))
class Base:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw); Base.registry.append((cls.__name__, key))
class A(Base, key="a"): pass
class B(A): pass
print(Base.registry)
print(isinstance(3, (int, str)), issubclass(bool, int), callable(len), type("Dyn", (object,), {"x": 1})().x, getattr(A, "__name__"), A.__qualname__)
