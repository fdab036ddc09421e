# Constants in annotations survive the interpreter keeping annotations as
# text (patch 0329): a tuple of constants in a subscript, floats, bytes.
import dataclasses
from typing import Annotated, Literal, get_type_hints


def h(x: Literal[1, 2], y: Annotated[None, 'r'], z: Literal['a', 'b'],
      f: Literal[1.5, -2], b: Literal[b'x', True, None], big: Literal[10 ** 20]) -> Literal['ok']:
    pass


for name, hint in get_type_hints(h, include_extras=True).items():
    print(name, hint)


@dataclasses.dataclass
class Options:
    mode: Literal['fast', 'slow'] = 'fast'
    level: Annotated[int, 'level', 3] = 1


print([f.name for f in dataclasses.fields(Options)])
print(get_type_hints(Options, include_extras=True))
print(get_type_hints(Options))
