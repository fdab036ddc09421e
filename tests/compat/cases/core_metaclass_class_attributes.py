# What a metaclass sets on the class it makes is in the class's namespace,
# seen by its instances and subclasses (patch 0277: marshmallow's
# SchemaMeta sets klass.opts), and a generic class made by a metaclass
# subscripts (typing.py: marshmallow's Number(Field[N], metaclass=ABCMeta)).
import abc
import typing


class Options:
    def __init__(self, meta):
        self.strict = getattr(meta, 'strict', False)


class SchemaMeta(abc.ABCMeta):
    def __new__(mcls, name, bases, ns):
        klass = super().__new__(mcls, name, bases, ns)
        klass.opts = Options(ns.get('Meta'))
        klass._declared = sorted(k for k in ns if not k.startswith('_') and k != 'Meta')
        return klass

    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)


class Schema(metaclass=SchemaMeta):
    def __init__(self, many=False):
        self.many = many
        self.strict = self.opts.strict


class UserSchema(Schema):
    name = 'str'
    age = 'int'

    class Meta:
        strict = True


s = UserSchema()
print(s.strict, s.opts.strict, Schema().strict, UserSchema._declared, s._declared)
print('opts' in UserSchema.__dict__, type(UserSchema).__name__, isinstance(s, Schema))
UserSchema.extra = 1
print(s.extra, UserSchema.extra)
del UserSchema.extra
print(hasattr(s, 'extra'), hasattr(UserSchema, 'extra'))


class Plain(type):
    def __new__(mcls, name, bases, ns):
        k = super().__new__(mcls, name, bases, ns)
        k.tag = name.lower()
        return k


class Tagged(metaclass=Plain):
    pass


class Sub(Tagged):
    pass


print(Tagged().tag, Sub().tag, Sub.tag)

T = typing.TypeVar('T')
N = typing.TypeVar('N')


class Field(typing.Generic[T]):
    pass


class Number(Field[N], metaclass=abc.ABCMeta):
    num_type = float


class Integer(Number[int]):
    num_type = int


print(Field.__parameters__, Number.__parameters__, Integer.__parameters__, Integer().num_type.__name__)


class Documented(metaclass=abc.ABCMeta):
    """Own docstring."""


class Undocumented(metaclass=SchemaMeta):
    pass


print(Documented.__qualname__, Documented.__module__, Documented.__doc__,
      Undocumented.__qualname__, Undocumented.__doc__, UserSchema.__qualname__)
