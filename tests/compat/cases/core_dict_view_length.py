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
