# An instance of a str or bytes subclass stands for the string it holds
# wherever a string argument is taken (patch 0108).
class Name(str): pass
class B(bytes): pass
a, b = Name("a"), Name("b")
tests = [lambda: a < "b", lambda: "a" < b, lambda: a < b, lambda: a + "x", lambda: "x" + a, lambda: a == "a",
 lambda: sorted([b, a]), lambda: "b" > a, lambda: "-".join([a, b]), lambda: a in "xa", lambda: "a" in Name("cab"),
 lambda: "a,b".split(Name(",")), lambda: "a,b".rsplit(Name(","), 1), lambda: "abc".find(Name("c")), lambda: "abc".index(Name("b")),
 lambda: "abca".count(Name("a")), lambda: "xxaxx".strip(Name("x")), lambda: "abc".replace(Name("b"), Name("B")),
 lambda: "a=b".partition(Name("=")), lambda: "a=b".rpartition(Name("=")), lambda: "abc".startswith(Name("a")),
 lambda: "abc".endswith((Name("c"),)), lambda: int(Name("12")), lambda: float(Name("1.5")), lambda: getattr(a, Name("upper"))(),
 lambda: {"k": 1}[Name("k")], lambda: b"ab" + B(b"c"), lambda: b"abc".find(B(b"c")), lambda: b"-".join([B(b"x"), b"y"]),
 lambda: B(b"x") in b"xyz", lambda: "x" < 3, lambda: "%s|%r" % (a, a), lambda: a.join(["1", "2"]),
 lambda: Name("A").lower() + "x", lambda: dict(**{Name("z"): 1}), lambda: "{}{}".format(a, b), lambda: ord(Name("c")),
 lambda: "ab".lstrip(Name("a")), lambda: "abc".removeprefix(Name("a")), lambda: str(a), lambda: repr(a), lambda: hash(a) == hash("a"),
 lambda: "abc".translate({ord("a"): Name("z")}), lambda: set(["a"]) == {a}, lambda: a in {"a"}, lambda: os.path.join(a, b),
 lambda: open(Name("/nonexistent/x")), lambda: "x".center(5, Name("*")), lambda: Name("a b").split(), lambda: "ab".zfill(4)]
import os
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
