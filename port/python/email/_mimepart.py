"""MIMEPart and EmailMessage, the default policy's message objects (see
email.message): finding the body and the attachments of a multipart
message, set_content/get_content through the policy's content manager,
and turning a part into multipart/related, alternative or mixed as
content is added."""
from email.message import Message


class MIMEPart(Message):
    _body_types = (('text', 'plain'), ('text', 'html'), ('multipart', 'related'), ('multipart', 'alternative'))

    def __init__(self, policy=None):
        # unlike Message, a MIMEPart defaults to the modern policy
        if policy is None:
            from email.policy import default as policy
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        use = self.policy if policy is None else policy
        width = use.max_line_length if maxheaderlen is None else maxheaderlen
        return super().as_string(unixfrom, width, use)

    def __str__(self):
        # str() shows non-ASCII text as it is, not encoded-word escaped
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disp = self.get('content-disposition')
        return disp is not None and disp.content_disposition == 'attachment'

    def _find_body(self, part, prefs):
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in prefs:
                yield (prefs.index(subtype), part)
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for sub in part.iter_parts():
                yield from self._find_body(sub, prefs)
            return
        if 'related' in prefs:
            yield (prefs.index('related'), part)
        candidate = None
        start = part.get_param('start')
        if start:
            for sub in part.iter_parts():
                if sub['content-id'] == start:
                    candidate = sub
                    break
        if candidate is None:
            subs = part.get_payload()
            candidate = subs[0] if subs else None
        if candidate is not None:
            yield from self._find_body(candidate, prefs)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        best = len(preferencelist)
        body = None
        for prio, part in self._find_body(self, preferencelist):
            if prio < best:
                best = prio
                body = part
                if prio == 0:
                    break
        return body

    def iter_attachments(self):
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        payload = self.get_payload()
        if not isinstance(payload, list):
            return
        parts = list(payload)
        if subtype == 'related':
            start = self.get_param('start')
            if start:
                found = False
                rest = []
                for part in parts:
                    if part.get('content-id') == start:
                        found = True
                    else:
                        rest.append(part)
                if found:
                    yield from rest
                    return
            parts.pop(0)
            yield from parts
            return
        # the first text/plain, text/html, multipart/related and
        # multipart/alternative parts that are not attachments are the body
        seen = []
        for part in parts:
            maintype, subtype = part.get_content_type().split('/')
            if (maintype, subtype) in self._body_types and not part.is_attachment() and subtype not in seen:
                seen.append(subtype)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def _manager(self, given):
        return self.policy.content_manager if given is None else given

    def get_content(self, *args, content_manager=None, **kw):
        return self._manager(content_manager).get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        self._manager(content_manager).set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed, boundary):
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed + (subtype,):
                raise ValueError('Cannot convert {} to {}'.format(existing, subtype))
        keep = []
        moved = []
        for name, value in self._headers:
            if name.lower().startswith('content-'):
                moved.append((name, value))
            else:
                keep.append((name, value))
        if moved:
            # the content there is becomes the first part
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            part._raw8 = self._raw8
            self._payload = [part]
        else:
            self._payload = []
        self._raw8 = None
        self._headers = keep
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is None:
            return
        self.set_param('boundary', boundary)

    # A part can only move "outwards": related may become alternative or
    # mixed, alternative may become mixed, never the other way round.
    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        wanted = 'multipart/' + _subtype
        if self.get_content_type() != wanted:
            getattr(self, 'make_' + _subtype)()
        new = type(self)(policy=self.policy)
        new.set_content(*args, **kw)
        # a disposition that set_content() already wrote is kept
        if _disp and 'content-disposition' not in new:
            new['Content-Disposition'] = _disp
        self.attach(new)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def clear(self):
        self._headers, self._payload, self._raw8 = [], None, None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        self._payload = self._raw8 = None


class EmailMessage(MIMEPart):
    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
