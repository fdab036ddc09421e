# Patch 0379: a backslash kept before a non-ASCII character, `del` of a
# missing name, and float arithmetic with an object that has __float__.
from decimal import Decimal
from fractions import Fraction

frames = [r'\–', r'a\–b', 'x\é', r'\→\←', r'C:\Ünïcode\path']
for text in frames:
    print(ascii(text), len(text), [hex(ord(ch)) for ch in text])
print(r'\–' == '\\' + '–', rf'{1}\é{2}')

try:
    del never_defined
except NameError as e:
    print('NameError:', e)


def drop_global():
    global also_missing
    try:
        del also_missing
    except NameError as e:
        print('NameError:', e)


drop_global()


class Body:
    try:
        del nothing_here
    except NameError as e:
        print('class body NameError:', e)


class Angle:
    def __init__(self, degrees):
        self.degrees = degrees

    def __float__(self):
        return float(self.degrees)

    def __rsub__(self, other):
        return Angle(other - self.degrees)

    def __radd__(self, other):
        return Angle(other + self.degrees)

    def __repr__(self):
        return 'Angle(%r)' % self.degrees


print(360.0 - Angle(90), 1.5 + Angle(2), 2 - Angle(1), float(Angle(3)))
print(1.5 * Fraction(1, 2), type(0.5 + Fraction(1, 4)).__name__)
try:
    1.5 + Decimal('1')
except TypeError:
    print('TypeError for float + Decimal')


class Plain:
    def __float__(self):
        return 4.0


try:
    2.0 * Plain()
except TypeError as e:
    print('TypeError:', e)
print(2.0 * True, 2.0 + 3, 1.0 == 1, 0.5 < 1)

# a relative __import__ without a fromlist gives the named module (dpkt)
import os
import shutil
import sys
import tempfile

root = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(root, 'pkg44', 'sub'))
    for name, text in (('pkg44/__init__.py', ''), ('pkg44/sub/__init__.py', ''), ('pkg44/sub/x.py', 'X = 1\n'),
                       ('pkg44/m.py', "a = __import__('sub', globals(), level=1)\n"
                                      "b = __import__('sub.x', globals(), level=1)\n"
                                      "c = __import__('', globals(), None, None, 1)\n"
                                      "d = __import__('sub', globals(), None, ['x'], 1)\n"
                                      "names = a.__name__, b.__name__, c.__name__, d.__name__\n")):
        with open(os.path.join(root, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, root)
    import pkg44.m
    print(pkg44.m.names)
finally:
    sys.path.remove(root)
    shutil.rmtree(root)
