# inspect.getattr_static finds an attribute as stored, without running a
# property, a descriptor's __get__ or __getattr__.
import inspect


class Meta(type):
    meta_attr = "from the metaclass"


class Base(metaclass=Meta):
    inherited = 1


class Thing(Base):
    plain = "class value"

    @property
    def prop(self):
        raise RuntimeError("a property must not run")

    def method(self):
        return 1

    def __getattr__(self, name):
        raise RuntimeError("__getattr__ must not run")


t = Thing()
t.own = "instance value"
print(inspect.getattr_static(t, "own"), inspect.getattr_static(t, "plain"), inspect.getattr_static(t, "inherited"))
print(type(inspect.getattr_static(t, "prop")).__name__, inspect.getattr_static(t, "method").__name__)
print(inspect.getattr_static(Thing, "plain"), inspect.getattr_static(Thing, "meta_attr"), inspect.getattr_static(t, "nope", "default"))
try:
    inspect.getattr_static(t, "missing")
except AttributeError as e:
    print("AttributeError", e)
