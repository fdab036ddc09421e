# bool is an int for isinstance() and issubclass(); random takes bools and
# int subclasses as bounds (patch 0025, port/modrandom.c).
import random

print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(isinstance(True, (str, int)), isinstance(1, bool), issubclass(int, bool))
print(isinstance(True, bool), issubclass(bool, (float, int)), issubclass(bool, object))


def check_number(v):
    if not isinstance(v, int) or isinstance(v, bool):
        return "not a count: %r" % (v,)
    return "count %d" % v


print([check_number(v) for v in (3, True, 2.5, "4")])
print(sum(isinstance(v, int) for v in [1, True, None, 0, False]))


class Big(int):
    pass


random.seed(7)
print(random.randrange(True), random.randrange(Big(10)), random.randrange(Big(2**70)) % 1000)
print(random.randrange(2**100) % 100003, random.getrandbits(130) % 999)

# int's methods and attributes on a bool (patch 0025's attr slot)
print(True.bit_length(), False.bit_length(), True.to_bytes(2, "big"), True.real, (False).imag)
flags = [True, False, True]
print(sum(f.bit_length() for f in flags), max(flags).to_bytes(1, "little"))
try:
    True.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print((5).bit_length(), (-8).bit_length(), (0).bit_length(), (2**100).bit_length(), int.bit_length(255))
print((5).real, (5).imag, (5).numerator, (5).denominator, True.numerator)

# &, | and ^ of two bools are a bool; with an int, an int (patch 0072)
flags = [True & True, True & False, True | False, False | False, True ^ True, True ^ False]
print(flags, [type(f).__name__ for f in flags])
ok = True
for check in (1 < 2, 'a' in 'abc', 3 > 4):
    ok &= check
print(ok, type(ok).__name__, True & 3, 2 | False, type(True ^ 1).__name__)

# an operator nothing supports names bool, and a reflected method gets the
# bool itself (patch 0140)


def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)


class Right:
    def __radd__(self, other):
        return ("radd", other)

    def __gt__(self, other):
        return ("gt", other)


show(lambda: True < None)
show(lambda: None > False)
show(lambda: sorted([True, None]))
show(lambda: True + "a")
show(lambda: "a" + True)
show(lambda: b"x" + False)
show(lambda: [1] + True)
show(lambda: True @ 1)
show(lambda: 1 @ True)
show(lambda: True << 1.5)
show(lambda: 2.5 >> True)
show(lambda: True < 1j)
show(lambda: True // 1j)
show(lambda: 1 in True)
show(lambda: divmod(True, "a"))
show(lambda: pow(True, None))
show(lambda: True + Right())
show(lambda: True < Right())
show(lambda: (True + 1, True * 2.5, True - 1j, False < 0.5, True ** 10, divmod(True, 2), True * [0], True * "ab"))
show(lambda: (True >= 1, True << 3, 7 % True, True / 4, 2 ** True, 10**30 + True, True < 10**30))
x = True
show(lambda: True.__lt__(None))
try:
    x += "a"
except TypeError as e:
    print(type(e).__name__, e)
x -= 3
print(x)
