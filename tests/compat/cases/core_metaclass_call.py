# A metaclass's __call__ that makes the instance through super().__call__()
# (patch 0100): the singleton metaclass, and one that decorates instances.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, v=1):
        self.v = v


class Other(metaclass=Singleton):
    pass


a = Config(5)
b = Config(7)
print(a is b, a.v, type(a).__name__, Other() is Other(), Other() is not a)


class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.made = 0
        cls.tag = name.upper()

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        cls.made += 1
        inst.serial = cls.made
        return inst


class Job(metaclass=Counted):
    def __init__(self, name, retries=0):
        self.name = name
        self.retries = retries


jobs = [Job('a'), Job('b', retries=2)]
print(Job.tag, Job.made, [(j.name, j.retries, j.serial) for j in jobs], isinstance(jobs[0], Job))


# a registry metaclass: classes made through type.__new__ are bases of others,
# and super() and isinstance() work on them and their subclasses
class Reg(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
class Plugin(metaclass=Reg):
    def run(self): return 'base'
class A1(Plugin):
    def run(self): return 'a1>' + super().run()
class A2(A1): pass
print(sorted(Reg.registry), type(A1).__name__, A2().run(), isinstance(A2(), Plugin), issubclass(A2, Plugin), issubclass(A1, A2))
