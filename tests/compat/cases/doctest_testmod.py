"""doctest.testmod() on this script, which is __main__: examples in the
module, function, class, method, static/class method, property and
__test__ docstrings, passing and failing, with directives and exceptions;
quiet and verbose reports, the TestResults, testfile and
run_docstring_examples. Paths are cut down to the file's name, and the
frames of doctest's own module are left out of tracebacks (they name
CPython's doctest.py).

>>> 6 * 7
42
>>> print('a\\n\\nb')
a
<BLANKLINE>
b
"""
import contextlib
import io
import os
import re
import sys
import tempfile
from os.path import join  # imported functions are not searched
import functools
import doctest

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    # file names as bare names; no frames of doctest itself, no ~^ markers
    text = text.replace(HERE + os.sep, '')
    out = []
    skip = False
    for line in text.split('\n'):
        if skip:
            skip = False
            if not line.lstrip().startswith('File "'):
                continue  # the frame's source line (a library without sources has none)
        if re.search(r'File "(?:[^"]*/)?(?:doctest|_doctest_\w+)\.py", line \d+, in ', line):
            skip = True
            continue
        if line.strip() and set(line.strip()) <= set('~^'):
            continue
        out.append(line)
    return '\n'.join(out)


def run(label, f, *args, **kwargs):
    print('==', label)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = f(*args, **kwargs)
    print(clean(buf.getvalue()), end='')
    print('->', result)
    return result


def add(a, b):
    """Adds.

    >>> add(1, 2)
    3
    >>> add(1, 2)
    4
    >>> [1, 2,
    ...  3]
    [1, 2, 3]
    >>> for i in range(3):
    ...     i
    0
    1
    2
    >>> print('tail   ')
    tail
    >>> int('x')
    Traceback (most recent call last):
      ...
    ValueError: invalid literal for int() with base 10: 'x'
    >>> int('y')
    Traceback (most recent call last):
    ValueError: wrong message
    """
    return a + b


def directives():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(20)))
    [0, 1, ..., 19]
    >>> print('a  b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> raise_it()  # doctest: +SKIP
    whatever
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mod.sub.KeyError: other
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: 'k'
    >>> 1 == 1
    1
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print('x\\n\\ny')  # doctest: +DONT_ACCEPT_BLANKLINE
    x
    <BLANKLINE>
    y
    >>> print('')
    <BLANKLINE>
    >>> x = 5
    >>> x
    5
    >>> _
    5
    >>> None
    >>> 'end'
    'end'
    """


def diffs():
    """
    >>> print('one\\ntwo\\nthree\\nfour')  # doctest: +REPORT_UDIFF
    one
    TWO
    three
    four
    >>> print('one\\ntwo\\nthree\\nfour')  # doctest: +REPORT_CDIFF
    one
    two
    three
    """
    pass


def nothing():
    """
    >>> print('surprise')
    >>> None
    """


def boom():
    """
    >>> def f(n):
    ...     return 10 // n
    >>> f(0)
    10
    >>> f(2)
    5
    """


class Shape:
    """A shape.

    >>> Shape(3).side
    3
    """

    def __init__(self, side):
        """
        >>> Shape(2).side * 2
        4
        """
        self.side = side

    def area(self):
        """
        >>> Shape(3).area()
        9
        >>> Shape(3).area()
        10
        """
        return self.side ** 2

    @staticmethod
    def unit():
        """
        >>> Shape.unit().side
        1
        """
        return Shape(1)

    @classmethod
    def double(cls, s):
        """
        >>> Shape.double(2).side
        4
        """
        return cls(s * 2)

    @property
    def perimeter(self):
        """
        >>> Shape(2).perimeter
        9
        """
        return self.side * 4

    class Inner:
        """
        >>> Shape.Inner.__name__
        'Inner'
        """

    def undocumented(self):
        return 1


def logged(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@logged
def decorated(n):
    """A decorated function: its docstring is found below the decorator.

    >>> decorated(2)
    3
    """
    return n


def one_liner(): "  >>> one_liner()\n  'no'"; return 'yes'


class Outer:
    class Inner:
        def method(self):
            '''
            >>> Outer.Inner().method()
            0
            '''
            return 1


class Error(Exception):
    pass


def raises():
    """
    >>> raise Error('bad')
    Traceback (most recent call last):
        ...
    Error: bad
    >>> raise Error('bad')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    Error: b...
    """


__test__ = {
    'text': """
    >>> y = 3
    >>> y * 2
    6
    >>> y
    4
    """,
    'func': nothing,
}


def only_first():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """


def fail_fast():
    """
    >>> 1
    2
    >>> 3
    4
    """


run('quiet', doctest.testmod)
run('verbose', doctest.testmod, verbose=True)
run('no report', doctest.testmod, report=False)
run('exclude_empty=True, flags', doctest.testmod, exclude_empty=True,
    optionflags=doctest.ELLIPSIS | doctest.REPORT_ONLY_FIRST_FAILURE, verbose=False)
run('fail fast', doctest.testmod, optionflags=doctest.FAIL_FAST)
run('extraglobs', doctest.testmod, extraglobs={'add': lambda a, b: 4}, report=True)
print('master', doctest.master.failures, doctest.master.tries)

try:
    doctest.testmod(raise_on_error=True)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e.test.name, repr(e.example.source), repr(e.example.want), repr(e.got))
try:
    doctest.testmod(raise_on_error=True, optionflags=doctest.SKIP)
except doctest.DocTestFailure as e:
    print('unexpected')
else:
    print('all skipped')


def local(n):
    """
    >>> local(2)
    4
    >>> local(3)
    10
    """
    return n * 2


run('run_docstring_examples', doctest.run_docstring_examples, local, {'local': local})
run('run_docstring_examples verbose', doctest.run_docstring_examples, local, {'local': local},
    verbose=True, name='Local')

try:
    doctest.testmod(42)
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'example.txt')
    with open(path, 'w') as f:
        f.write('Some text.\n\n    >>> a = 2\n    >>> a + 1\n    3\n    >>> a * 10\n    21\n\n'
                'More text.\n\n>>> print("x")\nx\n')
    print('==', 'testfile')
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = doctest.testfile(path, module_relative=False)
        r2 = doctest.testfile(path, module_relative=False, verbose=True, name='named')
    print(buf.getvalue().replace(tmp + os.sep, ''), end='')
    print(r, r2)
    print(r.failed, r.attempted, r == (1, 3))
