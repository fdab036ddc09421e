# Counter: counting an iterable (in C, as CPython's _count_elements), what
# an iterable that raises leaves counted, a mapping's counts as they are,
# and a subclass's name in its repr and its copy's type.
import collections
c = collections.Counter("abracadabra"); print(c, c.most_common(3), list(c))
print(collections.Counter([1, 1.0, True, 2]), collections.Counter(x % 3 for x in range(10)))
def gen():
    yield "a"; yield "b"; raise ValueError("boom")
try: collections.Counter(gen())
except ValueError as e: print("ValueError", e)
try: collections.Counter([[1]])
except TypeError as e: print("TypeError", e)
c2 = collections.Counter(a=2); c2.update("aab"); print(c2)
class C(collections.Counter): pass
print(C("xyx"), collections.Counter({"k": 3}), collections.Counter(), collections.Counter(""))
print(collections._count_elements.__name__ if hasattr(collections, "_count_elements") else "none")
d = {}; collections._count_elements(d, "hello"); print(d)
print(C("ab").copy(), type(C("a").copy()).__name__, collections.Counter({"a": "x", "b": 1}))
