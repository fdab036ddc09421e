# Tuples and lists compare element by element; small ints, floats and strs
# are compared without the generic dispatch (patch 0178), with the same
# results: NaN, identity, prefixes, non-ASCII order, mixed int and float.
import itertools

nan = float("nan")
values = [0, 1, -1, 2**29, -(2**29), 2**40, 1.0, 0.5, -0.0, float("inf"), nan, "", "a", "ab", "b", "é", "z\u20ac", "\U0001f600", True]
ops = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b),
       ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b)]
rows = []
for a, b in itertools.product(values, repeat=2):
    for pair in (((a, 1), (b, 0)), ([a], [b, 2]), ((0, a), (0, b))):
        for name, op in ops:
            try:
                rows.append(op(*pair))
            except TypeError:
                rows.append(None)
print(len(rows), sum(r is True for r in rows), sum(r is None for r in rows))
print("".join("T" if r is True else "F" if r is False else "x" for r in rows[:400]))
print((nan, 1) == (nan, 1), [nan] == [nan], (nan,) < (nan,), [nan] <= [nan], (float("nan"),) == (float("nan"),))
records = [{"id": i, "name": "item%d" % (i % 97), "score": (i * 7919) % 1000 / 8} for i in range(3000)]
ordered = sorted(records, key=lambda d: (-d["score"], d["name"], d["id"]))
print([d["id"] for d in ordered[:12]], [d["id"] for d in ordered[-5:]])
print(sorted([("b", 2), ("a", 10), ("a", 2), ("", 5), ("é", 0), ("e", 1)]))
print(max([(1.5, "x"), (1.5, "y"), (1, "z")]), min([[2, "a"], [2], [1, "b", 0]]))
