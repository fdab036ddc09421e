# PEP 604 unions of classes and the typing aliases in isinstance() /
# issubclass() (patch 0114), get_origin/get_args, Optional normalised.
import typing, types, collections, collections.abc as cabc
from typing import List, Dict, Optional, Union, Any, Callable, Iterable, Sequence, Mapping
Number = int | float
JSON = dict | list | str | int | float | bool | None
print(Number, JSON, type(Number).__name__, Number == (float | int), int | int, hash(int | str) == hash(str | int))
for value in (3, 2.5, "x", None, [1], {}):
    print(repr(value), isinstance(value, Number), isinstance(value, JSON), isinstance(value, (str, Number)), isinstance(value, Optional[int]))
print(issubclass(bool, int | str), issubclass(bytes, int | str), typing.get_origin(int | str), typing.get_args(int | None))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance("x", Sequence), isinstance({}, Mapping),
      isinstance(len, Callable), isinstance(3, Union[int, str]), isinstance(collections.deque(), typing.Deque), isinstance({}, typing.DefaultDict))
print(typing.get_args(Union[int, None]), typing.get_args(Optional[str]), repr(Optional[int]), repr(Union[int, str, int]), Union[int] is int, repr(Union[int, Union[str, bytes]]))
for bad in (lambda: isinstance(1, Any), lambda: isinstance([], List[int]), lambda: isinstance(1, typing.Literal[1]), lambda: int | 3, lambda: isinstance(1, (int, 3))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
def f(x: int | None = None) -> dict | None:
    return None
print(typing.get_type_hints(f))
print(List[int] | None, int | List[int])
