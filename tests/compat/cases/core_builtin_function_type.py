# Built-in functions' class is builtin_function_or_method; types.BuiltinFunctionType
# answers for every built-in, bound ones too; SimpleNamespace keeps its order.
import types, inspect, math
print(type(len).__name__, type(print).__name__, type(math.sqrt).__name__, types.BuiltinFunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print([isinstance(f, types.BuiltinFunctionType) for f in (len, print, divmod, globals, setattr, math.sqrt, [].append, {}.get, lambda: 0, inspect)])
print([inspect.isbuiltin(f) for f in (len, print, [].append, abs, lambda: 0)], inspect.isfunction(len), inspect.isroutine(print))
for bad in [lambda: setattr(len, "x", 1), lambda: len.nope]:
    try: bad()
    except AttributeError as e: print("AttributeError:", e)
print(types.SimpleNamespace(b=1, a=2), types.SimpleNamespace(z=[1], y="t"))
ns = types.SimpleNamespace(k=1); ns.a = 2; print(ns, vars(ns))
