# ExceptionGroup[...] is a generic alias as in CPython (pytest's RaisesGroup
# subclasses AbstractRaises[BaseExceptionGroup[...]]); Ellipsis and
# NotImplemented pickle by name.
import pickle

print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyError] | None, ExceptionGroup[ValueError].__origin__)
print(ExceptionGroup[ValueError].__args__)


class MyGroup(ExceptionGroup):
    pass


print(MyGroup[int])
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps([..., NotImplemented, ...], protocol=p)
    print(p, data, pickle.loads(data))
print(pickle.loads(pickle.dumps({'e': ...}))['e'] is ...)
