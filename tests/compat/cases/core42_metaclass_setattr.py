# A metaclass's own __setattr__ and __delattr__ end in type's through
# super() (0356), type.__setattr__(cls, name, value) stores past them, and
# enum members cannot be rebound or deleted (0357).
import enum


class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, '_frozen', False) and not name.startswith('_'):
            raise AttributeError('%s is frozen: cannot set %s' % (cls.__name__, name))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('deleting', name)
        super().__delattr__(name)


class Settings(metaclass=Frozen):
    debug = False


Settings.level = 3
print(Settings.level, Settings().level, 'level' in vars(Settings))
Settings._frozen = True
try:
    Settings.level = 4
except AttributeError as e:
    print('AttributeError:', e)
type.__setattr__(Settings, 'level', 5)
print('past the hook:', Settings.level)
del Settings.level
print('deleted:', hasattr(Settings, 'level'))


class Sub(Settings):
    pass


try:
    Sub.other = 1
except AttributeError as e:
    print('subclass too:', e)


class Plain:
    pass


type.__setattr__(Plain, 'x', 1)
print(Plain.x)
type.__delattr__(Plain, 'x')
print(hasattr(Plain, 'x'))
for call in (lambda: type.__setattr__(int, 'x', 1), lambda: type.__delattr__(Plain, 'nope'),
             lambda: type.__setattr__(Plain, 3, 1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.GREEN
except AttributeError as e:
    print('AttributeError:', e)
Color.extra = 'allowed'
print(Color.extra, Color.RED, list(Color), Color.GREEN.describe())
del Color.extra
print(hasattr(Color, 'extra'))


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


try:
    Perm.R = 8
except AttributeError as e:
    print('AttributeError:', e)
print(Perm.R | Perm.W, int(Perm.R | Perm.W | Perm.X))
