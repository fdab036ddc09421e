# sys.getsizeof answers for every object (the numbers are the interpreter's
# own, so only their shape is compared): a class's __sizeof__ is used, and
# a longer text takes more.
import sys


class Plain:
    pass


class Sized:
    def __sizeof__(self):
        return 99


things = [1, 'abc', 'x' * 100, b'yy', [1, 2], {}, {'a': 1}, 1.5, 2 ** 100, Plain(), (1, 2), bytearray(10), None, len, Plain]
print(all(isinstance(sys.getsizeof(t), int) and sys.getsizeof(t) > 0 for t in things))
print(sys.getsizeof(Sized()) >= 99, sys.getsizeof('x' * 1000) > sys.getsizeof('x' * 10))
