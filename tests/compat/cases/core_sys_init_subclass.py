# More of CPython's sys (patch 0028, port/sys_extra.c) and the documented
# super().__init_subclass__(**kwargs) idiom (patch 0027).
import os  # loads the compat layer, whose class builder runs __init_subclass__ (docs/compat.md)
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.maxunicode, sys.hexversion >= 0x030800F0)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.intern("name") == "name", isinstance(sys.executable, str))


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Strict(Json):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("strict subclass", cls.__name__)


class Stricter(Strict, name="stricter"):
    pass


print(sorted(Plugin.registry))
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
