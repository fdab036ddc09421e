"""Folding of header fields under the default (EmailPolicy) policies, as
CPython 3.11's _header_value_parser folds them: a value is a small tree of
tokens, parts that fit go on the line whole, one that does not goes to the
next line when it is a syntactic break that fits there or is taken apart,
and non-ASCII text becomes RFC 2047 encoded words (neighbouring ones merged
into one, split to fit 78 columns). Content-Type/-Disposition parameters
are rewritten, in RFC 2231 form when non-ASCII or too long. The trees are
built here from the value text (unstructured text, address lists,
parameterized MIME values, others whole): much smaller than CPython's
RFC 5322 grammar, with the same shape where folding looks at it."""
from email import _encoded_words as _ew

WSP = ' \t'
SPECIALS = '()<>@,:;."[]\\'
_MAXSIZE = 1 << 62


class Term:
    """A leaf: text of one kind ('fws' for white space)."""
    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __init__(self, text, kind, ew=True, brk=True):
        self.text = text
        self.token_type = kind
        if not ew:
            self.as_ew_allowed = False
        if not brk:
            self.syntactic_break = False

    def __str__(self):
        return self.text

    def startswith_fws(self):
        return self.token_type == 'fws'


class Toks:
    """A node: its parts in order; may forbid encoded words inside."""
    syntactic_break = True
    ew_combine_allowed = True

    def __init__(self, kind, parts, ew=None, brk=True, quoted=False):
        self.token_type = kind
        self.parts = parts
        self._ew = ew
        self.quoted = quoted
        if not brk:
            self.syntactic_break = False

    @property
    def as_ew_allowed(self):
        if self._ew is not None:
            return self._ew
        return all(p.as_ew_allowed for p in self.parts)

    def __str__(self):
        s = ''.join(str(p) for p in self.parts)
        return quote_string(s) if self.quoted else s

    def __iter__(self):
        return iter(self.parts)

    def __len__(self):
        return len(self.parts)

    def startswith_fws(self):
        return self.parts[0].startswith_fws() if self.parts else False


def quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', '\\"') + '"'


def _is_ascii(s, encoding):
    if encoding == 'utf-8':
        return True
    for c in s:
        if ord(c) > 127:
            return False
    return True


def fold_tree(tree, linesep='\n', maxlen=78, utf8=False):
    """The lines of tree folded, each ending in linesep."""
    maxlen = maxlen or _MAXSIZE
    encoding = 'utf-8' if utf8 else 'us-ascii'
    lines = ['']
    last_ew = None
    blocked = 0
    want = False
    unblock = Term('', 'wrap_as_ew_blocked')
    parts = list(tree)
    while parts:
        part = parts.pop(0)
        if part is unblock:
            blocked -= 1
            continue
        tstr = str(part)
        if not want:
            if part.token_type == 'ptext':
                want = any(c in SPECIALS or c in '\r\n' for c in tstr)
            else:
                want = '\r' in tstr or '\n' in tstr
        charset = encoding
        if not _is_ascii(tstr, encoding):
            charset = 'utf-8'
            want = True
        if part.token_type == 'mime-parameters':
            _fold_params(part, lines, maxlen, encoding)
            continue
        if want and not blocked:
            if not part.as_ew_allowed:
                want = False
                last_ew = None
                if part.syntactic_break:
                    folded = fold_tree(part, linesep, maxlen, utf8)[:-len(linesep)]
                    if linesep not in folded:
                        if len(folded) > maxlen - len(lines[-1]):
                            lines.append(_steal_wsp(lines))
                        lines[-1] += folded
                        continue
            if not isinstance(part, Term):
                parts = list(part) + parts
                want = False
                continue
            elif part.as_ew_allowed:
                last_ew = _fold_as_ew(tstr, lines, maxlen, last_ew, part.ew_combine_allowed, charset)
                want = False
                continue
            else:
                last_ew = None
                want = False
        if len(tstr) <= maxlen - len(lines[-1]):
            lines[-1] += tstr
            continue
        # too long for this line: a syntactic break that fits on a line of
        # its own goes to the next one
        if part.syntactic_break and len(tstr) + 1 <= maxlen:
            newline = _steal_wsp(lines)
            if newline or part.startswith_fws():
                lines.append(newline + tstr)
                last_ew = None
                continue
        if not isinstance(part, Term):
            sub = list(part)
            if not part.as_ew_allowed:
                blocked += 1
                sub.append(unblock)
            parts = sub + parts
            continue
        if part.as_ew_allowed and not blocked:
            # plain text too long to fit: encoded words can be split
            parts.insert(0, part)
            want = True
            continue
        newline = _steal_wsp(lines)
        if newline or part.startswith_fws():
            lines.append(newline + tstr)
        else:
            lines[-1] += tstr
    return linesep.join(lines) + linesep


def _steal_wsp(lines):
    last = lines[-1] if lines else ''
    if last and last[-1] in WSP:
        lines[-1] = last[:-1]
        return last[-1]
    return ''


def _fold_as_ew(text, lines, maxlen, last_ew, combine, charset):
    if last_ew is not None and combine:
        text = _ew.decode_text(lines[-1][last_ew:] + text)
        lines[-1] = lines[-1][:last_ew]
    if text[0] in WSP:
        lead = text[0]
        text = text[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_wsp(lines))
        lines[-1] += lead
    trail = ''
    if text and text[-1] in WSP:
        trail = text[-1]
        text = text[:-1]
    new_last = len(lines[-1]) if last_ew is None else last_ew
    cs = 'utf-8' if charset == 'us-ascii' else charset
    chrome = len(cs) + 7
    if chrome + 1 >= maxlen:
        from email.errors import HeaderParseError
        raise HeaderParseError('max_line_length is too small to fit an encoded word')
    while text:
        room = maxlen - len(lines[-1])
        space = room - chrome
        if space <= 0:
            lines.append(' ')
            continue
        chunk = text[:space]
        word = _ew.encode(chunk, charset=cs)
        while len(word) > room:
            chunk = chunk[:-1]
            word = _ew.encode(chunk, charset=cs)
        lines[-1] += word
        text = text[len(chunk):]
        if text:
            lines.append(' ')
            new_last = len(lines[-1])
    lines[-1] += trail
    return new_last if combine else None


_URL_SAFE = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'


def pct_quote(value):
    out = []
    for c in value.encode('utf-8'):
        out.append(chr(c) if c in _URL_SAFE else '%%%02X' % c)
    return ''.join(out)


def _fold_params(part, lines, maxlen, encoding):
    for name, value in part.params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset = encoding
        needs = not _is_ascii(value, encoding)
        if needs:
            charset = 'utf-8'
            tstr = "%s*=%s''%s" % (name, charset, pct_quote(value))
        else:
            tstr = '%s=%s' % (name, quote_string(value))
        if len(lines[-1]) + len(tstr) + 1 < maxlen:
            lines[-1] += ' ' + tstr
            continue
        if len(tstr) + 2 <= maxlen:
            lines.append(' ' + tstr)
            continue
        # RFC 2231 sections, every one encoded
        section = 0
        chrome_extra = charset + "''"
        while value:
            chrome = len(name) + len(str(section)) + 3 + len(chrome_extra)
            if maxlen <= chrome + 3:
                maxlen = 78
            cut = room = maxlen - chrome - 2
            while True:
                enc = pct_quote(value[:cut])
                if len(enc) <= room:
                    break
                cut -= 1
            lines.append(' %s*%d*=%s%s' % (name, section, chrome_extra, enc))
            chrome_extra = ''
            section += 1
            value = value[cut:]
            if value:
                lines[-1] += ';'


def fold_header(name, tree, linesep='\n', maxlen=78, utf8=False):
    label = Toks('header-label', [Term(name, 'header-name'), Term(':', 'header-sep')], ew=False)
    top = [label]
    if len(tree):
        top.append(Toks('cfws', [Term(' ', 'fws')]))
    top.append(tree)
    return fold_tree(Toks('header', top), linesep, maxlen, utf8)


# the tree builders, for headerregistry (imported last: they need Term/Toks)
from email._header_trees import (split_top, unstructured_tree, whole_tree,  # noqa: E402
                                 address_tree, params_tree)
