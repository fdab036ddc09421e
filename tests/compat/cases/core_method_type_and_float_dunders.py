# types.MethodType(function, instance) binds a function to an object
# (patch 0324), with CPython's errors; and asking a float or complex zero
# for an operator method does not do the operation (0.0 / 0.0 raised
# ZeroDivisionError from hasattr).
import types


def greet(self, name):
    return '%s greets %s' % (type(self).__name__, name)


class A:
    pass


a = A()
m = types.MethodType(greet, a)
print(m('bob'), m.__self__ is a, m.__func__ is greet, type(m) is types.MethodType)
a.greet = types.MethodType(greet, a)
print(a.greet('ann'))
for args in ((1, a), (greet, None)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError', e)
for x in (0.0, 0j):
    print(repr(x), [n for n in ('__truediv__', '__floordiv__', '__mod__', '__pow__', '__and__', '__add__')
                    if hasattr(x, n)])


class F(float):
    pass


print(callable(super(F, F(0.0)).__mod__), callable(getattr(0.0, '__truediv__')))
import types
for t in (types.FunctionType, types.MethodType):
    try:
        class X(t): pass
    except TypeError as e:
        print('TypeError', e)
