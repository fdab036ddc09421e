# typing at run time: reprs with NoneType, Tuple[()], get_origin giving the
# collections.abc classes, Union and Literal equal in any order, argument
# count errors, Optional of two types refused, non-runtime protocols
# refusing isinstance, and NamedTuple annotations evaluated.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Iterable, List, Literal, Mapping, NamedTuple, Optional,
                    Protocol, Sequence, Set, Tuple, Type, Union, get_args, get_origin, get_type_hints, runtime_checkable)
def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for t in [Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()],
          Literal['a', 1, None], Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[str], Any,
          Optional[List[str]], int | None, int | str, Type[int], Set[int], ClassVar[int], Final[int], Sequence[int],
          Mapping[str, int], List[None], typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str],
          typing.Pattern[str], typing.ContextManager[int], typing.Generator[int, None, None], typing.Iterator[int]]:
    print(repr(t), get_origin(t), get_args(t))
print(Union[int] is int, Union[int, int] == int, Optional[int] == Union[int, None], Union[int, str] == Union[str, int],
      hash(Union[int, str]) == hash(Union[str, int]), Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True],
      Union[int, Union[str, bytes]], List[int] == List[int], List[int] == List[str], Dict[str, int] != Dict[int, str])
for f in [lambda: Optional[int, str], lambda: List[int, str], lambda: Dict[str], lambda: Set[int, int], lambda: Type[int, str],
          lambda: Mapping[str], lambda: typing.Generator[int], lambda: ClassVar[int, str], lambda: Final[int, str],
          lambda: Tuple[int, str, float], lambda: Callable[[int], str], lambda: isinstance(3, List[int]),
          lambda: isinstance(3, Union[int, str]), lambda: isinstance(3, int | str), lambda: isinstance([], List)]:
    tr(f)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class NotRuntime(Protocol):
    def read(self) -> bytes: ...
class File:
    def close(self): pass
    def read(self): return b''
class Impl(NotRuntime):
    def read(self): return b'x'
print(isinstance(File(), Closer), isinstance(object(), Closer), issubclass(File, Closer))
tr(lambda: isinstance(File(), NotRuntime))
tr(lambda: issubclass(File, NotRuntime))
print(isinstance(Impl(), Impl), isinstance(File(), Impl), Impl().read())
class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []
    def greet(self):
        return 'hi ' + self.name
e = Employee('bob')
print(e, e.greet(), Employee._fields, Employee._field_defaults, Employee.__annotations__, get_type_hints(Employee))
E2 = NamedTuple('E2', [('a', int), ('b', Optional[str])])
print(E2(1, 'x'), E2._fields, E2.__annotations__)
tr(lambda: Employee())
