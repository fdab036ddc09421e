# object.__new__ through an instance (patch 0319): self.__new__(cls) on a
# class that defines no __new__, as copy-like helpers make a blank instance.
class Point:
    def __init__(self, x):
        self.x = x

    def blank(self):
        return self.__new__(type(self))


p = Point(3)
q = p.blank()
print(type(q).__name__, hasattr(q, 'x'), p.__new__ is object.__new__, hasattr(p, '__new__'))


class Own:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made = True
        return obj


o = Own()
print(type(o.__new__(Own)).__name__, o.__new__(Own).made, Own.__new__ is o.__new__)
print(getattr(p, '__new__') is object.__new__, type(p).__new__(Point).__class__.__name__)
