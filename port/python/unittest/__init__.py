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

__unittest = True


class SkipTest(Exception):
    pass


class _Failure(AssertionError):
    pass


def _safe_repr(o, short=False):
    r = repr(o)
    if short and len(r) > 80:
        r = r[:80] + ' [truncated]...'
    return r


# MicroPython functions take no attributes: markers live here, by function.
_SKIP = {}
_XFAIL = set()


def skip(reason):
    def deco(f):
        if isinstance(f, type):
            f.__unittest_skip__ = True
            f.__unittest_skip_why__ = reason
        else:
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
            pat = self.regex if isinstance(self.regex, str) else self.regex.pattern
            if not re.search(pat, str(ev)):
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
        for w in self._log:
            if issubclass(w.category, self.expected):
                self.warning = w.message
                return True
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


class _SubTest:
    def __init__(self, tc, msg, params):
        self.tc, self.msg, self.params = tc, msg, params

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            return False
        if issubclass(et, SkipTest):
            return False
        if issubclass(et, (KeyboardInterrupt, SystemExit)):
            return False
        desc = self.tc.id()
        parts = []
        if self.msg is not None:
            parts.append('[%s]' % self.msg)
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        label = '%s %s' % (self.tc, ' '.join(parts))
        kind = 'failures' if issubclass(et, AssertionError) else 'errors'
        self.tc._subfail.append((kind, label, ev))
        return True


def _cls_id(c):
    return '%s.%s' % (getattr(c, '__module__', '__main__'), getattr(c, '__qualname__', c.__name__))


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._cleanups = []
        self._subfail = []

    def id(self):
        return '%s.%s' % (_cls_id(type(self)), self._testMethodName)

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
        while self._cleanups:
            f, a, k = self._cleanups.pop()
            f(*a, **k)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return '%s : %s' % (standard, msg)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            std = '%s != %s' % (_safe_repr(first), _safe_repr(second))
            kinds = {list: 'Lists', tuple: 'Tuples', set: 'Sets', frozenset: 'Sets'}
            if type(first) is type(second) and type(first) in kinds:
                std = '%s differ: %s' % (kinds[type(first)], std)
            if isinstance(first, str) and isinstance(second, str) and ('\n' in first or '\n' in second):
                std = '%r != %r' % (first, second)
            self.fail(self._formatMessage(msg, std))

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
        ctx = _WarnsContext(self, expected)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kw)
        return ctx

    def assertWarnsRegex(self, expected, regex, *args, **kw):
        return self.assertWarns(expected, *args, **kw)

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
        a, b = list(first), list(second)
        missing = list(b)
        extra = []
        for x in a:
            if x in missing:
                missing.remove(x)
            else:
                extra.append(x)
        if missing or extra:
            self.fail(self._formatMessage(msg, 'Element counts were not equal'))

    def assertSequenceEqual(self, a, b, msg=None, seq_type=None):
        if seq_type is not None and not isinstance(a, seq_type):
            self.fail(self._formatMessage(msg, 'First sequence is not a %s: %s' % (seq_type.__name__, _safe_repr(a))))
        self.assertEqual(a, b, msg)

    def assertListEqual(self, a, b, msg=None):
        self.assertSequenceEqual(a, b, msg, list)

    def assertTupleEqual(self, a, b, msg=None):
        self.assertSequenceEqual(a, b, msg, tuple)

    def assertDictEqual(self, a, b, msg=None):
        self.assertEqual(a, b, msg)

    def assertSetEqual(self, a, b, msg=None):
        self.assertEqual(set(a), set(b), msg)

    def assertMultiLineEqual(self, a, b, msg=None):
        self.assertEqual(a, b, msg)

    def assertRegex(self, text, regex, msg=None):
        import re
        pat = regex if isinstance(regex, str) else regex.pattern
        if not re.search(pat, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (pat, text)))

    def assertNotRegex(self, text, regex, msg=None):
        import re
        pat = regex if isinstance(regex, str) else regex.pattern
        m = re.search(pat, text)
        if m:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (m.group(0), pat, text)))

    def run(self, result=None):
        result = result or TestResult()
        m = getattr(self, self._testMethodName)
        result.startTest(self)
        try:
            f = getattr(type(self), self._testMethodName, None)
            if getattr(type(self), '__unittest_skip__', False) or f in _SKIP:
                why = _SKIP[f] if f in _SKIP else getattr(type(self), '__unittest_skip_why__', '')
                result.addSkip(self, why)
                return result
            expecting = f in _XFAIL
            try:
                self.setUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                return result
            except BaseException as e:
                if isinstance(e, KeyboardInterrupt):
                    raise
                result.addError(self, e)
                self._run_cleanups(result)
                return result
            ok = True
            self._subfail = []
            try:
                m()
            except SkipTest as e:
                result.addSkip(self, str(e))
                ok = None
            except self.failureException as e:
                ok = False
                if expecting:
                    result.addExpectedFailure(self, e)
                else:
                    result.addFailure(self, e)
            except BaseException as e:
                if isinstance(e, (KeyboardInterrupt, SystemExit)) and not isinstance(e, SystemExit):
                    raise
                ok = False
                if expecting:
                    result.addExpectedFailure(self, e)
                else:
                    result.addError(self, e)
            for kind, label, ev in self._subfail:
                ok = False
                (result.addFailure if kind == 'failures' else result.addError)(self, ev, label)
            try:
                self.tearDown()
            except BaseException as e:
                ok = False
                result.addError(self, e)
            if not self._run_cleanups(result):
                ok = False
            if ok:
                if expecting:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
        finally:
            result.stopTest(self)
        return result

    def _run_cleanups(self, result):
        ok = True
        while self._cleanups:
            f, a, k = self._cleanups.pop()
            try:
                f(*a, **k)
            except BaseException as e:
                ok = False
                result.addError(self, e)
        return ok

    def __call__(self, result=None):
        return self.run(result)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()


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
                    result.addError(_ClassError('setUpClass', c), e)
                    continue
            if result.shouldStop:
                break
            t.run(result)
            last = all(type(x) is not c for x in self._tests[self._tests.index(t) + 1:])
            if last:
                try:
                    c.tearDownClass()
                except BaseException as e:
                    result.addError(_ClassError('tearDownClass', c), e)
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
    import io
    s = io.StringIO()
    sys.print_exception(e, s)
    # as python3, the report leaves out unittest's own frames (the assert
    # methods, the runner): what failed is the test's line
    return ''.join(line for line in s.getvalue().splitlines(True) if not line.startswith('  File "unittest/'))


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=0):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err, label=None):
        self.errors.append((_Label(label) if label else test, _fmt_exc(err)))
        if self.failfast:
            self.shouldStop = True

    def addFailure(self, test, err, label=None):
        self.failures.append((_Label(label) if label else test, _fmt_exc(err)))
        if self.failfast:
            self.shouldStop = True

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _fmt_exc(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True


class _Label:
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return self.s


class TextTestResult(TestResult):
    def __init__(self, stream, descriptions=True, verbosity=1):
        TestResult.__init__(self)
        self.stream = stream
        self.verbosity = verbosity

    def _w(self, s):
        self.stream.write(s)
        if hasattr(self.stream, 'flush'):
            self.stream.flush()

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.verbosity > 1:
            d = test.shortDescription() if hasattr(test, 'shortDescription') else None
            self._w(str(test) + ('\n' + d if d else '') + ' ... ')

    def _mark(self, long, short):
        if self.verbosity > 1:
            self._w(long + '\n')
        elif self.verbosity == 1:
            self._w(short)

    def addSuccess(self, test):
        self._mark('ok', '.')

    def addError(self, test, err, label=None):
        TestResult.addError(self, test, err, label)
        if not label:
            self._mark('ERROR', 'E')

    def addFailure(self, test, err, label=None):
        TestResult.addFailure(self, test, err, label)
        if not label:
            self._mark('FAIL', 'F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._mark('skipped %r' % reason, 's')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._mark('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._mark('unexpected success', 'u')

    def printErrors(self):
        if self.verbosity >= 1:
            self._w('\n')
        for kind, lst in (('ERROR', self.errors), ('FAIL', self.failures)):
            for test, text in lst:
                self._w('=' * 70 + '\n')
                self._w('%s: %s\n' % (kind, test))
                self._w('-' * 70 + '\n')
                self._w(text + '\n')


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, **kw):
        self.stream = stream or sys.stderr
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, True, self.verbosity)
        result.failfast = self.failfast
        t0 = time.time()
        test(result)
        dt = time.time() - t0
        result.printErrors()
        w = self.stream.write
        if result.errors or result.failures or self.verbosity != 1:
            pass
        w('-' * 70 + '\n')
        n = result.testsRun
        w('Ran %d test%s in %.3fs\n\n' % (n, '' if n == 1 else 's', dt))
        info = []
        if not result.wasSuccessful():
            if result.failures:
                info.append('failures=%d' % len(result.failures))
            if result.errors:
                info.append('errors=%d' % len(result.errors))
        if result.skipped:
            info.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            info.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            info.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        head = 'OK' if result.wasSuccessful() else 'FAILED'
        w(head + (' (%s)' % ', '.join(info) if info else '') + '\n')
        if n == 0 and result.wasSuccessful():
            pass
        return result


class TestLoader:
    testMethodPrefix = 'test'
    testNamePatterns = None

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
        names.sort()
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
        result.addError(self, self.error)
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
                 exit=True, verbosity=1, failfast=False, catchbreak=None, buffer=None, warnings=None):
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
        i = 0
        while i < len(args):
            a = args[i]
            if a in ('-v', '--verbose'):
                verbosity = 2
            elif a in ('-q', '--quiet'):
                verbosity = 0
            elif a in ('-f', '--failfast'):
                failfast = True
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
        runner = testRunner or TextTestRunner(verbosity=verbosity, failfast=failfast)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity, failfast=failfast)
        self.result = runner.run(suite)
        if exit:
            sys.exit(not self.result.wasSuccessful())


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
