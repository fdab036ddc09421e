# A list, tuple or dict that holds itself prints with CPython's
# placeholders; json refuses it; printing goes on normally afterwards.
import json

l = [1]
l.append(l)
d = {}
d["self"] = d
d["l"] = l
t = ([],)
t[0].append(t)
print(l, d, t, repr(l), str(d))
a = []
b = [a]
a.append(b)
print(a, b, [a, a], f"{l!r}", "%s" % [l])


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


bad = [[Bad()], l]
try:
    repr(bad)
except ValueError as e:
    print("ValueError", e)
print(bad[1], [[1, 2], (3, [4])], {"k": [1, {"n": (2,)}]})
try:
    json.dumps(l)
except ValueError as e:
    print("json", e)
