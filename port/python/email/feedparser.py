"""email.feedparser: FeedParser and BytesFeedParser (feed() text, close()
gives the message). The text is parsed when close() is called, not as it
arrives: headers (continuation lines joined, a Unix 'From ' line kept as
the unixfrom), then the body: a plain payload, or for multipart/* the
preamble, the parts between '--boundary' lines (each a message of its
own; the line break before a boundary belongs to the boundary) and the
epilogue; message/rfc822 bodies become a message. Missing boundaries are
recorded as CPython's defects. Bytes are read as latin-1 and 8-bit
payloads remember it (see email.message)."""
import re
from email import errors
from email._policybase import compat32

__all__ = ['FeedParser', 'BytesFeedParser']

_HEADER = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def _lines(text):
    """text split after each '\\r\\n', '\\r' or '\\n', the ends kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and text[j] not in '\r\n':
            j += 1
        if j < n:
            j += 2 if text[j] == '\r' and j + 1 < n and text[j + 1] == '\n' else 1
        out.append(text[i:j])
        i = j
    return out


def _strip_eol(s):
    if s.endswith('\r\n'):
        return s[:-2]
    if s.endswith('\n') or s.endswith('\r'):
        return s[:-1]
    return s


def _eol(s):
    return s[len(_strip_eol(s)):]


class FeedParser:
    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        if _factory is None:
            _factory = policy.message_factory
            if _factory is None:
                from email.message import Message
                _factory = Message
        self._factory = _factory
        self._buf = []
        self._headersonly = False
        self._raw = None

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._buf.append(data)

    def close(self):
        text = ''.join(self._buf)
        msg = self._new()
        self._parse(msg, _lines(text), 0, True)
        return msg

    def _new(self):
        try:
            return self._factory(policy=self.policy)
        except TypeError:
            return self._factory()

    def _set_body(self, msg, text):
        msg._payload = text
        msg._raw8 = None
        if self._raw and any(ord(c) > 127 for c in text):
            msg._raw8 = self._raw

    def _parse(self, msg, lines, i, top=False):
        """Parse lines[i:] into msg."""
        n = len(lines)
        if top and i < n and lines[i].startswith('From '):
            msg.set_unixfrom(_strip_eol(lines[i]))
            i += 1
        current = []
        while i < n:
            line = lines[i]
            if not _HEADER.match(line):
                if _strip_eol(line) != '' or line == '':
                    msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                else:
                    i += 1
                break
            if line[0] in ' \t':
                if not current:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                    i += 1
                    continue
                current.append(line)
                i += 1
                continue
            if current:
                msg.set_raw(*self.policy.header_source_parse(current))
                current = []
            if line.startswith('From '):
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                i += 1
                continue
            current.append(line)
            i += 1
        else:
            i = n
        if current:
            msg.set_raw(*self.policy.header_source_parse(current))
        body = lines[i:]
        if self._headersonly:
            self._set_body(msg, ''.join(body))
            return
        ctype = msg.get_content_type()
        if ctype in ('message/delivery-status',):
            self._set_body(msg, ''.join(body))
            return
        if msg.get_content_maintype() == 'message' and ctype != 'message/external-body':
            sub = self._new()
            self._parse(sub, body, 0)
            msg._payload = [sub]
            return
        if msg.get_content_maintype() == 'multipart':
            self._multipart(msg, body)
            return
        self._set_body(msg, ''.join(body))

    def _is_boundary(self, line, sep):
        """None, or (closing, line end) when line is a boundary line."""
        if not line.startswith(sep):
            return None
        rest = line[len(sep):]
        closing = rest.startswith('--')
        if closing:
            rest = rest[2:]
        end = _eol(rest)
        if _strip_eol(rest).strip(' \t') != '':
            return None
        return closing, end

    def _multipart(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            self._set_body(msg, ''.join(body))
            return
        if str(msg.get('content-transfer-encoding', '8bit')).lower() not in ('7bit', '8bit', 'binary'):
            msg.defects.append(errors.InvalidMultipartContentTransferEncodingDefect())
        sep = '--' + boundary
        marks = []
        for k, line in enumerate(body):
            found = self._is_boundary(line, sep)
            if found is not None:
                marks.append((k, found[0], found[1]))
                if found[0]:
                    break
        if not marks:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            self._set_body(msg, ''.join(body))
            msg.epilogue = ''
            return
        first = marks[0][0]
        if first:
            pre = body[:first]
            pre[-1] = _strip_eol(pre[-1])
            msg.preamble = ''.join(pre)
        parts = []
        for m in range(len(marks) - 1):
            start, end = marks[m][0] + 1, marks[m + 1][0]
            if marks[m][1]:
                break
            parts.append(body[start:end])
        last = marks[-1]
        closed = last[1]
        if not closed:
            parts.append(body[last[0] + 1:])
        msg._payload = []
        for k, plines in enumerate(parts):
            sub = self._new()
            if msg.get_content_subtype() == 'digest':
                sub.set_default_type('message/rfc822')
            cut = closed or k < len(parts) - 1
            self._parse(sub, plines, 0)
            if cut:
                _strip_last(sub)
            msg._payload.append(sub)
        if not closed:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            return
        rest = body[last[0] + 1:]
        epi = ([''] if last[2] else []) + rest
        msg.epilogue = ''.join(epi)


def _strip_last(msg):
    """The line break before a boundary belongs to it: take it off the
    text the part ends with (an inner message's body for message/*)."""
    if msg.get_content_maintype() == 'multipart' and msg.is_multipart():
        if msg.epilogue == '':
            msg.epilogue = None
        elif msg.epilogue is not None:
            msg.epilogue = _strip_eol(msg.epilogue)
    elif msg.is_multipart() and msg._payload:
        _strip_last(msg._payload[-1])
    elif isinstance(msg._payload, str):
        msg._payload = _strip_eol(msg._payload)


class BytesFeedParser(FeedParser):
    def feed(self, data):
        self._raw = 'latin-1'
        super().feed(bytes(data).decode('latin-1'))
