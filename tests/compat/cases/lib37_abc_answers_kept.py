# collections.abc keeps each isinstance/issubclass answer until a
# register() call may change it, as CPython's caches do: a "no" asked
# before a registration becomes "yes" after it, here or through abc.
import abc
from collections.abc import Hashable, Iterable, Mapping, MutableSequence, Sequence, Sized


class Plain:
    pass


class Bag:
    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


for _ in range(2):
    print(isinstance(Plain(), Mapping), isinstance([], Mapping), isinstance({}, Mapping),
          isinstance(5, Iterable), isinstance(Bag(), Iterable), isinstance(Bag(), Sized),
          isinstance([], Hashable), isinstance(Plain(), Hashable))
token = abc.get_cache_token()
Mapping.register(Plain)
print(isinstance(Plain(), Mapping), issubclass(Plain, Mapping), abc.get_cache_token() != token)


class Seq:
    pass


print(issubclass(Seq, Sequence))
MutableSequence.register(Seq)
print(issubclass(Seq, Sequence), isinstance(Seq(), MutableSequence))


class MyABC(abc.ABC):
    pass


class Later:
    pass


print(issubclass(Later, Sequence), issubclass(Later, MyABC))
Sequence.register(MyABC)
MyABC.register(Later)
print(issubclass(Later, MyABC), issubclass(Later, Sequence))
