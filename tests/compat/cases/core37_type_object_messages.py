# A class made by a metaclass is a type object in AttributeError's text
# (patch 0305); builtins' exception-group names are attributes of the
# builtins module before any code names them (patch 0306).
import builtins

print(hasattr(builtins, 'BaseExceptionGroup'), getattr(builtins, 'ExceptionGroup').__name__)
print(builtins.ExceptionGroup is ExceptionGroup)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    x = 1


class Plain:
    pass


for obj in (WithMeta, Plain, WithMeta(), Meta):
    try:
        obj.missing
    except AttributeError as e:
        print(e)
print(WithMeta.x, type(WithMeta).__name__)
