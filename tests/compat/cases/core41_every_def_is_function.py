# Every def is a types.FunctionType: closures, generator functions and
# async defs too (sympy's @public checks so).
import inspect
import types


def plain():
    return 1


def gen():
    yield 1


async def coro():
    return 1


def outer():
    x = 1

    def inner():
        return x
    return inner


class C:
    def method(self):
        return 1


for f in (plain, gen, coro, outer(), lambda: 0, C.method, (lambda: (lambda: 1))()):
    print(isinstance(f, types.FunctionType), inspect.isfunction(f), callable(f))
print(isinstance(len, types.FunctionType), isinstance(C().method, types.FunctionType))
print(isinstance(C().method, types.MethodType), issubclass(type(gen), types.FunctionType))
