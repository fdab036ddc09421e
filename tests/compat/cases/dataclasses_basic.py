from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


p = Point(1, 2)
print(p, asdict(p), astuple(p), [f.name for f in fields(p)], p == Point(1, 2), p != Point(2), replace(p, y=5))
print(Point(3), Point(x=4, tags=['a']), is_dataclass(p), is_dataclass(Point), is_dataclass(1))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: Optional[str] = None


v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print('frozen:', e)
print(Version(1) < Version(1, 1) < Version(2), sorted([Version(3), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
print({Version(1): 'one'}[Version(1)], max(Version(0, 9), Version(0, 10)))
for bad in ((), (1, 2, 3, 4, 5)):
    try:
        Version(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    Point(1, z=3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Inventory:
    owner: str
    items: dict = field(default_factory=dict)
    total: int = field(default=0, repr=False)
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        Inventory.count += 1
        self.total = sum(self.items.values()) * scale

    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        self.total += n


inv = Inventory('ann', {'apple': 2}, scale=10)
inv.add('pear', 3)
print(inv, inv.total, Inventory.count, asdict(inv), [f.name for f in fields(Inventory)])


@dataclass
class Base:
    id: int
    name: str = 'base'


@dataclass
class Child(Base):
    extra: float = 0.5


c = Child(7, extra=1.5)
print(c, asdict(c), isinstance(c, Base), [f.name for f in fields(c)])


@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)


@dataclass(eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain(2).a)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
