"""String literals for ast's parser: a run of adjacent STRING tokens
becomes a Constant (str or bytes, kind='u' when the first has a u
prefix) or, if any is an f-string, a JoinedStr of Constants and
FormattedValues with nested format specs. Positions follow CPython
3.11: the parts carry the span of the whole run, a format spec the span
of its own token, and an expression inside braces is parsed as
'(' + text + ')' placed where its '{' stands."""
import _ast_nodes
from _ast_tokens import Source, tokens as _tokens
from _pywasm_literal import _unescape

N = _ast_nodes.CLASSES
_CONVERSIONS = {'s': 115, 'r': 114, 'a': 97}


class _Span:
    __slots__ = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

    def __init__(self, first, last):
        self.lineno, self.col_offset = first[2], first[3]
        self.end_lineno, self.end_col_offset = last[4], last[5]


def _place(node, span):
    node.lineno = span.lineno
    node.col_offset = span.col_offset
    node.end_lineno = span.end_lineno
    node.end_col_offset = span.end_col_offset
    return node


def _split(text):
    """(prefix in lower case, quote, body) of a string token's text."""
    i = 0
    while text[i] not in '\'"':
        i += 1
    quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else text[i]
    return text[:i].lower(), quote, text[i + len(quote):len(text) - len(quote)]


def parse_strings(parser, toks):
    from _ast_parse_expr import Fail
    whole = _Span(toks[0], toks[-1])
    first_prefix = None
    is_bytes = None
    fstring = False
    pieces = []
    for tok in toks:
        prefix, quote, body = _split(tok[1])
        if first_prefix is None:
            first_prefix = tok[1][:len(prefix)]
        b = 'b' in prefix
        if is_bytes is None:
            is_bytes = b
        elif b != is_bytes:
            raise Fail('cannot mix bytes and nonbytes literals', toks[-1][4], toks[-1][5])
        if b and any(ch > '\x7f' for ch in body):
            raise Fail('bytes can only contain ASCII literal characters', tok[2], tok[3],
                       tok[4], tok[5])
        raw = 'r' in prefix
        if 'f' in prefix:
            fstring = True
            _Fstring(parser, tok, len(prefix) + len(quote), raw, whole).parse(body, 0, pieces)
        elif raw:
            pieces.append(body.encode() if b else body)
        else:
            try:
                pieces.append(_unescape(body, b, tok[2]))
            except SyntaxError as exc:
                raise Fail(exc.args[0], tok[2], tok[3], tok[4], tok[5])
    if not fstring:
        value = pieces[0] if len(pieces) == 1 else (b'' if is_bytes else '').join(pieces)
        node = N['Constant'](value, 'u' if first_prefix == 'u' else None)
        return _place(node, whole)
    return _place(N['JoinedStr'](_merge(pieces, whole)), whole)


def _merge(pieces, whole, tail=None):
    """Adjacent literal pieces joined into one Constant; empty ones dropped.
    A literal ending the list is placed at tail if given (as CPython places
    the text that ends a format spec)."""
    values = []
    text = []
    for piece in pieces:
        if type(piece) is str:
            text.append(piece)
            continue
        if text:
            joined = ''.join(text)
            if joined:
                values.append(_place(N['Constant'](joined, None), whole))
            text = []
        values.append(piece)
    joined = ''.join(text)
    if joined:
        values.append(_place(N['Constant'](joined, None), tail or whole))
    return values


class _Fstring:
    """The parts of one f-string token."""

    def __init__(self, parser, tok, start, raw, whole):
        self.parser = parser
        self.tok = tok
        self.start = start  # where the body begins in the token's text
        self.raw = raw
        self.whole = whole

    def error(self, msg):
        from _ast_parse_expr import Fail
        t = self.tok
        return Fail(msg, t[4], t[5])

    def literal(self, chars, out):
        text = ''.join(chars)
        if text:
            if not self.raw:
                try:
                    text = _unescape(text, False, self.tok[2])
                except SyntaxError as exc:
                    raise self.error(exc.args[0])
            out.append(text)

    def parse(self, body, level, out, i=0):
        """Read body from i into out (strings and FormattedValues) up to its
        end, or at level > 0 up to the '}' closing a format spec; returns
        the index reached."""
        n = len(body)
        chars = []
        while i < n:
            c = body[i]
            if c == '\\' and not self.raw and i + 1 < n:
                if body[i + 1] == 'N' and body[i + 2:i + 3] == '{':
                    end = body.find('}', i)
                    chars.append(body[i:end + 1])
                    i = end + 1
                    continue
                if body[i + 1] not in '{}':
                    chars.append(body[i:i + 2])
                    i += 2
                    continue
            if c == '{' or c == '}':
                if level == 0 and body[i + 1:i + 2] == c:
                    chars.append(c)
                    i += 2
                    continue
                if c == '}':
                    if level == 0:
                        raise self.error("f-string: single '}' is not allowed")
                    break
                self.literal(chars, out)
                chars = []
                i = self.field(body, i, level, out)
                continue
            chars.append(c)
            i += 1
        self.literal(chars, out)
        return i

    def field(self, body, i, level, out):
        """Read the replacement field whose '{' is at i; returns the index
        after its '}'."""
        if level >= 2:
            raise self.error('f-string: expressions nested too deeply')
        n = len(body)
        j = i + 1
        depth = 0
        quote = None
        while j < n:
            ch = body[j]
            if quote:
                if body.startswith(quote, j):
                    j += len(quote)
                    quote = None
                else:
                    j += 1
                continue
            if ch == '\\':
                raise self.error('f-string expression part cannot include a backslash')
            if ch in '\'"':
                quote = body[j:j + 3] if body[j:j + 3] in ("'''", '"""') else ch
                j += len(quote)
                continue
            if ch == '#':
                raise self.error("f-string expression part cannot include '#'")
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                if depth == 0:
                    if ch == '}':
                        break
                    raise self.error("f-string: unmatched '%s'" % ch)
                depth -= 1
            elif depth == 0:
                if body[j:j + 2] in ('!=', '==', '<=', '>='):
                    j += 2
                    continue
                if ch in '!:=':
                    break
            j += 1
        if quote:
            raise self.error('f-string: unterminated string')
        if j >= n:
            raise self.error("f-string: expecting '}'")
        text = body[i + 1:j]
        if not text.strip():
            raise self.error('f-string: empty expression not allowed')
        value = self.expression(body, i, text)
        conversion = -1
        spec = None
        debug = body[j] == '='
        if debug:
            # self-documenting: the text through '=' and the spaces after it
            j += 1
            while j < n and body[j] in ' \t\n\r\f\v':
                j += 1
            out.append(body[i + 1:j])
        if body[j:j + 1] == '!':
            char = body[j + 1:j + 2]
            if char not in _CONVERSIONS:
                if char in ('', '}', ':'):
                    raise self.error('f-string: missing conversion character')
                raise self.error("f-string: invalid conversion character: expected 's', 'r', "
                                 "or 'a'")
            conversion = _CONVERSIONS[char]
            j += 2
        if body[j:j + 1] == ':':
            parts = []
            j = self.parse(body, level + 1, parts, j + 1)
            # a spec carries the span of this token alone
            own = _Span(self.tok, self.tok)
            spec = _place(N['JoinedStr'](_merge(parts, self.whole, own)), own)
        if body[j:j + 1] != '}':
            raise self.error("f-string: expecting '}'")
        if debug and conversion == -1 and spec is None:
            conversion = 114
        out.append(_place(N['FormattedValue'](value, conversion, spec), self.whole))
        return j + 1

    def expression(self, body, i, text):
        """The expression text (whose '{' is at body[i]) parsed in place."""
        from _ast_parse_expr import Fail
        tok = self.tok
        before = tok[1][:self.start + i]
        lines = before.count('\n')
        rest = body[i + 1:]
        stripped = rest.lstrip(' \t\f')
        if stripped[:1] == '\n':
            col = 0  # the expression starts on a later line
        else:
            col = len(before[before.rfind('\n') + 1:].encode())
            if lines == 0:
                col += tok[3]
        line = tok[2] + lines
        sub = Source('(' + text + ')', self.parser.source.filename)
        try:
            toks = _tokens(sub)
        except SyntaxError as exc:
            raise self.error('f-string: ' + exc.args[0])
        shifted = []
        for kind, t, r1, c1, r2, c2 in toks:
            if r1 == 1:
                c1 += col
            if r2 == 1:
                c2 += col
            shifted.append((kind, t, r1 + line - 1, c1, r2 + line - 1, c2))
        parser = type(self.parser)(self.parser.source, shifted)
        try:
            node = parser.star_expressions()
            if parser.tok[0] not in ('NEWLINE', 'END'):
                raise parser.fail()
        except Fail as exc:
            msg = exc.args[0]
            raise Fail(('f-string: ' + msg) if not msg.startswith('f-string') else msg,
                       *exc.args[1:])
        return node
