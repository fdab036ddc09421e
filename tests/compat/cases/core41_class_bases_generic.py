# A class over a generic builtin type subscripts to an alias (PEP 585), and
# the same builtin base reached through two bases is one layout.
import collections


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


for c in (D, L, T):
    alias = c[int]
    print(alias, alias.__origin__ is c, alias.__args__)
print(D[str, int], type(D[str, int]).__name__)


class E(dict[str, int]):
    pass


print(E.__mro__, E.__orig_bases__, E[int])


class Od(collections.OrderedDict):
    pass


print(Od[str, int].__origin__ is Od)

for plain in (int, str):
    class P(plain):
        pass
    try:
        P[int]
    except TypeError as e:
        print("TypeError", e)


class A(dict):
    pass


class B(A, dict):
    pass


print([k.__name__ for k in B.__mro__], B(x=1), isinstance(B(), dict))


class M:
    pass


class C(M, dict):
    pass


class CD(C, dict):
    def extra(self):
        return len(self)


print(len(CD.__mro__), CD(a=1, b=2).extra())
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
