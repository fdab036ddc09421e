# Containers take an object as equal to itself without calling its __eq__,
# as CPython's do (patch 0289); the == operator still asks.
class Never:
    calls = 0

    def __eq__(self, other):
        Never.calls += 1
        return False

    __hash__ = object.__hash__


c = Never()
print([c] == [c], (c,) == (c,), {1: c} == {1: c}, [c] != [c])
print(c in [c], [c].count(c), [c].index(c), c in (c,), (c,).index(c))
lst = [Never(), c]
lst.remove(c)
print(len(lst), c == c, Never.calls > 0)
nan = float('nan')
print([nan] == [nan], nan in [nan], {1: nan} == {1: nan}, nan == nan, [nan] == [float('nan')])
d = {}
d['self'] = d
print(d == d, [d] == [d])
