"""The XML scanner behind xml.etree.ElementTree.XMLParser: a hand-written,
incremental, namespace-aware tokenizer that reports the same events, the
same error messages and the same (line, column) positions as expat does
under CPython 3.11.

It reads UTF-8 bytes (from _input.Decoder) by index and str.find-like
searches, decoding only the names and texts it hands to the target. feed()
processes every complete construct and keeps the rest; text is held until
the next '<' so that it is always seen whole.

This module holds the driver loop, text and references; _markup handles
comments, CDATA, PIs and the XML declaration, _tags the tags and
namespaces, _dtd the DOCTYPE.

Checks that are not made: names are validated for ASCII characters only
(any non-ASCII character is accepted in a name), and the standalone
declaration has no effect."""
from xml.etree import _input
from xml.etree._chars import XML_NS, MESSAGES, _PREDEFINED, NMSTRT, COLON, WS, _DIGITS, _HEX, _Incomplete, \
    classes, valid_char, newlines
from xml.etree._markup import MarkupMixin
from xml.etree._tags import TagMixin


class Scanner(MarkupMixin, TagMixin):
    """handlers: object whose start/end/data/comment/pi/start_ns/end_ns/
    doctype attributes are callables or None. entity: the XMLParser.entity
    dict, consulted for undefined entities when there is an external DTD."""

    def __init__(self, handlers, encoding=None, entity=None, split_data=False):
        h = handlers
        self._start, self._end, self._data = h.start, h.end, h.data
        self._comment, self._pi, self._doctype = h.comment, h.pi, h.doctype
        self._start_ns, self._end_ns = h.start_ns, h.end_ns
        self._split = split_data
        self._cls = classes()
        self._names = {}             # attribute names already validated
        self._heads, self._mids = {}, {}  # pieces of start tags (_fast_start_tag)
        self._user_entity = entity if entity is not None else {}
        self._decoder = _input.Decoder(encoding)
        self._buf = b''
        self._bad, self._bad_code = -1, 4
        self._line, self._col = 1, 0
        self._state = 0              # 0 prolog, 1 inside the root, 2 epilog
        self._fresh = True           # nothing consumed yet (XML declaration allowed)
        self._finished = False
        self._failed = None          # the error, once one was raised
        self._mark = (1, 0)          # position reached by the previous feed
        self._stack = []             # (raw name, tag, saved prefix bindings or None)
        self._ns = {'xml': XML_NS}   # prefix -> uri ('' is the default namespace)
        self._tags, self._attrs = {}, {}
        self.doctype_seen = False
        self.entities = {}           # name bytes -> ('i', text) | ('x', None, sysid, pubid) | ('n', None)
        self.hooks = None            # an object with pyexpat's DTD handlers (see _dtd._report)
        self.standalone = None
        self.attlists = {}           # element raw name -> [(att raw, cdata?, default)]
        self.external_dtd = False

    # -- errors and positions ---------------------------------------------

    def _advance(self, seg):
        # (line breaks in seg, characters after the last one).
        n = seg.count(b'\n') + seg.count(b'\r') - seg.count(b'\r\n')
        if n:
            seg = seg[max(seg.rfind(b'\n'), seg.rfind(b'\r')) + 1:]
        return n, len(seg.decode())

    def fail(self, code, off, message=None):
        n, chars = self._advance(self._buf[:off])
        line, col = (self._line + n, chars) if n else (self._line, self._col + chars)
        # Distance from where expat stood after the previous feed.
        mline, mcol = self._mark
        self._failed = [message or MESSAGES[code], code, line, col, line - mline,
                        col if line != mline else col - mcol]
        raise self._error()

    def _error(self):
        from xml.etree.ElementTree import ParseError
        text, code, line, col = self._failed[:4]
        err = ParseError('%s: line %d, column %d' % (text, line, col))
        err.code = code
        err.position = (line, col)
        return err

    # -- feeding ----------------------------------------------------------

    def feed(self, data, final=False):
        if self._finished:
            self.fail(36, len(self._buf))
        if self._failed:
            # Like expat, a failed parser keeps failing, and its reported
            # position moves on by the distance to the error each time.
            if not data and not final:
                return
            f = self._failed
            f[2], f[3] = (f[2] + f[4], f[5]) if f[4] else (f[2], f[3] + f[5])
            raise self._error()
        chunk, bad, code = self._decoder.feed(data, final)
        if bad >= 0:
            self._bad, self._bad_code = len(self._buf) + bad, code
        self._buf += chunk
        self._run(final)

    def close(self):
        self.feed(b'', True)
        self._finished = True

    def _run(self, final):
        buf = self._buf
        truncated = self._bad >= 0
        end = self._bad if truncated else len(buf)
        final = final or truncated
        self._endpos = end
        pos = 0
        try:
            while pos < end:
                if buf[pos] != 60:
                    lt = buf.find(b'<', pos, end)
                    if lt < 0:
                        if not final and self._state != 2:
                            break
                        # After the root, anything but white space is junk
                        # at once.
                        lt = end
                    self._text(pos, lt)
                    pos = lt
                else:
                    pos = self._markup(pos, end)
        except _Incomplete as e:
            if final:
                if truncated:
                    self.fail(self._bad_code, self._bad)
                self.fail(*(e.args or (5, pos)))
        self._consume(pos)
        if final and (self._state != 2 or truncated):
            if truncated:
                self.fail(self._bad_code, self._bad)
            self.fail(3, len(self._buf))
        self._mark = (self._line, self._col)
        if self._buf and self._buf[0] != 60:
            # expat has already reported the pending text.
            n, chars = self._advance(self._buf)
            self._mark = (self._line + n, chars) if n else (self._line, self._col + chars)

    def _consume(self, pos):
        if pos:
            n, chars = self._advance(self._buf[:pos])
            self._line, self._col = (self._line + n, chars) if n else (self._line, self._col + chars)
            self._buf = self._buf[pos:]
            if self._bad >= 0:
                self._bad -= pos
            self._fresh = False

    def need(self, i):
        if i >= self._endpos:
            raise _Incomplete

    # -- text ---------------------------------------------------------------

    def _text(self, pos, lt):
        buf = self._buf
        seg = buf[pos:lt]
        if self._state != 1:
            return self._outside_text(seg, pos, lt)
        if b']]>' in seg:
            # An error in a reference before it comes first.
            k = seg.find(b']]>')
            self.expand(seg[:k], pos, [])
            self.fail(4, pos + k + 2)
        if b'&' in seg:
            parts = []
            self.expand(seg, pos, parts)
        else:
            parts = [newlines(seg).decode()]
        if self._split:
            self._deliver(parts)
        else:
            self._data(parts[0] if len(parts) == 1 else ''.join(parts))

    def _deliver(self, parts):
        # Custom targets get the data in expat's pieces: one call per line
        # and per reference.
        for p in parts:
            while p:
                k = p.find('\n')
                if k < 0:
                    self._data(p)
                    break
                if k:
                    self._data(p[:k])
                self._data('\n')
                p = p[k + 1:]

    def _outside_text(self, seg, pos, lt):
        # Before and after the root only white space may appear. Anything
        # else is read as one of expat's prolog tokens: a malformed token is
        # an invalid (or unclosed) token, a well-formed one a syntax error
        # before the root and junk after it.
        cls = self._cls
        i = 0
        n = len(seg)
        while i < n and cls[seg[i]] == WS:
            i += 1
        if i == n:
            return
        self._prolog_token(pos + i)
        self.fail(9 if self._state == 2 else 2, pos + i)

    def _prolog_token(self, p):
        buf = self._buf
        end = self._endpos
        cls = self._cls
        c = buf[p]
        if c == 35:
            # #KEYWORD
            j = p + 1
            if j >= end:
                raise _Incomplete(5, p)
            if cls[buf[j]] != NMSTRT:
                self.fail(4, j)
            while j < end and cls[buf[j]] < COLON:
                j += 1
            if j < end and cls[buf[j]] != WS and buf[j] not in b'[)*+?|,%>':
                self.fail(4, j)
        elif cls[c] <= COLON:
            # A name, or a name token (which cannot take a ?, * or + after
            # it). 'prefix:' at the end of the data may still grow.
            j = p + 1
            while j < end and cls[buf[j]] <= COLON:
                j += 1
            name = cls[c] == NMSTRT and buf[j - 1] != 58
            if j >= end:
                if not name and cls[c] == NMSTRT and buf.find(b':', p, j) == j - 1:
                    raise _Incomplete(5, p)
            elif cls[buf[j]] != WS and buf[j] not in (b'[)|,%>?*+' if name else b'[)|,%>'):
                self.fail(4, j)
        elif c == 34 or c == 39:
            q = buf.find(buf[p:p + 1], p + 1, end)
            if q < 0:
                raise _Incomplete(5, p)
            if q + 1 < end and cls[buf[q + 1]] != WS and buf[q + 1] not in b'>%[':
                self.fail(4, q + 1)
        elif c == 37:
            # '%' must be followed by white space or be a PE reference.
            if p + 1 >= end:
                raise _Incomplete(5, p)
            if cls[buf[p + 1]] != WS:
                if cls[buf[p + 1]] != NMSTRT:
                    self.fail(4, p + 1)
                j = p + 2
                while j < end and cls[buf[j]] < COLON:
                    j += 1
                if j >= end:
                    raise _Incomplete(5, p)
                self.fail(10 if buf[j] == 59 else 4, p if buf[j] == 59 else j)
        elif c == 41:
            if p + 1 < end and cls[buf[p + 1]] != WS and buf[p + 1] not in b'*+?|,)>':
                self.fail(4, p + 1)
        elif c not in b'[]|,(>':
            self.fail(4, p)

    def expand(self, seg, pos, parts, attr=False, active=None):
        """Append the pieces of seg (bytes at buf offset pos, or an entity's
        replacement text when pos is the offset of the outer reference)
        with references resolved. attr: normalise white space as in
        attribute values (then pos is the offset of the start tag)."""
        i = 0
        inner = active is not None
        while True:
            a = seg.find(b'&', i)
            piece = seg[i:] if a < 0 else seg[i:a]
            if piece:
                piece = newlines(piece).decode()
                if attr:
                    piece = piece.replace('\n', ' ').replace('\t', ' ')
                parts.append(piece)
            if a < 0:
                return
            at = pos if inner else pos + a
            kind, value, i = self.reference(seg, a, pos, inner)
            if kind == 'c':
                parts.append(value)
                continue
            if value in _PREDEFINED:
                parts.append(_PREDEFINED[value])
                continue
            self._entity(value, at, parts, attr, active or ())

    def reference(self, seg, a, pos, inner):
        # Parse '&...;' at seg[a]; returns ('c', char, next) or ('e', name, next).
        cls = classes()
        n = len(seg)
        base = 0 if inner else pos
        j = a + 1
        if j >= n:
            self._ref_end(base + j, inner, pos, base + a)
        c = seg[j]
        if c == 35:
            j += 1
            digits = _DIGITS
            if j < n and seg[j] == 120:
                digits = _HEX
                j += 1
            k = j
            while k < n and seg[k] in digits:
                k += 1
            if k >= n:
                self._ref_end(base + k, inner, pos, base + a)
            if k == j or seg[k] != 59:
                self.fail(4, pos if inner else base + k)
            code = int(seg[j:k], 16 if digits is _HEX else 10)
            if not valid_char(code):
                self.fail(14, pos if inner else base + a)
            return 'c', chr(code), k + 1
        if cls[c] != NMSTRT:
            self.fail(4, pos if inner else base + j)
        k = j + 1
        while k < n and cls[seg[k]] < COLON:
            k += 1
        if k >= n:
            self._ref_end(base + k, inner, pos, base + a)
        if seg[k] != 59:
            self.fail(4, pos if inner else base + k)
        return 'e', seg[j:k], k + 1

    def _ref_end(self, off, inner, pos, amp):
        # A reference cut by the end of its text: invalid before a '<',
        # unfinished at the end of the data.
        if inner:
            self.fail(4, pos)
        if off < self._endpos:
            self.fail(4, off)
        raise _Incomplete(5, amp)

    def _entity(self, name, at, parts, attr, active):
        ent = self.entities.get(name)
        h = self.hooks
        if ent is not None and ent[0] == 'x' and not attr and h is not None:
            f = h.ExternalEntityRefHandler
            if f is not None:
                if parts and self._split:
                    self._deliver(parts)
                    del parts[:]
                if not f(self._context(name), h._base, ent[2], ent[3]):
                    self.fail(21, at)
                return
            if h._skip_external:
                return
        if ent is None or ent[0] == 'x':
            if attr:
                if ent is not None:
                    self.fail(16, at)
                if self.external_dtd:
                    return
                self.fail(11, self._tagpos)
            if not self.external_dtd and ent is None:
                self.fail(11, at)
            text = self._user_entity.get(name.decode())
            if text is None:
                self.fail(11, at, 'undefined entity &%s;' % name.decode())
            parts.append(text)
            return
        if ent[0] == 'n':
            self.fail(15, at)
        if name in active:
            self.fail(12, at)
        value = ent[1]
        if b'<' in value:
            if attr:
                self.fail(4, self._tagpos)
            raise NotImplementedError('xml.etree.ElementTree: entities whose replacement text contains markup')
        self.expand(value, at, parts, attr, active + (name,))

    def _context(self, name):
        # expat's context string: namespace bindings, then the entity name.
        ns = self._ns
        parts = ['=' + ns['']] if ns.get('') else []
        for p in ns:
            if p and ns[p]:
                parts.append(p + '=' + ns[p])
        parts.append(name.decode())
        return '\x0c'.join(parts)

    # -- markup -------------------------------------------------------------

    def _markup(self, pos, end):
        if pos + 1 >= end:
            raise _Incomplete
        c = self._buf[pos + 1]
        state = self._state
        if self._cls[c] == NMSTRT:
            if state == 2:
                self.fail(9, pos)
            return self._start_tag(pos)
        if c == 47:
            if state != 1:
                self.fail(4, pos + 1)
            return self._end_tag(pos)
        if c == 63:
            return self._pi_or_decl(pos)
        if c == 33:
            return self._bang(pos)
        self.fail(4, pos + 1)

