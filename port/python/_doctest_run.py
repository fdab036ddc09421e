"""_doctest_run: doctest's DocTestRunner and DebugRunner, and the
DocTestFailure and UnexpectedException the latter raises. Each example is
compiled in 'single' mode and run in the test's globals with sys.stdout
caught, so printed output and the value of an expression statement are
what is compared (MicroPython's own display of those values writes to the
process's stdout: importing codeop replaces it with one writing repr() to
sys.stdout and keeping the value in builtins._). MicroPython's 'single' mode refuses a source
that starts with a comment or blank line, so those lines are dropped for
it (a traceback's line numbers in such an example count from the first
line of code). Reports, verbose trace and summary are
CPython 3.11's texts. An unexpected exception's traceback is the
interpreter's own, with each example's source line put back under its
'<doctest name[n]>' frame as CPython shows it; it has no column markers,
and its first frame is this module's rather than CPython's doctest.py."""
import sys
import builtins
import traceback
import codeop  # noqa: F401  makes 'single' code show values through sys.stdout
from collections import namedtuple
from _doctest_parse import SKIP, IGNORE_EXCEPTION_DETAIL, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST
from _doctest_check import OutputChecker, _indent, _strip_exception_details

TestResults = namedtuple('TestResults', 'failed attempted')


class _SpoofOut:
    """What sys.stdout is while an example runs: collects the text, and
    hands it back ending in a newline when there is any (an expected
    output cannot say it lacks one)."""
    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def getvalue(self):
        text = ''.join(self._parts)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        text = ''.join(self._parts)
        self._parts = [text[:size]] if size else []
        return size or 0


def _exception_traceback(exc_info, sources=None):
    # The traceback as the interpreter prints it; frames of examples get
    # their source line, which the printer cannot read from a file.
    lines = traceback.format_exception(exc_info[0], exc_info[1], exc_info[2])
    text = ''.join(lines)
    if not sources:
        return text
    out = []
    rows = text.split('\n')
    for i, row in enumerate(rows):
        out.append(row)
        head = row.strip()
        if not head.startswith('File "<doctest '):
            continue
        nxt = rows[i + 1] if i + 1 < len(rows) else ''
        if nxt.startswith('    '):
            continue  # already has its line
        end = head.find('"', 6)
        src = sources.get(head[6:end])
        try:
            lineno = int(head[end:].split('line ')[1].split(',')[0])
        except (IndexError, ValueError):
            continue
        if src and 1 <= lineno <= len(src) and src[lineno - 1].strip():
            out.append(row[:len(row) - len(row.lstrip())] + '  ' + src[lineno - 1].strip())
    return '\n'.join(out)


def _compile(source, filename):
    try:
        return compile(source, filename, 'single')
    except SyntaxError:
        lines = source.split('\n')
        first = 0
        while first < len(lines) - 1 and lines[first].strip()[:1] in ('', '#'):
            first += 1
        if not first:
            raise
    return compile('\n'.join(lines[first:]), filename, 'single')


class DocTestRunner:
    """run(test) runs a DocTest's examples and reports each failure through
    report_failure / report_unexpected_exception (and, when verbose, each
    start and success); summarize() prints the totals of all runs."""
    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        # unless told, be verbose when the script itself was run with -v
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self._checker = checker or OutputChecker()
        # run() changes optionflags per example; the original is kept apart
        self.optionflags = self.original_optionflags = optionflags
        # totals over all runs, and per test name for summarize()/merge()
        self.tries = self.failures = 0
        self._name2ft = {}
        # examples' output is captured here while they run
        self._fakeout = _SpoofOut()

    # -- what is shown ---------------------------------------------------------

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info, self._sources(test))))

    def _sources(self, test):
        return dict(('<doctest %s[%d]>' % (test.name, i), ex.source.splitlines())
                    for i, ex in enumerate(test.examples))

    def _failure_header(self, test, example):
        rows = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            rows.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            rows.append('Line %s, in %s' % (example.lineno + 1, test.name))
        rows.append('Failed example:')
        rows.append(_indent(example.source))
        return '\n'.join(rows)

    # -- running ----------------------------------------------------------------

    def _DocTestRunner__run(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            # after the first failure REPORT_ONLY_FIRST_FAILURE runs on
            # quietly, still counting
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = base_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            exc_info = None
            try:
                exec(_compile(example.source, filename), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            outcome = 'failure'
            if exc_info is None:
                if check(example.want, got, self.optionflags):
                    outcome = 'success'
            else:
                exc_msg = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
                if not quiet:
                    got += _exception_traceback(exc_info, self._sources(test))
                if example.exc_msg is None:
                    outcome = 'boom'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = 'success'
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = 'success'

            if outcome == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if not quiet:
                    if outcome == 'failure':
                        self.report_failure(out, test, example, got)
                    else:
                        self.report_unexpected_exception(out, test, example, exc_info)
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._DocTestRunner__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _DocTestRunner__record_outcome(self, test, f, t):
        f0, t0 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f0 + f, t0 + t)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs test's examples in test.globs, writing reports with out
        (default: sys.stdout's write); clears the globals after unless
        clear_globs is false. Returns TestResults(failed, attempted)."""
        self.test = test
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        sys.stdout = self._fakeout
        try:
            return self._DocTestRunner__run(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        """Prints the totals of every test run so far (the names without
        tests, passing and failing when verbose; else only the failing)
        and returns TestResults(failed, attempted) over all of them."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_t = total_f = 0
        for name, (f, t) in self._name2ft.items():
            total_t += t
            total_f += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_t, 'tests in', len(self._name2ft), 'items.')
            print(total_t - total_f, 'passed and', total_f, 'failed.')
        if total_f:
            print('***Test Failed***', total_f, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_f, total_t)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            f0, t0 = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f0 + f, t0 + t)


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner): test,
    example and got say which and what."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised what it did not expect (raised by DebugRunner):
    test, example and exc_info say which and what."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A DocTestRunner that stops at the first failure, raising
    DocTestFailure or UnexpectedException; the globals are kept then."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)
