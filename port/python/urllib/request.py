"""urllib.request: urlopen and Request, over the host's HTTP (the sandbox
has no sockets; urllib/_host.py), and file: and data: URLs from memory
and the files the sandbox sees (urllib/_local.py).

What CPython's default opener does is done here too: the same request
headers (User-Agent Python-urllib/3.x, Accept-Encoding identity,
Connection close, Content-Type for POST data), redirects followed by the
same rules, a non-2xx answer raised as HTTPError (which can be read), no
answer at all as URLError. build_opener() takes the handlers whose work
the opener does itself (ProxyHandler({}), HTTPSHandler(context=...), the
redirect and error ones) and refuses the rest (proxies, auth, cookies,
ftp:).
url2pathname() and pathname2url() convert as CPython's POSIX ones do.
"""
import sys

from urllib import _host
from urllib._response import HTTPResponse
from urllib.error import HTTPError, URLError
from urllib.parse import quote, unquote

__version__ = "%d.%d" % sys.version_info[:2]

# socket._GLOBAL_DEFAULT_TIMEOUT: "no timeout given" (then there is none).
_GLOBAL_DEFAULT_TIMEOUT = object()

_SCHEMES = ("http", "https")


def _split_type(url):
    scheme, sep, rest = url.partition(":")
    if not sep or not scheme or "/" in scheme:
        return None, url
    return scheme.lower(), rest


def _split_host(rest):
    # "//host/path" -> ("host", "/path"); anything else has no host.
    if not rest.startswith("//"):
        return None, rest
    rest = rest[2:]
    for i, ch in enumerate(rest):
        if ch in "/?#":
            return rest[:i], rest[i:]
    return rest, ""


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key in headers:
            self.add_header(key, headers[key])
        if method:
            self.method = method    # otherwise get_method() picks GET/POST
        self.unverifiable = unverifiable
        if origin_req_host is None:
            # RFC 2965's request-host: lower-cased, port cut, still quoted
            from http._cookiejar_util import request_host
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host

    @property
    def full_url(self):
        frag = self.fragment
        return self._full_url + "#" + frag if frag else self._full_url

    @full_url.setter
    def full_url(self, url):
        url = url.strip()
        if url.startswith("<") and url.endswith(">"):
            url = url[1:-1].strip()
        if url.startswith("URL:"):
            url = url[4:].strip()
        self._full_url, sep, fragment = url.partition("#")
        self.fragment = fragment if sep else None
        self.type, rest = _split_type(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _split_host(rest)
        if self.host:
            self.host = unquote(self.host)

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        # A new body makes a Content-length worked out for the old one stale.
        if not (data != self._data):
            return
        self._data = data
        if self.has_header("Content-length"):
            self.remove_header("Content-length")

    data = property(_get_data, _set_data)

    def get_method(self):
        method = getattr(self, "method", None)
        if method:
            return method
        return "POST" if self.data is not None else "GET"

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


def _body(data):
    # bytes-like as they are; an iterable of bytes joined (CPython streams
    # it); a file object read to its end.
    if data is None:
        return None
    if isinstance(data, str):
        raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if hasattr(data, "read"):
        chunk = data.read()
        return chunk.encode("iso-8859-1") if isinstance(chunk, str) else bytes(chunk)
    try:
        return b"".join(bytes(part) for part in data)
    except TypeError:
        raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))


def _headers(req, body, addheaders):
    # What CPython's do_request_ adds, in its order (the content headers,
    # Host, the opener's User-agent), then the request's own; http.client
    # writes Accept-Encoding first and urllib forces Connection: close.
    if body is not None:
        if not req.has_header("Content-type"):
            req.add_unredirected_header("Content-type", "application/x-www-form-urlencoded")
        if not req.has_header("Content-length"):
            req.add_unredirected_header("Content-length", str(len(body)))
    if not req.has_header("Host"):
        req.add_unredirected_header("Host", req.host.rpartition("@")[2])
    for name, value in addheaders:
        name = name.capitalize()
        if not req.has_header(name):
            req.add_unredirected_header(name, value)
    merged = dict(req.unredirected_hdrs)
    for name in req.headers:
        if name not in merged:
            merged[name] = req.headers[name]
    merged["Connection"] = "close"
    pairs = [(name.title(), str(value)) for name, value in merged.items()]
    lower = [name.lower() for name, _ in pairs]
    if body is None and "content-length" not in lower and req.get_method().upper() in ("PATCH", "POST", "PUT"):
        pairs.insert(0, ("Content-Length", "0"))
    if "accept-encoding" not in lower:
        pairs.insert(0, ("Accept-Encoding", "identity"))
    return pairs


class OpenerDirector:
    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/" + __version__)]
        self.handlers = []

    def add_handler(self, handler):
        # a handler that asks for what this opener does anyway is kept (as
        # build_opener(ProxyHandler({})) to turn proxies off, HTTPSHandler(
        # context=...)); one that would change the exchange cannot take part
        if type(handler) not in _BUILT_IN or (type(handler) is ProxyHandler and handler.proxies):
            raise NotImplementedError("urllib.request: handlers (%s) are not supported in pywasm" % type(handler).__name__)
        self.handlers.append(handler)
        handler.add_parent(self)

    def open(self, fullurl, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if data is not None:
            req.data = data
        if req.type in ("file", "data"):
            from urllib import _local
            return _local.open_file(req) if req.type == "file" else _local.open_data(req)
        if req.type not in _SCHEMES:
            raise URLError("unknown url type: %s" % req.type)
        if not req.host:
            raise URLError("no host given")
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            req.timeout = timeout
        body = _body(req.data)
        status, reason, url, pairs, content = _host.exchange(
            req.get_method(), req.full_url.partition("#")[0], _headers(req, body, self.addheaders),
            body, getattr(req, "timeout", None))
        response = HTTPResponse(status, reason, url, pairs, content)
        if not 200 <= status < 300:
            raise HTTPError(url, status, reason, response.headers, response)
        return response

    def close(self):
        pass


class BaseHandler:
    """The handler classes exist so that code subclassing them at import
    (PyJWT's _NoRedirectHandler) loads; giving one to build_opener still
    raises NotImplementedError, as handlers are not run here."""
    handler_order = 500

    def close(self):
        pass

    def add_parent(self, parent):
        self.parent = parent

    def __lt__(self, other):
        # handlers are sorted by handler_order; objects without one go last
        try:
            theirs = other.handler_order
        except AttributeError:
            return True
        return self.handler_order < theirs


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10


class HTTPErrorProcessor(BaseHandler):
    handler_order = 1000


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        # the environment's proxies are not used here (the host connects)
        self.proxies = {} if proxies is None else dict(proxies)


class HTTPDefaultErrorHandler(BaseHandler): pass
class HTTPCookieProcessor(BaseHandler): pass
class AbstractBasicAuthHandler: pass
class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler): pass
class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler): pass
class AbstractDigestAuthHandler: pass
class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler): pass
class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler): pass
class AbstractHTTPHandler(BaseHandler):
    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel or 0


class HTTPHandler(AbstractHTTPHandler): pass


class HTTPSHandler(AbstractHTTPHandler):
    def __init__(self, debuglevel=None, context=None, check_hostname=None):
        super().__init__(debuglevel)
        self._context = context  # accepted as urlopen's: the host verifies


class FileHandler(BaseHandler): pass
class DataHandler(BaseHandler): pass
class FTPHandler(BaseHandler): pass
class UnknownHandler(BaseHandler): pass

# the handlers whose work OpenerDirector.open() does itself
_BUILT_IN = (ProxyHandler, UnknownHandler, HTTPHandler, HTTPSHandler, HTTPDefaultErrorHandler, HTTPRedirectHandler,
             FileHandler, DataHandler, HTTPErrorProcessor)


def build_opener(*handlers):
    opener = OpenerDirector()
    for handler in handlers:
        opener.add_handler(handler)
    return opener


_opener = None


def install_opener(opener):
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT, *, context=None, **kwargs):
    """Open an http: or https: URL (or a Request); the response is read from
    memory. `context` (an ssl.SSLContext) is accepted and ignored: the host
    verifies certificates with Node's trusted roots."""
    opener = _opener or OpenerDirector()
    return opener.open(url, data, timeout)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Save the answer to `filename` (a new temporary file when None);
    returns (filename, headers)."""
    with urlopen(url, data) as response:
        content = response.read()
        headers = response.info()
    if filename is None:
        import tempfile
        with tempfile.NamedTemporaryFile(delete=False) as f:
            f.write(content)
            filename = f.name
    else:
        with open(filename, "wb") as f:
            f.write(content)
    if reporthook:
        reporthook(1, len(content), len(content))
    return filename, headers


def urlcleanup():
    pass


# The POSIX conversions between a file: URL's path and a file name: only
# percent-encoding, as in CPython 3.11 (its Windows forms live in nturl2path)
def url2pathname(pathname):
    return unquote(pathname)


def pathname2url(pathname):
    return quote(pathname)


# --- proxies from the environment (requests imports these at start) ---------

def getproxies_environment():
    """{scheme: proxy URL} from the *_proxy variables, a lower-case name
    winning over an upper-case one; HTTP_PROXY is ignored under CGI
    (REQUEST_METHOD set), where a client could have set it."""
    import os
    env = os.environ
    found = {}
    for name, value in env.items():
        low = name.lower()
        if value and low.endswith('_proxy'):
            found[low[:-6]] = value
    if 'REQUEST_METHOD' in env:
        found.pop('http', None)
    # A name with a lower-case "_proxy" suffix has the last word; when it
    # is set but empty it removes that scheme.
    for name, value in env.items():
        if name.endswith('_proxy'):
            scheme = name[:-6].lower()
            if value:
                found[scheme] = value
            else:
                found.pop(scheme, None)
    return found


def proxy_bypass_environment(host, proxies=None):
    """True when no_proxy names host (or a domain it is in), or is '*'."""
    if proxies is None:
        proxies = getproxies_environment()
    no_proxy = proxies.get('no')
    if no_proxy is None:
        return False
    if no_proxy == '*':
        return True
    host = host.lower()
    bare = host
    if ':' in host and not host.endswith(']'):
        bare = host.rsplit(':', 1)[0]
    for entry in no_proxy.split(','):
        entry = entry.strip().lstrip('.').lower()
        if not entry:
            continue
        if entry in (bare, host) or bare.endswith('.' + entry) or host.endswith('.' + entry):
            return True
    return False


# no system proxy settings here: the environment's are the only ones
getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment


def parse_http_list(s):
    """A header's comma-separated list: commas inside a quoted string do
    not split it, where a backslash keeps the next char (and is dropped);
    every other comma does, so empty items are kept except a last one."""
    parts, cur, quoted, escaped = [], '', False, False
    for ch in s:
        if escaped:
            cur += ch
            escaped = False
        elif quoted and ch == '\\':
            escaped = True
        elif ch == ',' and not quoted:
            parts.append(cur)
            cur = ''
        else:
            if ch == '"':
                quoted = not quoted
            cur += ch
    if cur:
        parts.append(cur)
    return [p.strip() for p in parts]


def parse_keqv_list(items):
    """{key: value} from 'key=value' items, a quoted value unquoted."""
    out = {}
    for item in items:
        key, value = item.split('=', 1)
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        out[key] = value
    return out
