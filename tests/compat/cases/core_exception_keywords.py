# CPython's exceptions that take keyword arguments: ImportError(name=,
# path=), AttributeError(name=, obj=), NameError(name=); the name of a
# missing attribute and its object on a raised AttributeError; every other
# exception refuses keywords.
e = ImportError("no such module", name="yaml", path="/x/yaml.py")
print(e.args, e.name, e.path, e.msg)
e = ModuleNotFoundError("m", name="m")
print(type(e).__name__, e.name, e.path)
e = AttributeError("gone", name="colour", obj=[1])
print(e.args, e.name, e.obj)
e = NameError("who", name="someone")
print(e.args, e.name)
print(NameError("plain").name, AttributeError("plain").name, AttributeError("plain").obj)
e = UnboundLocalError("u", name="v")
print(type(e).__name__, e.name)

for make in (lambda: ValueError("v", name=1), lambda: KeyError("k", obj=2),
             lambda: OSError(2, "x", name="y"), lambda: NameError("n", obj=1),
             lambda: ImportError(obj=1), lambda: AttributeError(path=1),
             lambda: ModuleNotFoundError("m", extra=1),
             lambda: FileNotFoundError(name=1), lambda: UnboundLocalError(obj=1)):
    try:
        make()
    except TypeError as t:
        print("TypeError:", t)

class Point:
    __slots__ = ()
    x = 1

for target, attr in ((1, "real_part"), ("text", "uper"), (Point(), "y"), (Point, "z"), ([], "push")):
    try:
        getattr(target, attr)
    except AttributeError as e:
        print(e.name, e.obj is target)

import math
try:
    math.tau_
except AttributeError as e:
    print(e.name, e.obj is math)

class Own(Exception):
    def __init__(self, message, *, code=0):
        super().__init__(message)
        self.code = code
e = Own("failed", code=3)
print(e.args, e.code)
