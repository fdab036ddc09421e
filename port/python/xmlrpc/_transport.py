# HTTP side of xmlrpc.client: Transport, SafeTransport and ServerProxy.
# Imported by xmlrpc.client once everything this module needs is defined.

from xmlrpc.client import Fault, ProtocolError, dumps, getparser, gzip_encode, GzipDecodedResponse
from xmlrpc.client import __version__


def _worth_retrying(exc):
    # A kept-alive connection the server dropped fails the first attempt
    # with one of these; the request is then sent once more.
    import errno
    import http.client
    if isinstance(exc, http.client.RemoteDisconnected):
        return True
    return isinstance(exc, OSError) and exc.errno in (errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE)


class Transport:

    user_agent = "Python-xmlrpc/%s" % __version__
    accept_gzip_encoding = True
    # bodies longer than this many bytes are sent gzipped; None: never
    encode_threshold = None

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=()):
        self._use_datetime = use_datetime
        self._use_builtin_types = use_builtin_types
        self._headers = list(headers)
        self._extra_headers = []
        # (host, connection) of the connection kept open for reuse
        self._connection = (None, None)

    def request(self, host, handler, request_body, verbose=False):
        try:
            return self.single_request(host, handler, request_body, verbose)
        except Exception as exc:
            if not _worth_retrying(exc):
                raise
        return self.single_request(host, handler, request_body, verbose)

    def single_request(self, host, handler, request_body, verbose=False):
        try:
            resp = self.send_request(host, handler, request_body, verbose).getresponse()
            if resp.status == 200:
                self.verbose = verbose
                return self.parse_response(resp)
        except Exception as exc:
            # a Fault is a proper answer; anything else leaves the
            # connection in an unknown state
            if not isinstance(exc, Fault):
                self.close()
            raise
        if resp.getheader("content-length", ""):
            # drain the error body so the connection stays usable
            resp.read()
        raise ProtocolError(host + handler, resp.status, resp.reason, dict(resp.getheaders()))

    def getparser(self):
        return getparser(use_datetime=self._use_datetime, use_builtin_types=self._use_builtin_types)

    def get_host_info(self, host):
        x509 = {}
        if isinstance(host, tuple):
            host, x509 = host
        userinfo, at, hostport = host.rpartition('@')
        if not at:
            return host, [], x509
        extra = []
        if userinfo:
            import base64
            from urllib.parse import unquote_to_bytes
            token = base64.b64encode(unquote_to_bytes(userinfo)).decode("ascii")
            extra.append(("Authorization", "Basic " + token))
        return hostport, extra, x509

    def _reuse_or_open(self, host, opener):
        known, conn = self._connection
        if conn and known == host:
            return conn
        plain_host, self._extra_headers, x509 = self.get_host_info(host)
        conn = opener(plain_host, x509)
        self._connection = (host, conn)
        return conn

    def make_connection(self, host):
        import http.client
        return self._reuse_or_open(host, lambda h, x509: http.client.HTTPConnection(h))

    def close(self):
        conn = self._connection[1]
        if conn:
            self._connection = (None, None)
            conn.close()

    def send_request(self, host, handler, request_body, debug):
        conn = self.make_connection(host)
        if debug:
            conn.set_debuglevel(1)
        fixed = []
        if self.accept_gzip_encoding:
            # http.client would add its own Accept-Encoding otherwise
            conn.putrequest("POST", handler, skip_accept_encoding=True)
            fixed.append(("Accept-Encoding", "gzip"))
        else:
            conn.putrequest("POST", handler)
        fixed += [("Content-Type", "text/xml"), ("User-Agent", self.user_agent)]
        self.send_headers(conn, self._headers + self._extra_headers + fixed)
        self.send_content(conn, request_body)
        return conn

    def send_headers(self, connection, headers):
        for name, value in headers:
            connection.putheader(name, value)

    def send_content(self, connection, request_body):
        limit = self.encode_threshold
        if limit is not None and len(request_body) > limit:
            connection.putheader("Content-Encoding", "gzip")
            request_body = gzip_encode(request_body)
        connection.putheader("Content-Length", str(len(request_body)))
        connection.endheaders(request_body)

    def parse_response(self, response):
        gzipped = hasattr(response, 'getheader') and response.getheader("Content-Encoding", "") == "gzip"
        source = GzipDecodedResponse(response) if gzipped else response
        parser, target = self.getparser()
        chunk = source.read(1024)
        while chunk:
            if getattr(self, 'verbose', False):
                print("body:", repr(chunk))
            parser.feed(chunk)
            chunk = source.read(1024)
        if gzipped:
            source.close()
        parser.close()
        return target.close()


class SafeTransport(Transport):

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        super().__init__(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
        self.context = context

    def make_connection(self, host):
        import http.client
        if not hasattr(http.client, "HTTPSConnection"):
            raise NotImplementedError("your version of http.client doesn't support HTTPS")

        def opener(h, x509):
            return http.client.HTTPSConnection(h, None, context=self.context, **(x509 or {}))
        return self._reuse_or_open(host, opener)


class _Method:
    # proxy.a.b(args): attribute access extends the dotted name, calling sends

    def __init__(self, send, name):
        self._send = send
        self._dotted = name

    def __getattr__(self, name):
        return _Method(self._send, self._dotted + "." + name)

    def __call__(self, *args):
        return self._send(self._dotted, args)


class ServerProxy:

    def __init__(self, uri, transport=None, encoding=None, verbose=False, allow_none=False,
                 use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        from urllib.parse import urlsplit, urlunsplit
        parts = urlsplit(uri)
        if parts.scheme != "http" and parts.scheme != "https":
            raise OSError("unsupported XML-RPC protocol")
        if transport is None:
            options = dict(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
            if parts.scheme == "https":
                transport = SafeTransport(context=context, **options)
            else:
                transport = Transport(**options)
        # Stored under CPython's mangled private names, which callers use
        # (this compiler does not mangle __names, so they are spelled out).
        self._ServerProxy__host = parts.netloc
        self._ServerProxy__handler = urlunsplit(("", "", parts.path, parts.query, parts.fragment)) or "/RPC2"
        self._ServerProxy__transport = transport
        self._ServerProxy__encoding = encoding or 'utf-8'
        self._ServerProxy__verbose = verbose
        self._ServerProxy__allow_none = allow_none

    def _call_remote(self, methodname, params):
        enc = self._ServerProxy__encoding
        text = dumps(params, methodname, encoding=enc, allow_none=self._ServerProxy__allow_none)
        answer = self._ServerProxy__transport.request(
            self._ServerProxy__host, self._ServerProxy__handler, text.encode(enc, 'xmlcharrefreplace'),
            verbose=self._ServerProxy__verbose)
        # a single result comes back bare, several as the tuple
        return answer[0] if len(answer) == 1 else answer

    def _close_transport(self):
        self._ServerProxy__transport.close()

    def __repr__(self):
        return "<%s for %s%s>" % (type(self).__name__, self._ServerProxy__host, self._ServerProxy__handler)

    __str__ = __repr__

    def __getattr__(self, name):
        return _Method(self._call_remote, name)

    def __call__(self, attr):
        # attribute access is taken by remote methods, so the proxy's own
        # close() and transport are reached by calling it with their name
        if attr == "transport":
            return self._ServerProxy__transport
        if attr == "close":
            return self._close_transport
        raise AttributeError("Attribute %r not found" % (attr,))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._close_transport()
