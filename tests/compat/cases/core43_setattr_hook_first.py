# A class's own __setattr__/__delattr__ takes every store and delete, of a
# property or a descriptor too, and object's (reached through super())
# calls the property's setter or the descriptor's __set__.
class Audited:
    def __init__(self):
        self._size = 0

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        print('  setter', value)
        self._size = value

    @size.deleter
    def size(self):
        print('  deleter')
        self._size = None

    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)


a = Audited()
a.size = 5
print(a.size, vars(a))
del a.size
print(a.size)
a.extra = 1
del a.extra
try:
    del a.extra
except AttributeError as e:
    print('AttributeError:', e)


class Loud:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, None)

    def __set__(self, obj, value):
        print('  Loud.__set__', value)
        object.__setattr__(obj, self.name, value)


class Frozen:
    colour = Loud()
    area = property(lambda self: 42)

    def __init__(self, colour):
        object.__setattr__(self, 'colour', colour)

    def __setattr__(self, name, value):
        raise TypeError('%s is frozen: cannot set %s' % (type(self).__name__, name))


f = Frozen('red')
print(f.colour, f.area)
for name, value in (('colour', 'blue'), ('area', 1), ('other', 2)):
    try:
        setattr(f, name, value)
    except TypeError as e:
        print('TypeError:', e)
try:
    object.__setattr__(f, 'area', 1)
except AttributeError as e:
    print('AttributeError:', e)
print(f.colour, f.area)
