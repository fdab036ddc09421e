# The code object compile() returns answers what a function's __code__
# does (it had no attributes), and code objects print with their line.
import re

code = compile("a = 1\nb = a + 1\n", "generated.py", "exec")
for attr in ["co_filename", "co_name", "co_qualname", "co_firstlineno", "co_argcount", "co_varnames", "co_kwonlyargcount", "co_nlocals"]:
    print(attr, getattr(code, attr))
print(re.sub(r"0x[0-9a-f]+", "0x..", repr(code)))
namespace = {}
exec(code, namespace)
print(namespace["b"], eval(compile("b * 10", "<expr>", "eval"), namespace))


class Shape:
    def area(self, scale=1):
        return scale


print(Shape.area.__code__.co_qualname, Shape.area.__code__.co_name, Shape.area.__code__.co_varnames)
