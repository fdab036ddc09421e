# obj.__class__ = cls changes an instance's class (a state machine's usual
# trick), refused with CPython's errors where it cannot; cls.mro().
class Idle:
    def step(self):
        self.__class__ = Running
        return "starting"


class Running(Idle):
    def step(self):
        self.__class__ = Idle
        return "stopping"


machine = Idle()
machine.speed = 3
print([machine.step() for _ in range(3)], type(machine).__name__, machine.__dict__)


class Plain:
    pass


for bad in [lambda: setattr(Plain(), "__class__", 3),
            lambda: setattr(Plain(), "__class__", int),
            lambda: delattr(Plain(), "__class__")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Number(int):
    pass


try:
    Plain().__class__ = Number
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(D.mro(), A.mro(), int.mro(), bool.mro())
print(type.mro(D) == D.mro(), D.mro() == list(D.__mro__), "mro" in dir(type), "mro" in dir(D), "__subclasses__" in dir(int))


class Meta(type):
    def mro(cls):
        return super().mro()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.mro())
