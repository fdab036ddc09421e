"""tomllib: read TOML 1.0 documents like CPython 3.11's tomllib.

Covers loads(s, *, parse_float=float), load(fp, *, parse_float=float) (fp is
a binary file) and TOMLDecodeError, a ValueError whose message ends in
'(at line L, column C)' or '(at end of document)' as CPython words it. All of
TOML 1.0 is read: bare, quoted and dotted keys; basic, literal and multi-line
strings with escapes and line-ending backslashes; integers in every base;
floats including inf and nan; booleans; offset and local date-times, dates
and times as datetime objects (a zero offset is datetime.timezone.utc);
arrays; inline tables; tables and arrays of tables, with TOML's rules against
defining a table or a value twice. There is no writer (CPython has none).
Messages quoting a non-ASCII key show it with this interpreter's repr, which
escapes non-ASCII characters.
"""

__all__ = ['loads', 'load', 'TOMLDecodeError']

# The parser walks the UTF-8 bytes (all of TOML's syntax is ASCII); columns
# in error messages are counted in characters.
_TAB, _LF, _SPACE, _DQ, _HASH, _SQ = 9, 10, 32, 34, 35, 39
_PLUS, _COMMA, _MINUS, _DOT, _ZERO, _EQUALS = 43, 44, 45, 46, 48, 61
_LBRACKET, _BACKSLASH, _RBRACKET, _LBRACE, _RBRACE = 91, 92, 93, 123, 125

# Escapes of basic strings that stand for one character: letter -> bytes.
_SHORT_ESCAPES = {98: b'\x08', 116: b'\t', 110: b'\n', 102: b'\x0c', 114: b'\r', 34: b'"', 92: b'\\'}


class TOMLDecodeError(ValueError):
    pass


def load(fp, *, parse_float=float):
    return loads(_file_text(fp.read()), parse_float=parse_float)


def _file_text(data):
    # A file opened in text mode hands over str, which has nothing to decode.
    if isinstance(data, (bytes, bytearray)):
        return data.decode()
    raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`")


def loads(s, *, parse_float=float):
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not 'str'")
        raise AttributeError("'%s' object has no attribute 'replace'" % type(s).__name__)
    # CRLF counts as one newline everywhere; a lone CR stays and is rejected.
    return _Reader(s.encode().replace(b'\r\n', b'\n'), parse_float).document()


def _decimal(c):
    return 48 <= c <= 57


def _hexadecimal(c):
    return 48 <= c <= 57 or 97 <= c <= 102 or 65 <= c <= 70


def _octal(c):
    return 48 <= c <= 55


def _binary(c):
    return c == 48 or c == 49


# Second character of 0x / 0o / 0b -> (base, digit test).
_PREFIXES = {120: (16, _hexadecimal), 111: (8, _octal), 98: (2, _binary)}


def _bare(c):
    return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95 or c == 45


def _control(c):
    # Characters no string or comment may hold as they are (tab is fine).
    return (c < 32 and c != _TAB) or c == 127


def _digit_run(src, at, end, ok):
    # End of digits (ok(c)) joined by single underscores; `at` if none start there.
    if at >= end or not ok(src[at]):
        return at
    at += 1
    while at < end:
        c = src[at]
        if ok(c):
            at += 1
        elif c == 95 and at + 1 < end and ok(src[at + 1]):
            at += 2
        else:
            break
    return at


def _two_digits(src, at, top):
    # Value of the two digits at `at` if they are no greater than top, else -1.
    pair = src[at:at + 2]
    if len(pair) < 2 or not (_decimal(pair[0]) and _decimal(pair[1])):
        return -1
    value = (pair[0] - 48) * 10 + pair[1] - 48
    return value if value <= top else -1


def _read_date(src, at):
    # (year, month, day) for YYYY-MM-DD at `at`, else None.
    head = src[at:at + 5]
    if len(head) < 5 or head[4] != _MINUS or not all(_decimal(c) for c in head[:4]):
        return None
    month = _two_digits(src, at + 5, 12)
    if month < 1 or src[at + 7:at + 8] != b'-':
        return None
    day = _two_digits(src, at + 8, 31)
    if day < 1:
        return None
    return int(head[:4].decode()), month, day


def _read_clock(src, at):
    # (hour, minute, second, microsecond, end) for HH:MM:SS[.fff] at `at`.
    hour = _two_digits(src, at, 23)
    if hour < 0 or src[at + 2:at + 3] != b':':
        return None
    minute = _two_digits(src, at + 3, 59)
    if minute < 0 or src[at + 5:at + 6] != b':':
        return None
    second = _two_digits(src, at + 6, 59)
    if second < 0:
        return None
    at += 8
    micro = 0
    if src[at:at + 1] == b'.':
        stop = at + 1
        while stop < len(src) and _decimal(src[stop]):
            stop += 1
        if stop > at + 1:
            # Digits past the sixth are dropped, not rounded.
            micro = int((src[at + 1:stop].decode() + '00000')[:6])
            at = stop
    return hour, minute, second, micro, at


def _read_offset(src, at, dt):
    # (tzinfo, end) for Z or +HH:MM / -HH:MM at `at`; (None, at) if absent.
    sign = src[at:at + 1]
    if sign == b'Z' or sign == b'z':
        return dt.timezone.utc, at + 1
    if sign != b'+' and sign != b'-':
        return None, at
    hours = _two_digits(src, at + 1, 23)
    minutes = _two_digits(src, at + 4, 59)
    if hours < 0 or minutes < 0 or src[at + 3:at + 4] != b':':
        return None, at
    if hours == minutes == 0:
        return dt.timezone.utc, at + 6
    shift = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-shift if sign == b'-' else shift), at + 6


def _position(src, pos):
    # An escape's end can fall inside a multi-byte character: move to its end.
    while pos < len(src) and src[pos] & 0xC0 == 0x80:
        pos += 1
    if pos >= len(src):
        return 'end of document'
    line_start = src.rfind(b'\n', 0, pos) + 1
    column = 1
    for c in src[line_start:pos]:
        if c & 0xC0 != 0x80:  # count characters, not UTF-8 continuation bytes
            column += 1
    return 'line %d, column %d' % (src.count(b'\n', 0, pos) + 1, column)


class _Reader:
    def __init__(self, src, parse_float):
        self.src, self.end, self.at = src, len(src), 0
        self.parse_float = parse_float
        self.root = {}
        self.table = self.root  # where key/value lines go
        self.header_key = ()    # the key of the [header] in force, for messages
        # ids of tables/arrays that a header defined, or that dotted keys of an
        # earlier section defined: no header or dotted key may define them again.
        self.defined = set()
        # ids of inline tables and arrays written as values: immutable.
        self.frozen = set()
        # tables that dotted keys of the current section reached.
        self.dotted = []

    def fail(self, message, pos):
        raise TOMLDecodeError('%s (at %s)' % (message, _position(self.src, pos)))

    def peek(self):
        return self.src[self.at] if self.at < self.end else -1

    # -- whitespace, comments, statements ---------------------------------

    def blanks(self):
        src, at, end = self.src, self.at, self.end
        while at < end and (src[at] == _SPACE or src[at] == _TAB):
            at += 1
        self.at = at

    def comment(self):
        src, at = self.src, self.at + 1
        stop = src.find(b'\n', at)
        if stop < 0:
            stop = self.end
        while at < stop:
            if _control(src[at]):
                self.fail('Found invalid character %r' % chr(src[at]), at)
            at += 1
        self.at = stop

    def gaps(self):
        # Blanks, newlines and comments: what may separate array items.
        while True:
            self.blanks()
            c = self.peek()
            if c == _LF:
                self.at += 1
            elif c == _HASH:
                self.comment()
            else:
                return

    def document(self):
        while True:
            self.blanks()
            c = self.peek()
            if c < 0:
                return self.root
            if c == _LF:
                self.at += 1
                continue
            if c == _LBRACKET:
                self.header()
            elif _bare(c) or c == _DQ or c == _SQ:
                path = self.key_and_equals()
                value = self.value()
                self.assign(path, value)
            elif c != _HASH:
                self.fail('Invalid statement', self.at)
            self.line_end()

    def line_end(self):
        self.blanks()
        if self.peek() == _HASH:
            self.comment()
        c = self.peek()
        if c == _LF:
            self.at += 1
        elif c >= 0:
            self.fail('Expected newline or end of document after a statement', self.at)

    # -- keys ---------------------------------------------------------------

    def key(self):
        parts = [self.key_part()]
        self.blanks()
        while self.peek() == _DOT:
            self.at += 1
            self.blanks()
            parts.append(self.key_part())
            self.blanks()
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c == _DQ or c == _SQ:
            self.at += 1
            return self.string(c, False)
        src, start = self.src, self.at
        at = start
        while at < self.end and _bare(src[at]):
            at += 1
        if at == start:
            self.fail('Invalid initial character for a key part', at)
        self.at = at
        return src[start:at].decode()

    def key_and_equals(self):
        path = self.key()
        if self.peek() != _EQUALS:
            self.fail("Expected '=' after a key in a key/value pair", self.at)
        self.at += 1
        self.blanks()
        return path

    # -- values -------------------------------------------------------------

    def value(self):
        src, at = self.src, self.at
        c = self.peek()
        if c == _DQ or c == _SQ:
            multi = src[at + 1:at + 3] == (b'""' if c == _DQ else b"''")
            self.at = at + (3 if multi else 1)
            return self.string(c, multi)
        if c == _LBRACKET:
            return self.array()
        if c == _LBRACE:
            return self.inline_table()
        if c == 116:
            return self.word(b'true', True)
        if c == 102:
            return self.word(b'false', False)
        if _decimal(c):
            moment = self.moment()
            if moment is not None:
                return moment
        return self.number()

    def word(self, text, result):
        if self.src[self.at:self.at + len(text)] != text:
            self.fail('Invalid value', self.at)
        self.at += len(text)
        return result

    def string(self, quote, multi):
        # self.at is just past the opening quote(s).
        at = self.at
        if multi and at < self.end and self.src[at] == _LF:
            at += 1  # a newline right after the opening quotes is not content
        if quote == _DQ:
            return self.basic_string(at, multi)
        return self.literal_string(at, multi)

    def closing(self, at, quote):
        # At a closing triple quote: up to two more quotes right after it
        # belong to the content. Returns (content end, string end).
        extra = 0
        while extra < 2 and at + 3 + extra < self.end and self.src[at + 3 + extra] == quote:
            extra += 1
        return at + extra, at + 3 + extra

    def literal_string(self, at, multi):
        # The closing quote is looked for first; then the content is checked.
        src = self.src
        stop = src.find(b"'''" if multi else b"'", at)
        if stop < 0:
            self.fail('Expected "\'\'\'"' if multi else 'Expected "\'"', self.end)
        for pos in range(at, stop):
            c = src[pos]
            if _control(c) and not (multi and c == _LF):
                self.fail('Found invalid character %r' % chr(c), pos)
        if multi:
            stop, self.at = self.closing(stop, _SQ)
        else:
            self.at = stop + 1
        return src[at:stop].decode()

    def basic_string(self, at, multi):
        src, end = self.src, self.end
        pieces, start = [], at
        while True:
            if at >= end:
                self.fail('Unterminated string', at)
            c = src[at]
            if c == _DQ:
                if not multi:
                    pieces.append(src[start:at])
                    self.at = at + 1
                    break
                if src[at + 1:at + 3] == b'""':
                    stop, self.at = self.closing(at, _DQ)
                    pieces.append(src[start:stop])
                    break
            elif c == _BACKSLASH:
                pieces.append(src[start:at])
                at = self.escape(at, multi, pieces)
                start = at
                continue
            elif _control(c) and not (multi and c == _LF):
                self.fail('Illegal character %r' % chr(c), at)
            at += 1
        return b''.join(pieces).decode()

    def escape(self, at, multi, pieces):
        # Decode the escape at src[at] == '\\' into pieces; returns where it ends.
        src = self.src
        letter = src[at + 1] if at + 1 < self.end else -1
        if multi and (letter == _SPACE or letter == _TAB or letter == _LF):
            return self.line_continuation(at + 1)
        short = _SHORT_ESCAPES.get(letter)
        if short is not None:
            pieces.append(short)
            return at + 2
        if letter == 117 or letter == 85:  # \uXXXX, \UXXXXXXXX
            width = 4 if letter == 117 else 8
            digits = src[at + 2:at + 2 + width]
            if len(digits) < width or not all(_hexadecimal(c) for c in digits):
                self.fail('Invalid hex value', at + 2)
            code = int(digits.decode(), 16)
            if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                self.fail('Escaped character is not a Unicode scalar value', at + 2 + width)
            pieces.append(chr(code).encode())
            return at + 2 + width
        self.fail("Unescaped '\\' in a string", at + 2)

    def line_continuation(self, at):
        # A backslash ending a line drops the newline and the blanks after it;
        # only blanks may sit between the backslash and the newline.
        src, end = self.src, self.end
        while at < end and (src[at] == _SPACE or src[at] == _TAB):
            at += 1
        if at >= end:
            return at  # the string's loop reports it unterminated
        if src[at] != _LF:
            self.fail("Unescaped '\\' in a string", at)
        while at < end and (src[at] == _SPACE or src[at] == _TAB or src[at] == _LF):
            at += 1
        return at

    def array(self):
        self.at += 1
        items = []
        self.gaps()
        while self.peek() != _RBRACKET:
            items.append(self.value())
            self.gaps()
            c = self.peek()
            if c == _COMMA:
                self.at += 1
                self.gaps()
            elif c != _RBRACKET:
                self.fail('Unclosed array', self.at)
        self.at += 1
        return items

    def inline_table(self):
        self.at += 1
        table = {}
        self.blanks()
        if self.peek() == _RBRACE:
            self.at += 1
            return table
        while True:
            path = self.key_and_equals()
            value = self.value()
            self.assign_inline(table, path, value)
            self.blanks()
            c = self.peek()
            if c == _RBRACE:
                self.at += 1
                return table
            if c != _COMMA:
                self.fail('Unclosed inline table', self.at)
            self.at += 1
            self.blanks()

    def number(self):
        src, end = self.src, self.end
        start = at = self.at
        if at < end and (src[at] == _PLUS or src[at] == _MINUS):
            at += 1
        special = src[at:at + 3]
        if special == b'inf' or special == b'nan':
            self.at = at + 3
            return self.make_float(src[start:at + 3])
        if at >= end or not _decimal(src[at]):
            self.fail('Invalid value', start)
        if src[at] != _ZERO:
            at = _digit_run(src, at, end, _decimal)
        else:
            # 0x / 0o / 0b need a digit after the prefix and take no sign.
            prefix = _PREFIXES.get(src[at + 1]) if at == start and at + 1 < end else None
            if prefix is not None:
                stop = _digit_run(src, at + 2, end, prefix[1])
                if stop > at + 2:
                    self.at = stop
                    return int(src[at + 2:stop].decode().replace('_', ''), prefix[0])
            at += 1  # a lone zero: no more digits may follow it
        fraction = False
        if src[at:at + 1] == b'.':
            stop = _digit_run(src, at + 1, end, _decimal)
            if stop > at + 1:
                at, fraction = stop, True
        if src[at:at + 1] in (b'e', b'E'):
            exp = at + 1
            if src[exp:exp + 1] in (b'+', b'-'):
                exp += 1
            stop = _digit_run(src, exp, end, _decimal)
            if stop > exp:
                at, fraction = stop, True
        self.at = at
        if fraction:
            return self.make_float(src[start:at])
        return int(src[start:at].decode().replace('_', ''))

    def make_float(self, text):
        text = text.decode()
        if self.parse_float is float:
            return float(text.replace('_', ''))  # MicroPython's float() rejects '_'
        result = self.parse_float(text)
        if isinstance(result, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return result

    def moment(self):
        # A date, date-time or local time at self.at, or None if there is none.
        import datetime as dt
        src, start = self.src, self.at
        day = _read_date(src, start)
        if day is None:
            clock = _read_clock(src, start)
            if clock is None:
                return None
            self.at = clock[4]
            return dt.time(clock[0], clock[1], clock[2], clock[3])
        clock = None
        if src[start + 10:start + 11] in (b'T', b't', b' '):
            clock = _read_clock(src, start + 11)
        try:
            if clock is None:
                self.at = start + 10
                return dt.date(day[0], day[1], day[2])
            zone, self.at = _read_offset(src, clock[4], dt)
            return dt.datetime(day[0], day[1], day[2], clock[0], clock[1], clock[2], clock[3], zone)
        except ValueError:
            self.fail('Invalid date or datetime', start)

    # -- tables -------------------------------------------------------------

    def header(self):
        self.at += 1
        many = self.peek() == _LBRACKET
        if many:
            self.at += 1
        self.blanks()
        path = self.key()
        # Tables that dotted keys reached in the section now ending are
        # complete: later headers and dotted keys may not define them again.
        for table in self.dotted:
            self.defined.add(id(table))
        self.dotted = []
        if many:
            self.table = self.new_array_item(path)
            if self.src[self.at:self.at + 2] != b']]':
                self.fail("Expected ']]' at the end of an array declaration", self.at)
            self.at += 2
        else:
            self.table = self.declare_table(path)
            if self.peek() != _RBRACKET:
                self.fail("Expected ']' at the end of a table declaration", self.at)
            self.at += 1
        self.header_key = path

    def declare_table(self, path):
        # [a.b.c]: find or make the table; only implicit tables may be declared.
        node, last = self.root, len(path) - 1
        for depth, name in enumerate(path):
            child = node.get(name)
            if child is None:
                child = node[name] = {}
            elif not isinstance(child, (dict, list)):
                self.fail('Cannot overwrite a value', self.at)
            elif id(child) in self.frozen or (depth == last and id(child) in self.defined):
                self.fail('Cannot declare %s twice' % (path,), self.at)
            elif isinstance(child, list):
                child = child[-1]  # an array of tables: its latest table
            node = child
        self.defined.add(id(node))
        return node

    def new_array_item(self, path):
        # [[a.b.c]]: append a new table to the array of tables a.b.c.
        node = self.root
        for name in path[:-1]:
            child = node.get(name)
            if child is None:
                child = node[name] = {}
            elif not isinstance(child, (dict, list)):
                self.fail('Cannot overwrite a value', self.at)
            elif id(child) in self.frozen:
                self.fail('Cannot mutate immutable namespace %s' % (path,), self.at)
            elif isinstance(child, list):
                child = child[-1]
            node = child
        tables = node.get(path[-1])
        if tables is None:
            tables = node[path[-1]] = []
            self.defined.add(id(tables))
        elif isinstance(tables, (dict, list)) and id(tables) in self.frozen:
            self.fail('Cannot mutate immutable namespace %s' % (path,), self.at)
        elif not isinstance(tables, list):
            self.fail('Cannot overwrite a value', self.at)
        item = {}
        tables.append(item)
        return item

    def assign(self, path, value):
        # key = value in the current section; dotted keys make tables.
        node = self.table
        for depth in range(len(path) - 1):
            child = node.get(path[depth])
            if child is None:
                child = node[path[depth]] = {}
            elif isinstance(child, (dict, list)):
                if id(child) in self.defined:
                    self.fail('Cannot redefine namespace %s' % (self.header_key + path[:depth + 1],), self.at)
                if id(child) in self.frozen:
                    self.fail('Cannot mutate immutable namespace %s' % (self.header_key + path[:-1],), self.at)
            if not isinstance(child, dict):
                self.fail('Cannot overwrite a value', self.at)
            self.dotted.append(child)
            node = child
        if path[-1] in node:
            self.fail('Cannot overwrite a value', self.at)
        self.store(node, path[-1], value)

    def assign_inline(self, table, path, value):
        # key = value inside { }: keys are relative to the inline table.
        node = table
        for name in path[:-1]:
            child = node.get(name)
            if child is None:
                child = node[name] = {}
            elif isinstance(child, (dict, list)) and id(child) in self.frozen:
                self.fail('Cannot mutate immutable namespace %s' % (path,), self.at)
            elif not isinstance(child, dict):
                self.fail('Cannot overwrite a value', self.at)
            node = child
        old = node.get(path[-1])
        if old is not None:
            if isinstance(old, (dict, list)) and id(old) in self.frozen:
                self.fail('Cannot mutate immutable namespace %s' % (path,), self.at)
            self.fail('Duplicate inline table key %r' % (path[-1],), self.at)
        self.store(node, path[-1], value)

    def store(self, node, name, value):
        node[name] = value
        if isinstance(value, (dict, list)):
            self.frozen.add(id(value))
