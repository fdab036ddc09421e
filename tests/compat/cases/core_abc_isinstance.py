# isinstance/issubclass with collections.abc and abc.ABC.register (patch 0026).
import abc
from collections import OrderedDict, defaultdict, deque
from collections.abc import (Callable, Container, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet,
                             Sequence, Set, Sized, Generator)

values = [{}, [], (), "s", b"b", bytearray(), set(), frozenset(), range(3), 1, 2.5, None,
          OrderedDict(), defaultdict(list), iter([]), (x for x in ()), len, print]
abcs = [Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterable, Iterator,
        Sized, Container, Hashable, Callable, Generator]
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.keys(), Set))
for i, v in enumerate(values):
    print(i, "".join("1" if isinstance(v, a) else "." for a in abcs))


def merge(base, extra):
    # The usual deep-merge of configuration: recurse into anything mapping-like.
    out = dict(base)
    for k, v in extra.items():
        out[k] = merge(out[k], v) if isinstance(v, Mapping) and isinstance(out.get(k), Mapping) else v
    return out


print(merge({"a": {"x": 1}, "b": 2}, {"a": {"y": 2}, "b": [3]}))


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


b = Bag(1, 2)
print(isinstance(b, Sized), isinstance(b, Iterable), isinstance(b, Container), isinstance(b, Sequence))
print(issubclass(Bag, Sized), issubclass(dict, Mapping), issubclass(list, Mapping), issubclass(bool, Hashable))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Legacy:
    def area(self):
        return 1


Shape.register(Legacy)
print(isinstance(Legacy(), Shape), issubclass(Legacy, Shape), isinstance(1, Shape))


class Square(Shape):
    def area(self):
        return 4


print(isinstance(Square(), Shape), isinstance(Square(), Legacy))


class MyMap(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


m = MyMap({"k": 1})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Sized), isinstance({}, MyMap))
print(dict(m.items()), m.get("k"), "k" in m)
