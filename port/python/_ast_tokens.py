"""Source text to the token list ast's parser reads: tokenize's tokens
without comments and NL, as tuples (kind, text, line, col, end_line,
end_col) whose columns are UTF-8 byte offsets (as CPython's AST
positions are), and the SyntaxErrors of the tokenizing stage with
CPython 3.11's messages (unterminated strings, brackets never closed or
not matching, bad indentation)."""
import tokenize as _tokenize
from io import StringIO

# tokenize's numeric types to the short names the parser compares against
_KINDS = {_tokenize.NAME: 'NAME', _tokenize.NUMBER: 'NUMBER', _tokenize.STRING: 'STRING',
          _tokenize.OP: 'OP', _tokenize.NEWLINE: 'NEWLINE', _tokenize.INDENT: 'INDENT',
          _tokenize.DEDENT: 'DEDENT', _tokenize.ENDMARKER: 'END'}
_SKIP = (_tokenize.COMMENT, _tokenize.NL)
_ERROR = _tokenize.ERRORTOKEN
_CLOSERS = {')': '(', ']': '[', '}': '{'}


def make_error(msg, filename, lineno, offset, text, end_lineno=None, end_offset=None,
               cls=SyntaxError):
    """A SyntaxError (or subclass) with CPython's details tuple; offset is
    1-based, as SyntaxError.offset is."""
    if end_lineno is None:
        end_lineno, end_offset = lineno, offset
    return cls(msg, (filename, lineno, offset, text, end_lineno, end_offset))


class Source:
    """The lines of a source and its column conversions."""

    def __init__(self, text, filename):
        self.text = text
        self.filename = filename
        self.lines = text.split('\n')
        self.ascii = {}
        self.unclosed = None  # the error for a bracket still open at the end

    def line(self, row):
        if 1 <= row <= len(self.lines):
            return self.lines[row - 1]
        return ''

    def bcol(self, row, col):
        """The UTF-8 byte offset of character column col on line row."""
        flag = self.ascii.get(row)
        if flag is None:
            line = self.line(row)
            flag = self.ascii[row] = len(line.encode()) == len(line)
        if flag:
            return col
        return len(self.line(row)[:col].encode())

    def ccol(self, row, bcol):
        """The character column of UTF-8 byte offset bcol on line row."""
        if self.ascii.get(row, True):
            return bcol
        return len(self.line(row).encode()[:bcol].decode('utf-8', 'ignore'))

    def error(self, msg, row, col, end_row=None, end_col=None, cls=SyntaxError, bytecols=False):
        """A SyntaxError at 0-based column col (characters unless bytecols)."""
        text = self.line(row)
        if row < len(self.lines):
            text += '\n'
        if bytecols:
            col = self.ccol(row, col)
            if end_col is not None and end_row is not None:
                end_col = self.ccol(end_row, end_col)
        if end_row is None:
            end_row, end_col = row, col
        return make_error(msg, self.filename, row, col + 1, text, end_row, end_col + 1, cls)


def tokens(source):
    """The token tuples of source (a Source); raises SyntaxError."""
    out = []
    append = out.append
    stack = []  # open brackets: (char, row, col)
    kinds = _KINDS
    ascii_rows = source.ascii
    lines = source.lines
    gen = _tokenize.generate_tokens(StringIO(source.text).readline)
    try:
        for tok in gen:
            kind = tok[0]
            if kind in _SKIP:
                continue
            text = tok[1]
            (r1, c1), (r2, c2) = tok[2], tok[3]
            if kind == _ERROR:
                _bad_token(source, text, r1, c1)
                continue
            if kind == _tokenize.OP:
                if text in '([{':
                    stack.append((text, r1, c1))
                elif text in ')]}':
                    _close(source, stack, text, r1, c1)
            # byte columns, converting only lines that are not ASCII
            flag = ascii_rows.get(r1)
            if flag is None:
                line = lines[r1 - 1] if r1 <= len(lines) else ''
                flag = ascii_rows[r1] = len(line.encode()) == len(line)
            if not flag:
                c1 = source.bcol(r1, c1)
            if r2 != r1 or not flag:
                c2 = source.bcol(r2, c2)
            append((kinds[kind], text, r1, c1, r2, c2))
    except _tokenize.TokenError as exc:
        msg, (row, col) = exc.args
        if 'string' in msg:
            text = source.text
            last = text.count('\n') + (0 if text.endswith('\n') else 1)
            raise source.error('unterminated triple-quoted string literal (detected at line %d)'
                               % last, row, col)
        if stack:
            char, row, col = stack[-1]
            # the parser may find an error before the end: it runs on the
            # tokens read so far, and reports this error if it gets to the end
            source.unclosed = source.error("'%s' was never closed" % char, row, col)
            end = out[-1] if out else ('END', '', 1, 0, 1, 0)
            out.append(('END', '', end[4], end[5], end[4], end[5]))
            return out
        raise source.error('unexpected EOF while parsing', row, col)
    except IndentationError as exc:
        if isinstance(exc, SyntaxError) and getattr(exc, 'lineno', None):
            row = exc.lineno
            raise source.error(exc.args[0] if exc.args else 'unindent does not match any outer '
                               'indentation level', row, len(source.line(row)),
                               cls=IndentationError)
        raise
    return out


def _close(source, stack, char, row, col):
    if not stack:
        raise source.error("unmatched '%s'" % char, row, col)
    opener, orow, ocol = stack.pop()
    if _CLOSERS[char] != opener:
        msg = "closing parenthesis '%s' does not match opening parenthesis '%s'" % (char, opener)
        if orow != row:
            msg += ' on line %d' % orow
        raise source.error(msg, row, col)


def _bad_token(source, text, row, col):
    if text.isspace():
        return
    if text in ('"', "'") or text[:1] in ('"', "'") or text.lstrip('bBrRuUfF')[:1] in ('"', "'"):
        raise source.error('unterminated string literal (detected at line %d)' % row, row, col)
    raise source.error('invalid syntax', row, col)
