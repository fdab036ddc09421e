"""Newer syntax for an interpreter whose parser lacks it: match statements
(PEP 634), parenthesised context managers (Python 3.10) and except*
(PEP 654, 3.11; in _pywasm_syntax_star).

port/syntax.c hands transform() any source with a line that may use one.
Each such statement is rewritten in place, on the same lines. A match
statement becomes if/elif:

    match command.split():            if (_pywasm_m := __import__('_pywasm_syntax'), _pywasm_m1 := (command.split())):
        case [action, obj] if obj:        if ((_pywasm_m2 := _pywasm_m.seq(_pywasm_m1, 2, False)) is not None and ...) and (obj):
            ...                               ...
        case _:                           elif (True):
            ...                               ...

A case's test takes the pattern apart through the helpers at the end of
this module (seq, mapping, rest, cls), keeps what capture patterns capture
in temporaries, and binds the names only once the whole pattern matched,
before the guard, as CPython does. `with (a as b, c as d):` loses its
parentheses, its lines joined by backslashes. Everything else in the source
is left as it was. A case whose pattern is malformed is left as written
too, so the parser reports the syntax error on its line.
"""
import re

_TOKEN = re.compile(
    r"[ \t\f]+|\\\r?\n|\r?\n|\r|#[^\r\n]*"
    r"|(?:[rRbBuUfF]{1,2})?(?:'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""'
    r"|'(?:[^'\\\r\n]|\\[\s\S])*'|\"(?:[^\"\\\r\n]|\\[\s\S])*\")"
    r"|[^\W\d]\w*|\.?\d(?:[eE][+-]|[\w.])*"
    r"|\*\*=?|//=?|>>=?|<<=?|->|:=|\.\.\.|[-+*/%&|^@<>=!]=|[\s\S]"
)

_NAME, _NUMBER, _STRING, _OP = 'name', 'number', 'string', 'op'
_OPEN, _CLOSE = '([{', ')]}'


class _Unsupported(Exception):
    pass


def _logical_lines(src):
    """The source's logical lines: [(indent, [(kind, text, start), ...])]."""
    lines = []
    current = []
    depth = 0
    pos = 0
    line_start = 0
    indent = 0
    for tok in _TOKEN.findall(src):
        start = pos
        pos += len(tok)
        c = tok[0]
        if c in ' \t\f#' or (c == '\\' and len(tok) > 1):
            continue
        if c in '\r\n':
            line_start = pos
            if depth == 0 and current:
                lines.append((indent, current))
                current = []
            continue
        if c in '\'"':
            kind = _STRING
        elif c.isalpha() or c == '_' or c > '\x7f':
            kind = _STRING if tok[-1] in '\'"' else _NAME
        elif c.isdigit() or (c == '.' and len(tok) > 1):
            kind = _NUMBER
        else:
            kind = _OP
            if tok in _OPEN:
                depth += 1
            elif tok in _CLOSE and depth > 0:
                depth -= 1
        if not current:
            indent = start - line_start
        current.append((kind, tok, start))
    if current:
        lines.append((indent, current))
    return lines


def transform(src):
    """src with its match statements, parenthesised with statements and
    except* clauses rewritten, or None if it has none.
    A case whose pattern cannot be rewritten is left as written, so that
    the parser reports its line."""
    return _Rewriter(src).run()


class _Rewriter:
    def __init__(self, src):
        self.src = src
        self.count = 0
        self.edits = []  # (start, end, text), in source order

    def temp(self):
        self.count += 1
        return '_pywasm_m%d' % self.count

    def run(self):
        lines = _logical_lines(self.src)
        active = []  # open match statements: [indent, case indent, subject, cases so far]
        for n, (indent, toks) in enumerate(lines):
            while active and indent <= active[-1][0]:
                active.pop()
            first = toks[0]
            if active and first[1] == 'case' and first[0] == _NAME:
                m = active[-1]
                if m[1] is None:
                    m[1] = indent
                if indent == m[1]:
                    self.case(m, toks)
                    continue
            if first[1] in ('with', 'async') and first[0] == _NAME:
                self.with_parens(toks)
                continue
            if first[1] == 'match' and first[0] == _NAME and self.is_match(lines, n):
                subject = self.temp()
                colon = toks[-1][2]
                text = "if (_pywasm_m := __import__('_pywasm_syntax'), %s := (%s)):" % (subject, self.src[toks[1][2]:colon])
                self.edits.append((first[2], colon + 1, text))
                active.append([indent, None, subject, 0])
        if any(toks[0][1] == 'except' and len(toks) > 1 and toks[1][1] == '*' for _, toks in lines):
            from _pywasm_syntax_star import edits
            self.edits = sorted(self.edits + edits(self.src, lines), key=lambda e: (e[0], e[1]))
        if not self.edits:
            return None
        out = []
        at = 0
        for start, end, text in self.edits:
            out.append(self.src[at:start])
            out.append(text)
            at = end
        out.append(self.src[at:])
        return ''.join(out)

    def with_parens(self, toks):
        # `with (a as b, c as d):` (Python 3.10): the same without the
        # parentheses, the lines inside joined by backslashes (their comments
        # dropped) and a trailing comma left out. A parenthesised expression
        # (`with (a or b) as c:`, `with (lock):`) is left as it is.
        k = 2 if toks[0][1] == 'async' else 1
        if len(toks) <= k + 2 or toks[k - 1][1] != 'with' or toks[k][1] != '(':
            return
        depth = 0
        items = False
        for j in range(k, len(toks)):
            kind, text, _ = toks[j]
            if kind != _OP:
                if text == 'as' and kind == _NAME and depth == 1:
                    items = True
                continue
            if text in _OPEN:
                depth += 1
            elif text in _CLOSE:
                depth -= 1
                if depth == 0:
                    break
            elif text == ',' and depth == 1:
                items = True
        if depth != 0 or j + 1 >= len(toks) or toks[j + 1][1] != ':' or not items:
            return
        src = self.src
        out = [' ']  # for the '(': `with(a as b):` needs the space
        depth = 1
        for i in range(k, j):
            kind, text, start = toks[i]
            if i > k:
                if kind == _OP and text in _OPEN:
                    depth += 1
                if i + 1 == j and text == ',' and depth == 1:
                    text = ' '  # a trailing comma
                out.append(text)
                if kind == _OP and text in _CLOSE:
                    depth -= 1
            end = start + len(toks[i][1])
            gap = src[end:toks[i + 1][2]]
            if depth == 1 and ('\n' in gap or '#' in gap):
                gap = ' ' + ' \\\n' * gap.count('\n')
            out.append(gap)
        out.append(' ')  # for the ')'
        self.edits.append((toks[k][2], toks[j][2] + 1, ''.join(out)))

    @staticmethod
    def is_match(lines, n):
        # `match <subject>:` ending its line, with a case block after it:
        # anything else is `match` used as a name
        indent, toks = lines[n]
        if len(toks) < 3 or toks[-1][1] != ':' or toks[1][1] in ('=', '.', ':', ',', ')', ']', '}'):
            return False
        if n + 1 == len(lines):
            return False
        nxt_indent, nxt = lines[n + 1]
        return nxt_indent > indent and nxt[0][1] == 'case' and nxt[0][0] == _NAME

    def case(self, m, toks):
        # the pattern runs to the first ':' outside brackets, or to `if`
        depth = 0
        guard = colon = None
        for i in range(1, len(toks)):
            kind, text, start = toks[i]
            if kind == _OP:
                if text in _OPEN:
                    depth += 1
                elif text in _CLOSE:
                    depth -= 1
                elif text == ':' and depth == 0:
                    colon = i
                    break
            elif text == 'if' and kind == _NAME and depth == 0 and guard is None:
                guard = i
        if colon is None or (guard or colon) == 1:
            return  # left as written: the parser reports this line
        end = guard or colon
        caps = {}
        try:
            pattern = _PatternParser(self.src, toks[1:end]).top()
            test = _and([self.test(pattern, m[2], caps)] + ['(%s := %s) is %s' % (name, t, name) for name, t in caps.items()])
        except _Unsupported:
            return
        head = toks[0][2]
        stop = toks[end][2]
        newlines = '\n' * self.src.count('\n', head, stop)
        text = '%s ((%s%s)' % ('if' if m[3] == 0 else 'elif', test, newlines)
        if guard is not None:
            text += ' and (%s)' % self.src[toks[guard][2] + 2:toks[colon][2]]
        self.edits.append((head, toks[colon][2], text + ')'))
        m[3] += 1

    def capture(self, name, caps):
        if name not in caps:
            caps[name] = self.temp()
        return caps[name]

    def test(self, p, s, caps):
        """The test of pattern p against the expression s ('' if always true)."""
        kind = p[0]
        if kind == 'wild':
            return ''
        if kind == 'capture':
            t = self.capture(p[1], caps)
            return '(%s := %s) is %s' % (t, s, t)
        if kind == 'value':
            return '%s == (%s)' % (s, p[1])
        if kind == 'is':
            return '%s is %s' % (s, p[1])
        if kind == 'as':
            t = self.capture(p[2], caps)
            return _and([self.test(p[1], s, caps), '(%s := %s) is %s' % (t, s, t)])
        if kind == 'or':
            # each alternative binds the same names (else a SyntaxError),
            # into the same temporaries
            if any(_names(alt) != _names(p[1][0]) for alt in p[1]):
                raise _Unsupported
            return '(%s)' % ' or '.join('(%s)' % (self.test(alt, s, caps) or 'True') for alt in p[1])
        t = self.temp()
        if kind == 'seq':
            items = p[1]
            star = [i for i, item in enumerate(items) if item[0] == 'star']
            parts = ['(%s := _pywasm_m.seq(%s, %d, %s)) is not None' % (t, s, len(items) - len(star), bool(star))]
            after = len(items) - (star[0] + 1) if star else 0
            for i, item in enumerate(items):
                if item[0] == 'star':
                    if item[1] is not None:
                        v = self.capture(item[1], caps)
                        stop = 'len(%s) - %d' % (t, after) if after else ''
                        parts.append('(%s := %s[%d:%s]) is %s' % (v, t, i, stop, v))
                    continue
                index = i if not star or i < star[0] else i - len(items)
                parts.append(self.test(item, '%s[%d]' % (t, index), caps))
            return _and(parts)
        if kind == 'map':
            keys = '(%s)' % ''.join(k + ', ' for k, _ in p[1])
            parts = ['(%s := _pywasm_m.mapping(%s, %s)) is not None' % (t, s, keys)]
            for i, (_, sub) in enumerate(p[1]):
                parts.append(self.test(sub, '%s[%d]' % (t, i), caps))
            if p[2] is not None:
                v = self.capture(p[2], caps)
                parts.append('(%s := _pywasm_m.rest(%s, %s)) is %s' % (v, s, keys, v))
            return _and(parts)
        # class pattern
        cls, args, kwargs = p[1], p[2], p[3]
        names = '(%s)' % ''.join(repr(k) + ', ' for k, _ in kwargs)
        parts = ['(%s := _pywasm_m.cls(%s, %s, %d, %s)) is not None' % (t, s, cls, len(args), names)]
        for i, sub in enumerate(args + [sub for _, sub in kwargs]):
            parts.append(self.test(sub, '%s[%d]' % (t, i), caps))
        return _and(parts)


def _names(p):
    """The names pattern p binds."""
    kind = p[0]
    if kind in ('capture', 'star'):
        return {p[1]} if p[1] is not None else set()
    if kind == 'as':
        return _names(p[1]) | {p[2]}
    if kind == 'or':
        return _names(p[1][0])
    if kind == 'seq':
        subs = p[1]
    elif kind == 'map':
        subs = [q for _, q in p[1]] + ([('capture', p[2])] if p[2] else [])
    elif kind == 'cls':
        subs = p[2] + [q for _, q in p[3]]
    else:
        return set()
    names = set()
    for q in subs:
        names |= _names(q)
    return names


def _and(parts):
    parts = [p for p in parts if p]
    return ' and '.join('(%s)' % p for p in parts) if parts else 'True'


class _PatternParser:
    """Patterns from tokens, as tuples: ('wild',), ('capture', name),
    ('value', text), ('is', text), ('as', p, name), ('or', [p]),
    ('seq', [p or ('star', name)]), ('map', [(key text, p)], rest),
    ('cls', text, [p], [(name, p)])."""

    def __init__(self, src, toks):
        self.src = src
        self.toks = toks
        self.i = 0

    def peek(self, offset=0):
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else (None, None, None)

    def accept(self, text):
        if self.peek()[1] == text and self.peek()[0] == _OP:
            self.i += 1
            return True
        return False

    def expect(self, text):
        if not self.accept(text):
            raise _Unsupported

    def text(self, first, last):
        # the source text of tokens first..last, as written
        tok = self.toks[last]
        return self.src[self.toks[first][2]:tok[2] + len(tok[1])]

    def top(self):
        p = self.item()
        if self.peek()[1] == ',':
            items = [p]
            while self.accept(','):
                if self.i == len(self.toks):
                    break
                items.append(self.item())
            p = ('seq', items)
        elif p[0] == 'star':
            raise _Unsupported
        if self.i != len(self.toks):
            raise _Unsupported
        return p

    def item(self):
        # a pattern, or a star pattern inside a sequence
        if self.accept('*'):
            kind, name, _ = self.peek()
            if kind != _NAME:
                raise _Unsupported
            self.i += 1
            return ('star', None if name == '_' else name)
        return self.pattern()

    def pattern(self):
        p = self.closed()
        if self.peek()[1] == '|':
            alts = [p]
            while self.accept('|'):
                alts.append(self.closed())
            p = ('or', alts)
        if self.peek()[1] == 'as' and self.peek()[0] == _NAME:
            self.i += 1
            kind, name, _ = self.peek()
            if kind != _NAME or name == '_':
                raise _Unsupported
            self.i += 1
            p = ('as', p, name)
        return p

    def sequence(self, close):
        items = []
        while not self.accept(close):
            items.append(self.item())
            if not self.accept(','):
                self.expect(close)
                break
        return ('seq', items)

    def closed(self):
        kind, text, _ = self.peek()
        if kind is None:
            raise _Unsupported
        literal = self.literal()
        if literal is not None:
            return literal
        if kind == _NAME:
            first = self.i
            self.i += 1
            while self.peek()[1] == '.' and self.peek(1)[0] == _NAME:
                self.i += 2
            dotted = self.i - first > 1
            if self.peek()[1] == '(':
                return self.class_pattern(self.text(first, self.i - 1))
            if dotted:
                return ('value', self.text(first, self.i - 1))
            return ('wild',) if text == '_' else ('capture', text)
        if self.accept('['):
            return self.sequence(']')
        if self.accept('('):
            if self.accept(')'):
                return ('seq', [])
            p = self.item()
            if self.accept(')'):
                if p[0] == 'star':
                    return ('seq', [p])
                return p  # a group
            self.expect(',')
            seq = self.sequence(')')
            return ('seq', [p] + seq[1])
        if self.accept('{'):
            return self.mapping()
        raise _Unsupported

    def literal(self):
        # numbers (signed, complex), strings, None/True/False; None if not one
        kind, text, _ = self.peek()
        first = self.i
        if kind == _NAME and text in ('None', 'True', 'False'):
            self.i += 1
            return ('is', text)
        if kind == _STRING:
            while self.peek()[0] == _STRING:
                if self.peek()[1].lstrip('rRbBuU')[:1] not in '\'"':
                    raise _Unsupported  # f-strings are not patterns
                self.i += 1
            return ('value', self.text(first, self.i - 1))
        if kind == _OP and text == '-' and self.peek(1)[0] == _NUMBER:
            self.i += 1
        elif kind != _NUMBER:
            return None
        self.i += 1
        if self.peek()[1] in ('+', '-') and self.peek(1)[0] == _NUMBER and self.peek(1)[1][-1] in 'jJ':
            self.i += 2
        return ('value', self.text(first, self.i - 1))

    def mapping(self):
        items = []
        rest = None
        while not self.accept('}'):
            if self.accept('**'):
                kind, name, _ = self.peek()
                if kind != _NAME or name == '_':
                    raise _Unsupported
                self.i += 1
                rest = name
                self.accept(',')
                self.expect('}')
                break
            first = self.i
            key = self.literal()
            if key is None:
                # a value pattern: a dotted name
                if self.peek()[0] != _NAME or self.peek(1)[1] != '.':
                    raise _Unsupported
                while self.peek()[0] == _NAME and self.peek(1)[1] == '.':
                    self.i += 2
                if self.peek()[0] != _NAME:
                    raise _Unsupported
                self.i += 1
                key = ('value', self.text(first, self.i - 1))
            self.expect(':')
            items.append((key[1], self.pattern()))
            if not self.accept(','):
                self.expect('}')
                break
        return ('map', items, rest)

    def class_pattern(self, cls):
        self.expect('(')
        args = []
        kwargs = []
        while not self.accept(')'):
            kind, text, _ = self.peek()
            if kind == _NAME and self.peek(1)[1] == '=' and self.peek(1)[0] == _OP:
                self.i += 2
                kwargs.append((text, self.pattern()))
            elif kwargs:
                raise _Unsupported  # positional after keyword patterns
            else:
                args.append(self.pattern())
            if not self.accept(','):
                self.expect(')')
                break
        return ('cls', cls, args, kwargs)


# ---- what the rewritten tests call ----------------------------------------

_NOT_SEQUENCES = (str, bytes, bytearray)
# Types whose instances a single positional sub-pattern matches whole.
_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)
_MISSING = object()


def _abc(name):
    from collections import abc
    return getattr(abc, name)


def seq(subject, n, star):
    """subject as an indexable sequence if a sequence pattern of n items
    (at least n with a star) can match it, else None."""
    if isinstance(subject, (list, tuple)):
        items = subject
    elif isinstance(subject, _NOT_SEQUENCES) or isinstance(subject, dict) or not isinstance(subject, _abc('Sequence')):
        return None
    else:
        items = list(subject)
    size = len(items)
    if size == n or (star and size >= n):
        return items
    return None


def mapping(subject, keys):
    """The values of keys in subject if it is a mapping holding them all."""
    if not isinstance(subject, dict) and not isinstance(subject, _abc('Mapping')):
        return None
    if len(set(keys)) != len(keys):
        raise ValueError('mapping pattern checks duplicate key (%r)' % _duplicate(keys))
    values = []
    get = subject.get
    for key in keys:
        value = get(key, _MISSING)
        if value is _MISSING:
            return None
        values.append(value)
    return values


def _duplicate(keys):
    seen = []
    for key in keys:
        if key in seen:
            return key
        seen.append(key)


def rest(subject, keys):
    """What **rest captures: the other items, as a dict."""
    out = dict(subject)
    for key in keys:
        del out[key]
    return out


def cls(subject, kind, npos, names):
    """The attributes a class pattern's sub-patterns match, in order
    (positional ones through __match_args__), or None if it cannot match."""
    if not isinstance(kind, type):
        raise TypeError('called match pattern must be a type')
    if not isinstance(subject, kind):
        return None
    values = []
    attrs = ()
    if npos:
        match_args = getattr(kind, '__match_args__', _MISSING)
        if match_args is _MISSING and issubclass(kind, _SELF_MATCHING):
            if npos > 1:
                raise TypeError('%s() accepts 1 positional sub-pattern (%d given)' % (kind.__name__, npos))
            values.append(subject)
        else:
            if match_args is _MISSING:
                match_args = ()
            if not isinstance(match_args, tuple):
                raise TypeError('%s.__match_args__ must be a tuple (got %s)' % (kind.__name__, type(match_args).__name__))
            if npos > len(match_args):
                raise TypeError('%s() accepts %d positional sub-pattern%s (%d given)'
                                % (kind.__name__, len(match_args), '' if len(match_args) == 1 else 's', npos))
            attrs = match_args[:npos]
    seen = set()
    for name in tuple(attrs) + tuple(names):
        if name in seen:
            raise TypeError('%s() got multiple sub-patterns for attribute %r' % (kind.__name__, name))
        seen.add(name)
        value = getattr(subject, name, _MISSING)
        if value is _MISSING:
            return None
        values.append(value)
    return values
