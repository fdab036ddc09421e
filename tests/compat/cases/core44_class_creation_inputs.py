# Patch 0381. A base that is no class and whose __getattr__ raises
# AttributeError for every name has no __mro_entries__: the class statement
# goes on with it, calling its type as the metaclass, as CPython does. And
# type(name, bases, ns) copies a dict subclass's items (aenum), refusing
# anything else with CPython's error.


class Weird:
    def __getattr__(self, name):
        raise AttributeError(name)


try:
    class C(Weird()):
        pass
except TypeError as e:
    print('TypeError', e)


class Recorder:
    def __init__(self, *args):
        self.args = args

    def __getattr__(self, name):
        raise AttributeError(name)


class Made(Recorder()):
    x = 1


print(type(Made).__name__, Made.args[0], len(Made.args[1]), sorted(k for k in Made.args[2] if not k.startswith('__')))


class Namespace(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key)


ns = Namespace(x=1, f=lambda self: 2)
A = type('A', (), ns)
print(A.x, A().f(), 'x' in ns)
A.y = 3
print('y' in ns)
for bad in ([], None, 5):
    try:
        type('B', (), bad)
    except TypeError as e:
        print(e)
