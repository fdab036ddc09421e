# A dict or set that changes size while a loop walks it stops the loop with
# CPython's RuntimeError instead of walking into the new entries; the error
# sticks, an exhausted iterator stays exhausted, and OrderedDict ends after
# the last key it saw.
from collections import Counter, OrderedDict, defaultdict


def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


d = {1: 1}


def grow():
    for k in d:
        d[k + 1] = 1


attempt("grow", grow)
print(d)
d = {1: 1, 2: 2, 3: 3}


def shrink():
    for k in d:
        del d[k]


attempt("shrink", shrink)
print(d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10  # the size stays: allowed
print(d)
for view in ("keys", "values", "items"):
    d = {"a": 1}

    def walk():
        for x in getattr(d, view)():
            d[str(x) + "!"] = 0

    attempt(view, walk)
it = iter(d)
print(list(it))
d["new"] = 1
print(list(it), next(it, "done"))
it = iter(d)
next(it)
d.pop("new")
for _ in range(2):
    attempt("sticky", lambda: next(it))
s = {1, 2}


def set_grow():
    for x in s:
        s.add(x + 10)


attempt("set", set_grow)
print(sorted(s))
for op in ("-=", "&=", "^=", "|="):
    s = {1, 2, 3}
    exec("s " + op + " s")
    print(op, sorted(s))
s = {1, 2, 3}
s.symmetric_difference_update(s)
print(s)
o = OrderedDict(a=1, b=2)


def od_middle():
    for k in o:
        o[k + "x"] = 0


attempt("ordered middle", od_middle)
o = OrderedDict(a=1)


def od_last():
    for k in o:
        o[k + "x"] = 0


attempt("ordered last", od_last)
print(o)
c = Counter("ab")


def counter():
    for k in c:
        c[k * 2] += 1


attempt("counter", counter)
dd = defaultdict(list)
dd["a"]


def default():
    for k in dd:
        dd[k + "b"]


attempt("defaultdict", default)
# the usual fixes work: a copy of the keys, or a new dict
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d, {k: v for k, v in {1: 2, 3: 4}.items() if k > 1})
