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


class _Chained:
    # CPython's ChainMap(kws, mapping): the keywords first, then the mapping
    # itself (its __missing__, a defaultdict's factory, os.environ...)
    def __init__(self, kw, mapping):
        self._kw, self._m = kw, mapping

    def __getitem__(self, key):
        if key in self._kw:
            return self._kw[key]
        return self._m[key]

    def __contains__(self, key):
        return key in self._kw or key in self._m


def _mapping_arg(args):
    # the one positional argument substitute() takes
    if len(args) > 1:
        raise TypeError('Too many positional arguments')
    return args[0] if args else None


def _chain(mapping, kw):
    if not kw:
        return {} if mapping is None else mapping
    return kw if mapping is None else _Chained(kw, mapping)


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
                if safe:
                    try:
                        return str(mapping[named])
                    except KeyError:
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

    def substitute(self, *args, **kw):
        # (mapping=None, /, **kw): mpy-cross, which compiles the library,
        # takes no '/', and a key named mapping belongs to kw
        m = _chain(_mapping_arg(args), kw)
        if self._regex is not None:
            return self._by_regex(m, False)

        def f(kind, name, j, e):
            if kind == 'invalid':
                raise ValueError('Invalid placeholder in string: line %d, col %d' % self._pos(e))
            return str(m[name])
        return self._scan(f)

    def safe_substitute(self, *args, **kw):
        m = _chain(_mapping_arg(args), kw)
        if self._regex is not None:
            return self._by_regex(m, True)

        def f(kind, name, j, e):
            # looked up, as CPython does (a defaultdict or __missing__ answers)
            if kind != 'invalid':
                try:
                    return str(m[name])
                except KeyError:
                    pass
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


class Formatter:
    """format/vformat built on parse, get_field, get_value, check_unused_args,
    convert_field and format_field, so subclasses can override each step as
    in CPython. format_field formats as str.format does (a class's own
    __format__ is not called: see docs/compat.md)."""

    def format(*args, **kwargs):
        # (self, format_string, /, *args, **kwargs), without the '/' that
        # mpy-cross cannot compile: format_string= may be a field's name
        if len(args) < 2:
            raise TypeError("Formatter.format() missing required argument 'format_string'" if args else
                            "descriptor 'format' of 'Formatter' object needs an argument")
        self, format_string, *args = args
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
            # only a bare '{}' is numbered automatically and only an all-digit
            # name counts as manual, as in CPython's Formatter ('{[0]}' looks
            # up the keyword '')
            if name == '':
                if auto[0] is None:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                name = str(auto[0])
                auto[0] += 1
            elif name.isdigit():
                if auto[0]:
                    # CPython's Formatter words this one the same as the other
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto[0] = None
            obj, key = self.get_field(name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            if spec:
                spec = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            elif depth == 0:
                # CPython formats even an empty spec one level down, so a
                # field nested twice fails here though its own spec is empty
                raise ValueError('Max string recursion exceeded')
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def parse(self, format_string):
        # the parser str.format itself follows, with its errors; _string is
        # imported here, not with string, which far more code imports than
        # uses Formatter (markupsafe, networkx)
        from _string import formatter_parser
        return formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        from _string import formatter_field_name_split
        first, rest = formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

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
