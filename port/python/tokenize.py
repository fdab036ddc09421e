"""tokenize: Python source split into tokens as CPython 3.11's tokenize
module splits it: generate_tokens(readline) over text, tokenize(readline)
over bytes (an ENCODING token first, the encoding found by
detect_encoding), TokenInfo with exact_type, untokenize, open, TokenError,
and `python -m tokenize FILE` (add -e for exact types).

Tokens are NAME, NUMBER, STRING (f-strings whole, as in 3.11), OP,
COMMENT, NL (a line break inside brackets, or a blank or comment-only
line), NEWLINE (the end of a logical line), INDENT, DEDENT, ERRORTOKEN,
ENDMARKER; each has its start and end (row, column) and its physical
line(s)."""
import re
import sys
from collections import namedtuple
from io import TextIOWrapper
from token import *  # noqa: F401,F403 (the token numbers, as CPython's tokenize exports them)
from token import EXACT_TOKEN_TYPES, tok_name, COMMENT, NL, ENCODING, NAME, NUMBER, STRING, OP, \
    NEWLINE, INDENT, DEDENT, ERRORTOKEN, ENDMARKER

__all__ = ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo', 'TokenError', 'open']


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % (
            '%d (%s)' % (self.type, tok_name[self.type]), self.string, self.start, self.end, self.line)

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# ---- the patterns

def _any(*choices):
    return '(' + '|'.join(choices) + ')'


def _prefixes():
    # every string prefix, in any letter case: '', b, r, u, f, br, rb, fr, rf
    out = {''}
    for p in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in ({p, p[::-1]} if len(p) == 2 else {p}):
            cases = ['']
            for ch in order:
                cases = [c + x for c in cases for x in (ch, ch.upper())]
            out.update(cases)
    return out


_PREFIXES = _prefixes()
_PREFIX = _any(*sorted(_PREFIXES, key=len, reverse=True))

_WHITESPACE = r'[ \f\t]*'
_COMMENT = r'#[^\r\n]*'
_NAME = r'\w+'
_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_POINTFLOAT = _any(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + '(?:' + _EXPONENT + ')?'
_NUMBER = _any(
    _any(_DIGITS + r'[jJ]', _POINTFLOAT + r'[jJ]', _DIGITS + _EXPONENT + r'[jJ]'),
    _any(_POINTFLOAT, _DIGITS + _EXPONENT),
    _any(r'0[xX](?:_?[0-9a-fA-F])+', r'0[bB](?:_?[01])+', r'0[oO](?:_?[0-7])+',
         r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'))
# the rest of a string after its opening quote(s)
_SINGLE_TAIL = r"[^'\\]*(?:\\.[^'\\]*)*'"
_DOUBLE_TAIL = r'[^"\\]*(?:\\.[^"\\]*)*"'
_SINGLE3_TAIL = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
_DOUBLE3_TAIL = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
_TRIPLE_START = _PREFIX + "(?:'''|\"\"\")"
# a one-line string, or the start of one continued with a backslash
_CONT_STR = _any(_PREFIX + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _any("'", r'\\\r?\n'),
                 _PREFIX + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _any('"', r'\\\r?\n'))
_OPERATORS = _any(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
_FUNNY = _any(r'\r?\n', _OPERATORS)
_PSEUDO_EXTRAS = _any(r'\\\r?\n|\Z', _COMMENT, _TRIPLE_START)
_PSEUDO = re.compile(_WHITESPACE + _any(_PSEUDO_EXTRAS, _NUMBER, _FUNNY, _CONT_STR, _NAME))

_END = {"'": re.compile(_SINGLE_TAIL), '"': re.compile(_DOUBLE_TAIL),
        "'''": re.compile(_SINGLE3_TAIL), '"""': re.compile(_DOUBLE3_TAIL)}


def _quote_of(token):
    # the opening quote(s) of a string token that starts with its prefix
    rest = token.lstrip('bBrRuUfF')
    return rest[:3] if rest[:3] in ("'''", '"""') else rest[:1]


# ---- the tokenizer

def _tokens(readline):
    lnum = parenlev = 0
    continued = False
    indents = [0]
    contstr, contline, strstart, endprog = '', None, None, None
    line = last_line = ''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = ''
        if isinstance(line, bytes):
            raise TypeError('generate_tokens reads text: use tokenize() for bytes')
        lnum += 1
        pos, end_of_line = 0, len(line)

        if contstr:  # inside a string that began on an earlier line
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            m = endprog.match(line)
            if m:
                pos = m.end()
                yield TokenInfo(STRING, contstr + line[:pos], strstart, (lnum, pos), contline + line)
                contstr, contline = '', None
            else:
                contstr += line
                contline += line
                continue
        elif parenlev == 0 and not continued:  # a new statement
            if not line:
                break
            column = 0
            while pos < end_of_line:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // 8 + 1) * 8
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break
            if line[pos] in '#\r\n':  # a comment or a blank line
                if line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, text, (lnum, pos), (lnum, pos + len(text)), line)
                    pos += len(text)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:  # the statement goes on from the line before
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end_of_line:
            m = _PSEUDO.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            token, initial = line[start:end], line[start]
            if initial in '0123456789' or (initial == '.' and token not in ('.', '...')):
                yield TokenInfo(NUMBER, token, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, token, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, token, spos, epos, line)
            elif token.lstrip('bBrRuUfF')[:3] in ("'''", '"""') and token.rstrip('\'"') in _PREFIXES:
                endprog = _END[token[-3:]]
                m = endprog.match(line, pos)
                if m:
                    pos = m.end()
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart, contstr, contline = (lnum, start), line[start:], line
                    break
            elif initial in '\'"' or (token[:1] in 'bBrRuUfF' and _quote_of(token)[:1] in ('\'', '"')
                                        and token[:len(token) - len(token.lstrip('bBrRuUfF'))] in _PREFIXES):
                if token[-1] == '\n':  # continued with a backslash
                    strstart, endprog = (lnum, start), _END[_quote_of(token)]
                    contstr, contline = line[start:], line
                    break
                yield TokenInfo(STRING, token, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, token, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, token, spos, epos, line)

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    return _tokens(readline)


# ---- bytes: the encoding first

_COOKIE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
_BLANK = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)')


def _normal_encoding(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """(encoding, the lines read to find it), from a UTF-8 BOM or a coding
    cookie in the first two lines; 'utf-8' when there is neither."""
    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration')
        m = _COOKIE.match(text)
        if not m:
            return None
        encoding = _normal_encoding(m.group(1))
        try:
            b'x'.decode(encoding)
        except LookupError:
            raise SyntaxError('unknown encoding: ' + encoding)
        if bom and encoding != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        return encoding + '-sig' if bom else encoding

    bom = False
    first = read()
    if first.startswith(b'\xef\xbb\xbf'):
        bom, first = True, first[3:]
    default = 'utf-8-sig' if bom else 'utf-8'
    if not first:
        return default, []
    found = cookie(first)
    if found:
        return found, [first]
    if not _BLANK.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    found = cookie(second)
    return (found, [first, second]) if found else (default, [first, second])


def tokenize(readline):
    encoding, consumed = detect_encoding(readline)
    lines = iter(consumed)

    def text_line():
        for line in lines:
            return line.decode(encoding)
        try:
            line = readline()
        except StopIteration:
            return ''
        return line.decode(encoding)
    # the BOM is gone from the first line: what is left is plain UTF-8
    yield TokenInfo(ENCODING, 'utf-8' if encoding == 'utf-8-sig' else encoding, (0, 0), (0, 0), '')
    yield from _tokens(text_line)


def open(filename):
    """A file opened as text in the encoding detect_encoding finds."""
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


def untokenize(iterable):
    """Source from tokens: full ones (with positions) give back the text they
    came from; (type, string) pairs are joined with single spaces."""
    out = []
    encoding = None
    row, col = 1, 0
    pairs = False
    for tok in iterable:
        if len(tok) == 2 or pairs:
            pairs = True
            kind, string = tok[:2]
            if kind == ENCODING:
                encoding = string
                continue
            if kind in (NEWLINE, NL):
                out.append(string or '\n')
            elif kind not in (INDENT, DEDENT, ENDMARKER):
                out.append(string + ' ')
            continue
        kind, string, start, end = tok[:4]
        if kind == ENCODING:
            encoding = string
            continue
        if kind == ENDMARKER:
            break
        if start[0] > row:
            out.append('\\\n' * (start[0] - row))
            row, col = start[0], 0
        if start[1] > col:
            out.append(' ' * (start[1] - col))
        out.append(string)
        row, col = end
        if kind in (NEWLINE, NL):
            row, col = row + 1, 0
    result = ''.join(out)
    return result.encode(encoding) if encoding is not None else result


def _main(args):
    exact = '-e' in args or '--exact' in args
    files = [a for a in args if not a.startswith('-')]
    import builtins
    try:
        if files:
            with builtins.open(files[0], 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = list(_tokens(sys.stdin.readline))
        for tok in tokens:
            kind = tok.exact_type if exact else tok.type
            where = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))
    except (TokenError, IndentationError, SyntaxError, OSError) as e:
        print('%s: error: %s' % (files[0] if files else '<stdin>', e), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    _main(sys.argv[1:])
