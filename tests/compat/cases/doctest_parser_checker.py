"""doctest's pieces on their own: DocTestParser (examples, expected output
and exceptions, options, line numbers, indentation, the errors for bad
docstrings), DocTest and Example, OutputChecker.check_output under each
comparison flag and output_difference with the ndiff, unified and context
reports, register_optionflag and script_from_examples."""
import doctest

parser = doctest.DocTestParser()

text = '''
    Some words.

    >>> x = 1
    >>> x + 1
    2
    >>> if x:
    ...     print('yes')
    ...     print('  two')
    yes
      two

    >>> print('a')   # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    a
    >>> print(1)  #doctest:-ELLIPSIS
    1
    >>> raise ValueError('no')
    Traceback (most recent call last):
      File "x", line 1
        more
    ValueError: no
    and a second line
    >>> # only a comment
    >>> print("#doctest: +SKIP")
    #doctest: +SKIP
    Text after.
    \t>>> tabbed
'''

flag_names = dict((v, k) for k, v in doctest.OPTIONFLAGS_BY_NAME.items())


def show(ex):
    opts = sorted((flag_names[k], v) for k, v in ex.options.items())
    print('  source=%r want=%r exc_msg=%r lineno=%r indent=%r options=%r'
          % (ex.source, ex.want, ex.exc_msg, ex.lineno, ex.indent, opts))


for piece in parser.parse(text, 'text'):
    if isinstance(piece, doctest.Example):
        show(piece)
    else:
        print('  text=%r' % piece)

test = parser.get_doctest(text, {'g': 1}, 'name', 'file.py', 10)
print(test, test.name, test.filename, test.lineno, len(test.examples), test.globs)
print(parser.get_doctest('nothing', {}, 'empty', None, None))
print(parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f', 0))
print(test == parser.get_doctest(text, {'g': 1}, 'name', 'file.py', 10))
print(len(parser.get_examples('>>> 1\n1\n>>> 2\n2')))

e = doctest.Example('print(1)', '1')
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(e == doctest.Example('print(1)\n', '1\n'), e == doctest.Example('print(2)', '1'))
print(repr(doctest.Example('x', '', 'ValueError: v').exc_msg))

bad = [
    '>>>print(1)\n',
    '  >>> if 1:\n ...   pass\n',
    '   >>> print(1)\n  1\n',
    '>>> 1  # doctest: +NOTAFLAG\n',
    '>>> 1  # doctest: ELLIPSIS\n',
    '>>> # doctest: +ELLIPSIS\n',
    '>>> if 1:\n...pass\n',
]
for b in bad:
    try:
        parser.get_examples(b, 'bad')
        print('no error for', repr(b))
    except ValueError as err:
        print('ValueError:', err)

checker = doctest.OutputChecker()
cases = [
    ('1\n', '1\n', 0),
    ('1\n', 'True\n', 0),
    ('0\n', 'False\n', 0),
    ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n   \nb\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE),
    ('a  b\nc\n', 'a b c\n', doctest.NORMALIZE_WHITESPACE),
    ('a b c\n', 'abc\n', doctest.NORMALIZE_WHITESPACE),
    ('[1, ..., 9]\n', '[1, 2, 3, 9]\n', doctest.ELLIPSIS),
    ('[1, ..., 9]\n', '[1, 2, 3, 9]\n', 0),
    ('aa...aa\n', 'aaa\n', doctest.ELLIPSIS),
    ('...\n', 'anything\n', doctest.ELLIPSIS),
    ('a...b...c\n', 'a1b2c\n', doctest.ELLIPSIS),
    ('a...b...c\n', 'a1c2b\n', doctest.ELLIPSIS),
    ('x ... y\n', 'x\n  1\n  2 y\n', doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
    ('caf\\xe9\n', 'caf\xe9\n', 0),
    ('', '', 0),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))

print(doctest._ellipsis_match('aa...aa', 'aaa'), doctest._ellipsis_match('a...', 'abc'))
print(repr(doctest._strip_exception_details('pkg.mod.Error: details\nmore')),
      repr(doctest._strip_exception_details('Error')))

want = 'one\ntwo\nthree\nfour\nfive\n'
got = 'one\nTWO\nthree\nfour\nsix\nseven\n'
ex = doctest.Example('f()', want)
for name in ('REPORT_NDIFF', 'REPORT_UDIFF', 'REPORT_CDIFF'):
    print('--', name)
    print(checker.output_difference(ex, got, getattr(doctest, name)), end='')
print('-- short udiff falls back')
print(checker.output_difference(doctest.Example('f()', 'a\nb\n'), 'a\nc\n', doctest.REPORT_UDIFF), end='')
print('-- ndiff of characters')
print(checker.output_difference(doctest.Example('f()', 'hello world\n'), 'hello wrld\n',
                                doctest.REPORT_NDIFF), end='')
print('-- plain')
print(checker.output_difference(ex, got, 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'x\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'x\n'), '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'a\n\nb\n'), 'a\n  \nb\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'a\n\nb\n'), 'a\n\nb\n',
                                doctest.DONT_ACCEPT_BLANKLINE), end='')

print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.ELLIPSIS, doctest.FAIL_FAST)
flag = doctest.register_optionflag('MY_FLAG')
print(flag, doctest.register_optionflag('MY_FLAG'), 'MY_FLAG' in doctest.OPTIONFLAGS_BY_NAME)
print(parser.get_examples('>>> 1  # doctest: +MY_FLAG\n1\n')[0].options == {flag: True})

script = doctest.script_from_examples('''
    Here is some math.

        >>> 2 + 2
        5

    And a loop:

        >>> for i in range(2):
        ...     print(i)
        0
        1

    The end.
    ''')
print(script, end='')
print(sorted(doctest.__all__))


class Checker(doctest.OutputChecker):
    def check_output(self, want, got, optionflags):
        return want.lower() == got.lower()


runner = doctest.DocTestRunner(checker=Checker(), verbose=False)
t = parser.get_doctest(">>> print('HELLO')\nhello\n>>> print('x')\ny\n", {}, 'custom', None, 0)
print(runner.run(t))
runner2 = doctest.DocTestRunner(verbose=False)
t = parser.get_doctest(">>> z = 1\n>>> z\n1\n", {}, 'keep', None, 0)
print(runner2.run(t, clear_globs=False), sorted(k for k in t.globs if k != '__builtins__'))
out = []
t = parser.get_doctest(">>> print(1)\n2\n", {}, 'collected', 'c.txt', 4)
print(runner2.run(t, out=out.append))
print(out)
print(runner2.summarize(verbose=True))
