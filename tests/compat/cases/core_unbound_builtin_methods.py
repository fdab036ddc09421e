# A built-in method taken from its type (str.upper, dict.get, int.__add__)
# applies to instances of subclasses and to bools as ints, and says what it
# got when given something else (patch 0171, port/slotmethods.c).
from collections import OrderedDict


class S(str):
    pass


class T(S):
    def upper(self):
        return "overridden"


class D(dict):
    pass


class L(list):
    pass


class I(int):
    pass


print(str.upper(S("a")), str.upper(T("b")), T("b").upper(), str.join(S(","), ["x", "y"]))
print(int.bit_length(True), int.bit_length(I(255)), int.__add__(True, 2), int.__add__(True, True))
print(dict.get(D(a=1), "a"), list(dict.keys(OrderedDict(z=1))), list.append(L(), 1))
items = L([3, 1, 2])
list.sort(items, reverse=True)
print(items, type(items).__name__)
print(str.split(S("a b c"), maxsplit=1), str.format(S("{}-{x}"), 1, x=2))
print(sorted([S("b"), "a", T("C")], key=str.lower))
print(list(map(str.strip, [" a ", S(" b ")])), list(map(int.__neg__, [True, I(4)])))
print(int.__mul__(I(3), 2), str.__len__(S("abc")), int.__neg__(True), float.__add__(1.5, 2.0))
for method, args in [
    (int.bit_length, ("x",)),
    (str.upper, (1,)),
    (dict.get, ([], 1)),
    (list.append, ((), 1)),
    (str.join, (b",", [])),
    (int.__add__, ("a", 1)),
    (str.__len__, (3,)),
]:
    try:
        method(*args)
    except TypeError as e:
        print("TypeError:", e)
