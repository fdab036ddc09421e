"""email.generator: Generator (text), BytesGenerator (bytes) and
DecodedGenerator write a message tree as CPython 3.11 does: headers folded
by the policy, a blank line, the body; multipart bodies between boundaries
(a random '===============<19 digits>==' one is made and set when a
message has none); '>From ' mangling when mangle_from_. Text with 8-bit
content (cte 8bit) is written as base64 or quoted-printable by Generator,
as its charset says, and as raw bytes by BytesGenerator, as CPython."""
import random
import re
import time
from io import StringIO, BytesIO

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

UNDERSCORE = '_'
NL = '\n'
_MAXSIZE = (1 << 63) - 1
_fcre = re.compile(r'^From ', re.MULTILINE)


def _split_lines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n').split('\n')


class Generator:
    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        # without an explicit choice the policy decides about '>From ' quoting
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy is not None else True
        self._mangle_from_ = mangle_from_

    def write(self, s):
        self._fp.write(s)

    def _policy_for(self, msg, linesep):
        chosen = msg.policy if self.policy is None else self.policy
        changes = {}
        if linesep is not None:
            changes['linesep'] = linesep
        if self.maxheaderlen is not None:
            changes['max_line_length'] = self.maxheaderlen
        return chosen.clone(**changes) if changes else chosen

    def flatten(self, msg, unixfrom=False, linesep=None):
        active = self._policy_for(msg, linesep)
        self._NL = active.linesep
        # header objects consult msg.policy while folding, so the message
        # temporarily takes the generator's policy; both are restored after
        saved = (self.policy, msg.policy)
        self.policy = msg.policy = active
        try:
            if unixfrom:
                envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
                self.write(envelope + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _mangled(self, text):
        return _fcre.sub('>From ', text) if self._mangle_from_ else text

    def _render(self, part):
        # a sub-message is generated separately so its text can be examined
        # (boundary collisions, trailing newline) before it is written
        buf = self._new_buffer()
        self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
        return buf.getvalue()

    def _write_lines(self, text):
        if not text:
            return
        pieces = _split_lines(text)
        last = pieces.pop()
        for piece in pieces:
            self.write(piece + self._NL)
        if last:
            self.write(last)

    def _write(self, msg):
        # the body goes first into a buffer: writing it may change headers
        # (a new boundary, a re-encoded 8-bit text part)
        target = self._fp
        self._munge = None
        body = self._new_buffer()
        self._fp = body
        try:
            self._dispatch(msg)
        finally:
            self._fp = target
        pairs = list(msg.raw_items())
        if self._munge:
            pairs = self._munged_headers(pairs)
        self._write_headers(pairs)
        self._fp.write(body.getvalue())

    def _munged_headers(self, pairs):
        # 8-bit text that was written encoded: its headers must say how
        cte, ctype = self._munge
        store = self.policy.header_store_parse
        result = []
        have_cte = False
        for name, value in pairs:
            low = name.lower()
            if low == 'content-type':
                result.append(store(name, ctype))
            elif low != 'content-transfer-encoding':
                result.append((name, value))
            elif not have_cte:
                result.append(store(name, cte))
                have_cte = True
        if not have_cte:
            result.append(store('Content-Transfer-Encoding', cte))
        return result

    def _dispatch(self, msg):
        # most specific handler first: _handle_<main>_<sub>, then _handle_<main>
        main = msg.get_content_maintype()
        for name in (main + UNDERSCORE + msg.get_content_subtype(), main):
            handler = getattr(self, '_handle_' + name.replace('-', UNDERSCORE), None)
            if handler is not None:
                return handler(msg)
        return self._writeBody(msg)

    def _write_headers(self, items):
        for name, value in items:
            self.write(self.policy.fold(name, value))
        self.write(self._NL)

    def _reencoded(self, msg):
        # 8-bit text as Generator writes it: the payload encoded by its
        # charset's body encoding, and the headers that then go with it
        from email.message import Message
        charset = msg.get_param('charset')
        if charset is None:
            return None
        tmp = Message(policy=msg.policy)
        tmp._headers = [(h, v) for h, v in msg._headers if h.lower() != 'content-transfer-encoding']
        tmp.set_payload(msg._payload_bytes(), charset)
        self._munge = (tmp['content-transfer-encoding'], tmp['content-type'])
        return tmp.get_payload()

    def _handle_text(self, msg):
        text = msg.get_payload()
        if text is None:
            return
        if not isinstance(text, str):
            raise TypeError('string payload expected: %s' % type(text))
        if msg._raw8:
            redone = self._reencoded(msg)
            if redone is not None:
                text = redone
        self._write_lines(self._mangled(text))

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        children = msg.get_payload()
        if isinstance(children, str):
            # a multipart whose body was set as a plain string goes out as is
            self.write(children)
            return
        if children is None:
            children = []
        elif not isinstance(children, list):
            children = [children]
        rendered = [self._render(child) for child in children]
        nl = self._NL
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encode(nl).join(rendered))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(nl)
        marker = '--' + boundary
        self.write(marker + nl)
        for index, text in enumerate(rendered):
            if index:
                self.write(nl + marker + nl)
            self._fp.write(text)
        self.write(nl + marker + '--' + nl)
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _handle_multipart_signed(self, msg):
        # a signature covers the parts as they are: no header refolding
        outer = self.policy
        self.policy = outer.clone(max_line_length=0)
        try:
            return self._handle_multipart(msg)
        finally:
            self.policy = outer

    def _handle_message_delivery_status(self, msg):
        # status blocks are header blocks separated by a single blank line,
        # so each loses the newline that ends its rendering
        nl = self._encode(self._NL)
        blocks = []
        for block in msg.get_payload():
            text = self._render(block)
            if text.endswith(nl):
                text = text[:-len(nl)]
            blocks.append(text)
        self._fp.write(nl.join(blocks))

    def _handle_message(self, msg):
        # message/rfc822: the body is a list holding the one inner message
        inner = msg._payload
        if isinstance(inner, list):
            self._fp.write(self._render(msg.get_payload(0)))
        else:
            self._fp.write(self._encode(inner))

    @classmethod
    def _make_boundary(cls, text=None):
        base = '=' * 15 + '%019d' % random.randrange(_MAXSIZE) + '=='
        if text is None:
            return base
        taken = set(text.splitlines())
        as_bytes = isinstance(text, bytes)
        candidate = base
        serial = 0
        while True:
            marks = ('--' + candidate, '--' + candidate + '--')
            if as_bytes:
                marks = tuple(m.encode('ascii') for m in marks)
            if marks[0] not in taken and marks[1] not in taken:
                return candidate
            candidate = '%s.%d' % (base, serial)
            serial += 1


class BytesGenerator(Generator):
    def _new_buffer(self):
        return BytesIO()

    def write(self, s):
        self._fp.write(s.encode('utf-8'))

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, items):
        out = self._fp
        for name, value in items:
            out.write(self.policy.fold_binary(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if not msg._raw8 or self.policy.cte_type == '7bit':
            return Generator._handle_text(self, msg)
        # 8-bit text goes out as the bytes it came in as
        charset = msg._raw8
        pieces = _split_lines(self._mangled(msg._payload))
        last = pieces.pop()
        nl = self._NL.encode('ascii')
        for piece in pieces:
            self._fp.write(piece.encode(charset) + nl)
        if last:
            self._fp.write(last.encode(charset))

    _writeBody = _handle_text


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = fmt if fmt is not None else _FMT

    def _describe(self, part):
        return self._fmt % {
            'type': part.get_content_type(),
            'maintype': part.get_content_maintype(),
            'subtype': part.get_content_subtype(),
            'filename': part.get_filename('[no filename]'),
            'description': part.get('Content-Description', '[no description]'),
            'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
        }

    def _dispatch(self, msg):
        for part in msg.walk():
            kind = part.get_content_maintype()
            if kind == 'multipart':
                # walk() visits its children next
                continue
            text = part.get_payload(decode=False) if kind == 'text' else self._describe(part)
            print(text, file=self)
