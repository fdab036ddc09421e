from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal,
                    Mapping, NamedTuple, Optional, Protocol, Sequence, Set, Tuple, TypedDict, TypeVar,
                    Union, cast, overload, TYPE_CHECKING, get_type_hints, NewType)

T = TypeVar('T')
K = TypeVar('K', bound=str)


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def apply(f: Callable[[int], str], xs: Iterable[int]) -> List[str]:
    return [f(x) for x in xs]


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class Employee(NamedTuple):
    name: str
    id: int = 3


class Movie(TypedDict):
    title: str
    year: int


UserId = NewType('UserId', int)
s = Stack[int]()
s.push(1)
s.push(2)
print(first([3, 4]), first([], 'd'), apply(str, [1, 2]), s.pop(), s.items, TYPE_CHECKING)
e = Employee('ann')
print(e, e.name, e.id, Employee('bob', 5)._asdict(), Employee._fields)
m = Movie(title='Alien', year=1979)
print(m, type(m) is dict, UserId(5), cast(int, '7'), K.__name__)
print(typing.List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Literal['a', 'b'])
print(Callable[[int], str], Final[int], ClassVar[int], Any)
E2 = NamedTuple('E2', [('a', int), ('b', str)])
print(E2(1, 'x'))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))
if TYPE_CHECKING:
    import nothing_here
print(get_type_hints(first) == {} or True)

# get_origin / get_args of typing's aliases; Optional[X] is Union[X, None]
import typing
for tp in (typing.List[int], typing.Dict[str, int], typing.Optional[int], typing.Union[int, str], int):
    print(typing.get_origin(tp), typing.get_args(tp))
