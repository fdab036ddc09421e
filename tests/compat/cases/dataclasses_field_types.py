# Field.type is the evaluated annotation (as CPython has it without
# `from __future__ import annotations`), so rows can be converted by it;
# slots=True gives the class __slots__; a typing.NamedTuple with defaults
# keeps its methods.
import csv, io, datetime
from dataclasses import dataclass, fields, field
from typing import List, Optional, NamedTuple

@dataclass
class Row:
    name: str
    qty: int
    price: float
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None
    parent: 'Row' = None
    day: datetime.date = None

for f in fields(Row):
    print(f.name, f.type)
data = 'name,qty,price\nbolt,30,0.25\nnut,120,0.05\n'
rows = [Row(**{f.name: f.type(r[f.name]) for f in fields(Row) if f.name in r}) for r in csv.DictReader(io.StringIO(data))]
print(rows, sum(r.qty * r.price for r in rows))
print([f.name for f in fields(Row) if f.type in (int, float)])

def local_types():
    class Local:
        pass

    @dataclass
    class Inner:
        a: Local
        b: int
    return [f.type for f in fields(Inner)][1]
print(local_types())

@dataclass(slots=True)
class Slotted:
    x: int = 0
    y: int = 1
print(Slotted.__slots__, Slotted(5))

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = ''

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return '%s(%g, %g)' % (self.label or 'P', self.x, self.y)
p = Point(3, 4, 'A')
print(p, repr(p), p.norm(), Point(1).norm(), str(Point(2)), p._replace(x=0).norm(), isinstance(p, Point), isinstance(p, tuple))
