# What dacite, tqdm and cerberus need: typing aliases' __origin__ is the
# runtime class (typing.py), a property raising AttributeError finds
# nothing (patch 0275), an __init__ that is a partialmethod is bound
# (0273), dir() of a class in its metaclass's __init__ (0274), and
# dataclasses' _FIELDS.
import dataclasses
import functools
import typing
from typing import List, Dict, Optional, Union, Any, Literal, Callable, Tuple, ClassVar, Iterable, Annotated

for t in (List[int], Dict[str, int], Optional[int], Union[int, str], Literal['a'], Callable[[int], str],
          Tuple[int, ...], ClassVar[int], Iterable[str], List, Dict, Iterable):
    print(repr(t), typing.get_origin(t), typing.get_args(t), getattr(t, '__origin__', 'NONE'))
print(Annotated[int, 'x'].__origin__, typing.get_args(Annotated[int, 'x']))
for t in (Any, Union, Optional, Literal):
    print(repr(t), hasattr(t, '__origin__'), typing.get_origin(t))


class A:
    @property
    def p(self):
        raise AttributeError('no p here')

    @property
    def q(self):
        return 'q'


print(hasattr(A(), 'p'), getattr(A(), 'p', 'default'), hasattr(A(), 'q'), getattr(A(), 'q', 'default'))


def init(self, value, scale=1):
    self.value = value * scale


class Scaled:
    __init__ = functools.partialmethod(init, scale=10)


print(Scaled(4).value)


class Meta(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls.checks = sorted(x for x in dir(cls) if x.startswith('check_'))


class Base:
    def check_a(self):
        pass


V = Meta('V', (Base,), {'check_b': lambda s: 1})
print(V.checks, sorted(x for x in dir(V) if x.startswith('check_')))


@dataclasses.dataclass
class P:
    x: int
    y: str = 'd'


fields = getattr(P, dataclasses._FIELDS)
print(list(fields), [f._field_type is dataclasses._FIELD for f in fields.values()], dataclasses._PARAMS)
