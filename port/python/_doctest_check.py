"""_doctest_check: doctest's OutputChecker - does what an example printed
match what its docstring expects (check_output, under the comparison
flags: True for 1, <BLANKLINE>, NORMALIZE_WHITESPACE, ELLIPSIS), and the
text that tells how they differ (output_difference: 'Expected:'/'Got:', or
the ndiff, unified or context diff of the REPORT_* flags, made by difflib)
in CPython 3.11's words."""
import re
import difflib
from _doctest_parse import (DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
                            ELLIPSIS, REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF,
                            BLANKLINE_MARKER, ELLIPSIS_MARKER)

_BLANKLINE_WANT = re.compile(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER))
_SPACES_ONLY = re.compile(r'(?m)^[^\S\n]+$')
_BLANK_GOT = re.compile(r'(?m)^[ ]*(?=\n)')


def _indent(s, indent=4):
    # Indent every line that has something on it (spaces count), not the
    # empty ones.
    pad = ' ' * indent
    return '\n'.join(pad + line if line else line for line in s.split('\n'))


def _ellipsis_match(want, got):
    # '...' in want stands for any text, the shortest that lets the rest
    # match in order; the pieces at both ends must sit at the ends.
    if ELLIPSIS_MARKER not in want:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    if not got.startswith(head):
        return False
    start, end = len(head), len(got)
    if tail:
        if not got.endswith(tail):
            return False
        end -= len(tail)
    if start > end:
        return False  # head and tail overlap in got: 'aa...aa' against 'aaa'
    for piece in parts[1:-1]:
        start = got.find(piece, start, end)
        if start < 0:
            return False
        start += len(piece)
    return True


def _strip_exception_details(msg):
    # 'pkg.mod.Error: details' -> 'Error': the class's own name, without
    # the module that raised it and without the message.
    end = msg.find('\n')
    end = len(msg) if end < 0 else end
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    dot = msg.rfind('.', 0, end)
    return msg[dot + 1:end]


def _ascii(s):
    return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')


class OutputChecker:
    """check_output(want, got, optionflags) says whether the output matches;
    output_difference(example, got, optionflags) describes how it does not."""

    def _toAscii(self, s):
        return _ascii(s)

    def check_output(self, want, got, optionflags):
        # compared as ASCII with escapes, so output that differs only in
        # how it would be encoded still matches
        got, want = self._toAscii(got), self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _BLANKLINE_WANT.sub('', want)
            got = _SPACES_ONLY.sub('', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got, want = ' '.join(got.split()), ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS and _ellipsis_match(want, got):
            return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            return False
        # a unified or context diff only pays off past a few lines
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _BLANK_GOT.sub(BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            a, b = want.splitlines(True), got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(a, b, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(a, b, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                lines = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(a, b))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'
