"""re: CPython's re module over pywasm's own engine (port/modsre.c).

The engine parses CPython's pattern syntax and matches as sre does:
lookahead and lookbehind, backreferences, counted repeats, lazy and
possessive quantifiers, atomic and conditional groups, inline and scoped
flags, Unicode classes and case folding, bytes patterns. This module is the
API around it: Pattern, Match, the module functions, sub's templates and
re.error with its position.

Not here: Pattern.scanner(), the LOCALE flag's locale (it is
accepted for bytes patterns and means ASCII), \\N{name} escapes, and
re.DEBUG's dump."""
import _pywasm_sre

class RegexFlag(int):
    """The flags as CPython 3.11's RegexFlag (an IntFlag) shows them:
    repr and str re.IGNORECASE|re.MULTILINE, combined with | & ^ ~
    into RegexFlag again, .name and .value."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return '|'.join(names)

    __str__ = __repr__  # global_enum's str, as CPython's re.RegexFlag

    def __format__(self, spec):
        return repr(self) if not spec else format(int(self), spec)

    @property
    def name(self):
        r = repr(self)
        return None if '0x' in r else r.replace('re.', '')

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


_FLAG_NAMES = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
for _n, _v in _FLAG_NAMES + (('NOFLAG', 0),):
    setattr(RegexFlag, _n, RegexFlag(_v))
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
U = UNICODE = RegexFlag.UNICODE
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
NOFLAG = RegexFlag.NOFLAG
del _n, _v


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            if nl in pattern:
                self.lineno = pattern.count(nl, 0, pos) + 1
                self.colno = pos - (pattern.rfind(nl, 0, pos) + 1) + 1
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                self.lineno, self.colno = 1, pos + 1
        super().__init__(msg)


PatternError = error

_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) > 500:
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
    return bytes(ord(c) for c in escape(bytes(pattern).decode('latin-1')))


class Pattern:
    def __init__(self, pattern, flags):
        if not isinstance(pattern, (str, bytes, bytearray)):
            raise TypeError('first argument must be string or compiled pattern')
        self.pattern = pattern
        try:
            prog, self.groups, names, self.flags, lo, hi = _pywasm_sre.compile(pattern, int(flags) & ~(int(DEBUG) | int(T)))
        except ValueError as e:
            if len(e.args) != 2:
                raise
            msg, pos = e.args
            if msg.startswith('the repetition number'):
                raise OverflowError(msg)
            raise error(msg, pattern, pos)
        self._prog = prog
        self._width = (lo, hi)  # hi -1: unbounded (sre_parse.py's getwidth)
        self.groupindex = dict(names)

    def __repr__(self):
        r = 're.compile(%r' % (self.pattern,)
        shown = self.flags & ~U if isinstance(self.pattern, str) else self.flags
        if shown:
            names = [n for n, v in (('re.TEMPLATE', T), ('re.IGNORECASE', I), ('re.LOCALE', L), ('re.MULTILINE', M),
                                    ('re.DOTALL', S), ('re.UNICODE', U), ('re.VERBOSE', X), ('re.DEBUG', DEBUG),
                                    ('re.ASCII', A)) if shown & v]
            r += ', ' + '|'.join(names)
        return r + ')'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _one(self, string, pos, endpos, mode):
        # the engine makes the Match (see new_match in port/modsre.c)
        return self._prog.match(string, pos, endpos, mode, Match, self)

    def match(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 2)

    # The engine's results: (lastindex, start0, end0, ..., group0, ...)
    # per match; scan(..., gaps=True) adds the text before each match and
    # ends the list with the text after the last (see port/modsre.c).

    def finditer(self, string, pos=0, endpos=None):
        # a Match per match, made by the engine
        return iter(self._prog.scan(string, pos, endpos, 0, 0, Match, self))

    def findall(self, string, pos=0, endpos=None):
        # kind 2: the engine lists each match as findall gives it
        return self._prog.scan(string, pos, endpos, 0, 2)

    def subn(self, repl, string, count=0):
        if callable(repl):
            f = repl
        else:
            tpl = _template(repl, self)
            if count >= 0 and isinstance(repl, str) == isinstance(string, str):
                # the engine expands the template itself
                return self._prog.subt(string, count, tpl)
            if len(tpl) == 1:
                f = None
                text = tpl[0]
            else:
                f = lambda m: _expand(tpl, m)
        if count < 0:
            return string, 0
        if f is None:
            found = self._prog.scan(string, 0, None, count, True)
            out = []
            for r in found[:-1]:
                out.append(r[-1])
                out.append(text)
        else:
            # Matches made by the engine; each _r ends with the gap, past the groups
            found = self._prog.scan(string, 0, None, count, True, Match, self)
            out = []
            for m in found[:-1]:
                out.append(m._r[-1])
                v = f(m)
                if v:
                    out.append(v)
        out.append(found[-1])
        if isinstance(string, str):
            return ''.join(out), len(found) - 1
        return b''.join(bytes(x) for x in out), len(found) - 1

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        found = self._prog.scan(string, 0, None, maxsplit, True)
        g1 = 2 * self.groups + 4
        out = []
        for r in found[:-1]:
            out.append(r[-1])
            out.extend(r[g1:-1])
        out.append(found[-1])
        return out

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('re: Pattern.scanner (not supported by this interpreter)')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _template(repl, pattern):
    # sub()'s replacement as ['text', group, 'text', ...], parsed as
    # CPython parses it (errors included).
    if isinstance(repl, (bytes, bytearray)):
        text = bytes(repl).decode('latin-1')
        as_bytes = True
    else:
        text = repl
        as_bytes = False
    parts = []
    buf = []
    i = 0
    n = len(text)
    esc = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
    octal = '01234567'

    def group(g, at):
        if g > pattern.groups:
            raise error('invalid group reference %d' % g, repl, at)
        parts.append(''.join(buf))
        del buf[:]
        parts.append(g)

    while i < n:
        c = text[i]
        if c != '\\':
            buf.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        d = text[i + 1]
        if d == 'g':
            if i + 2 >= n or text[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            j = text.find('>', i + 3)
            if j < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = text[i + 3:j]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit() and name.isascii():
                group(int(name), i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                group(pattern.groupindex[name], i + 3)
            else:
                raise error('bad character in group name %r' % name, repl, i + 3)
            i = j + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and text[j] in octal:
                j += 1
            buf.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d in '123456789':
            if i + 3 < n and d in octal and text[i + 2] in octal and text[i + 3] in octal:
                v = int(text[i + 1:i + 4], 8)
                if v > 0o377:
                    raise error('octal escape value \\%s outside of range 0-0o377' % text[i + 1:i + 4], repl, i)
                buf.append(chr(v))
                i += 4
            else:
                j = i + 2
                if j < n and text[j] in '0123456789':
                    j += 1
                group(int(text[i + 1:j]), i + 1)
                i = j
        elif d in esc:
            buf.append(esc[d])
            i += 2
        elif d.isalpha() and d < '\x80':
            raise error('bad escape \\%s' % d, repl, i)
        else:
            buf.append(c + d)
            i += 2
    parts.append(''.join(buf))
    if as_bytes:
        parts = [bytes(ord(c) for c in p) if isinstance(p, str) else p for p in parts]
    return parts


def _expand(tpl, m):
    empty = '' if isinstance(m.string, str) else b''
    return empty.join(p if not isinstance(p, int) else (m.group(p) or empty) for p in tpl)


class Match:
    # Made by the engine (new_match in port/modsre.c) with re, _r and
    # string, and pos and endpos only when they are not these defaults:
    # finditer and sub make a Match per match, and each stored attribute
    # costs (five took the instance's table through two rehashes)
    pos = 0
    _endpos = None

    @property
    def endpos(self):
        # Worked out when asked: len() of a MicroPython str counts its
        # characters, and finditer/sub make a Match per match.
        n = len(self.string)
        e = self._endpos
        return n if e is None or e > n else (e if e > 0 else 0)

    def _index(self, g):
        if isinstance(g, int) and 0 <= g <= self.re.groups:
            return int(g)
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        g = self._r[2 * self.re.groups + 3 + i]
        return default if g is None else g

    # m.group(n), m[n] and m.groups() are the engine's (port/modsre.c): a
    # call per match in most loops. group() passes names and several groups
    # on to _group.
    group = _pywasm_sre.group
    __getitem__ = _pywasm_sre.group
    groups = _pywasm_sre.groups

    def _group(self, g=0, *more):
        if not more:
            return self._get(self._index(g))
        return tuple(self._get(self._index(x)) for x in (g,) + more)

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def span(self, g=0):
        i = self._index(g)
        return (self._r[2 * i + 1], self._r[2 * i + 2])

    def start(self, g=0):
        return self._r[2 * self._index(g) + 1]

    def end(self, g=0):
        return self._r[2 * self._index(g) + 2]

    @property
    def lastindex(self):
        return self._r[0]

    @property
    def lastgroup(self):
        li = self._r[0]
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_template(template, self.re), self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))


class Scanner:
    # CPython's undocumented lexer (markdown's attr_list uses it): the
    # phrases are tried as one alternation, each its own group, and the
    # group that matched last names the phrase (its own groups close
    # before it does)
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        n = 0
        for phrase, action in lexicon:
            n += 1
            self._actions[n] = action
            parts.append('(' + phrase + ')')
            n += compile(phrase, flags).groups
        self._pattern = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self._pattern.match(string, i)
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

# PEP 585: Pattern[...] is a types.GenericAlias, as in CPython
__import__('_pywasm_compat').generic(Pattern, Match)
