from __future__ import annotations
# Under `from __future__ import annotations` CPython keeps annotations as
# text, as pywasm does: dataclass fields, ClassVar/InitVar, signatures.
import dataclasses, typing, inspect
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, Optional

@dataclass
class Node:
    name: str
    children: list[Node] = field(default_factory=list)
    parent: Optional["Node"] = None
    count: ClassVar[int] = 0
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.weight = scale * 2
n = Node("a")
print(n, n.weight, [f.name for f in dataclasses.fields(Node)])
print([f.type for f in dataclasses.fields(Node)])
print(inspect.signature(Node))
print(typing.get_type_hints(Node)["name"], Node.__annotations__["parent"])
@dataclass
class S:
    x: "int"
    y: 'ClassVar[int]' = 3
print([f.type for f in dataclasses.fields(S)], S(1))
def f(a: "Node", b: int = 1) -> "S": ...
print(f.__annotations__, inspect.signature(f))
