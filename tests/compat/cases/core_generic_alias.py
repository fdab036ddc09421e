# list[int], dict[str, int] and the like (PEP 585) are types.GenericAlias
# objects: they print as written, typing.get_origin()/get_args() take them
# apart, calling one makes the origin's instance, a class statement takes
# the origin as its base (and keeps __orig_bases__), they join | unions,
# and isinstance() refuses them.
import types
import typing

Matrix = list[list[float]]
Table = dict[str, tuple[int, ...]]
print(Matrix, Table, tuple[()], type[int], dict[str, None])
print(repr(list[types.SimpleNamespace]), list[int].__name__, Matrix.__origin__, Matrix.__args__)
print(typing.get_origin(Table), typing.get_args(Table), typing.get_args(list[int]))
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(isinstance(list[int], types.GenericAlias), type(list[int]).__name__)
made = list[int]([3, 1, 2])
print(made, type(made), dict[str, int](a=1), set[int]())


class Registry(dict[str, int]):
    def total(self):
        return sum(self.values())


r = Registry(a=1, b=2)
print(r.total(), Registry.__bases__, Registry.__orig_bases__, isinstance(r, dict))

optional = list[int] | None
print(optional, typing.get_args(optional), int | list[str])
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: isinstance([], (list[int], str))):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance([], (list, list[int])))
