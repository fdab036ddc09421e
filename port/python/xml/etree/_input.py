"""Input side of the XML parser: turns the str/bytes handed to feed() into
UTF-8 bytes, the only form the scanner reads (bytes index in O(1) on
MicroPython, str does not). Detects the document encoding the way expat
does (BOM, the encoding pseudo-attribute of the XML declaration, or the
XMLParser(encoding=) override) and finds the first byte expat would reject
(invalid UTF-8, a C0 control character, U+FFFE/U+FFFF, a non-ASCII byte in a
us-ascii document), so that the scanner can stop there.

Encodings: UTF-8 (with or without BOM), UTF-16 with a BOM or detectable
from '<?' (LE/BE), ISO-8859-1 and its aliases, US-ASCII, windows-1252.
Python-only aliases of UTF-8 ('utf8') behave as in CPython: expat sees them
as a one-byte encoding, so non-ASCII bytes are invalid tokens. Anything else
raises NotImplementedError."""

# Which decoder serves each (lower-cased) encoding name.
_LATIN1 = ('iso-8859-1', 'iso8859-1', 'iso_8859_1', 'latin-1', 'latin1', 'latin_1', 'l1', 'latin',
           'iso-ir-100', 'cp819', 'ibm819', '8859', 'iso_8859-1')
_ASCII = ('us-ascii', 'ascii', '646', 'us', 'ansi_x3.4-1968', 'iso646-us', 'cp367', 'ibm367', 'iso-ir-6',
          # Python's own names for UTF-8: expat hands them to Python as a
          # single-byte codec, which only works for ASCII.
          'utf8', 'utf_8', 'u8', 'utf', 'cp65001', 'utf8-ucs2', 'utf8-ucs4')
_CP1252 = ('windows-1252', 'cp1252', '1252', 'windows_1252')
# cp1252 bytes 0x80..0x9F; None where the codec has no character.
_CP1252_HIGH = ('\u20ac', None, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030',
                '\u0160', '\u2039', '\u0152', None, '\u017d', None, None, '\u2018', '\u2019', '\u201c', '\u201d',
                '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', None, '\u017e',
                '\u0178')
# C0 controls other than tab, LF, CR are never allowed in XML 1.0. One
# character-class search is several times faster than a find per byte
# value (NUL cannot go in the class, U+FFFE/U+FFFF are multi-byte).
_CONTROL = None
_OTHER_BAD = (b'\x00', b'\xef\xbf\xbe', b'\xef\xbf\xbf')


def _first_bad(utf8):
    global _CONTROL
    if _CONTROL is None:
        import re
        _CONTROL = re.compile(b'[\x01-\x08\x0b\x0c\x0e-\x1f]')
    m = _CONTROL.search(utf8)
    bad = m.start() if m else -1
    for c in _OTHER_BAD:
        if c in utf8:
            k = utf8.find(c)
            if bad < 0 or k < bad:
                bad = k
    return bad


def _kind_of(name):
    n = name.lower()
    if n == 'utf-8':
        return 'utf-8'
    if n == 'utf-16':
        return 'utf-16'
    if n in _LATIN1:
        return 'latin-1'
    if n in _ASCII:
        return 'ascii'
    if n in _CP1252:
        return 'cp1252'
    raise NotImplementedError('xml.etree.ElementTree: encoding %r' % name)


def _declared_encoding(raw):
    # Loose look at '<?xml ... encoding="NAME" ...?>': returns (NAME, offset
    # of NAME) or None; the scanner validates the declaration itself.
    end = raw.find(b'?>')
    k = raw.find(b'encoding', 5, end)
    if k < 0:
        return None
    k += 8
    while k < end and raw[k] in b' \t\r\n=':
        k += 1
    if k >= end or raw[k] not in b'"\'':
        return None
    q = raw.find(raw[k:k + 1], k + 1, end)
    if q < 0:
        return None
    name = raw[k + 1:q]
    if not name or not (65 <= name[0] <= 90 or 97 <= name[0] <= 122):
        return None
    for c in name:
        if not (c in b'._-' or 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122):
            return None
    return name.decode(), k + 1


def _utf8_split(raw):
    # Index where an incomplete trailing UTF-8 sequence starts (or len).
    n = len(raw)
    i = n - 1
    while i >= 0 and i > n - 4 and raw[i] & 0xC0 == 0x80:
        i -= 1
    if i < 0:
        return n
    c = raw[i]
    need = 2 if c & 0xE0 == 0xC0 else 3 if c & 0xF0 == 0xE0 else 4 if c & 0xF8 == 0xF0 else 1
    return i if n - i < need else n


def _utf16_to_utf8(raw, big):
    # Manual decoder (MicroPython has no UTF-16 codec); lone surrogates
    # become U+FFFF so that the control check rejects them.
    out = []
    hi = 0
    for i in range(0, len(raw) - 1, 2):
        u = (raw[i] << 8 | raw[i + 1]) if big else (raw[i + 1] << 8 | raw[i])
        if hi:
            out.append(chr(0x10000 + ((hi - 0xD800) << 10) + (u - 0xDC00)) if 0xDC00 <= u < 0xE000 else '\uffff')
            hi = 0
        elif 0xD800 <= u < 0xDC00:
            hi = u
        else:
            out.append('\uffff' if 0xDC00 <= u < 0xE000 else chr(u))
    return ''.join(out).encode()


class Decoder:
    """feed(data, final) -> (utf8, bad, code): bytes to scan, the offset in
    them of the first byte expat rejects (or -1) and the error code for it
    (4 invalid token, 6 partial character, 19 wrong declared encoding)."""

    def __init__(self, override=None):
        self.kind = _kind_of(override) if override else None
        self.forced = bool(override)
        self.pending = b''

    def feed(self, data, final):
        if isinstance(data, str):
            # CPython hands str to expat as UTF-8 and ignores the declaration.
            if self.kind is None:
                self.kind = 'utf-8'
                if data[:1] == '\ufeff' and not self.pending:
                    data = data[1:]
            if not self.pending:
                return self._check(data.encode(), -1, 4)
            data = data.encode()
        raw = self.pending + bytes(data)
        self.pending = b''
        if self.kind is None or self.kind == 'utf-16':
            raw, wrong = self._detect(raw, final)
            if raw is None:
                return b'', -1, 4
            if wrong >= 0:
                return self._check(raw[:wrong], wrong, 19)
        return self._convert(raw, final)

    def _detect(self, raw, final):
        # Decide the encoding from the first bytes; returns (raw without a
        # BOM, offset of a wrong 'utf-16' declaration or -1), or (None, -1)
        # when more bytes are needed.
        if len(raw) < 5 and not final:
            self.pending = raw
            return None, -1
        head = raw[:4]
        if head[:3] == b'\xef\xbb\xbf':
            self.kind = 'utf-8'
            return raw[3:], -1
        if head[:2] in (b'\xff\xfe', b'\xfe\xff'):
            self.kind = 'utf-16-be' if head[0] == 0xFE else 'utf-16-le'
            return raw[2:], -1
        if head in (b'<\x00?\x00', b'\x00<\x00?'):
            self.kind = 'utf-16-be' if head[0] == 0 else 'utf-16-le'
            return raw, -1
        if self.forced and self.kind == 'utf-16':
            self.kind = 'utf-16-le'
            return raw, -1
        wrong = -1
        if raw[:5] == b'<?xml' and not self.forced:
            if raw.find(b'?>') < 0 and not final and len(raw) < 4096:
                self.pending = raw
                return None, -1
            found = _declared_encoding(raw)
            if found:
                kind = _kind_of(found[0])
                if kind == 'utf-16':
                    wrong, kind = found[1], 'utf-8'
                self.kind = kind
        if self.kind is None:
            self.kind = 'utf-8'
        return raw, wrong

    def _convert(self, raw, final):
        kind = self.kind
        if kind == 'utf-8':
            cut = _utf8_split(raw)
            if not final:
                self.pending = raw[cut:]
                raw = raw[:cut]
            try:
                raw.decode()
            except UnicodeError as e:
                # A sequence cut short by the end of the data is a partial
                # character, anything else an invalid token.
                return self._check(raw[:e.start], e.start, 6 if e.start == cut else 4)
            return self._check(raw, -1, 4)
        if kind == 'ascii':
            try:
                raw.decode('ascii')
            except UnicodeError:
                for i in range(len(raw)):
                    if raw[i] >= 0x80:
                        return self._check(raw[:i], i, 4)
            return self._check(raw, -1, 4)
        if kind == 'latin-1':
            return self._check(raw.decode('latin-1').encode(), -1, 4)
        if kind == 'cp1252':
            return self._cp1252(raw)
        # UTF-16: keep an odd byte or a trailing high surrogate for later.
        big = kind == 'utf-16-be'
        n = len(raw) - len(raw) % 2
        if not final and n >= 2 and (raw[n - 2] if big else raw[n - 1]) & 0xFC == 0xD8:
            n -= 2
        if not final:
            self.pending = raw[n:]
        text = _utf16_to_utf8(raw[:n], big)
        if final and n < len(raw):
            return self._check(text, len(text), 6)
        return self._check(text, -1, 4)

    def _cp1252(self, raw):
        text = raw.decode('latin-1')
        bad = -1
        for c in range(0x80, 0xA0):
            ch = chr(c)
            if ch in text:
                new = _CP1252_HIGH[c - 0x80]
                if new is None:
                    k = text.find(ch)
                    bad = k if bad < 0 or k < bad else bad
                else:
                    text = text.replace(ch, new)
        if bad >= 0:
            head = text[:bad].encode()
            return self._check(head, len(head), 4)
        return self._check(text.encode(), -1, 4)

    def _check(self, utf8, bad, code):
        # Stop at the first control character if it comes before `bad`.
        k = _first_bad(utf8)
        if k >= 0 and (bad < 0 or k < bad):
            bad, code = k, 4
        return utf8, bad, code

