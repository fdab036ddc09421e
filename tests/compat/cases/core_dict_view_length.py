# A dict's views have its length and truth: len(d.keys()) was a TypeError
# and an empty dict's views were true.
full = {"a": 1, "b": 2}
empty = {}
for d in (full, empty):
    for view in (d.keys(), d.values(), d.items()):
        print(len(view), bool(view), "yes" if view else "no", not view)
full["c"] = 3
keys = full.keys()
del full["a"]
print(len(keys), sorted(keys), len(full.items()) == len(full))

# Each view has a type of its own, named as CPython's, which errors show.
import collections.abc as abc

print(type(full.keys()).__name__, type(full.values()).__name__, type(full.items()).__name__)
print(type(full.keys()) is type({}.keys()), type(full.keys()) is type(full.values()))
print(isinstance(full.keys(), abc.KeysView), isinstance(full.items(), abc.Set), isinstance(full.values(), abc.Set))
try:
    full.keys()[0]
except TypeError as e:
    print("TypeError:", e)
