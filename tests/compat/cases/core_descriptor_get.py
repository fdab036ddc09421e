# Functions, static and class methods are descriptors with __get__, as in
# CPython, and a descriptor written in Python answers __get__(None, cls) when
# read from its class (patch 0265). Class-based decorators rely on both.
import functools


def f(self, x):
    return (type(self).__name__, x)


class A:
    pass


a = A()
bound = f.__get__(a, A)
print(bound(1), bound.__self__ is a, bound.__func__ is f)
print(f.__get__(None, A) is f, hasattr(f, '__get__'), hasattr(len, '__get__'))
try:
    f.__get__(None)
except TypeError as e:
    print('TypeError', e)


def outer():
    n = 10

    def inner(self, k):
        return n + k
    return inner


closure = outer()
print(closure.__get__(a)(5), closure.__get__(a).__func__ is closure)
print(staticmethod(f).__get__(a) is f, staticmethod(f).__get__(None, A) is f)
cm = classmethod(f).__get__(a)
print(cm(2), cm.__self__ is A, classmethod(f).__get__(None, A)(3))


class method_logger:
    """A class-based decorator that keeps working on methods."""

    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args[1:])
        return self.fn(*args)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class Account:
    def __init__(self, balance):
        self.balance = balance

    @method_logger
    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account(10)
print(acct.deposit(5), acct.deposit(7), Account.deposit.calls, Account.deposit.__name__)


class Wrapper:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        return self.fn.__get__(obj, objtype) if obj is not None else self


class B:
    @Wrapper
    def hello(self, name):
        return 'hello ' + name

    @property
    def p(self):
        return 'p'


print(B().hello('world'), type(B.hello).__name__, B().p, type(B.p).__name__)


class Described:
    seen = []

    def __get__(self, obj, objtype=None):
        Described.seen.append((obj is None, objtype.__name__))
        return 'class' if obj is None else 'instance'

    def __set_name__(self, owner, name):
        self.name = name


class C:
    d = Described()
    n = 3

    def m(self):
        return self.n


class D(C):
    pass


print(C.d, C().d, D.d, D().d, Described.seen)
print(C.n, C().m(), D().m(), C.m(C()))


class Counter:
    def __init__(self):
        self.count = 0

    @functools.cached_property
    def expensive(self):
        self.count += 1
        return self.count * 100


cc = Counter()
print(cc.expensive, cc.expensive, cc.count, type(Counter.expensive).__name__)
print(type(A.__dict__.get('x', f).__get__(a)).__name__)

# a type's builtin methods bind as functions do (patch 0266); len does not
setattr_on = object.__setattr__.__get__(a)
setattr_on('field', 7)
print(a.field, str.upper.__get__('abc')(), str.upper.__get__(None, str)('x'),
      hasattr(dict.get, '__get__'), hasattr(print, '__get__'))
