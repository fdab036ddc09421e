"""doctest inside unittest: DocTestSuite of this script (module None: the
caller) and by module object, DocFileSuite of a text file, each case's id,
str, repr and description, the failure message (from 'AssertionError: ',
as the frames above it name CPython's doctest.py), setUp/tearDown with
the test's globals, optionflags, set_unittest_reportflags and
DocTestCase.debug(). Runner output is written to stdout without its
timing line."""
import io
import os
import re
import sys
import tempfile
import unittest
import doctest

HERE = os.path.dirname(os.path.abspath(__file__))


def double(n):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    """
    return n * 2


def broken(n):
    """
    >>> broken(1)
    1
    >>> broken(2)
    5
    >>> broken(3)
    7
    """
    return n


class Box:
    """
    >>> Box(3).value
    3
    """

    def __init__(self, value):
        self.value = value

    def show(self):
        """
        >>> print(Box(1).show())
        Box(1)
        >>> helper
        'from setUp'
        """
        return 'Box(%d)' % self.value

    def empty(self):
        """No examples here."""


def run_suite(suite, verbosity=2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    for line in stream.getvalue().split('\n'):
        # the verbose listing and the verdict; the errors are printed below
        # (this unittest's error list leaves out the description line)
        if re.match(r'Ran \d+ tests? in ', line) or line.startswith(('=', '-', 'FAIL:', 'ERROR:')):
            continue
        if line.startswith(('OK', 'FAILED')) or line.endswith((' ok', ' FAIL', ' ERROR')):
            print(line)
    for test, text in result.failures + result.errors:
        print('failure of', test.id())
        print(text[text.index('AssertionError: '):].replace(HERE + os.sep, ''))
    print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors))
    return result


def set_up(test):
    test.globs['helper'] = 'from setUp'
    print('setUp', test.name)


def tear_down(test):
    print('tearDown', test.name, 'helper' in test.globs)


suite = doctest.DocTestSuite(setUp=set_up, tearDown=tear_down)
print(suite.countTestCases())
for case in suite:
    print(case.id(), '|', str(case), '|', repr(case), '|', case.shortDescription())
run_suite(suite)

print('-- by module, with flags')
suite = doctest.DocTestSuite(sys.modules[__name__], optionflags=doctest.REPORT_ONLY_FIRST_FAILURE,
                             extraglobs={'helper': 'from setUp'})
run_suite(suite, verbosity=1)

print('-- reporting flags for unittest')
old = doctest.set_unittest_reportflags(doctest.REPORT_NDIFF)
print(old)
suite = doctest.DocTestSuite(globs={'double': double, 'broken': broken, 'Box': Box,
                                    'helper': 'from setUp', '__name__': 'given'})
run_suite(suite, verbosity=0)
print(doctest.set_unittest_reportflags(old))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e.args)

print('-- debug')
for case in doctest.DocTestSuite():
    if case.id().endswith('broken'):
        try:
            case.debug()
        except doctest.DocTestFailure as e:
            print('DocTestFailure', repr(e.example.source), repr(e.got), e.test.name)
    if case.id().endswith('show'):
        try:
            case.debug()
        except doctest.UnexpectedException as e:
            print('UnexpectedException', e.exc_info[0].__name__, repr(e.example.source))
            print(str(e).replace(HERE + os.sep, ''))

print('-- files')
with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(tmp, 'good.txt')
    bad = os.path.join(tmp, 'bad.rst')
    with open(good, 'w') as f:
        f.write('Text.\n\n>>> total = 1 + 2\n>>> total\n3\n>>> __file__.endswith("good.txt")\nTrue\n')
    with open(bad, 'w') as f:
        f.write('Title\n=====\n\n  >>> print("x")\n  y\n\n  >>> value\n  10\n')
    files = doctest.DocFileSuite(good, bad, module_relative=False, globs={'value': 10})
    for case in files:
        print(case.id().replace(tmp + os.sep, ''), '|', repr(case).replace(tmp + os.sep, ''), '|',
              case.shortDescription())
    result = unittest.TestResult()
    files.run(result)
    for test, text in result.failures:
        print(text[text.index('AssertionError: '):].replace(tmp + os.sep, ''))
    print(result.testsRun, len(result.failures), len(result.errors))

print(doctest.DocTestSuite(unittest).countTestCases())
