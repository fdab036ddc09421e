# http.client without a network: HTTPResponse parsing the bytes of a fake
# socket (status lines, headers, each body framing, reading in pieces,
# when it closes, the errors), the responses table, the exceptions, and
# what HTTPConnection checks before anything is sent.
import http.client as hc
import io


class FakeSocket:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return io.BufferedReader(io.BytesIO(self.data))


def parse(raw, method=None):
    r = hc.HTTPResponse(FakeSocket(raw), method=method)
    try:
        r.begin()
    except Exception as e:
        print("begin:", type(e).__name__, repr(e)[:90])
        return None
    print(r.status, repr(r.reason), r.version, r.length, r.chunked, r.will_close, r.getheaders())
    return r


def attempt(what, f):
    try:
        print(what, "->", repr(f()))
    except Exception as e:
        print(what, "->", type(e).__name__, e)


print("-- headers")
r = parse(b"HTTP/1.1 200 OK\r\nX: a\r\n b\r\nY:  c  \r\nbad line\r\nZ: z\r\nContent-Length: 5\r\n\r\nhello world")
print(repr(r.headers["X"]), repr(r.headers["Y"]), r.headers.get("Z"), r.read(), r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nset-cookie: b\r\nX: \xe9\r\n\r\n")
print(r.getheader("SET-COOKIE"), r.headers["x"], r.getheader("nope", ["d", "e"]), r.getheader("nope", "dflt"), r.getheader("nope", 5))
print(r.headers.get_all("set-cookie"), r.msg is r.headers, r.info() is r.headers, r.code, r.getcode())

print("-- status lines")
for raw in (b"", b"HTTPS/1.1 200 OK\r\n\r\n", b"HTTP/1.1 2000 OK\r\n\r\n", b"HTTP/1.1 99 OK\r\n\r\n",
            b"HTTP/1.1 abc OK\r\n\r\n", b"HTTP/2.0 200 OK\r\n\r\n", b"garbage\r\n\r\n", b"HTTP/1.1\r\n\r\n",
            b"HTTP/1.1 200\r\n\r\n", b"HTTP/1.1 200 Very  Good  \r\n\r\n", b"HTTP/1.1 200 OK\n\n",
            b"HTTP/1.0 404\r\n\r\n", b"HTTP/0.9 200 OK\r\n\r\n",
            b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 101 + b"\r\n",
            b"HTTP/1.1 200 OK\r\nX: " + b"y" * 70000 + b"\r\n\r\n",
            b"HTTP/1.1 200 " + b"y" * 70000 + b"\r\n\r\n"):
    parse(raw)

print("-- framing")
parse(b"HTTP/1.1 100 Continue\r\nX: 1\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 3\r\n\r\n")
print(parse(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc", method="HEAD").read())
parse(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 3\r\n\r\n")
parse(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nabc")
parse(b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\nabc")
parse(b"HTTP/1.0 200 OK\r\nKeep-Alive: timeout=5\r\nContent-Length: 3\r\n\r\nabc")
parse(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nabc")
parse(b"HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\nabc")
parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\nabc")
parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n")

print("-- reading chunks")
CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nTrailer: x\r\n\r\n"
r = parse(CHUNKED)
print(r.read1(10), r.read(2), r.chunk_left, r.read(2), r.isclosed(), r.read(5), r.isclosed())
r = parse(CHUNKED)
print(r.read(7), r.isclosed(), r.read(), r.isclosed())
r = parse(CHUNKED)
print(r.read(3), r.isclosed(), r.read(4), r.isclosed(), r.read(4), r.isclosed())
r = parse(CHUNKED)
b = bytearray(5)
print(r.readinto(b), b, r.readinto(b), b, r.readinto(b), r.isclosed())
r = parse(CHUNKED)
print(r.read1(), r.read1(), r.read1(), r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na\nc\r\n4\r\nd\nfg\r\n0\r\n\r\n")
print(r.readline(), r.readline(), r.readline(1), r.readline(), r.readline(), r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\nzz\r\n\r\n")
attempt("bad size", r.read)
print(r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\nde")
attempt("torn chunk", r.read)

print("-- reading by length and to the end")
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
attempt("short", r.read)
print(r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
print(r.read(5), r.length, r.read(5), r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
print(r.read(-1), r.length, r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab\ncdef")
print(r.readline(), r.readline(), r.readline(), r.length, r.isclosed(), r.read(), r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab\ncdef")
print(r.read(0), r.readline(0), r.read1(0), r.isclosed(), r.read1(-1), r.isclosed(), r.read1(), r.isclosed())
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nl1\nl2\nl3extra")
print(list(r), r.length, r.isclosed())
r = parse(b"HTTP/1.0 200 OK\r\n\r\nto the\nend")
print(r.readlines(), r.isclosed(), r.read(), r.isclosed())
r = parse(b"HTTP/1.0 200 OK\r\n\r\nto the end")
print(r.read(6), r.read(), r.isclosed(), r.closed)
r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody")
with r:
    print(r.readable(), r.closed, r.isclosed())
print(r.closed, r.isclosed(), r.read(), r.readline(), r.read1(), r.readinto(bytearray(2)))
attempt("fileno when closed", r.fileno)
print(isinstance(r, io.BufferedIOBase))

print("-- before begin()")
r = hc.HTTPResponse(FakeSocket(b""))
attempt("getheader", lambda: r.getheader("x"))
attempt("getheaders", r.getheaders)
print(r.status, r.version, r.reason, r.length, r.chunked, r.will_close, r.headers, r.isclosed(), r.closed)

print("-- parse_headers")
m = hc.parse_headers(io.BytesIO(b"A: 1\r\nb: 2\r\nA: 3\r\n\r\nbody"))
print(type(m).__name__, isinstance(m, hc.HTTPMessage), m.items(), m.get_all("a"), m["B"], len(m), "a" in m)
attempt("too many", lambda: hc.parse_headers(io.BytesIO(b"X: y\r\n" * 101 + b"\r\n")))

print("-- the module")
print(hc.responses[404], hc.responses[418], len(hc.responses), hc.responses.get(299), hc.HTTP_PORT, hc.HTTPS_PORT)
print(hc.NOT_FOUND, repr(hc.OK), hc.OK is hc.HTTPStatus.OK if hasattr(hc, "HTTPStatus") else True, hc.error is hc.HTTPException)
print(sorted(hc.__all__))
for name in ("HTTPException", "NotConnected", "InvalidURL", "UnknownProtocol", "UnknownTransferEncoding",
             "UnimplementedFileMode", "IncompleteRead", "ImproperConnectionState", "CannotSendRequest",
             "CannotSendHeader", "ResponseNotReady", "BadStatusLine", "LineTooLong", "RemoteDisconnected"):
    cls = getattr(hc, name)
    print(name, issubclass(cls, hc.HTTPException), issubclass(cls, OSError), issubclass(cls, hc.ImproperConnectionState))
e = hc.RemoteDisconnected("Remote end closed connection without response")
print(repr(e), e, e.args, isinstance(e, ConnectionResetError), isinstance(e, hc.BadStatusLine))
print(repr(hc.IncompleteRead(b"ab")), hc.IncompleteRead(b"ab", 5), hc.IncompleteRead(b"ab", 5).partial, hc.IncompleteRead(b"ab", 5).expected)
print(repr(hc.BadStatusLine("")), hc.BadStatusLine("x").line, repr(hc.LineTooLong("header line")), hc.UnknownProtocol("HTTP/2").version)
print(repr(hc.ResponseNotReady("Idle")), repr(hc.CannotSendHeader()), str(hc.CannotSendRequest("Request-sent")))

print("-- a connection, before anything is sent")
c = hc.HTTPConnection("example.com", 8080, timeout=2.5)
print(c.host, c.port, c.timeout, c.debuglevel, c.default_port, c.sock, c.auto_open, c.response_class is hc.HTTPResponse)
attempt("getresponse", c.getresponse)
attempt("putheader", lambda: c.putheader("X", "y"))
attempt("endheaders", c.endheaders)
attempt("bad method", lambda: c.putrequest("GET\r\n", "/"))
attempt("then", lambda: c.putrequest("GET", "/"))
c.close()
c.putrequest("GET", "/")
attempt("twice", lambda: c.putrequest("GET", "/"))
attempt("name with colon", lambda: c.putheader("X:Y", "v"))
attempt("name with space first", lambda: c.putheader(" X", "v"))
attempt("name with inner space", lambda: c.putheader("X Y", "v"))
attempt("value with LF", lambda: c.putheader("X", "a\nb"))
attempt("value with CR", lambda: c.putheader("X", "a\rb"))
attempt("value ending LF", lambda: c.putheader("X", "a\n"))
attempt("folded value", lambda: c.putheader("X", "a\r\n b"))
attempt("several values", lambda: c.putheader("X", "a", b"b", 3))
attempt("euro value", lambda: c.putheader("X", "\u20ac"))
attempt("euro name", lambda: c.putheader("\u20ac", "v"))
c.close()
for spec, port in (("example.com", None), ("example.com:81", None), ("example.com:", None), ("[::1]:8080", None),
                   ("[::1]", None), ("::1", None), ("h:x", None), ("h:99999", None), ("h", 5), ("h:1", 2),
                   ("bad\thost", None), ("[v6]:x", None)):
    attempt("%s %s" % (spec, port), lambda: (lambda k: (k.host, k.port))(hc.HTTPConnection(spec, port)))
s = hc.HTTPSConnection("example.com")
print(s.host, s.port, s.default_port, isinstance(s, hc.HTTPConnection))
