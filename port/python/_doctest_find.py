"""_doctest_find: doctest's DocTestFinder - the DocTests of an object's
docstring and of what it contains: a module's functions and classes
defined in that module (not imported ones) and its __test__ dict, a
class's methods, static and class methods, properties and nested classes,
recursively; sorted by name.

Each test's line is the 0-based line of its docstring in the file, as
CPython finds it: 0 for a module, the 'class NAME' line's docstring for a
class, and for a function its def's. MicroPython's co_firstlineno is the
first line of the body after the docstring (CPython's: the def or its first
decorator), so the def is looked for upwards from there, by the code's
name, before looking downwards for the docstring's quote as CPython does.
Properties and strings in __test__ have no line (reported as 'line ?')."""
import re
import sys
import inspect
import linecache
from _doctest_parse import DocTestParser

# the line a docstring starts on: a quote first, or after a 'def ...:'
_DOC_START = re.compile(r'(^|.*:)\s*\w*("|\')')


def _is_routine(obj):
    try:
        obj = inspect.unwrap(obj)
    except ValueError:
        pass
    return inspect.isroutine(obj)


class DocTestFinder:
    """find(obj, name=None, module=None, globs=None, extraglobs=None) gives
    the DocTests of obj and (recurse=True) of what it contains; with
    exclude_empty=False objects without a docstring give empty tests."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        source_lines = None
        try:
            path = inspect.getsourcefile(obj)
        except (TypeError, OSError):
            path = None
        if path:
            source_lines = linecache.getlines(path) or None

        # the tests share one fresh namespace: a copy of globs (or of the
        # module's), plus extraglobs, named __main__ unless it says otherwise
        if globs is not None:
            namespace = globs.copy()
        elif module is not None:
            namespace = module.__dict__.copy()
        else:
            namespace = {}
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')
        globs = namespace

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        # Is obj defined in module (so its docstring is this module's to test)?
        if module is None:
            return True
        if inspect.isbuiltin(obj):
            # built-in functions have no docstrings here, and their
            # __module__ may name a module that imported them
            return False
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == getattr(obj, '__module__', None)
        if isinstance(obj, property):
            return True  # nothing tells where it was made
        # a builtin function with no module to name: not defined in Python
        return False

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        # an object reached under several names is tested once
        key = id(obj)
        if key in seen:
            return
        seen[key] = 1

        found = self._get_test(obj, name, module, globs, source_lines)
        if found is not None:
            tests.append(found)
        if not self._recurse:
            return

        if inspect.ismodule(obj):
            for key, val in list(obj.__dict__.items()):
                if (_is_routine(val) or inspect.isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, key), module, source_lines, globs, seen)
            for key, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(key),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or inspect.ismodule(val)
                        or isinstance(val, str)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r' % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, key), module, source_lines,
                           globs, seen)

        if inspect.isclass(obj):
            for key, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, key), module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        text = _doc_text(obj)
        lineno = self._find_lineno(obj, source_lines)
        if not text and self._exclude_empty:
            return None
        where = None if module is None else _module_file(module)
        return self._parser.get_doctest(text, globs, name, where, lineno)

    def _find_lineno(self, obj, source_lines):
        # The 0-based line where obj's docstring starts, or None.
        lineno = None
        doc = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and doc is not None:
            lineno = 0
        if inspect.isclass(obj) and doc is not None:
            if source_lines is None:
                return None
            head = re.compile(r'^\s*class\s*%s\b' % getattr(obj, '__name__', '-'))
            for i, line in enumerate(source_lines):
                if head.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        code = None
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            code = obj.__code__
        elif inspect.iscode(obj):
            code = obj
        if code is not None:
            lineno = code.co_firstlineno - 1
            if source_lines is not None:
                lineno = self._def_line(code, lineno, source_lines)
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        for i in range(lineno, len(source_lines)):
            if _DOC_START.match(source_lines[i]):
                return i
        return None

    def _def_line(self, code, lineno, source_lines):
        # From the body's first line up to the 'def NAME' that starts it.
        name = getattr(code, 'co_name', '')
        head = re.compile(r'^\s*(async\s+)?def\s+%s\b' % re.escape(name)) \
            if name and name != '<lambda>' else re.compile(r'.*\blambda\b')
        i = min(lineno, len(source_lines) - 1)
        while i >= 0:
            if head.match(source_lines[i]):
                return i
            i -= 1
        return lineno


def _doc_text(obj):
    # a __test__ entry may be the text itself; odd __doc__ values are
    # stringified, and objects whose __doc__ cannot be read have none
    if isinstance(obj, str):
        return obj
    try:
        doc = obj.__doc__
        if doc is None:
            return ''
        return doc if isinstance(doc, str) else str(doc)
    except (TypeError, AttributeError):
        return ''


def _module_file(module):
    where = getattr(module, '__file__', None) or module.__name__
    # name the source file rather than its compiled form
    return where[:-1] if where.endswith('.pyc') else where
