"""http.client: HTTPConnection and HTTPSConnection over the host's HTTP
(the sandbox has no sockets; urllib/_host.py makes each exchange through
the `http.request` host call, which needs pywasm --allow-net).

A request is written as with CPython (request(), or putrequest, putheader,
endheaders and send) with the same checks, headers (Host, Accept-Encoding:
identity, Content-Length or Transfer-Encoding: chunked, nothing else) and
bodies (str as ISO-8859-1, bytes-like, a file object, an iterable sent in
chunks). The host sends it once it is whole: at endheaders() when the
headers say no more body follows, else at the send() that completes it,
else at getresponse(). So a refused connection, an unknown host or a
timeout while connecting raise from request(), as in CPython; a timeout
waiting for the answer and a server that closes without one raise from
getresponse(). getresponse() returns whatever status came (a 3xx is not
followed, a 4xx or 5xx raises nothing) as an HTTPResponse read from memory,
closing itself as CPython's does. The same rules as CPython's decide when a
request may be sent and a response read (CannotSendRequest,
ResponseNotReady); one connection serves requests one after another (the
host may open a new connection for each). HTTPResponse and parse_headers
also parse the bytes of any object with makefile(), as in CPython.

Not as in CPython: there is no socket (sock stays None, connect() does
nothing, fileno() raises io.UnsupportedOperation). connect() is still
called before the request goes out when sock is None, as CPython's send()
does, so a subclass that opens its own socket there (urllib3, through
socket.create_connection: the host's stand-in socket when it allows the
network) keeps it; the host sends the request all the same (then at
getresponse(), once the read timeout is set), as HTTPS if that socket was
wrapped by ssl. HTTPS certificates are verified by the
host with Node's trusted roots, whatever `context` says (a failure raises
ssl.SSLCertVerificationError);
source_address is ignored; Node refuses (ValueError from request()) a
method or header name that is not an HTTP token and a folded header value,
which CPython would send; an unknown host raises OSError(-2, ...) where
CPython raises socket.gaierror. set_tunnel (proxies) and client
certificates (key_file, cert_file) raise NotImplementedError."""
from http import HTTPStatus
from http._errors import (
    BadStatusLine, CannotSendHeader, CannotSendRequest, HTTPException, ImproperConnectionState,
    IncompleteRead, InvalidURL, LineTooLong, NotConnected, RemoteDisconnected, ResponseNotReady,
    UnimplementedFileMode, UnknownProtocol, UnknownTransferEncoding, error)
from http._connection import (
    HTTPConnection, HTTPSConnection, HTTP_PORT, HTTPS_PORT, _CS_IDLE, _CS_REQ_SENT, _CS_REQ_STARTED,
    _GLOBAL_DEFAULT_TIMEOUT, _METHODS_EXPECTING_BODY)
from http._response import HTTPResponse, parse_headers, _MAXHEADERS, _MAXLINE, _UNKNOWN
from urllib._message import HTTPMessage

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses", "HTTPSConnection"]

# The status names as module constants (http.client.NOT_FOUND), and the
# phrase of each status.
globals().update(HTTPStatus.__members__)
responses = {status: status.phrase for status in HTTPStatus.__members__.values()}
