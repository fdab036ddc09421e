"""unittest: enough for a small test file. TestCase with setUp/tearDown,
setUpClass/tearDownClass, addCleanup, subTest, skip/skipIf/skipUnless/
expectedFailure, and the common asserts (Equal, NotEqual, True, False, Is,
IsNot, IsNone, IsNotNone, In, NotIn, IsInstance, NotIsInstance, Raises
and RaisesRegex (also as context managers), Warns (as a context manager),
AlmostEqual, NotAlmostEqual, Greater/GreaterEqual/Less/LessEqual,
CountEqual, ListEqual/TupleEqual/DictEqual/SetEqual/SequenceEqual,
MultiLineEqual, Regex/NotRegex, Logs); TestSuite, TestLoader
(loadTestsFromTestCase/Module/Name, discover), TextTestRunner, TestResult,
main() (argv: -v, -q, -f, -k PATTERN, test names; exit status as CPython's)
and `-m unittest` (names, files, `discover`, or discovery by default).

Output follows CPython's layout (dots, the ERROR/FAIL blocks, "Ran N tests
in X.XXXs", OK/FAILED (failures=, errors=, skipped=...)) on stderr.
Tracebacks in failure reports are MicroPython's (shorter than CPython's,
without source lines). unittest.mock is in mock.py and its _mock_* helpers."""
import sys
import time
from . import _messages

__unittest = True


class SkipTest(Exception):
    pass


class _Failure(AssertionError):
    pass


class _UnexpectedSuccess(Exception):
    """A test marked expectedFailure passed (for a result that has no
    addUnexpectedSuccess)."""


_safe_repr = _messages.safe_repr


# MicroPython functions take no attributes: markers live here, by function.
# skip and expectedFailure mark a function with CPython's attributes; the
# two tables hold the marks of a callable that takes no attributes.
_SKIP = {}
_XFAIL = set()


def _mark(f, name, value):
    try:
        setattr(f, name, value)
        return True
    except (AttributeError, TypeError):
        return False


def skip(reason):
    def deco(f):
        if not (_mark(f, '__unittest_skip__', True) and _mark(f, '__unittest_skip_why__', reason)):
            _SKIP[f] = reason
        return f
    if callable(reason) and not isinstance(reason, str):
        f, reason = reason, ''
        return deco(f)
    return deco


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda f: f)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda f: f)


def expectedFailure(f):
    if not _mark(f, '__unittest_expecting_failure__', True):
        _XFAIL.add(f)
    return f


class _RaisesContext:
    def __init__(self, tc, expected, regex=None, msg=None):
        self.tc = tc
        self.expected = expected
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if et is None:
            self.tc.fail(self.tc._formatMessage(self.msg, '%s not raised' % name))
        if not issubclass(et, self.expected):
            return False
        self.exception = ev
        if self.regex is not None:
            import re
            # a compiled pattern keeps its flags (re.I ...)
            regex = re.compile(self.regex) if isinstance(self.regex, (str, bytes)) else self.regex
            pat = regex.pattern
            if not regex.search(str(ev)):
                self.tc.fail(self.tc._formatMessage(self.msg, '"%s" does not match "%s"' % (pat, str(ev))))
        return True


class _WarnsContext:
    def __init__(self, tc, expected, regex=None):
        self.tc, self.expected, self.regex = tc, expected, regex
        self.warning = None

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self._log = self._cm.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, et, ev, tb):
        self._cm.__exit__(et, ev, tb)
        if et is not None:
            return False
        regex = self.regex
        if isinstance(regex, (str, bytes)):
            import re
            regex = re.compile(regex)
        first = None
        for w in self._log:
            if not issubclass(w.category, self.expected):
                continue
            if first is None:
                first = w.message
            if regex is not None and not regex.search(str(w.message)):
                continue
            self.warning = w.message
            self.filename, self.lineno = w.filename, w.lineno
            return True
        if first is not None:
            self.tc.fail('"%s" does not match "%s"' % (regex.pattern, str(first)))
        self.tc.fail('%s not triggered' % getattr(self.expected, '__name__', self.expected))


class _LogsContext:
    def __init__(self, tc, logger, level, no):
        self.tc, self.logger, self.level, self.no = tc, logger, level, no
        self.records = []
        self.output = []

    def __enter__(self):
        import logging
        lg = self.logger if isinstance(self.logger, logging.Logger) else logging.getLogger(self.logger)
        lvl = self.level if isinstance(self.level, int) else logging.getLevelName(self.level or 'INFO')
        cm = self

        class H(logging.Handler):
            def emit(self, record):
                cm.records.append(record)
                cm.output.append('%s:%s:%s' % (record.levelname, record.name, record.getMessage()))
        self._h = H()
        self._lg = lg
        self._old = (lg.handlers[:], lg.level, lg.propagate)
        lg.handlers = [self._h]
        lg.setLevel(lvl)
        lg.propagate = False
        return self

    def __exit__(self, et, ev, tb):
        self._lg.handlers, lvl, self._lg.propagate = self._old
        self._lg.setLevel(lvl)
        if et is not None:
            return False
        if self.no and self.records:
            self.tc.fail('Unexpected logs found: %r' % self.output)
        if not self.no and not self.records:
            self.tc.fail('no logs of level %s or higher triggered on %s' % (
                self.level or 'INFO', getattr(self._lg, 'name', 'root')))


_subtest_msg_sentinel = object()  # subTest() without a message


class _ShouldStop(Exception):
    """Ends a test early: failfast after a failed subtest, or the expected
    failure a subtest met."""


class _Outcome:
    # How one run of a test goes: each part (setUp, the test, tearDown, a
    # cleanup, a subtest) runs through part() or begin()/end(), which
    # report its exception to the result at once, as CPython 3.11's does.
    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def begin(self):
        old, self.success = self.success, True
        return old

    def end(self, old, test, e, subtest=False):
        # whether the exception e (None: the part passed) is dealt with
        handled = True
        if e is None:
            if subtest and self.success:
                self.result.addSubTest(test.test_case, test, None)
        elif isinstance(e, KeyboardInterrupt):
            handled = False
        elif isinstance(e, SkipTest):
            self.success = False
            _add_skip(self.result, test, str(e))
        elif not isinstance(e, _ShouldStop):
            info = _exc_info(e)
            if self.expecting_failure:
                self.expectedFailure = info
            else:
                self.success = False
                if subtest:
                    self.result.addSubTest(test.test_case, test, info)
                else:
                    _add_error(self.result, test, info)
        self.success = self.success and old
        return handled

    def part(self, test, f, *args):
        old = self.begin()
        try:
            f(*args)
        except BaseException as e:
            if not self.end(old, test, e):
                raise
            return
        self.end(old, test, None)


def _call(f, args, kwargs):
    f(*args, **kwargs)


def _exc_info(e):
    return type(e), e, getattr(e, '__traceback__', None)


def _add_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        import warnings
        warnings.warn('TestResult has no addSkip method, skips not reported', RuntimeWarning, 2)
        result.addSuccess(test)


def _add_error(result, test, info):
    if info is not None:
        if issubclass(info[0], test.failureException):
            result.addFailure(test, info)
        else:
            result.addError(test, info)


class _SubTestContext:
    # what TestCase.subTest() returns: runs its block as a part of the test
    # reported on its own (a _SubTest), nested ones adding their parameters
    def __init__(self, tc, msg, params):
        self.tc, self.msg, self.params = tc, msg, params
        self.sub = None

    def __enter__(self):
        tc = self.tc
        outcome = tc._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.parent = tc._subtest
        params = dict(self.params)
        if self.parent is not None:
            for k, v in self.parent.params.items():
                if k not in params:
                    params[k] = v
        tc._subtest = self.sub = _SubTest(tc, self.msg, params)
        self.old = outcome.begin()
        return None

    def __exit__(self, et, ev, tb):
        if self.sub is None:
            return False
        tc = self.tc
        outcome = tc._outcome
        try:
            if not outcome.end(self.old, self.sub, ev, True):
                return False
            if not outcome.success:
                if outcome.result is not None and getattr(outcome.result, 'failfast', False):
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # an expected failure met: the test ends with it
                raise _ShouldStop
            return True
        finally:
            tc._subtest = self.parent


def _cls_id(c):
    return '%s.%s' % (getattr(c, '__module__', '__main__'), getattr(c, '__qualname__', c.__name__))


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16  # strings longer than this are not diffed

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        if methodName != 'runTest' and not hasattr(self, methodName):
            raise ValueError('no such test method in %s: %s' % (type(self), methodName))
        self._type_equality_funcs = {dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
                                     set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def id(self):
        return '%s.%s' % (_cls_id(type(self)), self._testMethodName)

    def __eq__(self, other):
        # same class and same test method; other types are not comparable
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, _cls_id(type(self)), self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (_cls_id(type(self)), self._testMethodName)

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName), '__doc__', None)
        return doc.strip().split('\n')[0].strip() if doc else None

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, f, *a, **k):
        self._cleanups.append((f, a, k))

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            f, a, k = self._cleanups.pop()
            outcome.part(self, _call, f, a, k)
        return outcome.success

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return '%s : %s' % (standard, msg)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def _getAssertEqualityFunc(self, first, second):
        # two values of one type with an assert of its own (lists,
        # dicts, str...) are compared by that one, for its message
        if type(first) is type(second):
            f = self._type_equality_funcs.get(type(first))
            if f is not None:
                return getattr(self, f) if isinstance(f, str) else f
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % _messages.common_shorten_repr(first, second)))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ('\nDiff is %s characters long. Set self.maxDiff to None to see it.' % len(diff))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    assertEquals = assertEqual

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % _safe_repr(expr)))

    def assertIs(self, a, b, msg=None):
        if a is not b:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(a), _safe_repr(b))))

    def assertIsNot(self, a, b, msg=None):
        if a is b:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % _safe_repr(a)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertRaises(self, expected, *args, **kw):
        ctx = _RaisesContext(self, expected, msg=kw.pop('msg', None))
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kw)
        return ctx

    def assertRaisesRegex(self, expected, regex, *args, **kw):
        ctx = _RaisesContext(self, expected, regex, msg=kw.pop('msg', None))
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kw)
        return ctx

    def assertWarns(self, expected, *args, **kw):
        return self._warns(expected, None, args, kw)

    def assertWarnsRegex(self, expected, regex, *args, **kw):
        return self._warns(expected, regex, args, kw)

    def _warns(self, expected, regex, args, kw):
        ctx = _WarnsContext(self, expected, regex)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kw)
        return ctx

    def assertLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, True)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            std = '%s != %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            std = '%s != %s within %r places (%s difference)' % (_safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, std))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            std = '%s == %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            std = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, std))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        diffs = _messages.count_differences(first, second)
        if diffs:
            text = self._truncateMessage('Element counts were not equal:\n',
                                         '\n'.join('First has %d, Second has %d:  %r' % d for d in diffs))
            self.fail(self._formatMessage(msg, text))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s' % (which, seq_type.__name__,
                                                                                   _safe_repr(seq)))
        text, with_diff = _messages.sequence_difference(seq1, seq2, seq_type)
        if text is None:
            return
        if with_diff:
            text = self._truncateMessage(text, _messages.pformat_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, a, b, msg=None):
        self.assertSequenceEqual(a, b, msg, list)

    def assertTupleEqual(self, a, b, msg=None):
        self.assertSequenceEqual(a, b, msg, tuple)

    def assertDictEqual(self, a, b, msg=None):
        self.assertIsInstance(a, dict, 'First argument is not a dictionary')
        self.assertIsInstance(b, dict, 'Second argument is not a dictionary')
        if a != b:
            text = '%s != %s' % _messages.common_shorten_repr(a, b)
            self.fail(self._formatMessage(msg, self._truncateMessage(text, _messages.pformat_diff(a, b))))

    def assertSetEqual(self, a, b, msg=None):
        text = _messages.set_difference_lines(a, b, self.fail)
        if text is not None:
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)  # too long for difflib
        import difflib
        lines1 = first.splitlines(True)
        lines2 = second.splitlines(True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            # one line without its end: ended here, so that ndiff's "?" lines follow on lines of their own
            lines1, lines2 = [first + '\n'], [second + '\n']
        text = '%s != %s' % _messages.common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertRegex(self, text, regex, msg=None):
        import re
        if isinstance(regex, (str, bytes)):
            regex = re.compile(regex)
        pat = regex.pattern  # a compiled pattern keeps its flags
        if not regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (pat, text)))

    def assertNotRegex(self, text, regex, msg=None):
        import re
        if isinstance(regex, (str, bytes)):
            regex = re.compile(regex)
        pat = regex.pattern
        m = regex.search(text)
        if m:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (m.group(0), pat, text)))

    def _marked(self, method, name, table):
        # a skip or expectedFailure mark, on the method's function or class
        f = getattr(type(self), self._testMethodName, None)
        return getattr(method, name, False) or f in table

    def run(self, result=None):
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(type(self), '__unittest_skip__', False) or self._marked(method, '__unittest_skip__', _SKIP):
                f = getattr(type(self), self._testMethodName, None)
                why = (getattr(type(self), '__unittest_skip_why__', '') or getattr(method, '__unittest_skip_why__', '')
                       or _SKIP.get(f, ''))
                _add_skip(result, self, why)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or self._marked(method, '__unittest_expecting_failure__', _XFAIL))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                outcome.part(self, self.setUp)
                if outcome.success:
                    outcome.expecting_failure = expecting
                    outcome.part(self, method)
                    outcome.expecting_failure = False
                    outcome.part(self, self.tearDown)
                self.doCleanups()
                if outcome.success:
                    if expecting:
                        if outcome.expectedFailure:
                            add = getattr(result, 'addExpectedFailure', None)
                            (add(self, outcome.expectedFailure) if add is not None else result.addSuccess(self))
                        else:
                            add = getattr(result, 'addUnexpectedSuccess', None)
                            if add is not None:
                                add(self)
                            else:
                                try:
                                    raise _UnexpectedSuccess
                                except _UnexpectedSuccess as e:
                                    result.addFailure(self, _exc_info(e))
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.result = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def __call__(self, result=None):
        return self.run(result)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()


class _SubTest(TestCase):
    """One subTest() block of a test, as results see it: its id and str()
    are the test's with the message and parameters."""

    def __init__(self, test_case, message, params):
        TestCase.__init__(self)
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append('[%s]' % (self._message,))
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    def __init__(self, f, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self, 'runTest')
        self._f, self._su, self._td = f, setUp, tearDown

    def runTest(self):
        self._f()

    def setUp(self):
        if self._su:
            self._su()

    def tearDown(self):
        if self._td:
            self._td()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, t):
        self._tests.append(t)

    def addTests(self, ts):
        for t in ts:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() if isinstance(t, TestSuite) else 1 for t in self._tests)

    def run(self, result):
        done = set()
        for t in self._tests:
            if isinstance(t, TestSuite) or not isinstance(t, TestCase):
                t.run(result)
                continue
            c = type(t)
            if c not in done:
                done.add(c)
                try:
                    if not getattr(c, '__unittest_skip__', False):
                        c.setUpClass()
                except BaseException as e:
                    result.addError(_ClassError('setUpClass', c), _exc_info(e))
                    continue
            if result.shouldStop:
                break
            t.run(result)
            last = all(type(x) is not c for x in self._tests[self._tests.index(t) + 1:])
            if last:
                try:
                    c.tearDownClass()
                except BaseException as e:
                    result.addError(_ClassError('tearDownClass', c), _exc_info(e))
        return result

    def __call__(self, result):
        return self.run(result)


class _ClassError:
    def __init__(self, what, c):
        self.what, self.c = what, c

    def __str__(self):
        return '%s (%s)' % (self.what, _cls_id(self.c))

    def shortDescription(self):
        return None


def _fmt_exc(e):
    # the traceback of an exception (or an exc_info tuple), without
    # unittest's own frames (the assert methods, the runner), as CPython
    # leaves them out: what failed is the test's line
    import io
    if isinstance(e, tuple):
        e = e[1]
    s = io.StringIO()
    sys.print_exception(e, s)
    out = []
    dropping = False
    for line in s.getvalue().splitlines(True):
        if line.startswith('  File "'):
            path = line[8:line.find('"', 8)]
            dropping = path.startswith('unittest/') or path.startswith(_PKG_DIR)
        elif not line.startswith('    '):
            dropping = False
        if not dropping:
            out.append(line)
    return ''.join(out)


_PKG_DIR = __file__.rpartition('/')[0] + '/'


_STDOUT_LINE = '\nStdout:\n%s'


def _whole_lines(text):
    return text if text.endswith('\n') else text + '\n'

_STDERR_LINE = '\nStderr:\n%s'


class TestResult:
    _previousTestClass = None
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # the outcome lists callers read: (test, text) pairs, except
        # unexpectedSuccesses which holds bare tests
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        # buffer (-b): a test's output is held, and shown only if it fails
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            import io
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # the test failed or errored: replay what it printed
            for stream, title, held in (
                    (self._original_stdout, _STDOUT_LINE, sys.stdout.getvalue()),
                    (self._original_stderr, _STDERR_LINE, sys.stderr.getvalue())):
                if held:
                    stream.write(title % _whole_lines(held))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for held in (self._stdout_buffer, self._stderr_buffer):
            held.seek(0)
            held.truncate()

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        text = _fmt_exc(err)
        if self.buffer and self._stdout_buffer is not None:
            # the output held so far goes into the report as well
            out_text, err_text = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out_text:
                text += _STDOUT_LINE % _whole_lines(out_text)
            if err_text:
                text += _STDERR_LINE % _whole_lines(err_text)
        return text

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        # a failed subtest is listed by itself (a passed one is not)
        if err is not None:
            if self.failfast:
                self.stop()
            lst = self.failures if issubclass(err[0], test.failureException) else self.errors
            lst.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        return not self.failures and not self.errors and not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        name = _cls_id(type(self))
        # named from the modules CPython defines them in
        name = {'unittest.TestResult': 'unittest.result.TestResult',
                'unittest.TextTestResult': 'unittest.runner.TextTestResult'}.get(name, name)
        return '<%s run=%d errors=%d failures=%d>' % (name, self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with writeln(), as the runner hands it to its result."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def write(self, s):
        return self.stream.write(s)

    def flush(self):
        f = getattr(self.stream, 'flush', None)
        if f is not None:
            f()

    def writeln(self, s=None):
        if s:
            self.stream.write(s)
        self.stream.write('\n')


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions=True, verbosity=1):
        TestResult.__init__(self, stream, descriptions, verbosity)
        if not hasattr(stream, 'writeln'):
            stream = _WritelnDecorator(stream)
        self.stream = stream
        self.descriptions = descriptions
        # -v lists every test on its own line, the default prints a dot each
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription() if hasattr(test, 'shortDescription') else None
        if self.descriptions and doc:
            return str(test) + '\n' + doc
        return str(test)

    def _dot(self, c):
        self.stream.write(c)
        self.stream.flush()

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # a subtest's status goes on a line of its own, under its test's
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            self.stream.write(('  ' if sub else '') + self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._write_status(subtest, 'FAIL' if failed else 'ERROR')
            elif self.dots:
                self._dot('F' if failed else 'E')
        TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        if self.showAll:
            self._write_status(test, 'ok')
        elif self.dots:
            self._dot('.')

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        if self.showAll:
            self._write_status(test, 'ERROR')
        elif self.dots:
            self._dot('E')

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        if self.showAll:
            self._write_status(test, 'FAIL')
        elif self.dots:
            self._dot('F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        if self.showAll:
            self._write_status(test, 'skipped %r' % (reason,))
        elif self.dots:
            self._dot('s')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
            self.stream.flush()
        elif self.dots:
            self._dot('x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        if self.showAll:
            self.stream.writeln('unexpected success')
            self.stream.flush()
        elif self.dots:
            self._dot('u')

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()       # ends the line of dots / verbose results
            out.flush()
        for flavour, found in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, found)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        if resultclass is not None:
            self.resultclass = resultclass     # else the class attribute
        self.stream = _WritelnDecorator(stream or sys.stderr)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        # None leaves the warning filters as they are; unittest.main()
        # passes 'default' when python ran without -W options
        self.warnings = warnings

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        import warnings
        result = self._makeResult()
        for setting in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, setting, getattr(self, setting))
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            t0 = time.time()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, 'stopTestRun', None)
                if stop_run is not None:
                    stop_run()
            taken = time.time() - t0
        result.printErrors()
        w = self.stream
        if hasattr(result, 'separator2'):
            w.writeln(result.separator2)
        n = result.testsRun
        w.writeln('Ran %d test%s in %.3fs' % (n, '' if n == 1 else 's', taken))
        w.writeln()
        info = []
        if not result.wasSuccessful():
            w.write('FAILED')
            if result.failures:
                info.append('failures=%d' % len(result.failures))
            if result.errors:
                info.append('errors=%d' % len(result.errors))
        else:
            w.write('OK')
        for label, lst in (('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
                           ('unexpected successes', 'unexpectedSuccesses')):
            k = len(getattr(result, lst, ()))
            if k:
                info.append('%s=%d' % (label, k))
        if info:
            w.writeln(' (%s)' % ', '.join(info))
        else:
            w.write('\n')
        w.flush()
        return result


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


class TestLoader:
    testMethodPrefix = 'test'
    testNamePatterns = None
    # CPython's hook: a cmp function ordering the test methods; None keeps
    # dir()'s order (scripts set it to None, or reverse the order)
    sortTestMethodsUsing = staticmethod(_three_way_cmp)

    def getTestCaseNames(self, cls):
        names = []
        seen = set()
        for c in cls.__mro__:
            for k in c.__dict__:
                if k.startswith(self.testMethodPrefix) and k not in seen and callable(getattr(cls, k)):
                    seen.add(k)
                    names.append(k)
        if self.testNamePatterns:
            import fnmatch
            names = [n for n in names if any(fnmatch.fnmatchcase('%s.%s' % (_cls_id(cls), n), p) for p in self.testNamePatterns)]
        names.sort()  # dir()'s order
        if self.sortTestMethodsUsing is not None and self.sortTestMethodsUsing is not _three_way_cmp:
            from functools import cmp_to_key
            names.sort(key=cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, cls):
        return TestSuite([cls(n) for n in self.getTestCaseNames(cls)])

    def loadTestsFromModule(self, module, pattern=None):
        tests = []
        for name in dir(module):
            o = getattr(module, name)
            if isinstance(o, type) and issubclass(o, TestCase) and o not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(o))
        return TestSuite(tests)

    def loadTestsFromName(self, name, module=None):
        """As python3's: a name that does not resolve is one test that
        errors, with the import error of the longest prefix tried when the
        name stops at a package, else with the AttributeError."""
        parts = name.split('.')
        failed_import = None
        if module is None:
            # the longest prefix of the name that imports is the module
            # (tests.test_io.Reads.test_line: tests.test_io)
            for n in range(len(parts), 0, -1):
                try:
                    __import__('.'.join(parts[:n]))
                except ImportError as e:
                    failed_import = _FailedTest.of_import(parts[n - 1], e)
                    if n == 1:
                        return TestSuite([failed_import])
                    continue
                module = sys.modules['.'.join(parts[:n])]
                parts = parts[n:]
                break
        o = module
        for p in parts:
            try:
                o = getattr(o, p)
            except AttributeError as e:
                if failed_import is not None and hasattr(o, '__path__'):
                    return TestSuite([failed_import])
                if isinstance(o, type(sys)):
                    # python3's words, a fresh exception (no traceback)
                    e = "module %r has no attribute %r" % (o.__name__, p)
                return TestSuite([_FailedTest(p, AttributeError(str(e)))])
        if isinstance(o, type) and issubclass(o, TestCase):
            return self.loadTestsFromTestCase(o)
        if isinstance(o, TestCase):
            return TestSuite([o])
        if callable(o) and len(parts) >= 2:
            return TestSuite([getattr(module, parts[-2])(parts[-1])])
        return self.loadTestsFromModule(o)

    def loadTestsFromNames(self, names, module=None):
        return TestSuite([self.loadTestsFromName(n, module) for n in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module under start_dir whose file name matches
        pattern, in packages (directories with an __init__.py) below it, as
        python3 3.11 finds them; a module that fails to import is one test
        that errors."""
        import os
        top = os.path.abspath(top_level_dir or start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        start = os.path.abspath(start_dir)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return TestSuite(self._discover_in(start, top, pattern))

    def _discover_in(self, directory, top, pattern):
        import fnmatch
        import os
        tests = []
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isdir(path):
                if os.path.isfile(os.path.join(path, '__init__.py')):
                    tests.extend(self._discover_in(path, top, pattern))
            elif entry.endswith('.py') and fnmatch.fnmatch(entry, pattern):
                name = os.path.relpath(path, top)[:-3].replace(os.sep, '.')
                if not all(part.isidentifier() for part in name.split('.')):
                    continue
                try:
                    __import__(name)
                except (Exception, SystemExit) as e:
                    tests.append(_FailedTest.of_import(name, e))
                    continue
                tests.append(self.loadTestsFromModule(sys.modules[name]))
        return tests


class _FailedTest:
    """A name that did not load (a module that did not import, an attribute
    that is not there): one test that errors with the reason, as python3
    reports it (unittest.loader._FailedTest)."""

    def __init__(self, name, error):
        self.name = name
        self.error = error

    @classmethod
    def of_import(cls, name, error):
        return cls(name, ImportError('Failed to import test module: %s\n%s' % (name, _fmt_exc(error))))

    def __str__(self):
        return '%s (unittest.loader._FailedTest.%s)' % (self.name, self.name)

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 1

    def run(self, result):
        result.startTest(self)
        result.addError(self, _exc_info(self.error))
        result.stopTest(self)

    def __call__(self, result):
        return self.run(result)


defaultTestLoader = TestLoader()


class TestProgram:
    """unittest.main(), and `-m unittest` with module=None: test names
    (modules, classes, methods, or .py files), `discover [-s dir] [-p pattern]
    [-t top]`, or discovery of test*.py from the working directory when there
    are no names, as python3 3.11's command line."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=None,
                 exit=True, verbosity=1, failfast=False, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            module = sys.modules.get(module) or __import__(module)
        argv = list(sys.argv if argv is None else argv)
        args = argv[1:]
        discover = module is None and args[:1] == ['discover']
        if discover:
            args = args[1:]
        names = []
        patterns = []
        where = {'-s': '.', '-p': 'test*.py', '-t': None}
        spelled = {'--start-directory': '-s', '--pattern': '-p', '--top-level-directory': '-t'}
        known = _CLI_FLAGS | (_CLI_DISCOVER if discover else frozenset())
        if any(a.startswith('-') and a != '-' and a.partition('=')[0] not in known for a in args) or \
                args and args[-1] in known and args[-1] in ('-k', '-s', '-p', '-t'):
            # -h, an unknown option or -vb: CPython's argparse parsers (help,
            # usage errors with status 2), then their result
            ns = _cli_parse(argv, module, discover, args)
            verbosity = {None: verbosity}.get(ns.verbosity, ns.verbosity)
            failfast = failfast or ns.failfast
            buffer = buffer or ns.buffer
            tb_locals = tb_locals or ns.tb_locals
            patterns = ['*%s*' % p if '*' not in p else p for p in ns.testNamePatterns or ()]
            if discover:
                for k, a in (('-s', 'start'), ('-p', 'pattern'), ('-t', 'top')):
                    if getattr(ns, a, None) is not None:
                        where[k] = getattr(ns, a)
            else:
                names = list(ns.tests)
            args = []
        i = 0
        while i < len(args):
            a = args[i]
            if a in ('-v', '--verbose'):
                verbosity = 2
            elif a in ('-q', '--quiet'):
                verbosity = 0
            elif a in ('-f', '--failfast'):
                failfast = True
            elif a in ('-b', '--buffer'):
                buffer = True
            elif a == '--locals':
                tb_locals = True
            elif a == '-k':
                i += 1
                p = args[i]
                patterns.append(p if '*' in p else '*%s*' % p)
            elif discover and spelled.get(a, a) in where and i + 1 < len(args):
                i += 1
                where[spelled.get(a, a)] = args[i]
            elif a.startswith('-'):
                pass
            else:
                names.append(a)
            i += 1
        loader = testLoader or TestLoader()
        if patterns:
            loader.testNamePatterns = patterns
        if module is None and (discover or not names):
            # discover's positional arguments: start directory, pattern, top
            for key, value in zip(('-s', '-p', '-t'), names):
                where[key] = value
            suite = loader.discover(where['-s'], where['-p'], where['-t'])
        elif names:
            if module is None:
                names = [_name_of_path(n) for n in names]
            suite = loader.loadTestsFromNames(names, module)
        elif defaultTest:
            suite = loader.loadTestsFromNames([defaultTest] if isinstance(defaultTest, str) else defaultTest, module)
        else:
            suite = loader.loadTestsFromModule(module)
        if warnings is None and not sys.warnoptions:
            warnings = 'default'    # show each warning once per place
        runner = testRunner or TextTestRunner
        if isinstance(runner, type):
            runner = _make_runner(runner, dict(verbosity=verbosity, failfast=failfast, buffer=bool(buffer),
                                               warnings=warnings, tb_locals=tb_locals))
        self.result = runner.run(suite)
        if exit:
            sys.exit(not self.result.wasSuccessful())


def _make_runner(cls, settings):
    # Runner classes written for older Pythons may not take tb_locals, or
    # any of these settings: retry without them (inside the handler, so a
    # final failure shows the whole chain, as CPython's does).
    try:
        return cls(**settings)
    except TypeError:
        settings.pop('tb_locals')
        try:
            return cls(**settings)
        except TypeError:
            return cls()


_CLI_FLAGS = frozenset(('-v', '--verbose', '-q', '--quiet', '-f', '--failfast', '-b', '--buffer', '-c', '--catch',
                        '--locals', '-k'))
_CLI_DISCOVER = frozenset(('-s', '-p', '-t', '--start-directory', '--pattern', '--top-level-directory'))
_MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""
_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _cli_parse(argv, module, discover, args):
    # CPython's unittest.main parsers (_getParentArgParser,
    # _getMainArgParser, _getDiscoveryArgParser), used when the fast
    # parsing above meets what it does not know
    import argparse
    import os
    prog = os.path.basename(argv[0]) if argv and argv[0] else 'python'
    if module is None and prog == 'python -m unittest':
        prog = os.path.basename(sys.executable or 'python3') + ' -m unittest'
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2, help='Verbose output')
    parent.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0, help='Quiet output')
    parent.add_argument('--locals', dest='tb_locals', action='store_true', help='Show local variables in tracebacks')
    parent.add_argument('-f', '--failfast', dest='failfast', action='store_true', help='Stop on first fail or error')
    parent.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                        help='Catch Ctrl-C and display results so far')
    parent.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                        help='Buffer stdout and stderr during tests')
    parent.add_argument('-k', dest='testNamePatterns', action='append',
                        help='Only run tests which match the given substring')
    main = argparse.ArgumentParser(parents=[parent])
    main.prog = prog
    main.add_argument('tests', nargs='*', help='a list of any number of test modules, classes and test methods.')
    disc = None
    if module is None:
        disc = argparse.ArgumentParser(parents=[parent])
        disc.prog = '%s discover' % prog
        disc.epilog = ('For test discovery all test modules must be importable from the top level directory of '
                       'the project.')
        disc.add_argument('-s', '--start-directory', dest='start', help="Directory to start discovery ('.' default)")
        disc.add_argument('-p', '--pattern', dest='pattern', help="Pattern to match tests ('test*.py' default)")
        disc.add_argument('-t', '--top-level-directory', dest='top',
                          help='Top level directory of project (defaults to start directory)')
        for arg in ('start', 'pattern', 'top'):
            disc.add_argument(arg, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    def print_help(*a, **k):
        print(main.format_help())
        if module is None:
            print(_MAIN_EXAMPLES % {'prog': prog})
            disc.print_help()
        else:
            print(_MODULE_EXAMPLES % {'prog': prog})
    main.print_help = print_help
    return (disc if discover else main).parse_args(args)


def _name_of_path(name):
    # `python -m unittest tests/test_io.py` names the module by its file
    import os
    if not (name.endswith('.py') and os.path.isfile(name)):
        return name
    rel = os.path.normpath(name)
    if os.path.isabs(rel):
        rel = os.path.relpath(rel, os.getcwd())
    return rel[:-3].replace(os.sep, '.')


main = TestProgram


def installHandler():
    pass


class IsolatedAsyncioTestCase(TestCase):
    def run(self, result=None):
        raise NotImplementedError('unittest: IsolatedAsyncioTestCase')
