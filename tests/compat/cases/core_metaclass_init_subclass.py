# A base made by a metaclass still runs its __init_subclass__ for each
# subclass (a plugin registry), and attributes get __set_name__, whether the
# metaclass is given or comes from the base.


class Registry(type):
    made = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.made.append(name)
        cls.label = kw.get("label", name.lower())
        return cls


class Named:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"


class Plugin(metaclass=Registry, label="base"):
    plugins = {}
    field = Named()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.plugins[cls.__name__] = cls
        cls.options = kw


class Lint(Plugin):
    other = Named()


class Format(Plugin, key="fmt"):
    pass


class Deep(Lint):
    pass


class Tagged(Plugin, label="tagged"):
    def run(self):
        return "ran"


print(sorted(Plugin.plugins), Registry.made)
print(Plugin.label, Lint.label, Format.options, Deep.options, type(Deep).__name__)
print(Plugin.field.where, Lint.other.where)
print(issubclass(Deep, Plugin), isinstance(Format, Registry), Deep.__mro__[1].__name__)
# the class keyword went to the metaclass; the namespace is the class body's
print(Tagged.label, Tagged.options, Tagged().run())
print(sorted(k for k in vars(Tagged) if not k.startswith("__")), "field" in Plugin.__dict__)


class Hooked:
    seen = []

    def __init_subclass__(cls):
        Hooked.seen.append(cls.__name__)


class Plain(type):
    pass


class WithMeta(Hooked, metaclass=Plain):
    pass


class Below(WithMeta):
    pass


print(Hooked.seen, type(Below).__name__)
