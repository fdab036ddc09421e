# pprint lays out UserDict, UserList, UserString (and subclasses without their
# own __repr__) as the data they hold, and mappingproxy over lines, as CPython;
# they were printed on one line however long.
import collections
import pprint
import types

pprint.pprint(collections.UserDict({"u" * 20: 1, "v" * 20: 2, "w" * 20: 3}), width=50)
pprint.pprint(collections.UserList(list(range(30))), width=50)
pprint.pprint(collections.UserString("word " * 30), width=50)
pprint.pprint(types.MappingProxyType({"k%d" % i: "v" * 10 for i in range(6)}), width=50)


class MyUD(collections.UserDict):
    pass


class MyUL(collections.UserList):
    def __repr__(self):
        return "MyUL!"


pprint.pprint([MyUD({"a" * 30: 1, "b" * 30: 2}), MyUL(range(40))], width=40)
pprint.pprint(collections.UserList([collections.UserDict({"k" * 25: [1] * 20})]), width=40)
pprint.pprint({"proxy": types.MappingProxyType({"a" * 30: [1] * 10, "b": 2})}, width=50)
pprint.pprint([collections.UserDict(), collections.UserList(), types.MappingProxyType({})])
print(pprint.pformat(collections.UserDict({"x": 1}), width=5))
