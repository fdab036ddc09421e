"""_doctest_unit: doctest's bridge to unittest - DocTestCase (one DocTest
as a test case: its id is the test's name, str and repr 'name (module)',
its description 'Doctest: name', and a failure's message is the runner's
report with dashes for dividers under 'Failed doctest test for ...'),
DocFileCase for a text file, the suite class and set_unittest_reportflags
(the REPORT_* flags for cases made without any). DocTestSuite and
DocFileSuite, which make them, are in doctest."""
import sys
import unittest
from io import StringIO
from _doctest_parse import REPORTING_FLAGS
from _doctest_run import DocTestRunner, DebugRunner

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the REPORT_* flags DocTestCases use when they were given none;
    returns the previous ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest: it fails with the
    runner's report (divided by dashes) when an example fails."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy() if test is not None else {}
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        # the next run starts from the globals the test was made with
        namespace = self._dt_test.globs
        namespace.clear()
        namespace.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved = sys.stdout
        report = StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = '-' * 70
            failures, tries = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, test.name.split('.')[-1], err))

    def debug(self):
        """Runs the test raising DocTestFailure or UnexpectedException at
        the first failure, for a caller to examine."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def _identity(self):
        return (self._dt_test, self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                self._dt_checker)

    def __eq__(self, other):
        # only cases of exactly the same class compare equal
        if type(other) is not type(self):
            return NotImplemented
        return self._identity() == other._identity()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return '%s (%s)' % (parts[-1], '.'.join(parts[:-1]))

    def __str__(self):
        return self.__repr__()

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class _DocTestSuite(unittest.TestSuite):
    def _removeTestAtIndex(self, index):
        pass


class DocFileCase(DocTestCase):
    """The DocTestCase of a text file."""

    def __repr__(self):
        return self._dt_test.filename

    def id(self):
        # the file's name with dots turned to underscores
        return self._dt_test.name.replace('.', '_')

    def format_failure(self, err):
        test = self._dt_test
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (test.name, test.filename, err)
