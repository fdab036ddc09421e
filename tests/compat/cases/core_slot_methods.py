# Special methods of builtin types as attributes (patch 0106).
for label, obj in zip("list tuple str bytes dict set int float None range iterator builtin bool".split(),
                      ([1, 2], (1,), "ab", b"ab", {"a": 1}, {1}, 5, 2.5, None, range(3), iter([1]), len, True)):
    print(label, [n for n in ("__iter__", "__len__", "__getitem__", "__contains__", "__call__", "__add__", "__neg__", "__next__") if hasattr(obj, n)])
print([].__len__(), [1, 2].__len__(), (3).__add__(4), (3).__truediv__(2), "a".__add__("b"), (5).__neg__(), abs(-2), (-2).__abs__())
print(int.__add__(1, 2), str.__len__("abc"), list.__contains__([1], 1), dict.__getitem__({1: 2}, 1), float.__mul__(2.0, 3), str.__lt__("a", "b"))
print((1).__eq__("a"), (1).__eq__(1), "a".__eq__(1), (2).__radd__(3), (2).__rsub__(10), [1].__iter__().__next__(), (3).__bool__(), (0).__bool__())
d = {}; d.__setitem__("k", 1); print(d, d.__contains__("k")); d.__delitem__("k"); print(d)
print(list(map(str.upper, ["a"])), sorted(["b", "A"], key=str.lower), list(map(int.__neg__, [1, 2])))
import functools, operator
print(functools.reduce(int.__add__, [1, 2, 3]), list(map(len, ["ab"])), callable([].__len__))
def flatten(x):
    for i in x:
        if hasattr(i, "__iter__") and not isinstance(i, str):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, [4])], "ab", {5}])))
class MyList(list):
    def __len__(self):
        return super().__len__() * 10
    def __contains__(self, x):
        return super().__contains__(x) or x == "any"
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
m = MyList([1, 2, 3])
print(len(m), "any" in m, 2 in m, m[0], list.__len__(m))
class Money(int):
    def __add__(self, other):
        return Money(int.__add__(self, other))
    def __repr__(self):
        return "Money(%d)" % self
print(repr(Money(2) + 3), repr(Money(2) + Money(5)))
try:
    int.__add__("x", 1)
except TypeError as e:
    print("TypeError")
print(type([].__len__).__name__ in ("method-wrapper", "builtin_function_or_method"), int.__add__.__class__.__name__ in ("wrapper_descriptor", "method-wrapper"))
print([t.__name__ for t in (int, str, list, dict, float, set, tuple) if hasattr(t, "__len__")],
      [t.__name__ for t in (int, str, list, float) if hasattr(t, "__neg__")], hasattr(int, "__add__"), hasattr(list, "__iter__"))
print((3).__add__(4.5), (1).__lt__(1.5), (1.5).__add__(1), (1.5).__lt__(2), "a".__eq__(1), (2).__mul__("x"), "x".__mul__(2))
print([n for n in ("__and__", "__add__", "__mod__", "__lshift__", "__truediv__") if hasattr(1.5, n)], [n for n in ("__and__", "__lshift__") if hasattr(7, n)])
