# types.FunctionType(code, globals, name, argdefs, closure) makes a
# function (patch 0321), as networkx's copyfunc does: defaults apply to the
# last parameters and a parameter left without one is reported missing;
# keyword-only defaults are not carried over; other globals; closures need
# their cells; generator code; CPython's argument errors. A shorter
# __defaults__ assigned to a function works the same way.
import types
def f(a, b=2, *, c=3):
    return (a, b, c)
g = types.FunctionType(f.__code__, f.__globals__, 'g', f.__defaults__, f.__closure__)
print(g.__name__, g(1, c=0), g.__defaults__, g.__kwdefaults__, g.__qualname__)
try:
    print(g(1, c=5))
    print(g(1, 2))
except TypeError as e:
    print('TypeError', e)
h = types.FunctionType(f.__code__, {'__name__': 'other'})
print(h.__defaults__, h.__kwdefaults__)
for call in (lambda: h(1), lambda: h(1, 2), lambda: h(1, 2, c=4), lambda: h(a=1, b=5, c=0)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
def mk(n):
    def inner(x=1):
        return n + x
    return inner
i = mk(10)
j = types.FunctionType(i.__code__, i.__globals__, 'j', (5,), i.__closure__)
print(j(), j(1), j.__name__)
for bad in ((1, {}), (i.__code__, {}), (f.__code__, [],), (f.__code__, {}, 5), (f.__code__, {}, None, [1])):
    try:
        types.FunctionType(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = 100
def useg():
    return x
k = types.FunctionType(useg.__code__, {'x': 7})
print(k(), useg())
def gen(n):
    yield from range(n)
gg = types.FunctionType(gen.__code__, globals(), 'gg')
print(list(gg(3)), type(gg).__name__)
def dflt(a, b=1, c=2):
    return a, b, c
dflt.__defaults__ = (9,)
print(dflt(0, 1), dflt.__defaults__)
try:
    dflt()
except TypeError as e:
    print('TypeError', e)
dflt.__defaults__ = None
try:
    dflt(1)
except TypeError as e:
    print('TypeError', e)
print(dflt.__defaults__)
