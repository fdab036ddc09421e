# typing.get_type_hints: a name that does not resolve raises NameError (as
# pydantic-style forward-reference code expects), include_extras=False takes
# off Annotated/Required/NotRequired at any depth; typing.final marks
# __final__.
import typing
from typing import (Annotated, Callable, ClassVar, Dict, List, Literal, NotRequired, Optional, Required, Tuple,
                    TypedDict, final, get_type_hints)


def h(x: 'Undefined', y: int) -> None:
    pass


class K:
    a: int
    b: 'Missing'


for obj in (h, K):
    try:
        print(get_type_hints(obj))
    except NameError as e:
        print('NameError:', e)


def bad(x: '1 +'):
    pass


try:
    get_type_hints(bad)
except SyntaxError:
    print('SyntaxError')


class Node:
    nxt: 'Optional[Node]'
    kids: 'List[Node]'


print(get_type_hints(Node))

# under `from __future__ import annotations` every annotation is text in
# CPython too, and one that does not resolve fails alike
ns = {}
exec('from __future__ import annotations\n'
     'def f(a: int, b: NotDefinedHere) -> None: pass\n', ns)
try:
    get_type_hints(ns['f'])
except NameError as e:
    print('NameError:', e)


def k(a: Annotated[int, 'meta'], b: List[Annotated[int, 'x']], c: Optional[Annotated[str, 1]],
      d: list[Annotated[int, 2]], e: Annotated[int, 1] | None, f: Tuple[Annotated[int, 1], ...],
      g: Callable[[int], Annotated[str, 0]], h: Literal[1], i: Dict[str, Annotated[Tuple[int, str], 'p']],
      j: Annotated[Annotated[int, 1], 2]) -> Annotated[int, 'r']:
    pass


class M(TypedDict, total=False):
    title: Required[str]
    year: NotRequired[Annotated[int, 'y']]


class C:
    x: ClassVar[Annotated[int, 'z']] = 1


for obj in (k, M, C):
    print(get_type_hints(obj))
    print(get_type_hints(obj, include_extras=True))
print(M.__required_keys__, M.__optional_keys__)


@final
class Leaf:
    @final
    def m(self):
        pass

    @property
    @final
    def p(self):
        return 1


print(getattr(Leaf, '__final__', 'missing'), getattr(Leaf.m, '__final__', 'missing'),
      getattr(Leaf.p.fget, '__final__', 'missing'))
print(final(len) is len, final(3))

# Annotated: nested ones merge, None is NoneType, at least two arguments
a = Annotated[Annotated[int, 1], 2]
print(a, a.__metadata__, a.__origin__, Annotated[None, 'r'], Annotated[None, 'r'].__origin__)
try:
    Annotated[int]
except TypeError as e:
    print('TypeError:', e)
