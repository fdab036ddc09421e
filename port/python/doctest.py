"""doctest: run the interactive examples in docstrings and text files, as
CPython 3.11's doctest does, with its reports.

testmod() (the running script, as `if __name__ == "__main__":
doctest.testmod()`, or a module), testfile(), run_docstring_examples(), the
classes under them (DocTestParser, DocTestFinder, DocTestRunner,
DebugRunner, OutputChecker, Example, DocTest; in _doctest_parse,
_doctest_find, _doctest_run and _doctest_check; DocTestCase in
_doctest_unit), the option flags
(ELLIPSIS, NORMALIZE_WHITESPACE, SKIP, IGNORE_EXCEPTION_DETAIL,
DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, the REPORT_* diffs,
REPORT_ONLY_FIRST_FAILURE, FAIL_FAST; register_optionflag), the unittest
bridge (DocTestSuite, DocFileSuite, DocTestCase, set_unittest_reportflags),
script_from_examples, testsource, and `-m doctest [-v] [-o FLAG] [-f] file...`.

Not as CPython: there is no pdb, so debug(), debug_src() and debug_script()
raise NotImplementedError, and pdb.set_trace() inside an example is not
redirected; __future__ flags of the globals are not passed on to the
examples (this interpreter has no optional ones). A traceback under
'Exception raised:' has no column markers and names this library's frame
instead of CPython's doctest.py. MicroPython's syntax errors say less than
CPython's, so an example expecting a SyntaxError's details needs
IGNORE_EXCEPTION_DETAIL or '...'."""
import os
import sys
import inspect
from _doctest_parse import (OPTIONFLAGS_BY_NAME, register_optionflag, DONT_ACCEPT_TRUE_FOR_1,
                            DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
                            IGNORE_EXCEPTION_DETAIL, COMPARISON_FLAGS, REPORT_UDIFF, REPORT_CDIFF,
                            REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, REPORTING_FLAGS,
                            BLANKLINE_MARKER, ELLIPSIS_MARKER, Example, DocTest, DocTestParser)
from _doctest_check import OutputChecker, _ellipsis_match, _strip_exception_details, _indent
from _doctest_find import DocTestFinder
from _doctest_run import (TestResults, DocTestRunner, DebugRunner, DocTestFailure,
                          UnexpectedException, _SpoofOut, _exception_traceback)
from _doctest_unit import (DocTestCase, DocFileCase, _DocTestSuite, set_unittest_reportflags)

__docformat__ = 'reStructuredText en'

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
           'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
           'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
           'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
           'testsource', 'debug_src', 'debug']

# the runner of the first testmod()/testfile(); later ones are merged into it
master = None


def _normalize_module(module, depth=2):
    # A module, a module's name, or None for the module of the caller
    # `depth` frames up (the caller of the public function).
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    raise TypeError('Expected a module, string, or None')


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if getattr(module, '__file__', None):
        base = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        base = os.path.split(sys.argv[0])[0] if sys.argv and sys.argv[0] else os.curdir
    else:
        path = getattr(module, '__path__', None)
        for directory in ([path] if isinstance(path, str) else path or []):
            full = os.path.join(directory, test_path)
            if os.path.exists(full):
                return full
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, test_path)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _make_runner(raise_on_error, verbose, optionflags):
    cls = DebugRunner if raise_on_error else DocTestRunner
    return cls(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default: __main__)
    and what it defines, and in its __test__ dict; prints the failures
    (everything when verbose, default: '-v' in sys.argv) and, with report,
    the summary. Returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _make_runner(raise_on_error, verbose, optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None,
             report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file: by default a '/'-separated path
    relative to the calling module's directory (or package's), else
    (module_relative=False) a path of the system. Returns
    TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, filename = _load_testfile(filename, package, module_relative, encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Runs the examples in f's own docstring (not in what it contains)
    with globs as their globals; prints failures, everything if verbose."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# -- unittest ---------------------------------------------------------------------

def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of a DocTestCase for each docstring with examples
    in module (a module, its name, or the calling module). options:
    setUp, tearDown (called with the DocTest), optionflags, checker."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            test.filename = filename[:-1] if filename.endswith('.pyc') else filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, path = _load_testfile(path, package, module_relative, encoding or 'utf-8')
    if '__file__' not in globs:
        globs['__file__'] = path
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of a DocFileCase for each text file; keywords as
    testfile's (module_relative, package, globs, parser, encoding) and
    DocTestSuite's options."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# -- examples as a script -----------------------------------------------------------

def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def script_from_examples(s):
    """The examples of s as a Python script: their source as code, their
    expected output and the text around them as comments."""
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            if piece.want:
                out.append('# Expected:')
                out.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            out.extend(_comment_line(line) for line in piece.split('\n')[:-1])
    while out and out[-1] == '#':
        out.pop()
    while out and out[0] == '#':
        out.pop(0)
    return '\n'.join(out) + '\n'


def testsource(module, name):
    """The script of the examples of the docstring called name in module."""
    module = _normalize_module(module)
    found = [t for t in DocTestFinder().find(module) if t.name == name]
    if not found:
        raise ValueError(name, 'not found in tests')
    return script_from_examples(found[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError('doctest.debug_src: there is no pdb')


def debug_script(src, pm=False, globs=None):
    raise NotImplementedError('doctest.debug_script: there is no pdb')


def debug(module, name, pm=False):
    raise NotImplementedError('doctest.debug: there is no pdb')


# -- python -m doctest ------------------------------------------------------------

def _test():
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[], help='specify a doctest option flag to apply to the test '
                        'run; may be specified more than once to apply multiple options')
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help='stop running tests after first failure (this is a shorthand for '
                        '-o FAIL_FAST, and is in addition to any other -o options)')
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            # a module: imported from its directory (made absolute, so its
            # __file__ is, as CPython's import makes it)
            dirname, base = os.path.split(filename)
            sys.path.insert(0, os.path.abspath(dirname))
            m = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=args.verbose, optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
