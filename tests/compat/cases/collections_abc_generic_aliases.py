# collections.abc's ABCs are generic (PEP 585) as in CPython: Iterable[int],
# Callable[[int, str], bool] with its flattened __args__ and get_args(),
# ..., ParamSpec and Concatenate; Hashable and Sized are not subscriptable.
import collections.abc as cabc, typing
for name in ["Callable", "Iterable", "Iterator", "Mapping", "MutableMapping", "Sequence", "Generator", "Awaitable", "Set", "AsyncIterator", "Hashable", "Sized", "Container", "Collection", "Reversible", "MappingView", "KeysView", "ItemsView", "ValuesView", "Coroutine", "AsyncGenerator", "MutableSet", "MutableSequence", "ByteString"]:
    c = getattr(cabc, name)
    try:
        a = c[int] if name not in ("Callable",) else c[[int, str], bool]
        print(name, a, typing.get_origin(a), typing.get_args(a))
    except TypeError as e:
        print(name, "TypeError", e)
print(cabc.Callable[..., int], cabc.Callable[[], None], typing.get_args(cabc.Callable[[int], str]))
print(list[int], dict[str, int], tuple[int, ...], type[int], isinstance([], list[int].__origin__))
from collections.abc import Callable
import typing
P = typing.ParamSpec("P")
for a in (Callable[[list[int], dict[str, int]], None], Callable[[], int], Callable[..., None], Callable[P, int], Callable[typing.Concatenate[int, P], str]):
    print(a, a.__args__, typing.get_args(a), typing.get_origin(a))
for bad in (lambda: Callable[int], lambda: Callable[int, str], lambda: Callable[[int], str, int]):
    try: bad()
    except TypeError as e: print("TypeError", e)
Handler = Callable[[str], None]
def use(h: Handler) -> None: pass
print(Handler == Callable[[str], None], hash(Handler) == hash(Callable[[str], None]))
class MyIter(cabc.Iterable):
    def __iter__(self): return iter(())
print(MyIter[int], list(MyIter()))
