# A metaclass whose __new__ goes through super().__new__ (a registry, a
# checker), with __init__ on the metaclass and in the class bodies (patch
# 0102); a singleton through __call__.
registry = {}
class Registered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialised = name
class Plugin(metaclass=Registered):
    kind = "base"
    def __init__(self, opt=None):
        self.opt = opt
    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.opt)
class CsvPlugin(Plugin):
    kind = "csv"
    def __init__(self, opt, sep=","):
        super().__init__(opt)
        self.sep = sep
print(sorted(registry), CsvPlugin.initialised, Plugin.initialised)
p = CsvPlugin("x", sep=";")
print(p, p.sep, p.kind, isinstance(p, Plugin), type(CsvPlugin).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, path="cfg"):
        self.path = path
a = Config("a"); b = Config("b")
print(a is b, a.path)

class Checked(type):
    def __new__(mcls, name, bases, ns, **kw):
        if "run" not in ns and bases:
            raise TypeError(name + " must define run")
        return super().__new__(mcls, name, bases, ns)
class Task(metaclass=Checked):
    def __init__(self, n): self.n = n
class Good(Task):
    def run(self): return self.n * 2
print(Good(4).run())
try:
    class Bad(Task):
        pass
except TypeError as e:
    print("TypeError:", e)
