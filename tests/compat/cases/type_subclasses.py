# cls.__subclasses__(): direct subclasses in the order they were made, with
# several bases, type(), a metaclass, a plugin registry walk, and a class's
# own __subclasses__ attribute taking precedence.
class Plugin:
    pass


class CsvPlugin(Plugin):
    pass


class JsonPlugin(Plugin):
    pass


class PrettyJson(JsonPlugin):
    pass


class Both(CsvPlugin, JsonPlugin):
    pass


Dynamic = type('Dynamic', (Plugin,), {})


def names(classes):
    return [c.__name__ for c in classes]


print(names(Plugin.__subclasses__()))
print(names(JsonPlugin.__subclasses__()), names(CsvPlugin.__subclasses__()))
print(PrettyJson.__subclasses__(), Plugin.__subclasses__()[0] is CsvPlugin)


def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        print('  ' * depth + sub.__name__)
        walk(sub, depth + 1)


walk(Plugin)


class Meta(type):
    pass


class Base(metaclass=Meta):
    pass


class Child(Base):
    pass


print(names(Base.__subclasses__()))


class Own:
    @classmethod
    def __subclasses__(cls):
        return ['own']


print(Own.__subclasses__())


class Number(int):
    pass


print(Number in int.__subclasses__(), Number.__subclasses__())
