# A dict's keys and items views are sets to the set operators and
# comparisons (patch 0182): what `required - given.keys()` and
# `a.items() <= b.items()` need. Results are printed sorted: a set's order is
# the implementation's.
config = {"name": "x", "path": "/tmp", "debug": True}
required = {"name", "path", "token"}

print(sorted(required - config.keys()), sorted(config.keys() - required))
print(sorted(config.keys() & required), sorted(required & config.keys()))
print(sorted(config.keys() | ["extra"]), sorted(["extra", "name"] & config.keys()))
print(sorted(config.keys() ^ {"name", "other"}), type(config.keys() & set()).__name__)
print(sorted(config.items() - {("debug", True)}), sorted(config.items() & {("name", "x"), ("name", "y")}))

defaults = {"name": "x", "path": "/tmp"}
print(defaults.items() <= config.items(), defaults.items() < config.items(), config.items() >= defaults.items())
print(config.keys() == {"name", "path", "debug"}, {"name", "path", "debug"} == config.keys(), config.keys() != {"name"})
print(config.keys() == defaults.keys(), defaults.keys() == {"path": 0, "name": 1}.keys(), config.keys() == ["name", "path", "debug"])
print({"name"} < config.keys(), frozenset({"name", "path"}) <= defaults.keys(), {"name", "zzz"} <= config.keys())
print(config.keys().isdisjoint({"a", "b"}), config.keys().isdisjoint(["path"]), config.items().isdisjoint([("name", "x")]))

# (key, value) in items is a lookup; a list is never an item
print(("name", "x") in config.items(), ("name", "y") in config.items(), ["name", "x"] in config.items(), "name" in config.items())
from collections import namedtuple

Pair = namedtuple("Pair", "key value")
print(Pair("name", "x") in config.items(), Pair("name", "y") in config.items(), ("name",) in config.items())

# augmented assignment rebinds to a new set; the dict is untouched
view = config.keys()
view -= {"debug"}
print(sorted(view), type(view).__name__, sorted(config))

for expr in ("config.keys() & 5", "config.keys() < [1]", "config.values() & {1}"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError for", expr)
