# A class's __name__ can be set; a store on a class made by a metaclass
# with a property of its own is a store into the class, not the property.
class M(type):
    pass


C = M("Validator", (object,), {})
C.__name__ = "Draft4Validator"
print(C.__name__, C.__qualname__)


class D:
    pass


D.__name__ = "Renamed"
print(D.__name__, D.__qualname__, D().__class__.__name__)
try:
    D.__name__ = 5
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    @property
    def nargs(cls):
        return 1


class A(metaclass=Meta):
    @property
    def p(self):
        return "prop"


class B(A):
    pass


B.p = 5
print(B.p, B.nargs, A().p, B().p)
try:
    B.nargs = 2
except AttributeError as e:
    print("AttributeError", e)
B.other = "x"
print(B.other, B().other, "other" in B.__dict__)
del B.other
print(hasattr(B, "other"))
