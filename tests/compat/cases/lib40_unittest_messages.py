# unittest's failure messages as CPython 3.11 words them: assertEqual picks
# the assert of the values' type (Lists/Tuples differ with the first
# differing element, dicts and multi-line strings with an ndiff), long
# reprs shortened, maxDiff truncating the diff, sets and counts listed.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


tc = T()


def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print('passed')
    except AssertionError as e:
        print(str(e))
    except Exception as e:
        print(type(e).__name__, e)
    print('---')


for a, b in [([1, 2, 3], [1, 2, 4]), ({'a': 1, 'b': 2}, {'a': 1, 'b': 3}), ('line1\nline2\n', 'line1\nlineX\n'),
             ((1, 'a'), (1, 'b')), ({1, 2}, {2, 3}), ('abc', 'abd'), ([1, 2], [1, 2, 3, 4]), ((1, 2, 3), (1,)),
             (frozenset([1]), frozenset()), (1, 2), ([1], (1,)), ('x' * 100, 'x' * 99 + 'y'),
             (list(range(100)), list(range(99)) + [0]), ('a\nb', 'a\nc'), ('one line', 'one line\n')]:
    show(tc.assertEqual, a, b)

long1 = {'key%d' % i: 'value' * 3 for i in range(40)}
long2 = dict(long1, key7='other')
show(tc.assertEqual, long1, long2)
tc.maxDiff = None
show(tc.assertDictEqual, {'a': [1, 2]}, {'a': [1, 3]})
show(tc.assertEqual, list(range(30)), list(range(29)) + [99])
tc.maxDiff = 40
show(tc.assertEqual, 'a\nb\nc\n', 'a\nB\nc\n')
show(tc.assertListEqual, [1], (1,))
show(tc.assertListEqual, (1,), [1])
show(tc.assertTupleEqual, (1, 2), (1, 3), 'my note')
show(tc.assertSequenceEqual, [1, 2], (1, 2))
show(tc.assertSequenceEqual, [1, 2], 'ab')
show(tc.assertSequenceEqual, 5, [1])
show(tc.assertDictEqual, [], {})
show(tc.assertMultiLineEqual, 'a', 5)
show(tc.assertSetEqual, {1}, [1])
show(tc.assertSetEqual, {'x', 1}, {1})
show(tc.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
show(tc.assertCountEqual, [[1], [2]], [[2], [2]])
show(tc.assertCountEqual, 'abc', 'abd')
show(tc.assertEqual, [1, 2], [1, 3], msg='extra')
tc.longMessage = False
show(tc.assertEqual, [1, 2], [1, 3], msg='only this')
show(tc.assertEqual, 3, 4, msg='only this')
tc.longMessage = True
show(tc.assertNotEqual, [1], [1])
show(tc.assertIn, 'x' * 100, ['y'])


class Money:
    def __init__(self, v):
        self.v = v


def money_equal(a, b, msg=None):
    if a.v != b.v:
        raise tc.failureException(msg or 'money differs: %d != %d' % (a.v, b.v))


tc.addTypeEqualityFunc(Money, money_equal)
show(tc.assertEqual, Money(1), Money(2))
show(tc.assertEqual, Money(1), Money(1))
