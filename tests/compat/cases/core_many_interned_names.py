# Tens of thousands of names interned at run time (attribute names, keyword
# names, sys.intern): each is found again by value, whichever way the equal
# string was built. The interpreter indexes such names by hash (patch 0090),
# and the index grows many times over in this case.
import sys


class Bag:
    pass


bag = Bag()
for i in range(30000):
    setattr(bag, "name_%d" % i, i)
total = 0
for i in range(0, 30000, 7):
    total += getattr(bag, "name_" + str(i))
print(total, len(vars(bag)), "name_29999" in vars(bag), hasattr(bag, "name_30000"))


def keywords(**kw):
    return sum(kw.values())


print(keywords(**{"kw_%d" % i: i for i in range(2000)}))

a = sys.intern("dynamic" + "_name_" + str(12345))
b = sys.intern("".join(["dynamic_name_", "1234", "5"]))
print(a == "dynamic_name_12345", a is b)

names = {}
for i in range(5000):
    key = sys.intern("key_" + format(i, "x"))
    names[key] = i
print(sum(names[sys.intern("key_%x" % i)] for i in range(0, 5000, 11)))
