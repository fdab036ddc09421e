# operator.length_hint: len() first, then the type's __length_hint__
# (itertools.repeat and user iterators), with CPython's errors
import itertools
import operator

print(operator.length_hint(itertools.repeat(0, 4)))
print(operator.length_hint(itertools.repeat('x', 0), 9))
print(operator.length_hint(itertools.repeat(0), 7))  # hint raises TypeError: the default
print(operator.length_hint([1, 2, 3]), operator.length_hint('abcd'), operator.length_hint(range(5)))
print(operator.length_hint(42), operator.length_hint(42, 3), operator.length_hint(None, 1))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


class Both(Hint):
    def __len__(self):
        return 2


class BadLen(Hint):
    def __len__(self):
        raise TypeError('no len')


class Raises:
    def __length_hint__(self):
        raise KeyError('k')


print(operator.length_hint(Hint(9)), operator.length_hint(Hint(NotImplemented), 5))
print(operator.length_hint(Both(9)), operator.length_hint(BadLen(6)), operator.length_hint(Hint(True)))
for v in ('x', -1, 2.0, None):
    try:
        print(operator.length_hint(Hint(v)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    operator.length_hint(Raises())
except KeyError as e:
    print('KeyError', e)
try:
    operator.length_hint([], 'a')
except TypeError as e:
    print('TypeError', e)

# an instance attribute is not the special method
h = Hint(1)
h.__length_hint__ = lambda: 50
print(operator.length_hint(h))
