"""The pieces of email.utils kept out of its way: the RFC 822 address-list
parser behind parseaddr/getaddresses (CPython's lenient one, whose quirks
scripts see: comments become the name when there is no phrase, a phrase
without an address gives its first word, a second '@' in a domain gives an
empty address), and the RFC 2047 encoded word formataddr gives a non-ASCII
name."""

_SPECIALS = '()<>@,:;."[]'
_ATOM_ENDS = _SPECIALS + ' \t\r\n'
_PHRASE_ENDS = _ATOM_ENDS.replace('.', '')  # obsolete phrases may hold dots


def _quote(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


class AddressList:
    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.comments = []
        self.addresslist = self._all() if field else []

    def _all(self):
        out = []
        while self.pos < len(self.field):
            found = self._address()
            out += found if found else [('', '')]
        return out

    def _skip(self):
        """Skip white space and comments (kept in self.comments); the
        spaces and tabs skipped."""
        field, ws = self.field, ''
        while self.pos < len(field):
            ch = field[self.pos]
            if ch in ' \t\r\n':
                if ch in ' \t':
                    ws += ch
                self.pos += 1
            elif ch == '(':
                self.comments.append(self._delimited(')\r', True))
            else:
                break
        return ws

    def _delimited(self, ends, nested):
        """The text after the opening character at pos up to one of ends,
        backslash escapes resolved; a nested comment's text when nested."""
        field, out, escaped = self.field, [], False
        self.pos += 1
        while self.pos < len(field):
            ch = field[self.pos]
            if escaped:
                out.append(ch)
                escaped = False
            elif ch in ends:
                self.pos += 1
                break
            elif nested and ch == '(':
                out.append(self._delimited(')\r', True))
                continue
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
            self.pos += 1
        return ''.join(out)

    def _atom(self, ends):
        field, start = self.field, self.pos
        while self.pos < len(field) and field[self.pos] not in ends:
            self.pos += 1
        return field[start:self.pos]

    def _phrase(self):
        field, words = self.field, []
        while self.pos < len(field):
            ch = field[self.pos]
            if ch in ' \t\r\n':
                self.pos += 1
            elif ch == '"':
                words.append(self._delimited('"\r', False))
            elif ch == '(':
                self.comments.append(self._delimited(')\r', True))
            elif ch in _PHRASE_ENDS:
                break
            else:
                words.append(self._atom(_PHRASE_ENDS))
        return words

    def _address(self):
        field = self.field
        self.comments = []
        self._skip()
        start, start_comments = self.pos, self.comments
        words = self._phrase()
        self._skip()
        found = []
        at = field[self.pos] if self.pos < len(field) else ''
        if not at:
            if words:  # a bare word: taken as the address
                found = [(' '.join(self.comments), words[0])]
        elif at in '.@':
            # an addr-spec after all: read it again as one. The comment list
            # is the same object, so comments inside it count twice (as in
            # CPython).
            self.pos, self.comments = start, start_comments
            spec = self._addrspec()
            found = [(' '.join(self.comments), spec)]
        elif at == ':':
            # a group: its members up to ';'
            self.pos += 1
            while self.pos < len(field):
                self._skip()
                if self.pos < len(field) and field[self.pos] == ';':
                    self.pos += 1
                    break
                found = found + self._address()
        elif at == '<':
            spec = self._routeaddr()
            name = ' '.join(words)
            if self.comments:
                name += ' (' + ' '.join(self.comments) + ')'
            found = [(name, spec)]
        elif words:
            found = [(' '.join(self.comments), words[0])]
        elif at in _SPECIALS:
            self.pos += 1
        self._skip()
        if self.pos < len(field) and field[self.pos] == ',':
            self.pos += 1
        return found

    def _routeaddr(self):
        # <@route1,@route2:local@domain>: the route is read and dropped
        field, spec, in_route = self.field, '', False
        self.pos += 1
        self._skip()
        while self.pos < len(field):
            if in_route:
                self._domain()
                in_route = False
            else:
                ch = field[self.pos]
                if ch == '>':
                    self.pos += 1
                    break
                if ch == '@':
                    in_route = True
                    self.pos += 1
                elif ch == ':':
                    self.pos += 1
                else:
                    spec = self._addrspec()
                    self.pos += 1
                    break
            self._skip()
        return spec

    def _addrspec(self):
        field, parts = self.field, []
        self._skip()
        while self.pos < len(field):
            ch = field[self.pos]
            keep_ws = True
            if ch == '.':
                if parts and not parts[-1].strip():
                    parts.pop()
                parts.append('.')
                self.pos += 1
                keep_ws = False
            elif ch == '"':
                parts.append('"%s"' % _quote(self._delimited('"\r', False)))
            elif ch in _ATOM_ENDS:
                if parts and not parts[-1].strip():
                    parts.pop()
                break
            else:
                parts.append(self._atom(_ATOM_ENDS))
            ws = self._skip()
            if keep_ws and ws:
                parts.append(ws)
        if self.pos >= len(field) or field[self.pos] != '@':
            return ''.join(parts)
        self.pos += 1
        self._skip()
        domain = self._domain()
        # no domain (or a second '@'): no address rather than half of one
        return ''.join(parts) + '@' + domain if domain else ''

    def _domain(self):
        field, parts = self.field, []
        while self.pos < len(field):
            ch = field[self.pos]
            if ch in ' \t':
                self.pos += 1
            elif ch == '(':
                self.comments.append(self._delimited(')\r', True))
            elif ch == '[':
                parts.append('[%s]' % self._delimited(']\r', False))
            elif ch == '.':
                self.pos += 1
                parts.append('.')
            elif ch == '@':
                return ''  # a@b@c: refuse rather than pick one
            elif ch in _ATOM_ENDS:
                break
            else:
                parts.append(self._atom(_ATOM_ENDS))
        return ''.join(parts)


# ---- RFC 2047 encoded words (formataddr's non-ASCII names) ----

_ALIASES = {'ascii': 'us-ascii', 'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr'}
for _n, _iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14), (9, 15), (10, 16)):
    _ALIASES['latin_%d' % _n] = _ALIASES['latin-%d' % _n] = 'iso-8859-%d' % _iso
# the charsets email.charset encodes headers in quoted-printable ('q'),
# base64 ('b') or not at all (None); any other: whichever is shorter
_KINDS = {'us-ascii': None, 'windows-1252': 'q', 'viscii': 'q'}
for _iso in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16):
    _KINDS['iso-8859-%d' % _iso] = 'q'
for _n in ('big5', 'gb2312', 'euc-jp', 'shift_jis', 'iso-2022-jp', 'koi8-r'):
    _KINDS[_n] = 'b'
# the label (and codec) a charset's header text is written in
_LABELS = {'euc-jp': 'iso-2022-jp', 'shift_jis': 'iso-2022-jp', 'big5': 'big5_tw', 'gb2312': 'eucgb2312_cn',
           'us-ascii': 'us-ascii'}
_QP_SAFE = b'-!*+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def _encode(text, codec):
    # through codecs, which knows more codecs than str.encode does here (and
    # raises NotImplementedError for the CPython ones pywasm lacks)
    import codecs
    return codecs.encode(text, codec)


def _qp(data):
    return ''.join(chr(b) if b in _QP_SAFE else '_' if b == 32 else '=%02X' % b for b in data)


def encoded_word(name, charset):
    if not isinstance(charset, str):
        raise NotImplementedError('email.utils.formataddr: a Charset object (email.charset is not available)')
    cs = charset.lower()
    cs = _ALIASES.get(cs, cs)
    label = _LABELS.get(cs, cs)
    data = _encode(name, label)
    kind = _KINDS.get(cs, '')
    if kind is None:
        return name
    if not kind:
        # shortest: base64 only when strictly shorter
        qp_len = sum(1 if b in _QP_SAFE or b == 32 else 3 for b in data)
        kind = 'b' if (len(data) + 2) // 3 * 4 < qp_len else 'q'
    if kind == 'b':
        import binascii
        text = binascii.b2a_base64(data, newline=False).decode('ascii')
    else:
        text = _qp(data)
    return '=?%s?%s?%s?=' % (label, kind, text)
