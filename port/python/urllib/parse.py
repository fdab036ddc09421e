"""urllib.parse: urlparse/urlsplit (with the result attributes and
geturl), urlunparse/urlunsplit, urljoin (RFC 3986), urldefrag, quote/
quote_plus/unquote/unquote_plus (and _to_bytes forms), urlencode
(doseq, safe, quote_via), parse_qs/parse_qsl."""

_ALWAYS = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms', 'prospero',
                 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips', 'mms',
               'sftp', 'tel']


class _NetlocMixin:
    @property
    def username(self):
        n = self.netloc
        if '@' in n:
            u = n.rpartition('@')[0].partition(':')[0]
            return u
        return None

    @property
    def password(self):
        n = self.netloc
        if '@' in n:
            u, s, p = n.rpartition('@')[0].partition(':')
            return p if s else None
        return None

    @property
    def _hostport(self):
        h = self.netloc.rpartition('@')[2]
        if h.startswith('['):
            e = h.find(']')
            return h[1:e], h[e + 1:].partition(':')[2] if ':' in h[e + 1:] else None
        host, s, port = h.partition(':')
        return host, port if s else None

    @property
    def hostname(self):
        h = self._hostport[0]
        return h.lower() if h else None

    @property
    def port(self):
        p = self._hostport[1]
        if p is None or p == '':
            return None
        if not p.isdigit():
            raise ValueError("Port could not be cast to integer value as %r" % p)
        p = int(p)
        if not 0 <= p <= 65535:
            raise ValueError('Port out of range 0-65535')
        return p


def _result(name, fields, unfn):
    def make(cls_fields):
        class R(tuple, _NetlocMixin):
            def __repr__(self):
                return '%s(%s)' % (name, ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))

            __str__ = __repr__

            def geturl(self):
                return unfn(self)

            def _replace(self, **kw):
                return type(self)(tuple(kw.get(f, v) for f, v in zip(fields, self)))

            def _asdict(self):
                return dict(zip(fields, self))
        for i, f in enumerate(fields):
            setattr(R, f, property(lambda s, i=i: s[i]))
        R._fields = tuple(fields)
        R.__name__ = name
        return R
    return make(fields)


def urlunsplit(parts):
    scheme, netloc, url, query, fragment = parts
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(parts):
    scheme, netloc, url, params, query, fragment = parts
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


SplitResult = _result('SplitResult', ('scheme', 'netloc', 'path', 'query', 'fragment'), urlunsplit)
ParseResult = _result('ParseResult', ('scheme', 'netloc', 'path', 'params', 'query', 'fragment'), urlunparse)
DefragResult = _result('DefragResult', ('url', 'fragment'), lambda r: r[0] + ('#' + r[1] if r[1] else ''))
_SCHEME = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')


def urlsplit(url, scheme='', allow_fragments=True):
    url = url.lstrip(''.join(chr(c) for c in range(33))).replace('\t', '').replace('\r', '').replace('\n', '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isalpha() and all(c in _SCHEME for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            j = url.find(c, 2)
            if j >= 0:
                end = min(end, j)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult((scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    scheme, netloc, url, query, fragment = s
    params = ''
    if scheme in uses_params and ';' in url:
        i = url.find(';', url.rfind('/'))
        if i >= 0:
            url, params = url[:i], url[i + 1:]
    return ParseResult((scheme, netloc, url, params, query, fragment))


def urldefrag(url):
    if '#' in url:
        s = urlparse(url)
        return DefragResult((urlunparse(s[:5] + ('',)), s[5]))
    return DefragResult((url, ''))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bs, bn, bp, bq, bf = urlsplit(base, '', allow_fragments)
    s, n, p, q, f = urlsplit(url, bs, allow_fragments)
    if s != bs or s not in uses_relative:
        return url
    if s in uses_netloc:
        if n:
            return urlunsplit((s, n, p, q, f))
        n = bn
    if not p:
        p = bp
        if not q:
            q = bq
        return urlunsplit((s, n, p, q, f))
    base_parts = bp.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if p[:1] == '/':
        segs = p.split('/')
    else:
        segs = base_parts + p.split('/')
        segs[1:-1] = [x for x in segs[1:-1] if x]
    out = []
    for seg in segs[1:-1] if len(segs) > 1 else []:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    last = segs[-1]
    if last in ('.', '..'):
        if last == '..' and out:
            out.pop()
        out.append('')
    else:
        out.append(last)
    return urlunsplit((s, n, '/' + '/'.join(out) if out != [''] else '/', q, f))


def quote_from_bytes(bs, safe='/'):
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore') if hasattr(safe, 'encode') else safe
    ok = _ALWAYS | frozenset(safe)
    return ''.join(chr(b) if b in ok else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode()
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe)
    if isinstance(safe, str):
        safe = safe + ' '
    else:
        safe = safe + b' '
    return quote(string, safe).replace(' ', '+')


def unquote_to_bytes(s):
    if isinstance(s, str):
        s = s.encode()
    parts = s.split(b'%')
    out = bytearray(parts[0])
    for p in parts[1:]:
        h = p[:2]
        if len(h) == 2 and all(c in b'0123456789abcdefABCDEF' for c in h):
            out.append(int(h, 16))
            out += p[2:]
        else:
            out += b'%' + p
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding)
    if '%' not in string:
        return string
    b = unquote_to_bytes(string)
    try:
        return b.decode()
    except UnicodeError:
        return ''.join(chr(c) if c < 128 else '\ufffd' for c in b)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    out = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v), safe)
    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            out.append(q(k) + '=' + q(v))
        else:
            try:
                items = list(v)
            except TypeError:
                out.append(q(k) + '=' + q(v))
                continue
            for x in items:
                out.append(q(k) + '=' + q(x))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    if not qs:
        return []
    if isinstance(qs, bytes):
        qs = qs.decode()
    out = []
    for part in qs.split(separator):
        if not part and not strict_parsing:
            continue
        k, s, v = part.partition('=')
        if not s and strict_parsing:
            raise ValueError('bad query field: %r' % (part,))
        if v or keep_blank_values:
            out.append((unquote_plus(k), unquote_plus(v)))
    if max_num_fields is not None and len(out) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    d = {}
    for k, v in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        d.setdefault(k, []).append(v)
    return d
