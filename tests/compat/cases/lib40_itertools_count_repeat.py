# itertools.count and repeat are classes as in CPython: isinstance works, repr
# shows the next value / how many are left, next() and for loops share it.
import copy
import itertools
import pickle
c = itertools.count(5, 2)
print(repr(c), repr(itertools.repeat(1, 2)), type(c).__name__, isinstance(c, itertools.count))
print(next(c), next(c), c)
for x in c:
    if x > 12: break
print(c, next(c))
print(itertools.count(), itertools.count(1.5), itertools.count(0, 1.0), itertools.count(3, -1), itertools.count(True))
r = itertools.repeat('a', 3)
print(next(r), r, list(r), r, list(r))
print(itertools.repeat('x', -2), list(itertools.repeat('x', -2)), itertools.repeat(0, 4).__length_hint__())
try:
    itertools.repeat(0).__length_hint__()
except TypeError as e:
    print('TypeError', e)
r = itertools.repeat(None)
print(r, next(r), list(zip(range(3), r)))
print(list(map(pow, range(4), itertools.repeat(2))))
print(list(zip('abc', itertools.count(1))))
c2 = copy.copy(itertools.count(7, 3)); print(c2, next(c2))
print(pickle.loads(pickle.dumps(itertools.count(2))), pickle.loads(pickle.dumps(itertools.repeat('z', 2))))
try:
    itertools.count('a')
except TypeError as e:
    print('TypeError', e)
print(itertools.repeat(1, times=2), list(itertools.repeat(object=1, times=2)))
c = itertools.count(10)
it = iter(c); print(next(it), next(c), next(it), c)
print(isinstance(itertools.repeat(1), itertools.repeat), itertools.count.__name__, itertools.repeat.__name__)
