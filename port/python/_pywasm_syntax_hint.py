"""CPython's messages for the common syntax errors. MicroPython's parser says
"invalid syntax" for every one; when it does (patch 0215, port/syntax.c),
explain() gets the source and the place of the token the parser stopped
at, and returns the SyntaxError CPython 3.11 would raise: its message, and
the place (lineno, offset, end_lineno, end_offset, 1-based) and line text
that the traceback prints under a caret.

It tokenizes the source itself, then tries, in the order CPython's
tokenizer and parser would find them:
- tokenizer errors anywhere in the source: an unterminated string literal, a
  closing bracket that matches no opening one, a number run into a name;
- a bracket never closed, at the end of the source or opened on an earlier
  line than the stop;
- `print "x"` (Python 2), a compound statement's header without ':', a
  block without its indented body, `if x = 1:`, two expressions in a row
  inside brackets (a missing comma);
- else "invalid syntax" at the token itself.
Nothing here runs unless a source fails to parse.
"""
import re

_TOKEN = re.compile(
    r"(?P<space>[ \t\f]+|\\\r?\n)"
    r"|(?P<comment>#[^\r\n]*)"
    r"|(?P<newline>\r?\n)"
    r"|(?P<string>(?:[rRbBuUfF]{1,2})?(?:'''|\"\"\"|'|\"))"
    r"|(?P<name>[^\W\d]\w*)"
    r"|(?P<number>\.?\d(?:[eE][+-]|[\w.])*)"
    r"|(?P<op>\*\*=?|//=?|>>=?|<<=?|->|:=|\.\.\.|[-+*/%&|^@<>=!]=|[\s\S])"
)
_DECIMAL = re.compile(r'(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?$')
_OPEN = {'(': ')', '[': ']', '{': '}'}
_CLOSE = {')': '(', ']': '[', '}': '{'}
_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del elif else except finally for '
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'.split())
_OPERANDS = frozenset(('False', 'None', 'True'))
_HEADERS = {
    'if': "'if' statement", 'elif': "'elif' statement", 'else': "'else' statement", 'while': "'while' statement",
    'for': "'for' statement", 'with': "'with' statement", 'try': "'try' statement",
    'except': "'except' statement", 'finally': "'finally' statement",
    'def': 'function definition', 'class': 'class definition',
}


class _Tok:
    __slots__ = ('kind', 'text', 'line', 'col', 'end', 'level', 'error')

    def __init__(self, kind, text, line, col, end, level):
        self.kind, self.text, self.line, self.col, self.end, self.level = kind, text, line, col, end, level
        self.error = None


def _string_end(src, i, quote):
    # the index after a string's closing quote from src[i] (inside it), or
    # -1 if the line (a short string) or the source (a long one) ends first
    n = len(src)
    while i < n:
        c = src[i]
        if c == '\\':
            i += 2
        elif src.startswith(quote, i):
            return i + len(quote)
        elif c == '\n' and len(quote) == 1:
            return -1
        else:
            i += 1
    return -1


def _tokens(src):
    # every token but spaces and comments, with 0-based columns in
    # characters; a newline token only where a logical line ends; the
    # tokens end at a tokenizer error (the token that has it comes last)
    toks, stack = [], []
    line, line_start, i, n = 1, 0, 0, len(src)
    while i < n:
        m = _TOKEN.match(src, i)
        kind, text, after = m.lastgroup, m.group(), m.end()
        col = i - line_start
        if kind == 'string':
            quote = text.lstrip('rRbBuUfF')
            end = _string_end(src, m.end(), quote)
            if end < 0:
                t = _Tok('string', text, line, col, col, len(stack))
                t.error = 'triple' if len(quote) == 3 else 'single'
                toks.append(t)
                return toks
            text, after = src[i:end], end
        elif kind == 'space' and text.endswith('\n'):
            line, line_start = line + 1, m.end()
            i = m.end()
            continue
        elif kind == 'comment' and not stack:
            # the parser's newline token starts at a comment that ends a line
            nl = _TOKEN.match(src, m.end())
            if nl is not None and nl.lastgroup == 'newline':
                if toks and toks[-1].kind != 'newline':
                    toks.append(_Tok('newline', '', line, col, m.end() - line_start, 0))
                line, line_start = line + 1, nl.end()
                i = nl.end()
                continue
        if kind == 'newline':
            if not stack and toks and toks[-1].kind != 'newline':
                toks.append(_Tok('newline', '', line, col, col, 0))
            line, line_start = line + 1, m.end()
        elif kind not in ('space', 'comment'):
            if kind == 'op' and text in _CLOSE:
                t = _Tok('close', text, line, col, col + 1, len(stack))
                if not stack or stack[-1].text != _CLOSE[text]:
                    t.error = stack[-1] if stack else 'unmatched'
                    toks.append(t)
                    return toks
                stack.pop()
                t.level = len(stack)
                toks.append(t)
            else:
                end_line = line + text.count('\n')
                end = col + len(text) if end_line == line else len(text) - text.rfind('\n') - 1
                t = _Tok('name' if kind == 'name' and text not in _KEYWORDS else
                         'keyword' if kind == 'name' else kind, text, line, col, end, len(stack))
                if kind == 'op' and text in _OPEN:
                    t.kind = 'open'
                    stack.append(t)
                toks.append(t)
                if end_line != line:
                    line_start = i + text.rfind('\n') + 1
                    line = end_line
        i = after
    return toks


def _char_col(text, col):
    # MicroPython's column (1-based, in bytes, tabs to the next multiple of 8)
    # as a 0-based index into the line's characters
    c = 1
    for i, ch in enumerate(text):
        if c >= col:
            return i
        c = ((c - 1 + 8) // 8) * 8 + 1 if ch == '\t' else c + len(ch.encode())
    return len(text)


def _error(cls, msg, filename, lines, line, col, end_line, end_offset, newline=True):
    # CPython's exception: col is 0-based, end_offset as CPython gives it
    # (1-based after the end; the offset itself, 0 or -1 for some errors);
    # the tokenizer's errors keep no newline on their text
    text = lines[line - 1] if 0 < line <= len(lines) else ''
    if not newline:
        text = text.rstrip('\n')
    return cls(msg, (filename, line, col + 1, text, end_line, end_offset))


def _element_start(toks, i):
    # where the expression before toks[i] starts: back to the bracket, comma,
    # colon or '=' of its level
    level = toks[i].level
    j = i
    while j > 0:
        p = toks[j - 1]
        if p.level < level or (p.level == level and (p.text in (',', ':', '=') or p.kind in ('open', 'keyword', 'newline'))
                               and p.text not in _OPERANDS):
            break
        j -= 1
    return j


def _operand(t):
    return t.kind in ('name', 'number', 'string') or t.text in _OPERANDS


def _ends_operand(t):
    # an expression can end at t: an operand or a closing bracket
    return _operand(t) or t.kind == 'close'


def _element_end(toks, i):
    # where the expression from toks[i] ends: before the comma, colon, '='
    # or closing bracket of its level, or a second operand in a row
    level = toks[i].level
    j = i
    while j + 1 < len(toks):
        q = toks[j + 1]
        if q.kind == 'close' and q.level < level or q.kind == 'newline':
            break
        if q.level == level and (q.text in (',', ':', '=') or q.kind == 'keyword' and q.text not in _OPERANDS):
            break
        if q.level == level and _operand(q) and _ends_operand(toks[j]):
            break
        j += 1
    return j


def explain(source, filename, line, col):
    if not source.endswith('\n'):
        source += '\n'  # as the lexer ends the last line (-c code, exec of a str)
    lines = source.splitlines(True) if '\x1f' not in source else []
    if not lines:
        return None
    toks = _tokens(source)
    at = len(toks)  # the token the parser stopped at; len(toks): the end
    if line <= len(lines):
        c = _char_col(lines[line - 1], col)
        for k, t in enumerate(toks):
            if (t.line, t.col) >= (line, c):
                at = k
                break
    se = SyntaxError
    # an error of the tokenizer anywhere in the source comes first, as
    # CPython tokenizes the whole source once the parser has failed
    for t in toks:
        if t.error == 'single' or t.error == 'triple':
            last = source.count('\n')  # (the source ends with one, above)
            kind = 'triple-quoted string' if t.error == 'triple' else 'string'
            return _error(se, 'unterminated %s literal (detected at line %d)' % (kind, t.line if t.error == 'single' else last),
                          filename, lines, t.line, t.col, t.line, t.col + 1, False)
        if t.kind == 'number' and t.text[0].isdigit() and t.text[:2].lower() not in ('0x', '0o', '0b') \
                and not _DECIMAL.match(t.text):
            return _error(se, 'invalid decimal literal', filename, lines, t.line, t.col, t.line, t.col + 1, False)
        if t.error == 'unmatched':
            return _error(se, "unmatched '%s'" % t.text, filename, lines, t.line, t.col, t.line, t.col + 1, False)
        if t.error is not None:
            o = t.error
            where = '' if o.line == t.line else ' on line %d' % o.line
            return _error(se, "closing parenthesis '%s' does not match opening parenthesis '%s'%s" % (t.text, o.text, where),
                          filename, lines, t.line, t.col, t.line, t.col + 1, False)
    stop = toks[at] if at < len(toks) else None
    # a bracket still open: at the end, or opened on a line before the stop
    depth = 0
    for t in reversed(toks[:at]):
        if t.kind == 'close':
            depth += 1
        elif t.kind == 'open':
            if depth == 0:
                if stop is None or t.line < stop.line:
                    # (CPython keeps the newline of a source's last line)
                    return _error(se, "'%s' was never closed" % t.text, filename, lines, t.line, t.col, t.line, 0,
                                  t.line == len(lines))
                break
            depth -= 1
    if stop is None:
        last = toks[-1] if toks else None
        if last is not None and last.kind == 'newline' and len(toks) > 1 and toks[-2].text == ':':
            head = _header(toks, len(toks) - 2)
            if head is not None:
                text = lines[-1]
                return _error(IndentationError, 'expected an indented block after %s on line %d' % head,
                              filename, lines, len(lines), len(text.rstrip('\n')), len(lines), -1)
        return None
    first = _statement_start(toks, at)
    # Python 2's print statement
    if first + 1 == at and toks[first].text in ('print', 'exec') and stop.kind in ('name', 'string', 'number'):
        e = _element_end(toks, at)
        while e + 1 < len(toks) and toks[e + 1].text == ',':
            e = _element_end(toks, e + 2) if e + 2 < len(toks) and toks[e + 2].kind != 'newline' else e + 1
        name = toks[first].text
        return _error(se, "Missing parentheses in call to '%s'. Did you mean %s(...)?" % (name, name),
                      filename, lines, toks[first].line, toks[first].col, toks[e].line, toks[e].end + 1)
    # a header without its colon (the parser may stop at the next line)
    # (and only after a whole expression: `if total >` is invalid syntax)
    nl = at if stop.kind == 'newline' else at - 1
    if (nl > 0 and toks[nl].kind == 'newline' and toks[nl - 1].text != ':'
            and _header(toks, nl - 1, need_colon=False) is not None
            and (_ends_operand(toks[nl - 1]) or _statement_start(toks, nl - 1) == nl - 1)):
        t = toks[nl]
        return _error(se, "expected ':'", filename, lines, t.line, t.col, t.line, t.end + 1)
    # a block without its body
    if at >= 2 and toks[at - 1].kind == 'newline' and toks[at - 2].text == ':':
        head = _header(toks, at - 2)
        if head is not None:
            return _error(IndentationError, 'expected an indented block after %s on line %d' % head,
                          filename, lines, stop.line, stop.col, stop.line, stop.end + 1)
    # if x = 1:
    if stop.text == '=' and toks[first].text in ('if', 'elif', 'while') and stop.level == 0:
        left = toks[first + 1:at]
        e = _element_end(toks, at + 1) if at + 1 < len(toks) else at
        if len(left) == 1 and left[0].kind == 'name':
            return _error(se, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                          filename, lines, left[0].line, left[0].col, toks[e].line, toks[e].end + 1)
        if left and left[-1].kind in ('name', 'close'):
            what = 'attribute' if len(left) >= 2 and left[-2].text == '.' else 'subscript' if left[-1].text == ']' else None
            if what is not None:
                return _error(se, "cannot assign to %s here. Maybe you meant '==' instead of '='?" % what,
                              filename, lines, left[0].line, left[0].col, left[-1].line, left[-1].end + 1)
    # two expressions in a row inside brackets
    prev = toks[at - 1] if at > 0 else None
    if (stop.level > 0 and prev is not None and stop.kind in ('name', 'number', 'string', 'open')
            and _ends_operand(prev)
            and not (prev.kind == 'name' and stop.kind == 'string')):
        s = toks[_element_start(toks, at - 1)]
        e = toks[_element_end(toks, at)]
        return _error(se, 'invalid syntax. Perhaps you forgot a comma?', filename, lines, s.line, s.col, e.line, e.end + 1)
    return _error(se, 'invalid syntax', filename, lines, stop.line, stop.col, stop.line, stop.end + 1)


def _statement_start(toks, i):
    while i > 0 and toks[i - 1].kind != 'newline' and toks[i - 1].text != ';':
        i -= 1
    return i


def _header(toks, i, need_colon=True):
    # (what, line) of the compound statement whose header ends at toks[i]
    first = _statement_start(toks, i)
    word = toks[first].text
    if word == 'async' and first + 1 <= i:
        word = toks[first + 1].text
    if word not in _HEADERS or (need_colon and toks[i].text != ':'):
        return None
    return _HEADERS[word], toks[first].line
