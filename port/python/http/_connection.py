"""HTTPConnection and HTTPSConnection for http.client (which says what
they do and do not): a request is written as CPython writes it, and the
host (urllib/_host.py) sends it once it is whole."""
from binascii import a2b_base64, b2a_base64

from http._errors import (
    CannotSendHeader, CannotSendRequest, InvalidURL, RemoteDisconnected, ResponseNotReady)
from http._response import HTTPResponse

HTTP_PORT = 80
HTTPS_PORT = 443

_CS_IDLE = "Idle"
_CS_REQ_STARTED = "Request-started"
_CS_REQ_SENT = "Request-sent"

_METHODS_EXPECTING_BODY = {"PATCH", "POST", "PUT"}

# socket._GLOBAL_DEFAULT_TIMEOUT (pywasm has no socket module): no timeout
# given, which means none.
_GLOBAL_DEFAULT_TIMEOUT = object()

_REMOTE_CLOSED = "Remote end closed connection without response"


# -- checks on what is sent ---------------------------------------------------
def _control_char(text, upto):
    # The first character at or below `upto` (or DEL when upto is a space).
    for ch in text:
        if ch <= upto or (upto == " " and ch == "\x7f"):
            return ch
    return None


def _check_url(url):
    bad = _control_char(url, " ")
    if bad is not None:
        raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (url, bad))


def _legal_header_name(name):
    # Not empty, no colon or line break, not starting with white space.
    if not name or name[0] in b" \t\n\r\f\v:":
        return False
    return not any(c in b":\r\n" for c in name)


def _illegal_header_value(value):
    # A line break is allowed only as the fold of a value: followed by a
    # space or tab (CR also by LF).
    for i, c in enumerate(value):
        after = value[i + 1:i + 2]
        if c == 10 and (not after or after not in b" \t"):
            return True
        if c == 13 and (not after or after not in b" \t\n"):
            return True
    return False


def _latin1(text, name):
    # A str body goes out as ISO-8859-1; anything else is refused with
    # CPython's advice (as the message of a UnicodeEncodeError).
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    start = 0
    while ord(text[start]) < 256:
        start += 1
    end = start
    while end < len(text) and ord(text[end]) >= 256:
        end += 1
    code = ord(text[start])
    where = ("character '\\u%04x' in position %d" if code < 0x10000 else "character '\\U%08x' in position %d") % (code, start)
    if end - start > 1:
        where = "characters in position %d-%d" % (start, end - 1)
    raise UnicodeEncodeError(
        "'latin-1' codec can't encode %s: %s (%.20r) is not valid Latin-1. "
        "Use %s.encode('utf-8') if you want to send it encoded in UTF-8." % (where, name.title(), text[start:end], name))


def _strip_ipv6_zone(host):
    # b'[fe80::1%eth0]...' -> b'[fe80::1]' (what follows the zone goes too, as in CPython).
    i = host.find(b"%")
    if i >= 0 and host.startswith(b"["):
        host = host[:i] + b"]"
    return host


def _ascii_host(host):
    try:
        return host.encode("ascii")
    except UnicodeEncodeError:
        return host.encode("idna")


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    try:
        if isinstance(data, str):
            raise TypeError
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _unchunk(data):
    # A chunked body as sent -> (its data, whether its last chunk is there).
    # A body that is not chunked after all goes as it stands.
    out = []
    at = 0
    while True:
        eol = data.find(b"\n", at)
        if eol < 0:
            return b"".join(out), False
        try:
            size = int(data[at:eol].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return data, True
        if size == 0:
            return b"".join(out), True
        piece = data[eol + 1:eol + 1 + size]
        out.append(piece)
        if len(piece) < size:
            return b"".join(out), False
        at = eol + 1 + size + 2


class _Answer:
    # The response as the bytes a socket would have given: HTTPResponse
    # reads it through makefile() as it reads a socket.
    def __init__(self, data):
        self._data = data

    def makefile(self, mode="rb"):
        import io
        return io.BytesIO(self._data)


def _wire(answer):
    # The host's answer -> status line, headers and body as on the wire; a
    # chunked body (which the host has joined) as a single chunk.
    head = ["HTTP/%s %d %s\r\n" % (answer.get("version") or "1.1", answer["status"], answer["reason"])]
    chunked = False
    for name, value in answer["headers"]:
        head.append("%s: %s\r\n" % (name, value))
        if name.lower() == "transfer-encoding" and value.lower().rstrip().endswith("chunked"):
            chunked = True
    head.append("\r\n")
    body = a2b_base64(answer["body"])
    if chunked:
        body = (("%X\r\n" % len(body)).encode() + body + b"\r\n" if body else b"") + b"0\r\n\r\n"
    return "".join(head).encode("latin-1") + body


def _host_exchange(args):
    # -> ("ok", wire bytes) or ("error", the exception getresponse() raises).
    # What fails before the request is out (refused, unknown host, timeout
    # while connecting, network off) raises here, as CPython's connect does.
    from urllib import _host
    from urllib.error import URLError
    try:
        return "ok", _wire(_host._call(args))
    except TimeoutError as exc:
        # The host's "no answer in time": raised by getresponse() in CPython.
        return "error", exc
    except URLError as exc:
        reason = exc.reason
    if isinstance(reason, OSError):
        raise reason
    if reason == _REMOTE_CLOSED:
        return "error", RemoteDisconnected(reason)
    if reason.startswith("[SSL"):
        raise _tls_error(reason)
    if reason == _host.NETWORK_OFF or reason.startswith("unknown url type"):
        raise OSError(reason)
    return "error", OSError(reason)


def _tls_error(reason):
    # The host's TLS failure as the ssl exception CPython's handshake
    # raises (urllib3, hence requests, turns it into its SSLError).
    import ssl
    if reason.startswith("[SSL: CERTIFICATE_VERIFY_FAILED]"):
        exc = ssl.SSLCertVerificationError(1, reason)
        exc.verify_code = None
        exc.verify_message = reason.partition("certificate verify failed: ")[2]
        return exc
    return ssl.SSLError(1, reason)


class HTTPConnection:
    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    _scheme = "http"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._response = None
        self._state = _CS_IDLE
        self._method = None
        self._reset_request()
        self.host, self.port = self._get_hostport(host, port)
        _check_url(self.host)

    def _reset_request(self):
        self._headers = []      # (name, value) as bytes, as they go out
        self._target = None
        self._body = []         # what was sent after the headers
        self._headers_sent = False
        self._answer = None     # ("ok", bytes) / ("error", exc) / ("lost", None)

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(":")
            if colon > host.rfind("]"):
                given = host[colon + 1:]
                if given == "":
                    port = self.default_port
                else:
                    try:
                        port = int(given)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % given)
                host = host[:colon]
            else:
                port = self.default_port
        if host[:1] == "[" and host[-1:] == "]":
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError("http.client: set_tunnel (a CONNECT proxy) is not supported in pywasm")

    def connect(self):
        # The host opens a connection for each request it sends.
        pass

    def close(self):
        self._state = _CS_IDLE
        self._answer = None
        response, self._response = self._response, None
        if response:
            response.close()

    # -- writing a request ----------------------------------------------------
    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._response and self._response.isclosed():
            self._response = None
        if self._state != _CS_IDLE:
            raise CannotSendRequest(self._state)
        self._state = _CS_REQ_STARTED
        self._reset_request()
        bad = _control_char(method, "\x1f")
        if bad is not None:
            raise ValueError("method can't contain control characters. %r (found at least %r)" % (method, bad))
        self._method = method
        url = url or "/"
        _check_url(url)
        self._buffer = [("%s %s %s" % (method, url, self._http_vsn_str)).encode("ascii")]
        self._target = url
        if not skip_host:
            self.putheader("Host", self._host_header(url))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def _host_header(self, url):
        if url.startswith("http"):
            from urllib.parse import urlsplit
            netloc = urlsplit(url)[1]
            if netloc:
                return _strip_ipv6_zone(_ascii_host(netloc))
        host = _ascii_host(self.host)
        if ":" in self.host:
            host = b"[" + host + b"]"
        host = _strip_ipv6_zone(host)
        if self.port == self.default_port:
            return host
        return "%s:%s" % (host.decode("ascii"), self.port)

    def putheader(self, header, *values):
        if self._state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, "encode"):
            header = header.encode("ascii")
        if not _legal_header_name(header):
            raise ValueError("Invalid header name %r" % (header,))
        values = list(values)
        for i, value in enumerate(values):
            if hasattr(value, "encode"):
                values[i] = value = value.encode("latin-1")
            elif isinstance(value, int):
                values[i] = value = str(value).encode("ascii")
            if _illegal_header_value(value):
                raise ValueError("Invalid header value %r" % (value,))
        value = b"\r\n\t".join(values)
        self._buffer.append(header + b": " + value)
        self._headers.append((header, value))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self._state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked)

    def _open(self):
        # As CPython's send(): connect() first when there is no socket. Ours
        # makes none (the host connects for each request), but a subclass
        # that opens its own (urllib3's, through socket.create_connection)
        # gets to, and keeps it as it would in CPython.
        if self.sock is None and self.auto_open:
            self.connect()

    def _send_output(self, message_body=None, encode_chunked=False):
        self._open()
        block = b"\r\n".join(self._buffer + [b"", b""])
        self._buffer = []
        self._write(block)
        self._headers_sent = True
        if message_body is not None:
            for chunk in self._pieces(message_body):
                if not chunk:
                    if self.debuglevel > 0:
                        print("Zero length chunk ignored")
                    continue
                if encode_chunked:
                    chunk = ("%X\r\n" % len(chunk)).encode("ascii") + _as_bytes(chunk) + b"\r\n"
                self._write(chunk)
            if encode_chunked:
                self._write(b"0\r\n\r\n")
        self._send_if_whole()

    def _pieces(self, body):
        if hasattr(body, "read"):
            return self._blocks(body)
        if isinstance(body, (bytes, bytearray)):
            return (body,)
        if isinstance(body, str):
            return iter(body)
        try:
            memoryview(body)
            return (body,)
        except TypeError:
            pass
        try:
            return iter(body)
        except TypeError:
            raise TypeError("message_body should be a bytes-like object or an iterable, got %r" % type(body))

    def _blocks(self, readable):
        # A file object in blocks; text goes out as ISO-8859-1.
        while True:
            data = readable.read(self.blocksize)
            if not data:
                return
            yield data.encode("iso-8859-1") if isinstance(data, str) else data

    def send(self, data):
        """Send data after the headers (the request body, or part of it)."""
        self._open()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            for block in self._blocks(data):
                self._write(block, False)
        else:
            try:
                self._write(data, False)
            except TypeError:
                try:
                    pieces = iter(data)
                except TypeError:
                    raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))
                for piece in pieces:
                    self._write(piece, False)
        self._send_if_whole()

    def _write(self, data, show=True):
        data = _as_bytes(data)
        if show and self.debuglevel > 0:
            print("send:", repr(data))
        if self._headers_sent and self._answer is None:
            self._body.append(data)

    def _header(self, name):
        for key, value in self._headers:
            if key.lower() == name:
                return value
        return None

    def _is_chunked(self):
        return (self._header(b"transfer-encoding") or b"").lower().rstrip().endswith(b"chunked")

    def _whole_body(self):
        # -> (body bytes, whether the headers say it is all there).
        body = b"".join(self._body)
        if self._is_chunked():
            return _unchunk(body)
        try:
            length = int(self._header(b"content-length"))
        except (TypeError, ValueError):
            return body, True
        return body[:length], len(body) >= length

    def _send_if_whole(self):
        if getattr(self.sock, "_host_stream", False):
            # A subclass's own socket (urllib3's): sent by getresponse(),
            # which urllib3 calls with the read timeout set (the one set
            # while the request is written is the connect timeout). The
            # host has one timeout per exchange: the read timeout then
            # bounds connecting too.
            return
        if self._state == _CS_REQ_SENT and self._headers_sent and self._answer is None and self._whole_body()[1]:
            self._transmit()

    def _transmit(self):
        body = self._whole_body()[0]
        host = "[%s]" % self.host if ":" in self.host else self.host
        timeout = self.timeout
        if not isinstance(timeout, (int, float)):
            # ours or socket's _GLOBAL_DEFAULT_TIMEOUT (or a subclass's own
            # "default" marker): no timeout
            timeout = None

        # From here a failure leaves no socket, as a failed connect does.
        self._answer = ("lost", None)
        port = int(self.port)
        if not 0 <= port <= 65535:
            raise OverflowError("connect(): port must be 0-65535.")
        args = {
            "method": self._method,
            "url": "%s://%s:%d/" % (self._wire_scheme(), host, port),
            "target": self._target,
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in self._headers],
            "body": b2a_base64(body).decode().rstrip("\n") if body else None,
            "timeout_ms": None if timeout is None else max(1, int(timeout * 1000)),
            "redirects": False,
            "exact_headers": True,
        }
        self._answer = _host_exchange(args)

    def _wire_scheme(self):
        # A subclass that wraps its socket with ssl (urllib3's HTTPS
        # connection subclasses HTTPConnection) speaks HTTPS.
        if getattr(self.sock, "_tls", None) is not None:
            return "https"
        return self._scheme

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a request: the host sends it once its body is complete."""
        names = set(k.lower() for k in headers)
        self.putrequest(method, url, skip_host="host" in names, skip_accept_encoding="accept-encoding" in names)
        if "content-length" in names:
            encode_chunked = False
        elif "transfer-encoding" not in names:
            encode_chunked = False
            length = self._content_length(body, method)
            if length is not None:
                self.putheader("Content-Length", str(length))
            elif body is not None:
                if self.debuglevel > 0:
                    print("Unable to determine size of %r" % (body,))
                encode_chunked = True
                self.putheader("Transfer-Encoding", "chunked")
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _latin1(body, "body")
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _content_length(body, method):
        # None when it cannot be known ahead (a file, an iterable): chunked.
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, "read"):
            return None
        if isinstance(body, (str, bytes, bytearray)):
            return len(body)
        try:
            return len(bytes(memoryview(body)))
        except TypeError:
            return None

    # -- the response ---------------------------------------------------------
    def getresponse(self):
        if self._response and self._response.isclosed():
            self._response = None
        if self._state != _CS_REQ_SENT or self._response:
            raise ResponseNotReady(self._state)
        if self._answer is None:
            # Sent now: the body never became whole (or had no length).
            self._transmit()
        kind, answer = self._answer
        if kind == "lost":
            # As CPython after a failed connect: there is no socket to read.
            raise AttributeError("'NoneType' object has no attribute 'makefile'")
        if kind == "error":
            if isinstance(answer, ConnectionError):
                self.close()
            raise answer
        if self.debuglevel > 0:
            response = self.response_class(_Answer(answer), self.debuglevel, method=self._method)
        else:
            response = self.response_class(_Answer(answer), method=self._method)
        try:
            response.begin()
        except BaseException:
            response.close()
            raise
        self._state = _CS_IDLE
        if response.will_close:
            self.close()
        else:
            self._response = response
        return response


class HTTPSConnection(HTTPConnection):
    """HTTP over TLS; the host verifies the server's certificate with
    Node's trusted roots (`context` and `check_hostname` are accepted and
    not used)."""
    _scheme = "https"
    default_port = HTTPS_PORT

    def __init__(self, host, port=None, key_file=None, cert_file=None, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, *, context=None, check_hostname=None, blocksize=8192):
        if key_file is not None or cert_file is not None:
            raise NotImplementedError("http.client: client certificates (key_file, cert_file) are not supported in pywasm")
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)
        self.key_file = key_file
        self.cert_file = cert_file
