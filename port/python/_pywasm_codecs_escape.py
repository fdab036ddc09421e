"""The unicode_escape and raw_unicode_escape codecs for pywasm's codecs module,
over the error helpers of _pywasm_codecs_errors.

Not supported: \\N{NAME} escapes with a name (there is no Unicode name
database) raise NotImplementedError; the DeprecationWarning CPython emits for
unknown escapes is not emitted."""
from _pywasm_codecs_errors import decode_error

_HEX = b'0123456789abcdefABCDEF'

# What a single character after a backslash stands for (unicode_escape),
# keyed by its byte value.
_SIMPLE = {0x0a: '', 0x5c: '\\', 0x27: "'", 0x22: '"', 0x61: '\x07', 0x62: '\x08',
           0x66: '\x0c', 0x6e: '\n', 0x72: '\r', 0x74: '\t', 0x76: '\x0b'}

# Fixed-width escapes: letter -> (digits wanted, reason when too few).
_WIDE = {0x78: (2, 'truncated \\xXX escape'), 0x75: (4, 'truncated \\uXXXX escape'),
         0x55: (8, 'truncated \\UXXXXXXXX escape')}
_BACKSLASH, _N, _OPEN = 0x5c, 0x4e, 0x7b


def _count_hex(data, pos, limit):
    """How many hex digits follow pos, looking at no more than limit."""
    n = 0
    while n < limit and pos + n < len(data) and data[pos + n] in _HEX:
        n += 1
    return n


class _Scanner:
    """One decoding pass over bytes (indexing a str with non-ASCII text is
    slow here, bytes are not); literal runs are latin-1."""

    def __init__(self, data, errors, final, raw):
        self.data = data
        self.errors = errors
        self.final = final
        self.raw = raw
        self.codec = 'rawunicodeescape' if raw else 'unicodeescape'
        self.out = []

    def bad(self, start, end, reason):
        text, resume = decode_error(self.errors, self.codec, self.data, start, end, reason)
        self.out.append(text)
        return resume

    def run(self):
        data, pos, size = self.data, 0, len(self.data)
        while pos < size:
            slash = data.find(b'\\', pos)
            if slash < 0:
                slash = size
            if slash > pos:
                self.out.append(data[pos:slash].decode('latin-1'))
            if slash == size:
                pos = size
                break
            step = self.escape_raw(slash) if self.raw else self.escape(slash)
            if step is None:  # an escape cut short by the end of a chunk
                pos = slash
                break
            pos = step
        return ''.join(self.out), pos

    def escape_raw(self, slash):
        """raw_unicode_escape: only \\u and \\U mean something, and only after
        an odd number of backslashes, so backslashes pair up first."""
        data, after = self.data, slash + 1
        if after >= len(data):
            if not self.final:
                return None
            self.out.append('\\')
            return after
        kind = data[after]
        if kind == _BACKSLASH:
            self.out.append('\\\\')
            return after + 1
        if kind != 0x75 and kind != 0x55:
            self.out.append('\\')
            return after
        return self.fixed(slash, kind)

    def escape(self, slash):
        data, after = self.data, slash + 1
        if after >= len(data):
            if not self.final:
                return None
            return self.bad(slash, after, '\\ at end of string')
        kind = data[after]
        simple = _SIMPLE.get(kind)
        if simple is not None:
            self.out.append(simple)
            return after + 1
        if 0x30 <= kind <= 0x37:
            return self.octal(after)
        if kind in _WIDE:
            return self.fixed(slash, kind)
        if kind == _N:
            return self.named(slash)
        # unknown escapes are kept as they are
        self.out.append('\\' + chr(kind))
        return after + 1

    def octal(self, first):
        data, end = self.data, first
        while end < len(data) and end < first + 3 and 0x30 <= data[end] <= 0x37:
            end += 1
        self.out.append(chr(int(data[first:end], 8)))
        return end

    def fixed(self, slash, kind):
        want, truncated = _WIDE[kind]
        digits = slash + 2
        got = _count_hex(self.data, digits, want)
        if got < want:
            if not self.final and digits + got == len(self.data):
                return None
            return self.bad(slash, digits + got, truncated)
        value = int(self.data[digits:digits + want], 16)
        if value > 0x10ffff:
            why = '\\Uxxxxxxxx out of range' if self.raw else 'illegal Unicode character'
            return self.bad(slash, digits + want, why)
        self.out.append(chr(value))
        return digits + want

    def named(self, slash):
        data, brace = self.data, slash + 2
        if brace >= len(data) or data[brace] != _OPEN:
            if brace >= len(data) and not self.final:
                return None
            return self.bad(slash, brace, 'malformed \\N character escape')
        close = data.find(b'}', brace + 1)
        if close < 0:
            if not self.final:
                return None
            return self.bad(slash, len(data), 'malformed \\N character escape')
        if close == brace + 1:
            return self.bad(slash, close, 'malformed \\N character escape')
        raise NotImplementedError('codecs: \\N{...} escapes in unicode_escape (no Unicode name database)')


def decode(data, errors, final, raw):
    """Decode bytes; returns (str, number of bytes used)."""
    return _Scanner(data, errors or 'strict', final, raw).run()


def encode(text, raw):
    """Encode str; raw leaves backslashes and latin-1 characters alone."""
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append('\\U%08x' % code)
        elif code >= 0x100:
            out.append('\\u%04x' % code)
        elif raw or (' ' <= ch <= '~' and ch != '\\'):
            out.append(ch)
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        else:
            out.append('\\x%02x' % code)
    return ''.join(out).encode('latin-1')
