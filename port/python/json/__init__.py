"""json: CPython's json API: dumps/dump with
indent, separators, sort_keys, default, ensure_ascii, skipkeys, allow_nan,
cls (JSONEncoder subclasses); loads/load with object_hook,
object_pairs_hook, parse_float, parse_int, parse_constant, and
JSONDecodeError carrying msg/doc/pos/lineno/colno as in CPython."""
import _pywasm_compat
from _pywasm_json import dump as _dump, scan as _scan


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        ln = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, ln, col, pos))
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, ln, col

    def __str__(self):
        return self.args[0]


# CPython defines this in json.decoder, which tracebacks and reprs name;
# json/decoder.py and json/encoder.py, in the library, import from here.
JSONDecodeError.__module__ = 'json.decoder'


_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _str(s, ascii):
    # Most strings need no escaping: that is checked in C (in, encode, min,
    # max) instead of character by character below, which took ~1.5 s per
    # megabyte.
    if '"' not in s and '\\' not in s:
        b = s.encode()
        if not b or (min(b) >= 32 and (not ascii or (len(b) == len(s) and max(b) <= 126))):
            return '"' + s + '"'
    # The usual escapes by str.replace, in C too: a megabyte of log lines
    # took half a second by the loop below.
    t = s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')
    b = t.encode()
    if min(b) >= 32 and (not ascii or (len(b) == len(t) and max(b) <= 126)):
        return '"' + t + '"'
    out = []
    for c in s:
        e = _ESC.get(c)
        if e:
            out.append(e)
            continue
        o = ord(c)
        if o < 32 or (ascii and o > 126):
            if o > 0xffff:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (o >> 10), 0xdc00 | (o & 0x3ff)))
            else:
                out.append('\\u%04x' % o)
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    item_separator, key_separator = ', ', ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.allow_nan = skipkeys, ensure_ascii, allow_nan
        self.sort_keys, self.indent, self.check_circular = sort_keys, indent, check_circular
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def _float(self, o):
        if o != o or o in (float('inf'), float('-inf')):
            if not self.allow_nan:
                raise ValueError('Out of range float values are not JSON compliant')
            return 'NaN' if o != o else ('Infinity' if o > 0 else '-Infinity')
        return repr(o)

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, float):
            return self._float(k)
        if isinstance(k, int):
            return str(int(k))
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not ' + type(k).__name__)

    def iterencode(self, o, _one_shot=False):
        ind = self.indent
        if ind is not None and not isinstance(ind, str):
            ind = ' ' * ind
        out = []
        seen = {} if self.check_circular else None
        self._enc(o, out, ind, 0, seen)
        yield from out

    def _enc(self, o, out, ind, lvl, seen):
        if isinstance(o, str):
            out.append(_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o) if type(o) is int else repr(int(o)))  # an IntEnum as its number
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple, dict)):
            if seen is not None:
                if id(o) in seen:
                    raise ValueError('Circular reference detected')
                seen[id(o)] = o
            isd = isinstance(o, dict)
            if not o:
                out.append('{}' if isd else '[]')
            else:
                nl = None
                if ind is not None:
                    nl = '\n' + ind * (lvl + 1)
                sep = self.item_separator + (nl or '')
                first = True
                if isd:
                    out.append('{')
                    if nl:
                        out.append(nl)
                    items = o.items()
                    if self.sort_keys:
                        items = sorted(items, key=lambda kv: kv[0])
                    for k, v in items:
                        k = self._key(k)
                        if k is None:
                            continue
                        if not first:
                            out.append(sep)
                        first = False
                        out.append(_str(k, self.ensure_ascii))
                        out.append(self.key_separator)
                        self._enc(v, out, ind, lvl + 1, seen)
                else:
                    # Chunks as CPython's iterencode: a scalar joined to
                    # the separator before it, a container apart.
                    buf = '[' + (nl or '')
                    for v in o:
                        if not first:
                            buf = sep
                        first = False
                        n = len(out)
                        out.append(buf)
                        self._enc(v, out, ind, lvl + 1, seen)
                        if v is None or isinstance(v, (str, int, float)):
                            out[n] += out.pop()
                if ind is not None:
                    out.append('\n' + ind * lvl)
                out.append('}' if isd else ']')
            if seen is not None:
                del seen[id(o)]
        else:
            if seen is not None:
                if id(o) in seen:
                    raise ValueError('Circular reference detected')
                seen[id(o)] = o
            self._enc(self.default(o), out, ind, lvl, seen)
            if seen is not None:
                del seen[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and indent is None and default is None and not sort_keys and not kw:
        # Plain data, in C (port/modjsonscan.c); anything else (subclasses,
        # non-str keys, NaN, cycles) is encoded here.
        item_sep, key_sep = (', ', ': ') if separators is None else separators
        s = _dump(obj, ensure_ascii, item_sep, key_sep)
        if s is not ...:
            return s
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_UNESC = {34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t'}
_DIG = b'0123456789'


class JSONDecoder:
    # Parses UTF-8 bytes: a bytes index is an offset, while a str's needs
    # its characters counted (remembered since patch 0064, still dearer).
    _back = -1  # where the document's next backslash is (_string)

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant, self.strict = parse_constant, strict

    def decode(self, s):
        b = s.encode()
        self._doc = s
        self._back = -1
        v, end = self._val(b, _ws(b, 0))
        end = _ws(b, end)
        if end != len(b):
            self._err('Extra data', b, end)
        return v

    def raw_decode(self, s, idx=0):
        b = s.encode()
        self._doc = s
        self._back = -1
        o = len(s[:idx].encode())
        v, end = self._val(b, o)
        return v, len(b[:end].decode())

    def _err(self, msg, b, i):
        raise JSONDecodeError(msg, self._doc, len(b[:i].decode()))

    def _val(self, s, i):
        if i >= len(s):
            self._err('Expecting value', s, i)
        c = s[i]
        if c == 34:
            return self._string(s, i + 1)
        if c == 123:
            return self._obj(s, i + 1)
        if c == 91:
            i = _ws(s, i + 1)
            r = []
            if i < len(s) and s[i] == 93:
                return r, i + 1
            while True:
                v, i = self._val(s, i)
                r.append(v)
                i = _ws(s, i)
                c = s[i] if i < len(s) else 0
                if c == 93:
                    return r, i + 1
                if c != 44:
                    self._err("Expecting ',' delimiter", s, i)
                i = _ws(s, i + 1)
        for w, v in ((b'null', None), (b'true', True), (b'false', False)):
            if s.startswith(w, i):
                return v, i + len(w)
        for w in (b'NaN', b'Infinity', b'-Infinity'):
            if s.startswith(w, i):
                return (self.parse_constant or float)(w.decode()), i + len(w)
        n = len(s)
        j = i + 1 if c == 45 else i
        k = j
        while k < n and s[k] in _DIG:
            k += 1
        if k == j:
            self._err('Expecting value', s, i)
        if s[j] == 48 and k > j + 1:
            k = j + 1
        isf = False
        if k + 1 < n and s[k] == 46 and s[k + 1] in _DIG:
            isf = True
            k += 1
            while k < n and s[k] in _DIG:
                k += 1
        if k < n and s[k] in b'eE':
            m = k + 1
            if m < n and s[m] in b'+-':
                m += 1
            if m < n and s[m] in _DIG:
                isf = True
                k = m
                while k < n and s[k] in _DIG:
                    k += 1
        return (self.parse_float if isf else self.parse_int)(s[i:k].decode()), k

    def _string(self, s, i):
        out, st = [], i - 1
        # The next '"' and the next backslash at or after i, each searched
        # for again only once i has passed it: searching afresh after every
        # escape made a string with many of them quadratic (10,000 escaped
        # newlines took 11 s). The backslash's place is kept across strings
        # (self._back): in a document with few or none, each string searched
        # on to the next one or to the end, and a 750 KB API answer took 35 s.
        quote = -1
        back = self._back
        while True:
            if quote < i:
                quote = s.find(b'"', i)
                if quote < 0:
                    self._err('Unterminated string starting at', s, st)
            if back != -2 and back < i:
                back = s.find(b'\\', i)
                if back < 0:
                    back = -2  # none left in the document
                self._back = back
            k = back if 0 <= back < quote else -1
            j = k if k >= 0 else quote
            seg = s[i:j]
            if self.strict and seg and min(seg) < 32:
                self._err('Invalid control character at', s, i + seg.find(bytes([min(seg)])))
            out.append(seg.decode())
            if k < 0:
                return ''.join(out), j + 1
            e = s[j + 1] if j + 1 < len(s) else 0
            if e == 117:
                h = s[j + 2:j + 6]
                try:
                    n = int(h, 16)
                    if len(h) != 4:
                        raise ValueError
                except ValueError:
                    self._err('Invalid \\uXXXX escape', s, j + 1)  # at the u, as CPython
                i = j + 6
                if 0xd800 <= n < 0xdc00 and s[i:i + 2] == b'\\u':
                    try:
                        m = int(s[i + 2:i + 6], 16)
                    except ValueError:
                        m = 0
                    if 0xdc00 <= m < 0xe000:
                        n = 0x10000 + ((n - 0xd800) << 10) + (m - 0xdc00)
                        i += 6
                out.append(chr(n))
            else:
                m = _UNESC.get(e)
                if m is None:
                    self._err('Invalid \\escape', s, j)
                out.append(m)
                i = j + 2

    def _obj(self, s, i):
        pairs = []
        i = _ws(s, i)
        if i < len(s) and s[i] == 125:
            i += 1
        else:
            while True:
                if i >= len(s) or s[i] != 34:
                    self._err('Expecting property name enclosed in double quotes', s, i)
                k, i = self._string(s, i + 1)
                i = _ws(s, i)
                if i >= len(s) or s[i] != 58:
                    self._err("Expecting ':' delimiter", s, i)
                v, i = self._val(s, _ws(s, i + 1))
                pairs.append((k, v))
                i = _ws(s, i)
                c = s[i] if i < len(s) else 0
                if c == 125:
                    i += 1
                    break
                if c != 44:
                    self._err("Expecting ',' delimiter", s, i)
                i = _ws(s, i + 1)
        if self.object_pairs_hook:
            return self.object_pairs_hook(pairs), i
        d = dict(pairs)
        return (self.object_hook(d) if self.object_hook else d), i


def _ws(s, i):
    n = len(s)
    while i < n and s[i] in b' \t\n\r':
        i += 1
    return i


def loads(s, *, cls=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode(_encoding(s))
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not ' + type(s).__name__)
    if cls is None and not kw:
        # Strict JSON without hooks, in C (port/modjsonscan.c); anything
        # else, errors included, is decoded here. MicroPython's own C
        # parser accepts invalid JSON and reports no position.
        v = _scan(s)
        if v is not ...:
            return v
    return (cls or JSONDecoder)(**kw).decode(s)


def _encoding(b):
    # The encoding of a JSON document given as bytes, from its BOM or the
    # zero bytes around its first characters (RFC 4627).
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if b[:4] in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if b[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16'
    if len(b) >= 4 and not b[0]:
        return 'utf-16-be' if b[1] else 'utf-32-be'
    if len(b) >= 4 and not b[1]:
        return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    if len(b) == 2:
        return 'utf-16-be' if not b[0] else ('utf-16-le' if not b[1] else 'utf-8')
    return 'utf-8'


def load(fp, **kw):
    return loads(fp.read(), **kw)


# This file is frozen into the module, its submodule json.tool (the
# `-m json.tool` command line) is in the library beside it. A package finds
# its submodules under its __path__, which the import made '.frozen/json':
# pointing it at the library's json/ keeps the rarely used part out of the
# module's bytes.
import _pywasm
__path__ = [_pywasm.LIBRARY_DIR + '/json']
del _pywasm
