# types: every public name of 3.11's module is there; the descriptor types
# (MemberDescriptorType, GetSetDescriptorType, ...) answer isinstance for
# ordinary objects, as pluggy and dataclass-like code ask; CellType,
# MethodWrapperType, AsyncGeneratorType; coroutine, prepare_class,
# resolve_bases, new_class with keywords, DynamicClassAttribute.
import types

NAMES = ['AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CellType', 'ClassMethodDescriptorType',
         'CodeType', 'CoroutineType', 'DynamicClassAttribute', 'EllipsisType', 'FrameType', 'FunctionType',
         'GeneratorType', 'GenericAlias', 'GetSetDescriptorType', 'LambdaType', 'MappingProxyType',
         'MemberDescriptorType', 'MethodDescriptorType', 'MethodType', 'MethodWrapperType', 'ModuleType', 'NoneType',
         'NotImplementedType', 'SimpleNamespace', 'TracebackType', 'UnionType', 'WrapperDescriptorType', 'coroutine',
         'new_class', 'prepare_class', 'resolve_bases']
print([n for n in NAMES if not hasattr(types, n)])
print(all(isinstance(getattr(types, n), type) for n in NAMES if n[0].isupper() and n != 'DynamicClassAttribute'))

DESCRIPTORS = [types.MemberDescriptorType, types.GetSetDescriptorType, types.WrapperDescriptorType,
               types.MethodDescriptorType, types.ClassMethodDescriptorType]
print([t.__name__ for t in DESCRIPTORS])
print([repr(t) for t in DESCRIPTORS])


class Plugin:
    x = 1

    def hook(self):
        pass

    @property
    def prop(self):
        return 2


def gen():
    yield 1


objects = [1, 'a', None, [], {}, Plugin, Plugin(), Plugin.hook, Plugin().hook, Plugin.__dict__['prop'], gen(),
           lambda: 0, staticmethod(len), classmethod(len), property(), 1.5, b'', types]
for t in DESCRIPTORS:
    print(t.__name__, [isinstance(o, t) for o in objects])
# pluggy's question about a plugin's attributes
for name in ('x', 'hook', 'prop', 'missing'):
    print(name, isinstance(getattr(Plugin, name, None), types.MemberDescriptorType))
for t in DESCRIPTORS:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)

# the types with objects of their own
print(types.MethodWrapperType.__name__, isinstance((1).__add__, types.MethodWrapperType),
      isinstance('a'.__len__, types.MethodWrapperType), isinstance(len, types.MethodWrapperType))


def outer():
    value = 1

    def inner():
        return value
    return inner


print(types.CellType.__name__, isinstance(outer().__closure__[0], types.CellType), isinstance(1, types.CellType))


async def agen():
    yield 1


a = agen()
print(isinstance(a, types.AsyncGeneratorType), isinstance(1, types.AsyncGeneratorType))

# coroutine
print(types.coroutine(gen) is gen)
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError:', e)

# prepare_class, resolve_bases, new_class
print(types.prepare_class('X'))
print(types.prepare_class('X', (int,), {'metaclass': type, 'x': 1}))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return {'prepared': name, 'kwds': sorted(kwds)}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


meta, ns, kw = types.prepare_class('Y', (), {'metaclass': Meta, 'flag': True})
print(meta is Meta, ns, kw)
print(types.prepare_class('Z', (Meta('B', (), {}),))[0] is Meta)


class OtherMeta(type):
    pass


try:
    types.prepare_class('W', (Meta('B', (), {}), OtherMeta('C', (), {})))
except TypeError as e:
    print('TypeError:', e)
bases = (int, str)
print(types.resolve_bases(bases) is bases)
print(types.resolve_bases((int, list[int], str)))


class Entries:
    def __mro_entries__(self, bases):
        return (dict, Plugin)


print(types.resolve_bases((Entries(), int)))
try:
    types.resolve_bases((type('Bad', (), {'__mro_entries__': lambda self, bases: [int]})(),))
except TypeError as e:
    print('TypeError:', e)
C = types.new_class('C', (Plugin,), None, lambda ns: ns.update(y=5))
print(C.__name__, C.__bases__ == (Plugin,), C.y, C.x, C().prop)
D = types.new_class('D', (list[int],))
print(D.__bases__ == (list,), D.__orig_bases__ == (list[int],), D([1, 2]) == [1, 2])
E = types.new_class('E', (), {'metaclass': Meta, 'flag': 1})
print(type(E) is Meta, E.prepared, E.kwds)
print(types.new_class('F').__bases__ == (object,))


# DynamicClassAttribute: instances read it, the class asks __getattr__
class Routed(type):
    def __getattr__(cls, name):
        return 'class-level ' + name


class K(metaclass=Routed):
    def __init__(self):
        self._v = 'instance value'

    @types.DynamicClassAttribute
    def value(self):
        """The value."""
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


k = K()
print(k.value, '|', K.value)
k.value = 'changed'
print(k.value, K.__dict__['value'].__doc__)
try:
    del k.value
except AttributeError as e:
    print('AttributeError:', e)
ro = types.DynamicClassAttribute(lambda self: 1)
print(ro.__get__(k, K))
try:
    ro.__set__(k, 2)
except AttributeError as e:
    print('AttributeError:', e)
try:
    types.DynamicClassAttribute().__get__(k, K)
except AttributeError as e:
    print('AttributeError:', e)
