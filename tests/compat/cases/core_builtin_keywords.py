# Keywords and forms of builtins scripts use: int(s, base=), zip(strict=True),
# iter(callable, sentinel), reversed() of a dict and its views.
import io

print(int('ff', base=16), int('0x1F', base=0), int('777', base=8), int('-101', base=2), int('z', 36))
print(int('12'), int(3.9), int(), int(' 42 '))
try:
    int('12', bas=3)
except TypeError:
    print('TypeError for an unknown keyword')

print(list(zip([1, 2], 'ab', strict=True)), list(zip(strict=True)), list(zip([1, 2], [3], strict=False)))
for args in ([[1, 2, 3], [4, 5]], [[1], [2, 3]], [[1, 2], [3, 4], [5]], [[1, 2], [3, 4], [5, 6, 7]], [[], [1]]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
names, ages = ['ann', 'bob'], [31, 42]
print(dict(zip(names, ages, strict=True)))

buf = io.StringIO('line 1\nline 2\n\nafter blank\n')
print(list(iter(buf.readline, '')))
stack = [0, 5, 4, 3]
print(list(iter(stack.pop, 0)))
counter = iter(lambda: len(stack), 99)
print(next(counter), type(counter).__name__)
try:
    iter(5, 0)
except TypeError:
    print('TypeError: not callable')
chunks = io.BytesIO(b'abcdefgh')
print([c for c in iter(lambda: chunks.read(3), b'')])

d = {'b': 1, 'a': 2, 'c': 3}
d['z'] = 0
del d['a']
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), next(reversed({'only': 1})))
from collections import OrderedDict
od = OrderedDict([('x', 1), ('y', 2)])
print(list(reversed(od)), list(reversed(od.items())))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), ''.join(reversed('abc')))
