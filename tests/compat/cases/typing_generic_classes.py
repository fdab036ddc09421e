# A generic class (Generic[T] as a base): its __parameters__, its
# subscripted aliases (printing, calling, substituting, comparing), and the
# errors CPython gives for a wrong count, a non-generic class and isinstance().
from typing import Generic, TypeVar, Protocol, get_origin, get_args, Optional
import typing
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Stack(Generic[T]):
    def __init__(self): self.items = []
class Pair(Generic[K, V]):
    def __init__(self, k=None, v=None): self.k, self.v = k, v
class IntStack(Stack[int]): pass
class Sub(Stack): pass
class Mixed(Stack[T], Pair[str, T]): pass
print(Stack[int], Pair[str, int], Pair[str, T], Pair[str, T][bytes], Generic[T], Stack.__parameters__, Pair.__parameters__, IntStack.__parameters__, Sub.__parameters__, Mixed.__parameters__)
print(Stack.__mro__, Mixed.__mro__)
print(get_origin(Stack[int]) is Stack, get_args(Pair[str, int]), Stack[int] == Stack[int], Stack[int] != Stack[str], hash(Stack[int]) == hash(Stack[int]))
p = Pair[str, int]("a", 1); print(p.k, p.v, p.__orig_class__, type(p).__name__)
print(IntStack.__orig_bases__, Stack[Optional[int]], Stack[list[int]], Pair[T, Stack[T]][int])
for bad in [lambda: Stack[int, str], lambda: Sub[int], lambda: isinstance(Stack(), Stack[int]), lambda: Generic[int], lambda: Pair[int]]:
    try: bad(); print("no error")
    except TypeError as e: print("TE", e)
class Proto(Protocol[T]):
    def get(self) -> T: ...
print(Proto.__parameters__, Proto[int])
print(isinstance(Stack(), Stack), issubclass(IntStack, Stack), issubclass(IntStack, Generic))
