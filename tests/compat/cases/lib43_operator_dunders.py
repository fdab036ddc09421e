# operator has a dunder alias for each of its functions (operator.__pos__ is
# operator.pos): proxy classes (jsonref's proxytypes) loop over the names and
# look each one up.
import operator

names = ['__abs__', '__add__', '__and__', '__concat__', '__contains__', '__delitem__',
         '__floordiv__', '__getitem__', '__iadd__', '__iand__', '__iconcat__', '__ifloordiv__',
         '__ilshift__', '__imatmul__', '__imod__', '__imul__', '__index__', '__inv__', '__invert__',
         '__ior__', '__ipow__', '__irshift__', '__isub__', '__itruediv__', '__ixor__', '__lshift__',
         '__matmul__', '__mod__', '__mul__', '__neg__', '__not__', '__or__', '__pos__', '__pow__',
         '__rshift__', '__setitem__', '__sub__', '__truediv__', '__xor__', '__lt__', '__le__',
         '__eq__', '__ne__', '__ge__', '__gt__']
print('missing:', [n for n in names if not hasattr(operator, n)])

print(operator.__pos__(-3), operator.__abs__(-2), operator.__inv__(5), operator.__invert__(0))
print(operator.__and__(6, 3), operator.__or__(6, 3), operator.__xor__(6, 3))
print(operator.__lshift__(1, 4), operator.__rshift__(64, 2), operator.__pow__(2, 10))
print(operator.__index__(7), operator.__concat__([1], [2]), operator.__concat__('a', 'b'))
items = [1, 2, 3]
operator.__setitem__(items, 0, 9)
operator.__delitem__(items, 1)
print(items)
print(operator.__iadd__([1], [2]), operator.__isub__(5, 2), operator.__imul__(3, 4))
print(operator.__itruediv__(7, 2), operator.__ifloordiv__(7, 2), operator.__imod__(7, 4))
print(operator.__ipow__(2, 5), operator.__iand__(7, 2), operator.__ior__(4, 1), operator.__ixor__(5, 1))
print(operator.__ilshift__(1, 3), operator.__irshift__(16, 2), operator.__iconcat__([0], [1]))


class Proxy:
    # the pattern proxytypes uses: a method per operator, made from the
    # operator module's dunder function of that name
    def __init__(self, obj):
        self.obj = obj


def make(fn):
    def method(self, *args):
        return fn(self.obj, *args)
    return method


for name in ('__pos__', '__neg__', '__abs__', '__invert__', '__add__', '__mul__', '__and__', '__lshift__'):
    setattr(Proxy, name, make(getattr(operator, name)))

p = Proxy(6)
print(+p, -p, abs(Proxy(-4)), ~p, p + 1, p * 2, p & 3, p << 2)
