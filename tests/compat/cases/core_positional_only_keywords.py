# Parameters before / take no keyword: a keyword of their name goes to
# **kwargs, or is the TypeError CPython gives; signatures show the /.
import inspect
def f(a, b, /, c, d=4, *, e=5): return (a, b, c, d, e)
print(f(1, 2, 3), f(1, 2, c=3, e=6))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: f(1, 2, 3, x=1), lambda: f(1, 2, 3, a=1), lambda: f(1, 2, 3, b=9, zz=1)]:
    try: print(call())
    except TypeError as e: print("TE", e)
def g(self, /, **kw): return self, kw
print(g(1, self=2), g(0))
class Mapping:
    def update(self, other=(), /, **kwds): return other, kwds
print(Mapping().update(other=1), Mapping().update({1: 2}, x=3))
try: Mapping().update(self=1)
except TypeError as e: print("TE", e)
lam = lambda x, /, y: x + y
print(lam(1, y=2))
try: lam(x=1, y=2)
except TypeError as e: print("TE", e)
def outer():
    z = 10
    def inner(a, /, b): return a + b + z
    return inner
inn = outer()
print(inn(1, b=2), inn.__code__.co_posonlyargcount, inn.__code__.co_argcount)
try: inn(a=1, b=2)
except TypeError as e: print("TE", e)
print(inspect.signature(f), inspect.signature(g), inspect.signature(inn), f.__code__.co_posonlyargcount, g.__code__.co_posonlyargcount)
def gen(a, /, *args, **kw): yield a, args, kw
print(next(gen(1, 2, a=3)))
async def co(a, /): return a
print(inspect.signature(co))
class K:
    def m(self, x, /, y=2): return x, y
    @classmethod
    def c(cls, x, /): return x
print(K().m(1, y=3), K.c(5), inspect.signature(K().m), inspect.signature(K.m))
try: K().m(x=1)
except TypeError as e: print("TE", e)
