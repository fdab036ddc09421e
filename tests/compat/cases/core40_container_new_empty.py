# list/dict/set/bytearray.__new__ make an empty object, which __init__ fills
# (patch 0336): a subclass's __new__ may take keywords of its own (python-box),
# and one without __init__ gets the builtin's, filled from the call.
class L(list):
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls, *args, **kwargs)
        obj.opts = kwargs
        return obj
    def __init__(self, iterable=None, **kw):
        super().__init__(iterable or [])
l = L([1, 2], flag=True); print(l, l.opts)
class N(list):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(N([3, 4]), N())
class D(dict):
    def __new__(cls, *a, **k):
        o = super().__new__(cls, *a, **k)
        return o
print(D(a=1), D([(1, 2)]))
class D2(dict):
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        o['pre'] = 0
        return o
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(D2(a=1))
class S(set):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(sorted(S([1, 2])))
for t in (list, dict, set, bytearray):
    for kw in ({}, {'extra': 1}):
        try:
            print(t.__name__, kw, repr(t.__new__(t, [(1, 2)], **kw)))
        except TypeError as e:
            print(t.__name__, kw, "TypeError:", e)
class Box(dict):
    def __new__(cls, *args, box_settings=None, **kwargs):
        obj = super().__new__(cls, *args, **kwargs)
        obj._settings = box_settings
        return obj
    def __init__(self, *args, box_settings=None, **kwargs):
        super().__init__(*args, **kwargs)
b = Box({'a': 1}, box_settings=3, c=2); print(b, b._settings)
import pickle, copy
print(copy.copy(l), copy.deepcopy(N([5])), pickle.loads(pickle.dumps(D(x=1))))
