import io
import re
import sys
import unittest


class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')

    def setUp(self):
        self.items = [3, 1, 2]

    def test_equal(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])
        self.assertNotEqual(1, 2)
        self.assertTrue(self.items)
        self.assertFalse([])
        self.assertIn(3, self.items)
        self.assertNotIn(9, self.items)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex('hello world', r'wor.d')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, 'bad v.lue'):
            raise ValueError('a bad value')
        self.assertRaises(KeyError, {}.__getitem__, 'k')

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        raise RuntimeError('boom')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


out = io.StringIO()
runner = unittest.TextTestRunner(stream=out, verbosity=2)
suite = unittest.TestLoader().loadTestsFromTestCase(Calc)
print(suite.countTestCases())
result = runner.run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
for line in out.getvalue().splitlines():
    if line.startswith(('test_', 'Ran ', 'OK', 'FAILED', 'FAIL:', 'ERROR:')):
        print(re.sub(r'in [\d.]+s', 'in Xs', line))
for test, text in result.failures + result.errors:
    print('reported:', [l for l in text.splitlines() if l.startswith(('AssertionError', 'RuntimeError'))][0])


class Quiet(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)


try:
    unittest.main(argv=['prog', 'Quiet'], exit=True, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit', e.args)
