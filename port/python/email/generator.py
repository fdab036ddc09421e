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
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        old_gen, old_msg = self.policy, msg.policy
        try:
            self.policy = policy
            msg.policy = policy
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    ufrom = 'From nobody ' + time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            msg.policy = old_msg
            self.policy = old_gen

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, text):
        if not text:
            return
        lines = _split_lines(text)
        for line in lines[:-1]:
            self.write(line)
            self.write(self._NL)
        if lines[-1]:
            self.write(lines[-1])

    def _write(self, msg):
        old = self._fp
        self._munge = None
        try:
            self._fp = body = self._new_buffer()
            self._dispatch(msg)
        finally:
            self._fp = old
        items = list(msg.raw_items())
        if self._munge:
            # 8-bit text written encoded: its headers say how
            cte, ctype = self._munge
            out = []
            seen = False
            for h, v in items:
                if h.lower() == 'content-transfer-encoding':
                    if not seen:
                        out.append(self.policy.header_store_parse(h, cte))
                        seen = True
                elif h.lower() == 'content-type':
                    out.append(self.policy.header_store_parse(h, ctype))
                else:
                    out.append((h, v))
            if not seen:
                out.append(self.policy.header_store_parse('Content-Transfer-Encoding', cte))
            items = out
        self._write_headers(items)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        specific = UNDERSCORE.join((main, sub)).replace('-', '_')
        meth = getattr(self, '_handle_' + specific, None)
        if meth is None:
            meth = getattr(self, '_handle_' + main.replace('-', '_'), None)
            if meth is None:
                meth = self._writeBody
        meth(msg)

    def _write_headers(self, items):
        for h, v in items:
            self.write(self.policy.fold(h, v))
        self.write(self._NL)

    def _reencoded(self, msg):
        """8-bit text as Generator writes it: the payload encoded by its
        charset's body encoding, and the headers that then go with it."""
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
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        if msg._raw8:
            again = self._reencoded(msg)
            if again is not None:
                payload = again
        if self._mangle_from_:
            payload = _fcre.sub('>From ', payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        texts = []
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        for part in parts:
            s = self._new_buffer()
            g = self.clone(s)
            g.flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(s.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encode(self._NL).join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            pre = _fcre.sub('>From ', msg.preamble) if self._mangle_from_ else msg.preamble
            self._write_lines(pre)
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        if texts:
            self._fp.write(texts.pop(0))
        for text in texts:
            self.write(self._NL + '--' + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            epi = _fcre.sub('>From ', msg.epilogue) if self._mangle_from_ else msg.epilogue
            self._write_lines(epi)

    def _handle_multipart_signed(self, msg):
        p = self.policy
        self.policy = p.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = p

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            s = self._new_buffer()
            g = self.clone(s)
            g.flatten(part, unixfrom=False, linesep=self._NL)
            text = s.getvalue()
            lines = text.split(self._encode(self._NL))
            if lines and lines[-1] == self._encode(''):
                blocks.append(self._encode(self._NL).join(lines[:-1]))
            else:
                blocks.append(text)
        self._fp.write(self._encode(self._NL).join(blocks))

    def _handle_message(self, msg):
        s = self._new_buffer()
        g = self.clone(s)
        payload = msg._payload
        if isinstance(payload, list):
            g.flatten(msg.get_payload(0), unixfrom=False, linesep=self._NL)
            payload = s.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        token = random.randrange(_MAXSIZE)
        boundary = ('=' * 15) + ('%019d' % token) + '=='
        if text is None:
            return boundary
        b = boundary
        n = 0
        lines = text.splitlines()
        while True:
            pat = '--' + b
            end = pat + '--'
            if isinstance(text, bytes):
                pat, end = pat.encode('ascii'), end.encode('ascii')
            if pat not in lines and end not in lines:
                break
            b = boundary + '.' + str(n)
            n += 1
        return b


class BytesGenerator(Generator):
    def write(self, s):
        self._fp.write(s.encode('utf-8'))

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, items):
        for h, v in items:
            self._fp.write(self.policy.fold_binary(h, v))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if msg._raw8 and self.policy.cte_type != '7bit':
            text = msg._payload
            if self._mangle_from_:
                text = _fcre.sub('>From ', text)
            lines = _split_lines(text)
            nl = self._NL.encode('ascii')
            for line in lines[:-1]:
                self._fp.write(line.encode(msg._raw8) + nl)
            if lines[-1]:
                self._fp.write(lines[-1].encode(msg._raw8))
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'text':
                print(part.get_payload(decode=False), file=self)
            elif maintype == 'multipart':
                pass
            else:
                print(self._fmt % {
                    'type': part.get_content_type(), 'maintype': part.get_content_maintype(),
                    'subtype': part.get_content_subtype(), 'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description', '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                }, file=self)
