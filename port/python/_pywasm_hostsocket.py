"""The TCP socket socket.socket() gives when the host allows the network.

pywasm has no sockets: the host makes each HTTP request for us (the
`http.request` host call, urllib/_host.py). Clients that open their own
connection (urllib3, hence requests) still need a socket object, so when
the host allows the network (pywasm --allow-net, allowNet in the library)
an AF_INET/AF_INET6 SOCK_STREAM socket is one of these:

- connect() only records the address: nothing is opened until a request is
  whole, so a refused connection or an unknown name shows up when the
  request is sent (or its answer read), not at connect();
- what is written (send, sendall, makefile('wb')) must be HTTP/1.x
  requests; each one, once complete (Content-Length or chunked framing),
  goes to the host as one exchange (no redirects followed, headers as
  written) and the response's bytes are what recv/recv_into/makefile('rb')
  then read, with a chunked body re-framed as a single chunk;
- after ssl.SSLContext.wrap_socket() the same exchange goes out as HTTPS;
  the host checks the certificate against Node's trusted roots (the
  context's settings are not used);
- http.client's connections (and urllib3's, which subclass them) do not
  write through the socket at all: they hand their request to the host
  directly and only keep the socket as CPython's would be kept. One whose
  socket is one of these sends at getresponse(), when urllib3 has set the
  read timeout (the host has a single timeout per exchange, which then
  bounds connecting too); so with requests a refused connection is a
  ConnectionError caused by ProtocolError('Connection aborted.', ...) and
  not by NewConnectionError;
- poll() sees the socket readable only while response bytes wait, so an
  idle kept-alive connection looks alive; fileno() is -1.
"""
import errno
import uio as _u

import socket as _socket

_allowed = None


def net_allowed():
    """True if the host serves HTTP requests (asked once, with no request)."""
    global _allowed
    if _allowed is None:
        try:
            import _pywasm
            import ujson
            # Arguments the handler refuses before doing anything: a
            # TypeError from it means it is there; no handler, HostCallError.
            answer = ujson.loads(_pywasm.host_call("http.request", "null"))
            _allowed = (answer.get("error") or {}).get("type") != "HostCallError"
        except Exception:
            _allowed = False
    return _allowed


_POLLIN = 0x001
_POLLOUT = 0x004
_MP_STREAM_POLL = 3


def _request_end(buf):
    # -> length of the first whole HTTP request in buf, 0 if not whole yet;
    # ValueError if buf does not start like one.
    head_end = buf.find(b"\r\n\r\n")
    if head_end < 0:
        if len(buf) > 65536 or (buf and not buf[:1].isalpha()):
            raise ValueError
        return 0
    head = bytes(buf[:head_end]).split(b"\r\n")
    parts = head[0].split(b" ")
    if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
        raise ValueError
    length = 0
    chunked = False
    for line in head[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"transfer-encoding" and value.strip().lower().endswith(b"chunked"):
            chunked = True
    at = head_end + 4
    if not chunked:
        return at + length if len(buf) >= at + length else 0
    while True:
        eol = buf.find(b"\r\n", at)
        if eol < 0:
            return 0
        size = int(bytes(buf[at:eol]).split(b";")[0].strip(), 16)
        at = eol + 2
        if size == 0:
            # trailers, then an empty line
            end = buf.find(b"\r\n\r\n", at - 2)
            return end + 4 if end >= 0 else 0
        at += size + 2
        if len(buf) < at:
            return 0


def _split_request(raw):
    # -> (method, target, [(name, value)], body bytes or None)
    head_end = raw.find(b"\r\n\r\n")
    lines = raw[:head_end].decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ")
    headers = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:
            headers[-1] = (headers[-1][0], headers[-1][1] + " " + line.strip())
            continue
        name, _, value = line.partition(":")
        headers.append((name, value.strip()))
    body = raw[head_end + 4:]
    for name, value in headers:
        if name.strip().lower() == "transfer-encoding" and value.lower().endswith("chunked"):
            # The host frames the body itself (it sends chunks when told
            # the request is chunked): give it the data.
            from http._connection import _unchunk
            body = _unchunk(body)[0]
    return method, target, headers, body or None


class _SocketFile:
    # what makefile()'s two ends share: closing one leaves the socket open
    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _Reader(_SocketFile):
    # makefile('rb'): reads what recv() gives.

    def _fill(self):
        return self._sock._pending()

    def read(self, size=-1):
        data = self._fill()
        n = len(data) if size is None or size < 0 else min(size, len(data))
        return self._sock._take(n)

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        data = self._fill()
        end = data.find(b"\n")
        end = len(data) if end < 0 else end + 1
        if limit is not None and 0 <= limit < end:
            end = limit
        return self._sock._take(end)

    def readlines(self, hint=-1):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def readable(self):
        return True


class _Writer(_SocketFile):
    # makefile('wb'): writes go to sendall().

    def write(self, data):
        self._sock.sendall(data)
        return len(data)

    def writable(self):
        return True


class socket(_u.IOBase, _socket.socket):
    # The native IOBase base lets select.poll() register it (see ioctl).
    _host_stream = True

    def __new__(cls, *args, **kwargs):
        return _u.IOBase.__new__(cls)

    def __init__(self, family=_socket.AF_INET, type=_socket.SOCK_STREAM, proto=0, fileno=None):
        self.family = _socket.AddressFamily(family)
        self.type = _socket.SocketKind(type & 0xF)
        self.proto = proto or _socket.IPPROTO_TCP
        self._timeout = _socket.getdefaulttimeout()
        self._peer = None
        self._closed = False
        self._out = bytearray()
        self._in = b""
        self._answered = False  # an exchange was made: b'' is then the end
        self._tls = None        # the server name once wrapped by ssl

    def __repr__(self):
        text = "<socket.socket fd=-1, family=%d, type=%d, proto=%d" % (self.family, self.type, self.proto)
        if self._closed:
            return "<socket.socket [closed] fd=-1, family=%d, type=%d, proto=%d>" % (self.family, self.type, self.proto)
        if self._peer is not None:
            text += ", raddr=%r" % (self._peer,)
        return text + ">"

    def _check_open(self):
        if self._closed:
            raise OSError(errno.EBADF, "Bad file descriptor")

    # -- connection ---------------------------------------------------------
    def connect(self, address):
        self._check_open()
        if self._peer is not None:
            raise OSError(errno.EISCONN, "Transport endpoint is already connected")
        if not isinstance(address, tuple) or len(address) < 2:
            raise TypeError("AF_INET address must be a pair (host, port)")
        host, port = address[0], address[1]
        if not isinstance(port, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
        if not 0 <= port <= 65535:
            raise OverflowError("connect(): port must be 0-65535.")
        self._peer = (host, port)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as exc:
            return exc.errno or errno.EINVAL
        return 0

    def getpeername(self):
        self._check_open()
        if self._peer is None:
            raise OSError(errno.ENOTCONN, "Transport endpoint is not connected")
        return self._peer

    def getsockname(self):
        self._check_open()
        return ("0.0.0.0", 0) if self.family == _socket.AF_INET else ("::", 0, 0, 0)

    def bind(self, address):
        # a client socket only: nothing here can listen, so a server fails
        # where it starts rather than waiting for connections that never come
        self._check_open()
        raise OSError(errno.EOPNOTSUPP, "this socket cannot bind or listen in pywasm (it carries HTTP requests "
                      "through the host)")

    def fileno(self):
        return -1

    def close(self):
        self._closed = True
        self._out = bytearray()
        self._in = b""

    def detach(self):
        self.close()
        return -1

    def shutdown(self, how):
        self._check_open()

    # -- options ------------------------------------------------------------
    def settimeout(self, value):
        if value is not None:
            value = float(value)
            if value < 0:
                raise ValueError("Timeout value out of range")
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    @property
    def timeout(self):
        return self._timeout

    def setsockopt(self, level, option, value, optlen=None):
        self._check_open()

    def getsockopt(self, level, option, buflen=None):
        self._check_open()
        return 0 if buflen is None else bytes(buflen)

    # -- data ---------------------------------------------------------------
    def sendall(self, data, flags=0):
        self._check_open()
        if self._peer is None:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")
        self._out += data if isinstance(data, (bytes, bytearray)) else bytes(data)

    def send(self, data, flags=0):
        self.sendall(data, flags)
        return len(data)

    def _pending(self):
        # The response bytes waiting; runs the exchanges of the whole
        # requests written so far when none are left.
        self._check_open()
        while not self._in and self._out:
            try:
                end = _request_end(self._out)
            except ValueError:
                raise OSError(errno.EPROTONOSUPPORT,
                              "this socket carries only HTTP/1.x requests in pywasm (the host sends them)")
            if not end:
                break
            raw = bytes(self._out[:end])
            del self._out[:end]
            self._in = self._exchange(raw)
            self._answered = True
        return self._in

    def _take(self, n):
        data, self._in = self._in[:n], self._in[n:]
        return data

    def recv(self, bufsize, flags=0):
        if not self._pending() and (self._out or not self._answered):
            # A protocol that reads first (SMTP's greeting) or a request
            # that is not whole would wait forever: say why instead of
            # answering with the b'' of a closed connection.
            raise OSError(errno.EPROTONOSUPPORT,
                          "this socket carries only whole HTTP/1.x requests in pywasm (the host sends them)")
        return self._take(bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if "w" in mode:
            return _Writer(self)
        reader = _Reader(self)
        if "b" in mode:
            return reader
        import io
        return io.TextIOWrapper(io.BytesIO(reader.read()), encoding or "utf-8", errors, newline)

    def ioctl(self, request, arg):
        # select.poll(): writable always, readable when response bytes wait.
        if request == _MP_STREAM_POLL:
            ready = _POLLOUT | (_POLLIN if self._in else 0)
            return arg & ready
        return 0

    def _exchange(self, raw):
        from http._connection import _wire
        from urllib import _host
        from urllib.error import URLError
        method, target, headers, body = _split_request(raw)
        host, port = self._peer
        if ":" in host:
            host = "[%s]" % host
        timeout = self._timeout
        from binascii import b2a_base64
        args = {
            "method": method,
            "url": "%s://%s:%d/" % ("https" if self._tls is not None else "http", host, port),
            "target": target,
            "headers": [[k, v] for k, v in headers],
            "body": b2a_base64(body).decode().rstrip("\n") if body else None,
            "timeout_ms": None if not timeout else max(1, int(timeout * 1000)),
            "redirects": False,
            "exact_headers": True,
        }
        try:
            return _wire(_host._call(args))
        except TimeoutError:
            raise _socket.timeout("timed out")
        except URLError as exc:
            reason = exc.reason
        if isinstance(reason, OSError):
            raise reason
        if reason == "Remote end closed connection without response":
            return b""
        if reason.startswith("[SSL"):
            from http._connection import _tls_error
            raise _tls_error(reason)
        raise OSError(reason)


socket.__module__ = "socket"
HostSocket = socket


class _TLSMethods:
    # What an ssl.SSLSocket adds to a socket. The host verified the
    # certificate; its details do not come back to the guest.

    def getpeercert(self, binary_form=False):
        self._check_open()
        return None if binary_form else {}

    def version(self):
        return None

    def cipher(self):
        return None

    def shared_ciphers(self):
        return None

    def compression(self):
        return None

    def selected_alpn_protocol(self):
        return None

    def selected_npn_protocol(self):
        return None

    def do_handshake(self, block=False):
        self._check_open()

    def pending(self):
        return len(self._in)

    def unwrap(self):
        raise OSError("TLS shutdown (unwrap) is not available in pywasm")

    def read(self, size=1024, buffer=None):
        data = self.recv(size)
        if buffer is None:
            return data
        buffer[:len(data)] = data
        return len(data)

    def write(self, data):
        return self.send(data)


def _ssl_socket_class():
    # Built on first use, with ssl.SSLSocket as a base so that isinstance()
    # checks pass, without importing ssl for plain HTTP.
    global _SSLSocketClass
    if _SSLSocketClass is None:
        import ssl
        _SSLSocketClass = type("SSLSocket", (HostSocket, _TLSMethods, ssl.SSLSocket), {"__module__": "ssl"})
    return _SSLSocketClass


_SSLSocketClass = None


def wrap(sock, context, server_hostname):
    """ssl.SSLContext.wrap_socket() for a HostSocket: a new socket carrying the
    same connection as HTTPS; the old one is detached (closed), as in CPython."""
    cls = _ssl_socket_class()
    new = cls.__new__(cls)
    HostSocket.__init__(new, sock.family, sock.type, sock.proto)
    new._timeout = sock._timeout
    new._peer = sock._peer
    new._out = sock._out
    new._tls = server_hostname or ""
    new.context = context
    new.server_hostname = server_hostname
    new.server_side = False
    sock._closed = True
    sock._out = bytearray()
    return new
