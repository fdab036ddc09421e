"""email.header: the legacy (compat32) header API. Header holds chunks of
text with their charsets and encode()s them folded as CPython 3.11 does:
ASCII text split at white space, preferring a break after ';' then ','
then at a space, other charsets as RFC 2047 encoded words cut to fit each
line. decode_header() returns (bytes, charset) pairs ((str, None) for a
value without encoded words) and make_header() builds a Header from them."""
import re
from email import charset as _charset
from email.charset import Charset
from email.errors import HeaderParseError
from email import _encoded_words as _ew

__all__ = ['Header', 'decode_header', 'make_header']

NL = '\n'
SPACE = ' '
FWS = ' \t'
MAXLINELEN = 78
USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# a value line that looks like a header of its own would smuggle one in
_embedded_header = re.compile(r'\n[^ \t]+:')


def decode_header(header):
    if hasattr(header, '_chunks'):
        return [(s.encode(str(cs)), str(cs)) for s, cs in header._chunks]
    return _ew.decode_header(header)


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


def _nonctext(c):
    return c.isspace() or c in ('(', ')', '\\')


class Header:
    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        self._normalize()
        out = []
        lastcs = lastspace = None
        for string, charset in self._chunks:
            nextcs = charset
            if out:
                hasspace = string and _nonctext(string[0])
                if lastcs not in (None, 'us-ascii'):
                    if nextcs in (None, 'us-ascii') and not hasspace:
                        out.append(SPACE)
                        nextcs = None
                elif nextcs not in (None, 'us-ascii') and not lastspace:
                    out.append(SPACE)
            lastspace = string and _nonctext(string[-1])
            lastcs = nextcs
            out.append(string)
        return ''.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            s = s.decode(charset.input_codec or 'us-ascii', errors)
        out = charset.output_codec or 'us-ascii'
        try:
            s.encode(out, errors)
        except UnicodeEncodeError:
            if out != 'us-ascii':
                raise
            charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        f = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        lastcs = None
        hasspace = lastspace = None
        for string, charset in self._chunks:
            if hasspace is not None:
                hasspace = string and _nonctext(string[0])
                if lastcs not in (None, 'us-ascii'):
                    if not hasspace or charset not in (None, 'us-ascii'):
                        f.transition()
                elif charset not in (None, 'us-ascii') and not lastspace:
                    f.transition()
            lastspace = string and _nonctext(string[-1])
            lastcs = charset
            hasspace = False
            lines = string.splitlines()
            f.feed('', lines[0] if lines else '', charset)
            for line in lines[1:]:
                f.newline()
                if charset.header_encoding is not None:
                    f.feed(self._continuation_ws, ' ' + line.lstrip(), charset)
                else:
                    rest = line.lstrip()
                    f.feed(line[:len(line) - len(rest)], rest, charset)
            if len(lines) > 1:
                f.newline()
        if self._chunks:
            f.transition()
        value = f.text(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError('header value appears to contain an embedded header: {!r}'.format(value))
        return value

    def _normalize(self):
        """Neighbouring chunks of one charset joined by a space."""
        chunks = []
        last_cs = None
        run = []
        for string, charset in self._chunks:
            if charset == last_cs:
                run.append(string)
            else:
                if last_cs is not None:
                    chunks.append((SPACE.join(run), last_cs))
                run = [string]
                last_cs = charset
        if run:
            chunks.append((SPACE.join(run), last_cs))
        self._chunks = chunks


class _Line:
    """The line being built: (white space, text) pairs after a start
    width (the header name on the first line)."""

    def __init__(self, start=0):
        self.start = start
        self.items = []

    def width(self):
        n = self.start
        for ws, part in self.items:
            n += len(ws) + len(part)
        return n

    def text(self):
        return ''.join(ws + part for ws, part in self.items)

    def pop(self):
        return self.items.pop() if self.items else ('', '')

    def reset(self, items=None):
        self.items = items or []
        self.start = 0

    def only_ws(self):
        return self.start == 0 and (not self.items or self.text().isspace())


class _Folder:
    def __init__(self, headerlen, maxlen, cont_ws, splitchars):
        self.maxlen = maxlen
        self.cont_ws = cont_ws
        self.splitchars = splitchars
        self.lines = []
        self.cur = _Line(headerlen)

    def text(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        end = self.cur.pop()
        if end != (' ', ''):
            self.cur.items.append(end)
        if self.cur.width() > 0:
            if self.cur.only_ws() and self.lines:
                self.lines[-1] += self.cur.text()
            else:
                self.lines.append(self.cur.text())
        self.cur.reset()

    def transition(self):
        self.cur.items.append((' ', ''))

    def _maxlengths(self):
        yield self.maxlen - self.cur.width()
        while True:
            yield self.maxlen - len(self.cont_ws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            self._split_ascii(fws, string)
            return
        words = charset.header_encode_lines(string, self._maxlengths())
        if not words:
            return
        first = words.pop(0)
        if first is not None:
            self._add(fws, first)
        if not words:
            return
        last = words.pop()
        self.newline()
        self.cur.items.append((self.cont_ws, last))
        for w in words:
            self.lines.append(self.cont_ws + w)

    def _split_ascii(self, fws, string):
        text = fws + string
        pieces = []
        i, n = 0, len(text)
        ws = ''
        while i < n:
            j = i
            while j < n and text[j] in FWS:
                j += 1
            ws = text[i:j]
            k = j
            while k < n and text[k] not in FWS:
                k += 1
            pieces.append((ws, text[j:k]))
            i = k
        for ws, part in pieces:
            self._add(ws, part)

    def _add(self, fws, string):
        cur = self.cur
        cur.items.append((fws, string))
        if cur.width() <= self.maxlen:
            return
        # too long: break at the last place that follows the most preferred
        # split character present on the line
        for ch in self.splitchars:
            found = 0
            for i in range(len(cur.items) - 1, 0, -1):
                if ch.isspace():
                    ws = cur.items[i][0]
                    if ws and ws[0] == ch:
                        found = i
                        break
                prev = cur.items[i - 1][1]
                if prev and prev[-1] == ch:
                    found = i
                    break
            if found:
                break
        else:
            fws, part = cur.pop()
            if cur.start > 0:
                self.newline()
                if not fws:
                    fws = ' '
            cur.items.append((fws, part))
            return
        rest = cur.items[found:]
        cur.items = cur.items[:found]
        self.lines.append(cur.text())
        cur.reset(rest)
