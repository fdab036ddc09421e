# unittest's runner and results as CPython 3.11's: failing subtests on lines
# of their own under their test (verbose) or as F/E (dots), the UNEXPECTED
# SUCCESS section, _SubTest objects in result.failures with id(), nested
# subtest parameters, exc_info tuples handed to a result's add* methods,
# skip marks as function attributes.
import io
import re
import unittest


class T(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_sub_error(self):
        with self.subTest('named', k='v'):
            {}['missing']
        with self.subTest():
            pass

    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                with self.subTest(a=3, c=4):
                    self.fail('deep')

    def test_sub_msg_none(self):
        with self.subTest(None):
            self.fail('x')

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.expectedFailure
    def test_xfail_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
        print('not reached')

    @unittest.skip('later')
    def test_skip(self):
        pass

    def test_ok(self):
        """Does nothing.

        More text."""

    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Xs', text)
    # the report's traceback lines (CPython's show carets, frames differ)
    return '\n'.join(l for l in text.splitlines() if not l.startswith(' ') and not l.startswith('Traceback'))


for verbosity in (2, 1, 0):
    buf = io.StringIO()
    res = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(T))
    print(clean(buf.getvalue()))
    print('===', verbosity, res.testsRun, len(res.failures), len(res.errors), len(res.skipped),
          len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())

for t, text in res.failures + res.errors:
    print(type(t).__name__, t.id(), '|', str(t), '|', t.shortDescription())
print(repr(res).replace('run=', 'run=').split(' run=')[0], T.test_skip.__unittest_skip__, T.test_skip.__unittest_skip_why__,
      T.test_xpass.__unittest_expecting_failure__)


class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.log = []

    def addFailure(self, test, err):
        self.log.append(('failure', str(test), err[0].__name__, str(err[1])))
        super().addFailure(test, err)

    def addError(self, test, err):
        self.log.append(('error', str(test), err[0].__name__, str(err[1])))
        super().addError(test, err)

    def addSubTest(self, test, subtest, err):
        self.log.append(('subtest', str(subtest), None if err is None else err[0].__name__))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        self.log.append(('success', str(test)))

    def addExpectedFailure(self, test, err):
        self.log.append(('xfail', str(test), err[0].__name__))


r = Recorder()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
for entry in r.log:
    print(entry)
print(r)

# failfast stops at the first failing subtest
r = unittest.TestResult()
r.failfast = True
T('test_sub').run(r)
print(len(r.failures), r.shouldStop, [t.id() for t, _ in r.failures])

# a result without addSubTest: subTest is a plain block
class Plain:
    failfast = False

    def __init__(self):
        self.calls = []

    def startTest(self, t):
        self.calls.append('start')

    def stopTest(self, t):
        self.calls.append('stop')

    def addFailure(self, t, err):
        self.calls.append('failure ' + str(err[1]))

    def addSuccess(self, t):
        self.calls.append('success')


p = Plain()
T('test_sub').run(p)
print(p.calls)
print(T('test_ok') == T('test_ok'), T('test_ok') != T('test_sub'), T('test_ok').countTestCases())
try:
    T('test_nope')
except ValueError as e:
    print('ValueError', str(e).replace('<class ', '').split("'")[0])
