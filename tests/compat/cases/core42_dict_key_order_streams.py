# A dict display evaluates each key before its value, as CPython 3.8+
# (0364): pairs drawn from an iterator or from seeded random numbers come
# out the same; and the standard streams have CPython's name, mode and
# line_buffering.
import random
import sys

words = iter('alpha 1 beta 2 gamma 3 delta 4'.split())
print({next(words): next(words)}, {next(words): next(words), next(words): next(words)})
pairs = iter(range(20))
print({next(pairs): next(pairs) for _ in range(4)})
random.seed(42)
print({round(random.random(), 6): round(random.random(), 6) for _ in range(2)})
order = []


def note(label):
    order.append(label)
    return label


table = {note('k1'): note('v1'), note('k2'): note('v2'), 'const': note('v3'), note('k4'): 4}
print(order, list(table))
print({**{note('a'): note('b')}, note('c'): note('d')}, order[-4:])
for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(stream.name, stream.mode, stream.line_buffering, stream.encoding)
