# Builtin values, types and instances of classes over builtin types have
# object's methods (__reduce_ex__, __dir__, ...), found before __getattr__.
import pickle, copy

names = ["__reduce_ex__", "__reduce__", "__dir__", "__getattribute__",
         "__setattr__", "__delattr__", "__init_subclass__"]


class D(dict):
    pass


class L(list):
    pass


for o in (D(), {}, [1], L(), "s", 5, 2.5, b"x", (1,), dict, list, D):
    print(type(o).__name__, [n for n in names if not hasattr(o, n)])

print("dir" in dir([]), "__reduce_ex__" in dir({}))
print([1, 2].__getattribute__("count")(2))
print(sorted(n for n in {}.__dir__() if n in ("keys", "items", "__reduce_ex__")))


class AttrDict(dict):
    def __missing__(self, k):
        v = self[k] = AttrDict()
        return v

    def __getattr__(self, k):
        return self[k]


a = AttrDict(x=1, y=[1, 2])
b = pickle.loads(pickle.dumps(a))
print(type(b).__name__, b)
c = copy.copy(AttrDict(x=1))
print(type(c).__name__, c)
print(sorted(k for k in a))


class Tags(list):
    def __getattr__(self, name):
        return "tag:" + name


t = Tags([1])
print(t.anything, callable(t.__reduce_ex__))
print(pickle.loads(pickle.dumps(t)), type(pickle.loads(pickle.dumps(t))).__name__)
