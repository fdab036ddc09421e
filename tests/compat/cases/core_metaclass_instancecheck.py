# isinstance() and issubclass() ask a class's metaclass: its
# __instancecheck__ (not when the object's type is the class itself) and
# __subclasscheck__, also for a class inside a tuple, as CPython does; a
# metaclass reaches type's plain checks through super().
import abc


class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack") or super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack") or super().__subclasscheck__(sub)


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Robot:
    pass


class Own(Quacker):
    pass


print(isinstance(Mallard(), Quacker), isinstance(Robot(), Quacker), isinstance(Own(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(Robot, Quacker), issubclass(Own, Quacker))
print(isinstance(Mallard(), (int, Quacker)), isinstance(3, (str, (bytes, int))), issubclass(bool, ((str,), int)))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), type.__instancecheck__(str, 3))


class Counting(type):
    asked = []

    def __instancecheck__(cls, obj):
        Counting.asked.append(type(obj).__name__)
        return False


class Thing(metaclass=Counting):
    pass


print(isinstance(Thing(), Thing), isinstance(1, Thing), Counting.asked)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


class Impl(Base):
    def run(self):
        return 1


Base.register(Robot)
print(isinstance(Impl(), Base), isinstance(Robot(), Base), issubclass(Robot, Base), isinstance(3, Base))


class AbcDuck(abc.ABCMeta):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")


class Quacks(metaclass=AbcDuck):
    pass


print(isinstance(Mallard(), Quacks), isinstance(Robot(), Quacks))
for bad in (lambda: isinstance(1, (int, 2)), lambda: isinstance("x", (int, 2)), lambda: issubclass(int, (str, None))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
