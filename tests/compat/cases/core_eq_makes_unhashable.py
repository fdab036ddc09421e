# A class that defines __eq__ and not __hash__ has __hash__ = None, as
# CPython sets it: unhashable instances, for its subclasses too, and
# introspection that says so; defining __hash__ again, or inheriting
# neither, keeps instances hashable.
from collections.abc import Hashable
from dataclasses import dataclass


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and other.x == self.x


class Point3(Point):
    pass


class Keyed(Point):
    def __hash__(self):
        return hash(self.x)


class Plain:
    pass


class Base:
    def __hash__(self):
        return 7


class EqOnly(Base):
    def __eq__(self, other):
        return True


for cls in (Point, Point3, Keyed, Plain, Base, EqOnly):
    obj = cls(1) if issubclass(cls, Point) else cls()
    try:
        h = hash(obj)
        result = "hashable" if isinstance(h, int) else h
    except TypeError as e:
        result = "TypeError: %s" % e
    print(cls.__name__, result, cls.__hash__ is None, "__hash__" in cls.__dict__, isinstance(obj, Hashable))
print(len({Keyed(1), Keyed(1), Keyed(2)}), Point(1) == Point(1), Point(1) != Point(2))


@dataclass
class Record:
    name: str


@dataclass(frozen=True)
class Frozen:
    name: str


print(Record.__hash__, isinstance(Record("a"), Hashable), hash(Frozen("a")) == hash(Frozen("a")))
try:
    {Record("a")}
except TypeError as e:
    print("TypeError:", e)
