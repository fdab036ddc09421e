"""string: the character-class constants, capwords, Template (substitute,
safe_substitute, get_identifiers, is_valid) and Formatter (parse, vformat and
the steps subclasses override)."""
import re as _re

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w[:1].upper() + w[1:].lower() for w in s.split(sep))


_ID_CHARS = frozenset('_' + ascii_letters + digits)


def _ident(s, i):
    # the end of the ASCII identifier at i (CPython's default idpattern is
    # (?a:[_a-z][_a-z0-9]*), case-insensitive), or i
    j = i
    while j < len(s) and s[j] in _ID_CHARS:
        j += 1
    if j > i and s[i].isdigit():
        return i
    return j


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE
    _regex = None  # a subclass's own pattern, compiled (see __init_subclass__)

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kw):
        # A subclass changing more than the delimiter is matched as CPython
        # matches it, by a regular expression: its own `pattern`, or one
        # built from delimiter, idpattern, braceidpattern and flags.
        d = cls.__dict__
        if not any(k in d for k in ('pattern', 'idpattern', 'braceidpattern', 'flags')) and cls._regex is None:
            return
        p = d.get('pattern')
        if p is None:
            delim = _re.escape(cls.delimiter)
            p = r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))' % (
                delim, delim, cls.idpattern, cls.braceidpattern or cls.idpattern)
        cls.pattern = cls._regex = _re.compile(p, cls.flags | _re.VERBOSE) if isinstance(p, str) else p

    def _by_regex(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if safe and named not in mapping:
                    return mo.group()
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                raise ValueError('Invalid placeholder in string: line %d, col %d' % self._pos(mo.start('invalid')))
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self._regex.sub(convert, self.template)

    def _scan(self, fn):
        # Yields literal text and the results of fn(kind, name, start, end).
        s, d = self.template, self.delimiter
        out, i, n = [], 0, len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                e = s.find('}', k)
                name = s[k + 1:e] if e > 0 else ''
                if e > 0 and name and _ident(name, 0) == len(name):
                    out.append(fn('braced', name, j, e + 1))
                    i = e + 1
                    continue
            else:
                e = _ident(s, k)
                if e > k:
                    out.append(fn('named', s[k:e], j, e))
                    i = e
                    continue
            out.append(fn('invalid', None, j, k))
            i = k
        return ''.join(out)

    def _pos(self, i):
        # (line, column) CPython reports for an invalid placeholder, from
        # i just past its delimiter
        lines = self.template[:i].splitlines(True)
        if not lines:
            return 1, 1
        return len(lines), i - len(''.join(lines[:-1]))

    def substitute(self, mapping=None, **kw):
        m = dict(mapping or {}, **kw) if kw else (mapping or {})
        if self._regex is not None:
            return self._by_regex(m, False)

        def f(kind, name, j, e):
            if kind == 'invalid':
                raise ValueError('Invalid placeholder in string: line %d, col %d' % self._pos(e))
            return str(m[name])
        return self._scan(f)

    def safe_substitute(self, mapping=None, **kw):
        m = dict(mapping or {}, **kw) if kw else (mapping or {})
        if self._regex is not None:
            return self._by_regex(m, True)

        def f(kind, name, j, e):
            if kind != 'invalid' and name in m:
                return str(m[name])
            return self.template[j:e]
        return self._scan(f)

    def get_identifiers(self):
        ids = []
        if self._regex is not None:
            for mo in self._regex.finditer(self.template):
                named = mo.group('named') or mo.group('braced')
                if named is not None and named not in ids:
                    ids.append(named)
                elif named is None and mo.group('invalid') is None and mo.group('escaped') is None:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return ids

        def f(k, n, j, e):
            if n and n not in ids:
                ids.append(n)
            return ''
        self._scan(f)
        return ids

    def is_valid(self):
        if self._regex is not None:
            for mo in self._regex.finditer(self.template):
                if mo.group('invalid') is not None:
                    return False
                if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return True
        ok = [True]

        def f(k, n, j, e):
            if k == 'invalid':
                ok[0] = False
            return ''
        self._scan(f)
        return ok[0]


def _split_field(field):
    # 'name[key].attr!r:spec' -> ('name[key].attr', 'spec', 'r'); a '!' or
    # ':' inside [...] belongs to the name.
    i, n = 0, len(field)
    while i < n and field[i] not in '!:':
        if field[i] == '[':
            while i < n and field[i] != ']':
                i += 1
        i += 1
    name, rest = field[:i], field[i:]
    conv = None
    if rest[:1] == '!':
        if len(rest) < 2:
            raise ValueError('end of string while looking for conversion specifier')
        conv = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    return name, rest[1:], conv


class Formatter:
    """format/vformat built on parse, get_field, get_value, check_unused_args,
    convert_field and format_field, so subclasses can override each step as
    in CPython. format_field formats as str.format does (a class's own
    __format__ is not called: see docs/compat.md)."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        out = self._vformat(format_string, args, kwargs, used, 2, [0])
        self.check_unused_args(used, args, kwargs)
        return out

    def _vformat(self, s, args, kwargs, used, depth, auto):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for lit, name, spec, conv in self.parse(s):
            out.append(lit)
            if name is None:
                continue
            if name == '' or name[0] in '.[':
                if auto[0] is None:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                name = str(auto[0]) + name
                auto[0] += 1
            elif name.split('.')[0].split('[')[0].isdigit():
                if auto[0]:
                    raise ValueError('cannot switch from automatic field numbering to manual field specification')
                auto[0] = None
            obj, key = self.get_field(name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            spec = self._vformat(spec, args, kwargs, used, depth - 1, auto) if spec else ''
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def parse(self, format_string):
        s, i, n, lit = format_string, 0, len(format_string), []
        while i < n:
            c = s[i]
            if c in '{}' and s[i + 1:i + 2] == c:
                # A doubled brace ends the literal run there, as CPython's does.
                lit.append(c)
                yield ''.join(lit), None, None, None
                lit, i = [], i + 2
            elif c == '}':
                raise ValueError("Single '}' encountered in format string")
            elif c == '{':
                depth, j = 1, i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("Single '{' encountered in format string" if j == i + 1 else "expected '}' before end of string")
                name, spec, conv = _split_field(s[i + 1:j - 1])
                yield ''.join(lit), name, spec, conv
                lit, i = [], j
            else:
                lit.append(c)
                i += 1
        if lit:
            yield ''.join(lit), None, None, None

    def get_field(self, field_name, args, kwargs):
        i, n = 0, len(field_name)
        while i < n and field_name[i] not in '.[':
            i += 1
        first = field_name[:i]
        obj = self.get_value(int(first) if first.isdigit() else first, args, kwargs)
        while i < n:
            if field_name[i] == '.':
                j = i + 1
                while j < n and field_name[j] not in '.[':
                    j += 1
                obj = getattr(obj, field_name[i + 1:j])
            else:
                j = field_name.find(']', i)
                if j < 0:
                    raise ValueError("Missing ']' in format string")
                k = field_name[i + 1:j]
                obj = obj[int(k) if k.isdigit() else k]
                j += 1
            i = j
        return obj, first if not first.isdigit() else int(first)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            # ascii() without needing the builtin (installed by _pywasm_compat).
            r = []
            for c in repr(value):
                o = ord(c)
                r.append(c if o < 128 else ('\\x%02x' % o if o < 256 else ('\\u%04x' % o if o < 65536 else '\\U%08x' % o)))
            return ''.join(r)
        raise ValueError('Unknown conversion specifier ' + str(conversion))

    def format_field(self, value, format_spec):
        return ('{:' + format_spec + '}').format(value) if format_spec else str(value)
