# typing.Union against PEP 604's `int | str` (types.UnionType): equal from
# the Union's side, the same hash, one dict key, and an `X | Y` inside a
# Union flattened into its members.
import typing
from typing import Optional, Union

print(Union[int, str] == (int | str), Union[str, int] == (int | str), Optional[int] == (int | None))
print(Union[int, str] != (int | str), Union[int, bytes] == (int | str), Union[int, str] == (int | str | bytes))
print(hash(int | str) == hash(Union[int, str]), hash(Optional[int]) == hash(int | None))
print({Union[int, str]: 1}.get(int | str), {Union[int, str]: 1}.get(str | int))
print(len({Union[int, str], Union[str, int]}), hash(Union[int, str]) == hash(Union[str, int]))

print(Union[int | str], Union[int | str, bytes], Optional[int | str])
print((int | str) | typing.List[int], typing.List[int] | (int | str))
print(typing.get_args(Union[int | str, bytes]), typing.get_origin(Union[int | str, bytes]) is Union)
print(Union[int | None, str], Union[int | str, str | int])
print(Union[Union[int, str], int | bytes] == Union[int, str, bytes])
