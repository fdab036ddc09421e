# defaultdict: found keys are dict's own lookups, missing ones go to
# __missing__ (a subclass's own too), and its repr names the subclass.
import collections
d = collections.defaultdict(list)
d["a"].append(1); d["b"]; print(d, d["a"], len(d), "c" in d, d.get("c"), dict(d))
n = collections.defaultdict(int)
for ch in "mississippi": n[ch] += 1
print(sorted(n.items()), n["zz"], n)
z = collections.defaultdict()
try: z["q"]
except KeyError as e: print("KeyError", e)
class Sub(collections.defaultdict):
    def __missing__(self, k): return k * 2
s = Sub(None); print(s["ab"], s)
nested = collections.defaultdict(lambda: collections.defaultdict(int)); nested["x"]["y"] += 2; print(nested["x"]["y"], nested["x"])
print(collections.defaultdict(set, {"k": {1}}), d.copy(), d | {"q": [2]}, {"r": 1} | n if False else "")
try: d[[]]
except TypeError as e: print("TypeError", e)
print(d.__getitem__("a"), d.setdefault("w", [9]), d.pop("w"), d.default_factory, repr(collections.defaultdict(None)))
