# contextmanager's helper class _GeneratorContextManager (the decorator
# package subclasses it), its func/args/kwds, functools.wraps on the
# decorated function, and the async one
import contextlib, asyncio
@contextlib.contextmanager
def cm(n):
    "cm doc"
    print('in', n)
    try:
        yield n
    finally:
        print('out', n)
print(cm.__name__, cm.__doc__, cm.__wrapped__.__name__)
c = cm(1)
print(type(c).__name__, c.__doc__, c.func.__name__, c.args, c.kwds)
with c as v: print('v', v)
print(hasattr(c, 'func'))
@cm(2)
def deco():
    "deco doc"
    return 'r'
print(deco(), deco(), deco.__name__, deco.__doc__)
class My(contextlib._GeneratorContextManager):
    pass
def g(a, b=0):
    yield a + b
with My(g, (1,), {'b': 2}) as x: print('my', x)
try:
    with cm(3):
        raise KeyError('k')
except KeyError as e: print('KE', e)
@contextlib.contextmanager
def sup():
    try: yield
    except ValueError: print('suppressed')
with sup(): raise ValueError
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print('RE', e, e.__suppress_context__)
try:
    with cm(4):
        raise StopIteration('si')
except StopIteration as e: print('SI', e)
@contextlib.asynccontextmanager
async def acm(n):
    print('ain', n); yield n * 10; print('aout', n)
async def main():
    async with acm(5) as v: print('av', v)
    @acm(6)
    async def f(): return 'fr'
    print(await f())
asyncio.run(main())
print(acm.__name__, type(acm(1)).__name__, issubclass(contextlib._GeneratorContextManager, contextlib.ContextDecorator))
class D(contextlib.ContextDecorator):
    def __enter__(self): print('D in'); return self
    def __exit__(self, *a): print('D out')
@D()
def h(x):
    "h doc"
    return x
print(h(3), h.__name__, h.__doc__)
