# An instance's __dict__ is its attributes, live, as in CPython: updates and
# deletions through it are attributes, and assigning __dict__ replaces them.
import copy
import pickle
from dataclasses import dataclass


class Config:
    defaults = {"retries": 3}

    def __init__(self, **options):
        self.__dict__.update(self.defaults)
        self.__dict__.update(options)

    @property
    def summary(self):
        return ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))


c = Config(name="ci", retries=5)
print(c.name, c.retries, c.summary)
c.__dict__["token"] = "x"
print(c.token, c.__dict__ is vars(c))
del c.__dict__["token"]
print(hasattr(c, "token"), c.__dict__.get("token", "gone"))
ns = vars(c)
c.late = 1
del c.name
print(ns)
print("retries" in c.__dict__, c.__dict__.setdefault("level", 2), c.level)
c.__dict__ = {"fresh": True}
print(vars(c), hasattr(c, "retries"))
for bad in ([1], None):
    try:
        c.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
del c.__dict__
print(vars(c))


class Loud:
    def __setattr__(self, name, value):
        print("setattr", name)
        super().__setattr__(name, value)


q = Loud()
q.a = 1
q.__dict__["b"] = 2  # no __setattr__, as in CPython
print(vars(q))
object.__setattr__(q, "__dict__", {"c": 3})
print(vars(q))


class Lazy:
    def __getattr__(self, name):
        value = self.__dict__[name] = name.upper()
        return value


z = Lazy()
print(z.abc, z.__dict__)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
p.__dict__["y"] = 5
print(p, copy.copy(p), copy.deepcopy(Config(items=[1])).items)
print(vars(pickle.loads(pickle.dumps(Config(n=1)))))
many = Config()
before = vars(many)
for i in range(40):
    setattr(many, "a%d" % i, i)
print(len(before), many.a39, sum(v for k, v in before.items() if k[0] == "a"))
try:
    for k in vars(many):
        setattr(many, k + "_", 0)
except RuntimeError as e:
    print("RuntimeError:", e)


class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.__dict__.update(code=code)


try:
    raise Err("failed", 7)
except Err as e:
    print(e, e.code, vars(e))
