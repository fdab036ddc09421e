# A built-in type's operator method taken from the type (int.__eq__, a
# wrapper_descriptor) and kept in a class binds to the class's instances as
# a function does (tomlkit's Integer keeps int's __eq__ and __hash__); a
# bound one (a method-wrapper) stays bound.
import types


class I(int):
    __eq__ = int.__eq__
    __hash__ = int.__hash__
    __add__ = int.__add__

    def __repr__(self):
        return 'I(%d)' % self


print(I(3) == 3, I(3) + 1, I(3).__add__(1), hash(I(3)) == hash(3), {I(3)} == {3})
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType))


class S(str):
    upper2 = str.upper
    length = str.__len__


print(S('ab').upper2(), S('abc').length())

add_two = (2).__add__


class Keeps:
    f = add_two


print(Keeps().f(5), Keeps.f(5))
try:
    types.WrapperDescriptorType()
except TypeError as e:
    print(e)
