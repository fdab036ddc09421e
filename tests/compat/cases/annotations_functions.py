# Function annotations (patch 0104) through __annotations__, inspect.signature
# and typing.get_type_hints; a dataclass's signature; NamedTuple hints.
import inspect, typing, collections
from typing import Optional, List, Dict, NamedTuple, get_type_hints
from dataclasses import dataclass, fields
class C: pass
def f(a: C, b: Optional[C] = None, c: collections.OrderedDict = None, d: int = 0, *, e: Dict[str, int]) -> List[C]: pass
print(inspect.signature(f))
print(get_type_hints(f))
class D:
    x: int
    z: Optional[int] = None
print(get_type_hints(D))
def g(x: int, y: str = "a") -> bool:
    return True
print(g.__annotations__ == {'x': 'int', 'y': 'str', 'return': 'bool'} or g.__annotations__ == {'x': int, 'y': str, 'return': bool})
sig = inspect.signature(g)
print(sig, sig.parameters['x'].annotation is int, sig.return_annotation is bool, repr(sig.parameters['y']))
def h(p, q=1): pass
print(inspect.signature(h), h.__annotations__)
class M:
    def meth(self, n: int) -> 'M':
        return self
print(inspect.signature(M.meth), inspect.signature(M().meth))
@dataclass
class P:
    x: int
    y: float = 0.0
print(inspect.signature(P), [f.name for f in fields(P)])
class NT(NamedTuple):
    a: int
    b: str = "b"
print(NT(1), get_type_hints(NT))
