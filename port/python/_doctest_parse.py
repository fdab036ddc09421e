"""_doctest_parse: the option flags, Example, DocTest and DocTestParser of
doctest (which re-exports them). A docstring is cut into examples the way
CPython 3.11 cuts it: a '>>> ' line and the '... ' lines right after it are
the source, the non-blank lines up to the next prompt or blank line the
expected output, a 'Traceback (most recent call last):' output an expected
exception whose message is its first unindented line after the header, and
'# doctest: +FLAG, -FLAG' comments the example's options. Line numbers are
0-based from the start of the string; the errors for a malformed docstring
carry CPython's texts."""
import re

# -- option flags --------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Each name gets the next bit once; asking again gives the same bit.
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# -- what a docstring holds --------------------------------------------------------

def _with_newline(s):
    return s if s.endswith('\n') else s + '\n'


class Example:
    """One example: its source (ending in a newline), the output it should
    print (empty, or ending in a newline), the message of the exception it
    should raise (or None), its 0-based line in the docstring, its
    indentation and its {flag: on} options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _with_newline(source)
        self.want = _with_newline(want) if want else want
        self.exc_msg = None if exc_msg is None else _with_newline(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._key())


class DocTest:
    """The examples of one docstring, run together in one namespace (a copy
    of globs), with the name, file and 0-based line they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        # the test runs in its own copy of the globals it was given
        self.globs = globs.copy()
        self.name, self.filename, self.lineno = name, filename, lineno
        self.examples, self.docstring = examples, docstring

    def __repr__(self):
        n = len(self.examples)
        count = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename, self.lineno, count)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _order(self):
        return (self.name, self.filename, self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._order() < other._order()


# -- cutting a docstring up -----------------------------------------------------------

# A prompt line, the '...' lines right after it (at any indentation: a wrong
# one is an error found later), then the output: lines that are neither
# blank nor prompts.
_EXAMPLE = re.compile(r'^(?P<source>(?P<indent>[ ]*)>>>.*(?:\n[ ]*\.\.\..*)*)\n?'
                      r'(?P<want>(?:(?![ ]*$)(?![ ]*>>>).+$\n?)*)', re.MULTILINE)
# An expected exception: the traceback header, anything, then the message
# from the first line that starts with a word character.
_EXCEPTION = re.compile(r'^(?P<hdr>Traceback \((?:most recent call last|innermost last)\):)\s*$'
                        r'(?P<stack>.*?)^(?P<msg>\w+.*)', re.MULTILINE | re.DOTALL)
# A '# doctest:' comment not followed by a quote on its line (so most such
# texts inside string literals are not taken for one).
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$')


def _is_blank_or_comment(s):
    return _BLANK_OR_COMMENT.match(s) is not None


def _min_indent(s):
    # over the lines with something other than whitespace on them
    indents = []
    for line in s.split('\n'):
        rest = line.lstrip(' ')
        if rest and not rest[0].isspace():
            indents.append(len(line) - len(rest))
    return min(indents) if indents else 0


class DocTestParser:
    """Finds the examples in a string (parse, get_examples) and makes a
    DocTest of them (get_doctest)."""

    def parse(self, string, name='<string>'):
        # The text between examples and the Examples, alternating, text first.
        string = string.expandtabs()
        margin = _min_indent(string)
        if margin:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        pieces = []
        pos = lineno = 0
        for m in _EXAMPLE.finditer(string):
            pieces.append(string[pos:m.start()])
            lineno += string.count('\n', pos, m.start())
            source, options, want, exc_msg = self._parse_example(m, name, lineno)
            if not _is_blank_or_comment(source):
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=margin + len(m.group('indent')), options=options))
            lineno += string.count('\n', m.start(), m.end())
            pos = m.end()
        pieces.append(string[pos:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def _parse_example(self, m, name, lineno):
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)

        want_lines = m.group('want').split('\n')
        # the last newline and any spaces after it belong to no line
        if len(want_lines) > 1 and not want_lines[-1].strip(' '):
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)

        exc = _EXCEPTION.match(want)
        exc_msg = exc.group('msg') if exc else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        return _min_indent(s)

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + i + 1, name, line))
