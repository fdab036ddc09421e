# Runtime protocols look at the object itself in isinstance() (0360): an
# attribute set in __init__ or a member the protocol only annotates is
# there or not; issubclass() refuses a protocol with data members; the
# Supports* protocols check their method. And list.insert converts its
# index, bytes.hex and open() take their keywords, array.frombytes wants
# a buffer (0359).
import array
import enum
from typing import Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, runtime_checkable


@runtime_checkable
class HasSize(Protocol):
    size: int


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str:
        ...


class Box:
    def __init__(self, size):
        self.size = size


class Resource:
    def close(self):
        pass


class Person:
    name = 'ada'

    def greet(self):
        return 'hi ' + self.name


class ClosedOff:
    close = None


class FileLike(Closable):
    pass


print('HasSize:', isinstance(Box(3), HasSize), isinstance(object(), HasSize))
print('Closable:', isinstance(Resource(), Closable), isinstance(ClosedOff(), Closable), isinstance(FileLike(), Closable),
      isinstance(3, Closable))
print('Named:', isinstance(Person(), Named), isinstance(Box(1), Named))
print('issubclass:', issubclass(Resource, Closable), issubclass(int, Closable))
try:
    issubclass(Box, HasSize)
except TypeError as e:
    print('TypeError:', e)


class Plain(Protocol):
    def run(self):
        ...


try:
    isinstance(Resource(), Plain)
except TypeError as e:
    print('TypeError:', e)
print('Supports:', [isinstance(v, SupportsInt) for v in (3, 2.5, 'x')], isinstance(2.5, SupportsIndex),
      isinstance(True, SupportsIndex), isinstance('1.5', SupportsFloat), isinstance(-3, SupportsAbs))


class Pos(enum.IntEnum):
    FIRST = 1


items = ['a', 'b', 'c']
items.insert(True, 'T')
items.insert(Pos.FIRST, 'P')
items.insert(-1, 'end')
print(items)
for bad in ('1', 1.5, None):
    try:
        items.insert(bad, 'x')
    except TypeError as e:
        print('TypeError:', e)
print(b'\x01\x02\x03\x04'.hex(sep=':'), b'\x01\x02\x03\x04'.hex(sep='-', bytes_per_sep=2),
      bytearray(b'ab').hex(sep=' '), memoryview(b'ab').hex(sep='.'))
with open(file='core42_protocol_instance_checks.tmp', mode='w') as f:
    f.write('by keyword')
with open(file='core42_protocol_instance_checks.tmp') as f:
    print(f.read())
import os
os.remove('core42_protocol_instance_checks.tmp')
try:
    open()
except TypeError as e:
    print('TypeError:', e)
a = array.array('b')
a.frombytes(b'\x01\x02')
for bad in (1, [1, 2], 'ab'):
    try:
        a.frombytes(bad)
    except TypeError as e:
        print('TypeError:', e)
print(a)
