"""urllib.parse: urlparse/urlsplit (with the result attributes and
geturl), urlunparse/urlunsplit, urljoin (RFC 3986), urldefrag, quote/
quote_plus/unquote/unquote_plus (and _to_bytes forms), urlencode
(doseq, safe, quote_via), parse_qs/parse_qsl, unwrap; bytes URLs (the
...Bytes results, encode()/decode()) and the encoding/errors arguments as
in CPython."""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

_ALWAYS = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms', 'prospero',
                 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips', 'mms',
               'sftp', 'tel']
# CPython's other scheme tables and the characters a scheme may hold: yarl
# imports scheme_chars and uses_netloc
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip',
              'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp', 'snews', 'file',
                 'prospero']
scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'


def clear_cache():
    pass  # nothing is cached here


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
        if not h:
            return None
        # a scoped IPv6 address keeps its zone's case ([fe80::1%tESt])
        h, percent, zone = h.partition('%')
        return h.lower() + percent + zone

    @property
    def port(self):
        p = self._hostport[1]
        if p is None or p == '':
            return None
        if not (p.isdigit() and p.isascii()):
            raise ValueError("Port could not be cast to integer value as %r" % p)
        p = int(p)
        if not 0 <= p <= 65535:
            raise ValueError('Port out of range 0-65535')
        return p


def _coerce_args(*args):
    # CPython's: str arguments as they are; bytes ones (with '' for an empty
    # default) decoded as ASCII, and the result encoded back
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if str_input:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocMixinBytes(_ResultMixinBytes):
    # hostname, port, username and password as the str result has them, in
    # bytes
    __slots__ = ()

    def _str(self):
        return self._decoded_counterpart(*(x.decode('latin-1') for x in self))

    @property
    def username(self):
        u = self._str().username
        return None if u is None else u.encode('latin-1')

    @property
    def password(self):
        p = self._str().password
        return None if p is None else p.encode('latin-1')

    @property
    def hostname(self):
        h = self._str().hostname
        return None if h is None else h.encode('latin-1')

    @property
    def port(self):
        return self._str().port


def _tuple_class(name, fields, bases, ns):
    # a namedtuple-like class (collections.namedtuple costs more to import
    # and to make): fields by position or keyword, _make, _replace,
    # _asdict, _fields
    fields = tuple(fields.split())
    n = len(fields)

    def __new__(cls, *args, **kw):
        if kw:
            args += tuple(kw.pop(f) for f in fields[len(args):] if f in kw)
            if kw:
                raise TypeError('%s.__new__() got an unexpected keyword argument %r' % (name, list(kw)[0]))
        if len(args) != n:
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (name, n + 1, len(args) + 1))
        return tuple.__new__(cls, args)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % fv for fv in zip(fields, self)))

    def _replace(self, **kw):
        r = type(self)(*[kw.pop(f, v) for f, v in zip(fields, self)])
        if kw:
            raise ValueError('Got unexpected field names: %r' % list(kw))
        return r
    d = {'__new__': __new__, '__repr__': __repr__, '_replace': _replace, '_fields': fields,
         '_make': classmethod(lambda cls, it: tuple.__new__(cls, tuple(it))),
         '_asdict': lambda self: dict(zip(fields, self)), '__getnewargs__': lambda self: tuple(self)}
    for i, f in enumerate(fields):
        d[f] = property(lambda self, i=i: self[i])
    d.update(ns)
    return type(name, (tuple,) + bases, d)


def _results():
    g = globals()

    def make(name, fields, unfn, str_bases, bytes_bases):
        geturl = {'geturl': lambda self: unfn(self)}
        str_cls = _tuple_class(name, fields, str_bases, geturl)
        bytes_cls = _tuple_class(name + 'Bytes', fields, bytes_bases, geturl)
        str_cls._encoded_counterpart = bytes_cls
        bytes_cls._decoded_counterpart = str_cls
        g[name] = str_cls
        g[name + 'Bytes'] = bytes_cls
    make('SplitResult', 'scheme netloc path query fragment', urlunsplit, (_NetlocMixin, _ResultMixinStr),
         (_NetlocMixinBytes,))
    make('ParseResult', 'scheme netloc path params query fragment', urlunparse, (_NetlocMixin, _ResultMixinStr),
         (_NetlocMixinBytes,))
    make('DefragResult', 'url fragment', lambda r: r[0] + ('#' + r[1] if r[1] else '') if isinstance(r[0], str)
         else r[0] + (b'#' + r[1] if r[1] else b''), (_ResultMixinStr,), (_ResultMixinBytes,))


def urlunsplit(parts):
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*parts)
    pieces = [scheme, ':'] if scheme else []
    # '//' + authority when there is one, or when the scheme wants one and
    # the path does not already start with '//'
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        pieces += ['//', netloc or '']
        if url and url[:1] != '/':
            pieces.append('/')
    pieces.append(url)
    for mark, part in (('?', query), ('#', fragment)):
        if part:
            pieces += [mark, part]
    return _coerce_result(''.join(pieces))


def urlunparse(parts):
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*parts)
    if params:
        url = '%s;%s' % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


_results()
_SCHEME = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')


def urlsplit(url, scheme='', allow_fragments=True):
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    if _coerce_result is not _noop:
        return _urlsplit(url, scheme, allow_fragments).encode()
    return _urlsplit(url, scheme, allow_fragments)


_C0_OR_SPACE = ''.join(chr(c) for c in range(33))


def _check_bracketed_host(hostname):
    # CPython 3.11.4+: what is between [ ] must be an IPv6 address (with
    # any zone) or an IPvFuture one
    if hostname.startswith('v'):
        import re
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", hostname):
            raise ValueError('IPvFuture address is invalid')
    else:
        import ipaddress
        ip = ipaddress.ip_address(hostname)  # ValueError if not an address
        if isinstance(ip, ipaddress.IPv4Address):
            raise ValueError('An IPv4 address cannot be in brackets')


def _urlsplit(url, scheme, allow_fragments):
    url = url.lstrip(_C0_OR_SPACE).replace('\t', '').replace('\r', '').replace('\n', '')
    scheme = scheme.strip(_C0_OR_SPACE).replace('\t', '').replace('\r', '').replace('\n', '')
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
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    if _coerce_result is not _noop:
        return urlparse(url, scheme, allow_fragments).encode()
    s = _urlsplit(url, scheme, allow_fragments)
    scheme, netloc, url, query, fragment = s
    params = ''
    if scheme in uses_params and ';' in url:
        # CPython's _splitparams: after the last '/', else the first ';'
        if '/' in url:
            i = url.find(';', url.rfind('/'))
        else:
            i = url.find(';')
        if i >= 0:
            url, params = url[:i], url[i + 1:]
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urldefrag(url):
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s = urlparse(url)
        r = DefragResult(urlunparse(s[:5] + ('',)), s[5])
    else:
        r = DefragResult(url, '')
    return r if _coerce_result is _noop else r.encode()


def urljoin(base, url, allow_fragments=True):
    # RFC 3986 section 5 resolution, with CPython's leniencies: an empty side
    # gives the other, and a different or non-relative scheme gives url
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            # network-path reference: nothing of the base is kept
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not (path or params):
        # only a query and/or fragment: the base's path (and query) stand
        return _coerce_result(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = bpath.split('/')
        if directory[-1]:
            directory.pop()  # a file name: resolution starts from its folder
        segments = directory + path.split('/')
        if len(segments) > 2:
            # empty inner segments (doubled slashes) vanish on merging
            segments = [segments[0]] + [x for x in segments[1:-1] if x] + [segments[-1]]
    kept = []
    for seg in segments:
        if seg == '..':
            if kept:
                kept.pop()
        elif seg != '.':
            kept.append(seg)
    if segments[-1] in ('.', '..'):
        kept.append('')  # ends on a directory: keep the trailing slash
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(kept) or '/', params, query, fragment)))


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    # only ASCII characters can be left unquoted; others in safe are ignored
    if isinstance(safe, str):
        keep = [ord(c) for c in safe if c < '\x80']
    else:
        keep = [c for c in safe if c < 128]
    ok = _ALWAYS | frozenset(keep)
    return ''.join(chr(b) if b in ok else '%%%02X' % b for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    if not isinstance(string, str):
        # bytes go through as they are: codec arguments make no sense there
        for given, name in ((encoding, 'encoding'), (errors, 'errors')):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes" % name)
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    if not string:
        string.split  # AttributeError for what is not a str or bytes
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    parts = string.split(b'%')
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
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # as CPython: each run of ASCII unquoted and decoded, the rest kept
    out, i, n = [], 0, len(string)
    while i < n:
        j = i
        if string[i] < '\x80':
            while j < n and string[j] < '\x80':
                j += 1
            out.append(unquote_to_bytes(string[i:j]).decode(encoding, errors))
        else:
            while j < n and string[j] >= '\x80':
                j += 1
            out.append(string[i:j])
        i = j
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def unwrap(url):
    # strips the <URL:...> wrapping of RFC 1738 appendix, each layer optional
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


def _check_pairs(seq):
    # a sequence of pairs, going by its first item: a str is refused here
    if len(seq) and not isinstance(seq[0], tuple):
        raise TypeError


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            _check_pairs(query)
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err
    out = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        if isinstance(v, str):
            return quote_via(v, safe, encoding, errors)
        return quote_via(str(v), safe, encoding, errors)
    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            out.append(q(k) + '=' + q(v))
        else:
            try:
                len(v)
            except TypeError:
                out.append(q(k) + '=' + q(v))
                continue
            for x in v:
                out.append(q(k) + '=' + q(x))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    out = []
    for part in qs.split(separator) if qs else []:
        if not part and not strict_parsing:
            continue
        k, s, v = part.partition('=')
        if not s:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (part,))
            if not keep_blank_values:
                continue
        if v or keep_blank_values:
            out.append((_coerce_result(unquote(k.replace('+', ' '), encoding, errors)),
                        _coerce_result(unquote(v.replace('+', ' '), encoding, errors))))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    d = {}
    for k, v in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        d.setdefault(k, []).append(v)
    return d
