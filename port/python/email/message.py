"""email.message: Message (the compat32 object model: headers as an
ordered list of (name, value), a str or list payload, MIME parameters,
walk, get_payload(decode=True) undoing base64/quoted-printable) and
MIMEPart/EmailMessage (the default policy's: header objects,
get_body/iter_parts/iter_attachments, set_content/get_content,
add_alternative/add_attachment/add_related, make_*), as CPython 3.11.

8-bit text (set_content of non-ASCII text with the default policy, bytes
parsed with message_from_bytes, bytes given to set_payload) is held as
text plus the codec that turns it back into the bytes (self._raw8), where
CPython holds a str with surrogate escapes (which pywasm's str cannot)."""
from email._policybase import compat32
from email import _params
from email import errors

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _unquotevalue(value):
    from email.utils import unquote
    if isinstance(value, tuple):
        return value[0], value[1], unquote(value[2])
    return unquote(value)


_formatparam = _params.format_param


def _join_params(pieces):
    # empty leading pieces (a parameter-less header) are dropped, as CPython's
    # incremental concatenation does
    start = 0
    while start < len(pieces) and not pieces[start]:
        start += 1
    return SEMISPACE.join(pieces[start:])
_MISSING = object()


class Message:
    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._raw8 = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        from io import StringIO
        policy = self.policy if policy is None else policy
        fp = StringIO()
        Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy).flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        from email.generator import BytesGenerator
        from io import BytesIO
        policy = self.policy if policy is None else policy
        fp = BytesIO()
        BytesGenerator(fp, mangle_from_=False, policy=policy).flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def get_unixfrom(self):
        return self._unixfrom

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    # ---- payload ----

    def is_multipart(self):
        return isinstance(self._payload, list)

    def attach(self, payload):
        held = self._payload
        if held is None:
            # the first attachment turns the message into a multipart one
            self._payload = [payload]
        elif isinstance(held, list):
            held.append(payload)
        else:
            raise TypeError('Attach is not valid on a message with a non-multipart payload')

    def _payload_bytes(self):
        p = self._payload
        if self._raw8:
            return p.encode(self._raw8)
        try:
            return p.encode('ascii')
        except UnicodeError:
            return p.encode('utf-8')

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not isinstance(payload, str):
            return payload
        if not decode:
            if self._raw8:
                data = payload.encode(self._raw8)
                cs = self.get_param('charset', 'ascii')
                try:
                    return data.decode(cs if isinstance(cs, str) else 'ascii', 'replace')
                except LookupError:
                    return data.decode('ascii', 'replace')
            return payload
        data = self._payload_bytes()
        cte = str(self.get('content-transfer-encoding', '')).strip().lower()
        if cte == 'quoted-printable':
            import quopri
            return quopri.decodestring(data)
        if cte == 'base64':
            from email._mimecodec import b64_decode_lenient
            return b64_decode_lenient(b''.join(data.splitlines()))
        return data

    def set_payload(self, payload, charset=None):
        self._raw8 = None
        if isinstance(payload, str):
            if charset is None:
                self._payload = payload
                return
            from email.charset import Charset
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset)
        if isinstance(payload, (bytes, bytearray, memoryview)):
            payload = bytes(payload)
            if any(c > 127 for c in payload):
                self._payload = payload.decode('latin-1')
                self._raw8 = 'latin-1'
            else:
                self._payload = payload.decode('ascii')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        from email.charset import Charset
        if charset is None:
            # forgetting the charset also takes it out of Content-Type
            self._charset = None
            self.del_param('charset')
            return
        cs = charset if isinstance(charset, Charset) else Charset(charset)
        self._charset = cs
        label = cs.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', label)
        else:
            self.add_header('Content-Type', 'text/plain', charset=label)
        if 'Content-Transfer-Encoding' in self:
            # the caller chose the encoding: the payload is left as it is
            return
        how = cs.get_body_encoding()
        if callable(how):
            how(self)
            return
        raw = self._payload_bytes() if self._payload else self._payload
        self._payload = cs.body_encode(raw)
        self._raw8 = None
        self.add_header('Content-Transfer-Encoding', how)

    def get_charset(self):
        return self._charset

    # ---- headers ----

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        limit = self.policy.header_max_count(name)
        if limit:
            lname = name.lower()
            found = 0
            for k, v in self._headers:
                if k.lower() == lname:
                    found += 1
                    if found >= limit:
                        raise ValueError('There may be at most {} {} headers in a message'.format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        wanted = name.lower()
        for key, raw in self._headers:
            if key.lower() == wanted:
                return self.policy.header_fetch_parse(key, raw)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        name = name.lower()
        found = [self.policy.header_fetch_parse(k, v) for k, v in self._headers if k.lower() == name]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        pieces = [] if _value is None else [_value]
        for key, val in _params.items():
            # keyword names cannot hold '-': file_name stands for file-name
            key = key.replace('_', '-')
            pieces.append(key if val is None else _formatparam(key, val))
        self[_name] = SEMISPACE.join(pieces)

    def replace_header(self, _name, _value):
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(_name)

    # ---- content type and parameters ----

    def get_content_type(self):
        value = self.get('content-type', _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        main_sub = _splitparam(value)[0].lower()
        # a malformed type is read as text/plain (RFC 2045 5.2)
        return main_sub if main_sub.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        return _params.params_of(value)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        params = self._get_params_preserve(_MISSING, header)
        if params is _MISSING:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None, language='',
                  replace=False):
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        lparam = param.lower()
        if self.get_param(param, header=header):
            # already there: rebuild the header with that one value changed
            pieces = []
            for key, val in self.get_params(header=header, unquote=requote):
                if key.lower() == lparam:
                    key, val = param, value
                pieces.append(_formatparam(key, val, requote))
            new = _join_params(pieces)
        else:
            if header in self or header.lower() != 'content-type':
                base = self.get(header)
                if base is not None:
                    # a plain str: MicroPython's str.join refuses str subclasses
                    base = str(base)
            else:
                base = 'text/plain'
            extra = _formatparam(param, value, requote)
            new = SEMISPACE.join([base, extra]) if base else extra
        self._put_params(header, new, replace)

    def _put_params(self, header, new, replace=False):
        if new == self.get(header):
            return
        if replace:
            self.replace_header(header, new)
        else:
            del self[header]
            self[header] = new

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        lparam = param.lower()
        kept = [_formatparam(key, val, requote)
                for key, val in self.get_params(header=header, unquote=requote)
                if key.lower() != lparam]
        self._put_params(header, _join_params(kept))

    def set_type(self, type, header='Content-Type', requote=True):
        if type.count('/') != 1:
            raise ValueError
        carried = []
        if header in self:
            # the parameters of the old value survive the change of type
            carried = self.get_params(header=header, unquote=requote)[1:]
            del self[header]
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        self[header] = type
        for key, val in carried:
            self.set_param(key, val, header, requote)

    def get_filename(self, failobj=None):
        from email.utils import collapse_rfc2231_value
        name = self.get_param('filename', _MISSING, 'content-disposition')
        if name is _MISSING:
            name = self.get_param('name', _MISSING, 'content-type')
        if name is _MISSING:
            return failobj
        return collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        from email.utils import collapse_rfc2231_value
        b = self.get_param('boundary', _MISSING)
        if b is _MISSING:
            return failobj
        return collapse_rfc2231_value(b).rstrip()

    def set_boundary(self, boundary):
        params = self._get_params_preserve(_MISSING, 'content-type')
        if params is _MISSING:
            raise errors.HeaderParseError('No Content-Type header found')
        new = []
        found = False
        for k, v in params:
            if k.lower() == 'boundary':
                new.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                new.append((k, v))
        if not found:
            new.append(('boundary', '"%s"' % boundary))
        headers = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                val = SEMISPACE.join(k if v == '' else '%s=%s' % (k, v) for k, v in new)
                headers.append(self.policy.header_store_parse(h, val))
            else:
                headers.append((h, v))
        self._headers = headers

    def get_content_charset(self, failobj=None):
        cs = self.get_param('charset', _MISSING)
        if cs is _MISSING:
            return failobj
        if isinstance(cs, tuple):
            try:
                cs = cs[2].encode('latin-1').decode(cs[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                cs = cs[2]
        if any(ord(c) > 127 for c in cs):
            return failobj
        return cs.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for sub in self.get_payload():
                yield from sub.walk()


from email._mimepart import MIMEPart, EmailMessage  # noqa: E402
