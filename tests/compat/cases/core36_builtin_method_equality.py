# A builtin type's method taken twice compares equal and hashes alike, as
# CPython's one descriptor does (patch 0301, port/slotmethods.c).
print(dict.__repr__ == dict.__repr__, str.upper == str.upper, int.__add__ == int.__add__)
print(hash(list.__repr__) == hash(list.__repr__), hash(str.upper) == hash(str.upper))
print(dict.__repr__ == list.__repr__, str.upper == str.lower, str.upper != str.upper)
print([].append == [].append, {}.get == {}.get)
x = []
print(x.append == x.append, x.__len__ == x.__len__)


class D(dict):
    pass


class R(dict):
    def __repr__(self):
        return 'R()'


print(D.__repr__ == dict.__repr__, R.__repr__ == dict.__repr__, type(D()).__repr__ != dict.__repr__)
print(len({str.upper, str.upper, str.lower}), len({dict.__repr__, dict.__repr__}))
