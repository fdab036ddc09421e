# print() writes an argument only once its text is whole: an item whose
# __repr__ raises leaves nothing of its container in the output (CPython
# makes str(arg) first); the arguments before it are already written.
import sys


class Bad:
    def __repr__(self):
        raise ValueError('no repr')


class Named:
    def __str__(self):
        return 'named'


for args in [('start', [1, 2, Bad()], 'end'), ({'k': (1, Bad())},), ({1, 2}, [Bad()])]:
    try:
        print(*args)
    except ValueError as e:
        print('caught', e)
print([1, 'a', (2.5, None)], {'k': [True]}, 10 ** 30, -7, 1.5, None, 'str', b'by', Named(), [Named()][0])
print(*range(3), sep='-', end='!\n')
print([Bad] * 2 == [Bad, Bad], file=sys.stdout)
