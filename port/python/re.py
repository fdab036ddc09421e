"""re: CPython's re API over MicroPython's small backtracking engine (re1.5).

Covered: compile, match, fullmatch, search, findall, finditer, sub and subn
(string templates with \\1, \\g<name>, \\g<1>, or a function), split (also
with capturing groups and maxsplit), escape, purge; Pattern (pattern, flags,
groups, groupindex) and Match (group with several indices or names,
groups, groupdict, span/start/end, lastindex, lastgroup, expand, m[1],
string, re, pos, endpos, repr as CPython's). Syntax added by rewriting the
pattern before the engine sees it: named groups (?P<name>...), inline
flags (?aimsx) at the start, IGNORECASE (letters become [xX]), DOTALL
(without it '.' does not match a newline, as in CPython), VERBOSE, \\A and
\\Z, and MULTILINE (^ and $ at every line: the text is searched line by
line, so under MULTILINE one match cannot span a newline).

Not supported, raising NotImplementedError that names the feature:
lookahead/lookbehind, backreferences in a pattern (\\1, (?P=name)),
conditional groups, atomic groups and possessive quantifiers, flags in the
middle of a pattern, scoped flags (?i:...), LOCALE. Character classes are
the engine's: \\w, \\d and \\s are ASCII."""
import ure as _ure

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
T = TEMPLATE = 1
if hasattr(_ure, 'DEBUG'):
    DEBUG = 128
NOFLAG = 0

_FLAGCH = {'a': A, 'i': I, 'L': L, 'm': M, 's': S, 'u': U, 'x': X}


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        # MicroPython has no Exception.__init__ to call by name; super() works.
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
        super().__init__(msg)


PatternError = error


def _nope(feature):
    raise NotImplementedError('re: ' + feature + ' (not supported by this interpreter)')


def _set_end(p, i):
    # The index of the ']' closing the character set opened at p[i] (len(p)
    # if none does): a ']' first in the set, after an optional '^', is a
    # member, and a backslash escapes the character after it.
    n = len(p)
    j = i + 1
    if j < n and p[j] == '^':
        j += 1
    if j < n and p[j] == ']':
        j += 1
    while j < n and p[j] != ']':
        j += 2 if p[j] == '\\' else 1
    return min(j, n)


def _swapcase_class(body):
    # Inside [...]: add the other case of letters and letter ranges.
    out = []
    extra = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c == '\\' and i + 1 < n:
            out.append(body[i:i + 2])
            i += 2
            continue
        if i + 2 < n and body[i + 1] == '-' and body[i + 2] != ']':
            lo, hi = c, body[i + 2]
            out.append(body[i:i + 3])
            for a, b in (('a', 'z'), ('A', 'Z')):
                s, e = max(lo, a), min(hi, b)
                if s <= e:
                    x, y = (s.upper(), e.upper()) if a == 'a' else (s.lower(), e.lower())
                    extra.append(x + '-' + y)
            i += 3
            continue
        out.append(c)
        if c.isalpha():
            o = c.lower() if c.isupper() else c.upper()
            if o != c:
                extra.append(o)
        i += 1
    return ''.join(out) + ''.join(extra)


def _translate(pattern, flags):
    """The engine's pattern, the flags, the number of groups and the names."""
    p = pattern
    if isinstance(p, (bytes, bytearray)):
        p = bytes(p).decode('latin-1')
    elif not isinstance(p, str):
        raise TypeError('first argument must be string or compiled pattern')
    while p.startswith('(?') and len(p) > 2 and p[2] in _FLAGCH:
        j = 2
        while j < len(p) and p[j] in _FLAGCH:
            flags |= _FLAGCH[p[j]]
            j += 1
        if j >= len(p) or p[j] != ')':
            _nope('scoped inline flags (?%s:...)' % p[2:j])
        p = p[j + 1:]
    if flags & L:
        _nope('the LOCALE flag')
    out = []
    names = {}
    ngroups = 0
    i = 0
    n = len(p)
    verbose = flags & X
    atom = -1       # index in out where the last atom starts
    opens = []      # (index in out, capturing) of open groups
    while i < n:
        c = p[i]
        if c == '{' and atom >= 0:
            j = p.find('}', i)
            body = p[i + 1:j] if j > 0 else ''
            lo, _, hi = body.partition(',')
            if j > 0 and (lo.isdigit() or lo == '' and ',' in body and hi.isdigit()) and (hi == '' or hi.isdigit()):
                lazy = j + 1 < n and p[j + 1] == '?'
                mn = int(lo or '0')
                mx = mn if ',' not in body else (int(hi) if hi else None)
                unit = ''.join(out[atom:])
                del out[atom:]
                out.append(_repeat(unit, mn, mx, lazy))
                atom = -1
                i = j + 2 if lazy else j + 1
                continue
        if verbose and c in ' \t\n\r\f\v':
            i += 1
            continue
        if verbose and c == '#':
            while i < n and p[i] != '\n':
                i += 1
            continue
        if c == '\\':
            if i + 1 >= n:
                raise error('bad escape (end of pattern)', pattern, i)
            d = p[i + 1]
            if d.isdigit() and d != '0':
                _nope('backreferences (\\%s) in a pattern' % d)
            atom = len(out)
            if d == 'A':
                out.append('^')
            elif d == 'Z':
                out.append('$')
            elif flags & I and d.isalpha() and d not in 'dDwWsSbBntrfvx':
                out.append('[' + d.lower() + d.upper() + ']')
            else:
                out.append(p[i:i + 2])
            i += 2
            continue
        if c == '[':
            j = _set_end(p, i)
            if j >= n:
                raise error('unterminated character set', pattern, i)
            body = p[i + 1:j]
            neg = body.startswith('^')
            if neg:
                body = body[1:]
            if flags & I:
                body = _swapcase_class(body)
            atom = len(out)
            out.append('[' + ('^' if neg else '') + body + ']')
            i = j + 1
            continue
        if c == '(':
            if p.startswith('(?P<', i):
                j = p.index('>', i)
                ngroups += 1
                name = p[i + 4:j]
                if not name.isidentifier() if hasattr(name, 'isidentifier') else not name:
                    raise error('bad character in group name %r' % name, pattern, i + 4)
                names[name] = ngroups
                opens.append((len(out), True))
                out.append('(')
                i = j + 1
                continue
            if p.startswith('(?:', i):
                opens.append((len(out), False))
                out.append('(?:')
                i += 3
                continue
            if p.startswith('(?P=', i):
                _nope('backreferences ((?P=name)) in a pattern')
            if p.startswith('(?=', i) or p.startswith('(?!', i):
                _nope('lookahead assertions')
            if p.startswith('(?<=', i) or p.startswith('(?<!', i):
                _nope('lookbehind assertions')
            if p.startswith('(?>', i):
                _nope('atomic groups')
            if p.startswith('(?(', i):
                _nope('conditional groups')
            if p.startswith('(?#', i):
                i = p.index(')', i) + 1
                continue
            if p.startswith('(?', i):
                _nope('inline flags in the middle of a pattern')
            ngroups += 1
            opens.append((len(out), True))
            out.append('(')
            i += 1
            continue
        if c == ')':
            atom = opens.pop()[0] if opens else -1
            out.append(c)
            i += 1
            continue
        if c in '*+?}' and i + 1 < n and p[i + 1] == '+':
            _nope('possessive quantifiers')
        atom = -1 if c in '|^$*+?' else len(out)
        if c == '.' and not flags & S:
            out.append('[^\n]')
            i += 1
            continue
        if flags & I and c.isalpha():
            lo, up = c.lower(), c.upper()
            out.append('[' + lo + up + ']' if lo != up else c)
            i += 1
            continue
        out.append(c)
        i += 1
    src = ''.join(out)
    # \b and \B: the engine has neither. At the very start or end of a
    # pattern without a top-level '|' they are checked on each match.
    wb = [None, None]
    for k, (mark, at) in enumerate(((0, 0), (-1, -1))):
        for esc in ('\\b', '\\B'):
            if k == 0 and src.startswith(esc) or k == 1 and src.endswith(esc) and not src.endswith('\\' + esc):
                wb[k] = esc[1] == 'b'
                src = src[2:] if k == 0 else src[:-2]
                break
    if '\\b' in src.replace('\\\\', '') or '\\B' in src.replace('\\\\', ''):
        _nope('\\b or \\B inside a pattern (only at its start or end)')
    if (wb[0] is not None or wb[1] is not None) and _top_alt(src):
        _nope('\\b or \\B with a top-level |')
    return src, flags, ngroups, names, wb


def _kill_caret(src):
    # src with every '^' anchor (outside classes) made unmatchable: the
    # engine sees a slice string[pos:], where '^' would match at pos.
    out = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == '\\':
            out.append(src[i:i + 2])
            i += 2
            continue
        if c == '[':
            j = _set_end(src, i)
            out.append(src[i:j + 1])
            i = j + 1
            continue
        out.append('[^\\s\\S]' if c == '^' else c)
        i += 1
    return ''.join(out)


def _top_alt(src):
    depth = 0
    i = 0
    while i < len(src):
        c = src[i]
        if c == '\\':
            i += 2
            continue
        if c == '[':
            i = src.index(']', i + 2)
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        elif c == '|' and depth == 0:
            return True
        i += 1
    return False


def _isword(string, k):
    if k < 0 or k >= len(string):
        return False
    c = string[k]
    return c.isalpha() or c.isdigit() or c == '_'


def _boundary_ok(string, k, want):
    if want is None:
        return True
    return (_isword(string, k - 1) != _isword(string, k)) == want


def _repeat(unit, mn, mx, lazy):
    # X{m}, X{m,n}, X{m,} written out for the engine, which has no counts
    if mx is not None and mx < mn:
        raise error('min repeat greater than max repeat')
    if mn > 100 or (mx or 0) > 100:
        _nope('repeat counts above 100')
    cap = unit.startswith('(') and not unit.startswith('(?')
    if cap and not (mx == mn):
        _nope('a capturing group with a variable repeat count ({m,n})')
    plain = '(?:' + unit[1:] if cap else unit
    q = '?' if lazy else ''
    if mx == mn:
        return plain * (mn - 1) + unit if mn else ''
    head = plain * mn
    if mx is None:
        return head + plain + '*' + q
    tail = ''
    for _ in range(mx - mn):
        tail = '(?:' + plain + tail + ')?' + q
    return head + tail


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) > 200:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        src, fl, self.groups, self.groupindex, self._wb = _translate(pattern, flags)
        self.flags = fl | (U if isinstance(pattern, str) and not fl & A else 0)
        self._bytes = isinstance(pattern, (bytes, bytearray))
        full = '(?:' + src + ')$'
        if self._bytes:
            src, full = src.encode('latin-1'), full.encode('latin-1')
        try:
            if fl & 128 and hasattr(_ure, 'DEBUG'):
                self._re = _ure.compile(src, _ure.DEBUG)
            else:
                self._re = _ure.compile(src)
            self._full = _ure.compile(full)
            mid = _kill_caret(self._src_text(src))
            self._mid = self._re if mid == self._src_text(src) else _ure.compile(
                mid.encode('latin-1') if self._bytes else mid)
        except ValueError as e:
            raise error('%s in %r' % (e, pattern), pattern)
        self._ml = bool(fl & M) and ('^' in self._src_text(src) or '$' in self._src_text(src))
        # The engine takes pos as the start of the text, so '^' would match
        # there; CPython's '^' matches only at the real start (or at a line
        # start under MULTILINE).
        self._anchored = self._src_text(src).startswith('^')
        self._nl = b'\n' if self._bytes else '\n'

    @staticmethod
    def _src_text(src):
        return src.decode('latin-1') if isinstance(src, bytes) else src

    def __repr__(self):
        r = 're.compile(%r' % (self.pattern,)
        shown = self.flags & ~U
        if shown:
            names = [n for n, v in (('re.ASCII', A), ('re.IGNORECASE', I), ('re.LOCALE', L), ('re.MULTILINE', M),
                                    ('re.DOTALL', S), ('re.VERBOSE', X)) if shown & v]
            r += ', ' + '|'.join(names)
        return r + ')'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _lines(self, string, pos, endpos):
        # MULTILINE: (line start, line end) pieces of string[pos:endpos]
        i = pos
        while True:
            j = string.find(self._nl, i, endpos)
            if j < 0:
                yield i, endpos
                return
            yield i, j
            i = j + 1

    def _at(self, engine, string, pos, endpos, anchored):
        # One engine call on string[pos:endpos] (the engine takes no pos):
        # (engine match, offset of its positions) or None.
        if pos > 0 and not (self._ml and string[pos - 1:pos] == self._nl):
            if engine is self._re:
                engine = self._mid
            elif self._anchored:
                return None
        s = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
        if self._wb[0] is None and self._wb[1] is None:
            m = engine.match(s) if anchored else engine.search(s)
            return None if m is None else (m, pos)
        # word boundaries at the start or end: check, and search on
        while True:
            m = engine.match(s) if anchored else engine.search(s)
            if m is None:
                return None
            a, b = m.span(0)
            if _boundary_ok(string, pos + a, self._wb[0]) and _boundary_ok(string, pos + b, self._wb[1]):
                return m, pos
            if anchored or pos + a >= endpos:
                return None
            pos += a + 1
            s = string[pos:endpos]

    def _wrap(self, r, string, pos, endpos):
        return None if r is None else Match(self, r, string, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else min(endpos, len(string))
        if self._ml:
            e = string.find(self._nl, pos, endpos)
            lend = endpos if e < 0 else e
            if pos > 0 and string[pos - 1] != '\n' and '^' in self.pattern:
                return None
            return self._wrap(self._at(self._re, string, pos, lend, True), string, pos, endpos)
        return self._wrap(self._at(self._re, string, pos, endpos, True), string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else min(endpos, len(string))
        m = self._at(self._full, string, pos, endpos, True)
        return self._wrap(m, string, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else min(endpos, len(string))
        if self._ml:
            for a, b in self._lines(string, pos, endpos):
                r = self._at(self._re, string, a, b, False)
                if r is not None:
                    return Match(self, r, string, pos, endpos)
            return None
        return self._wrap(self._at(self._re, string, pos, endpos, False), string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else min(endpos, len(string))
        pieces = self._lines(string, pos, endpos) if self._ml else ((pos, endpos),)
        for a, b in pieces:
            i = a
            while i <= b:
                r = self._at(self._re, string, i, b, False)
                if r is None:
                    break
                m = Match(self, r, string, pos, endpos)
                s, e = m.span(0)
                yield m
                # after an empty match, the next one starts a character on
                # (CPython 3.7+: an empty match may follow a non-empty one)
                i = e if e > s else e + 1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(g or '' for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        if callable(repl):
            f = repl
        else:
            if isinstance(repl, (bytes, bytearray)):
                repl = bytes(repl).decode('latin-1')
            tpl = _parse_template(repl, self)
            f = lambda m: _expand(tpl, m)
        for m in self.finditer(string):
            s, e = m.span()
            out.append(string[last:s])
            out.append(f(m))
            last = e
            n += 1
            if count and n >= count:
                break
        out.append(string[last:])
        return (b'' if isinstance(string, (bytes, bytearray)) else '').join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            s, e = m.span()
            if e == s and (s == 0 and False):
                continue
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
            if maxsplit and n >= maxsplit:
                break
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        _nope('Pattern.scanner')


def _parse_template(repl, pattern):
    # ['text', group, 'text', ...]
    parts = []
    buf = []
    i = 0
    n = len(repl)
    esc = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
    while i < n:
        c = repl[i]
        if c == '\\' and i + 1 < n:
            d = repl[i + 1]
            if d.isdigit():
                j = i + 1
                while j < n and j < i + 3 and repl[j].isdigit():
                    j += 1
                parts.append(''.join(buf))
                buf = []
                parts.append(int(repl[i + 1:j]))
                i = j
                continue
            if d == 'g' and i + 2 < n and repl[i + 2] == '<':
                j = repl.index('>', i)
                name = repl[i + 3:j]
                g = int(name) if name.isdigit() else pattern.groupindex.get(name)
                if g is None:
                    raise IndexError('unknown group name %r' % name)
                parts.append(''.join(buf))
                buf = []
                parts.append(g)
                i = j + 1
                continue
            if d in esc:
                buf.append(esc[d])
                i += 2
                continue
            if d.isalpha():
                raise error('bad escape \\%s at position %d' % (d, i), repl, i)
            buf.append(c)
            buf.append(d)
            i += 2
            continue
        buf.append(c)
        i += 1
    parts.append(''.join(buf))
    return parts


def _expand(tpl, m):
    if isinstance(m.string, (bytes, bytearray)):
        return b''.join(p.encode('latin-1') if isinstance(p, str) else (m.group(p) or b'') for p in tpl)
    return ''.join(p if isinstance(p, str) else (m.group(p) or '') for p in tpl)


class Match:
    def __init__(self, pattern, r, string, pos, endpos):
        self.re = pattern
        self._m, self._off = r
        self.string = string
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError('no such group')
        if not 0 <= g <= self.re.groups:
            raise IndexError('no such group')
        return g

    def group(self, *gs):
        if not gs:
            return self._m.group(0)
        if len(gs) == 1:
            return self._m.group(self._index(gs[0]))
        return tuple(self._m.group(self._index(g)) for g in gs)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if g is None else g for g in (self._m.group(i) for i in range(1, self.re.groups + 1)))

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re.groupindex.items():
            g = self._m.group(i)
            d[name] = default if g is None else g
        return d

    def span(self, g=0):
        s, e = self._m.span(self._index(g))
        return (s, e) if s < 0 else (s + self._off, e + self._off)

    def start(self, g=0):
        return self.span(g)[0]

    def end(self, g=0):
        return self.span(g)[1]

    @property
    def lastindex(self):
        best = None
        bend = -1
        for i in range(1, self.re.groups + 1):
            if self._m.group(i) is not None:
                e = self.end(i)
                if e >= bend:
                    best, bend = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))


RegexFlag = int
Scanner = None
