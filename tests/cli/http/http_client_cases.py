# http.client against tests/support/servers/echo.js. Runs under CPython
# and under pywasm (--allow-net); tests/cli/http.test.js compares the two.
# Usage: http_client_cases.py BASE_URL REFUSED_PORT
import contextlib
import http
import http.client
import io
import json
import sys
from base64 import b64decode
from http import HTTPStatus
from http.client import HTTPConnection

BASE, REFUSED = sys.argv[1], int(sys.argv[2])
HOST, PORT = BASE[len("http://"):].split(":")
PORT = int(PORT)


def seen(response):
    # What the server received, from its echo: method, target, headers (the
    # test's port hidden), body.
    echo = json.loads(response.read())
    headers = [[k, v.replace(str(PORT), "PORT")] for k, v in echo["headers"]]
    return echo["method"], echo["target"].replace(str(PORT), "PORT"), headers, b64decode(echo["body"])


def answer_headers(response):
    return [(k, v) for k, v in response.getheaders() if k.lower() != "date"]


def attempt(what, f):
    try:
        print(what, "->", repr(f()))
    except Exception as e:
        print(what, "->", type(e).__name__, str(e).replace(str(PORT), "PORT"))


conn = HTTPConnection(HOST, PORT)
print(conn.host == HOST, conn.port == PORT, conn.debuglevel, conn.default_port, conn.sock)

print("-- GET and the response")
conn.request("GET", "/echo?x=1&y=%C3%BC")
r = conn.getresponse()
print(r.status, r.reason, r.version, r.code, r.getcode(), r.msg is r.headers, type(r.msg).__name__, r.info() is r.headers)
print(r.length, r.chunked, r.will_close, r.closed, r.isclosed(), r.readable())
print(answer_headers(r))
print(r.getheader("X-Multi"), r.getheader("x-multi"), r.getheader("missing"), r.getheader("missing", "default"))
print(r.headers.get_all("X-MULTI"), r.headers["content-type"], r.headers.get("nope"), "x-multi" in r.headers)
print(seen(r))
print(r.closed, r.isclosed(), r.read(), r.length)

print("-- methods, on one connection")
for method in ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"):
    conn.request(method, "/echo")
    r = conn.getresponse()
    if method == "HEAD":
        print(method, r.status, r.length, r.getheader("Content-Type"), r.read(), r.isclosed())
    else:
        print(method, r.status, seen(r))

print("-- headers out")
conn.request("GET", "/echo", headers={"X-Custom": "v", "X-Number": 42, "Accept": "*/*"})
print(seen(conn.getresponse()))
conn.request("GET", "/echo", headers={"Host": "example.org", "Accept-Encoding": "gzip", "User-Agent": "mine/1.0"})
print(seen(conn.getresponse()))
conn.request("GET", "/echo", headers={b"X-Bytes": b"raw \xe9", "X-Latin": "caf\xe9"})
print(seen(conn.getresponse()))
conn.putrequest("GET", "/echo?manual=1", skip_accept_encoding=True)
conn.putheader("X-One", "1")
conn.putheader(b"X-Two", 2)
conn.endheaders()
print(seen(conn.getresponse()))
conn.putrequest("GET", "/echo", skip_host=True)
conn.putheader("Host", "given.example:8080")
conn.endheaders()
print(seen(conn.getresponse()))
# The request-target goes as written: not normalised, not re-escaped.
for target in ("/echo?a|b&c=%7e&d=%41", "/x/../echo?dots", "http://%s:%d/echo?absolute=1" % (HOST, PORT), ""):
    conn.request("GET", target or "/")
    r = conn.getresponse()
    body = r.read()
    print(repr(target.replace(str(PORT), "PORT")), r.status, body if target == "" else json.loads(body)["target"].replace(str(PORT), "PORT"))

print("-- bodies")


def gen():
    yield b"gen"
    yield b""
    yield b"erated"


bodies = [
    ("bytes", b"a=1&b=2"),
    ("str", "caf\xe9 latin-1"),
    ("bytearray", bytearray(b"\x00\xff")),
    ("memoryview", memoryview(b"view")),
    ("empty", b""),
    ("BytesIO", io.BytesIO(b"from a file " * 3)),
    ("StringIO", io.StringIO("text file \xe9")),
    ("list", [b"it", b"er", b"able"]),
    ("tuple", (b"t", b"u")),
    ("generator", gen()),
]
for name, body in bodies:
    conn.request("POST", "/echo", body=body, headers={"Content-Type": "application/octet-stream"})
    print(name, seen(conn.getresponse()))
conn.request("PUT", "/echo", body=b"abc", encode_chunked=True)
print("encode_chunked with a length", seen(conn.getresponse()))
conn.request("PUT", "/echo", body=[b"ab", b"cd"], headers={"Transfer-Encoding": "chunked"}, encode_chunked=True)
print("own Transfer-Encoding", seen(conn.getresponse()))
conn.request("POST", "/echo", body=io.BytesIO(b"sized file"), headers={"Content-Length": "10"})
print("own Content-Length", seen(conn.getresponse()))
conn.putrequest("POST", "/echo")
conn.putheader("Content-Length", "9")
conn.endheaders()
conn.send(b"sent ")
conn.send([b"in", b" "])
conn.send(io.BytesIO(b"3"))
print("send()", seen(conn.getresponse()))
conn.putrequest("POST", "/echo")
conn.putheader("Transfer-Encoding", "chunked")
conn.endheaders(b"5\r\nframe\r\n")
conn.send(b"3\r\nd\r\n\r\n0\r\n\r\n")
print("framed by hand", seen(conn.getresponse()))
conn.putrequest("POST", "/echo")
conn.putheader("Content-Length", "4")
conn.endheaders(b"body")
print("endheaders(body)", seen(conn.getresponse()))
payload = bytes(range(256)) * 4
conn.request("POST", "/bytes", payload)
data = conn.getresponse().read()
print("every byte", len(data), data[:256] == bytes(range(256)), data[256:] == payload)

print("-- statuses are returned, redirects are not followed")
for method, target in (("GET", "/status?code=404&reason=Nope"), ("DELETE", "/status?code=500"),
                       ("GET", "/status?code=418"), ("GET", "/redirect?code=302"),
                       ("POST", "/redirect?code=301&to=/elsewhere"), ("GET", "/redirect?code=307&hops=3"),
                       ("GET", "/loop")):
    conn.request(method, target)
    r = conn.getresponse()
    print(method, target, r.status, repr(r.reason), r.getheader("Location"), r.getheader("X-Error"), r.read())
    print("  ", r.status == HTTPStatus(r.status), HTTPStatus(r.status).phrase, http.client.responses[r.status])

print("-- reading in pieces")
for by in ("length", "chunked", "close"):
    conn.request("GET", "/framing?by=" + by)
    r = conn.getresponse()
    print(by, r.length, r.chunked, r.will_close)
    print(" ", r.read(3), r.length, r.readline(), r.readline(2), r.length, r.read1(3), r.length)
    buf = bytearray(4)
    print(" ", r.readinto(buf), buf, r.length, r.readline(), list(r), r.length, r.isclosed())
    print(" ", r.read(), r.read(5), r.readline(), r.isclosed(), r.closed)
for by in ("length", "chunked", "close"):
    conn.request("GET", "/framing?by=" + by)
    r = conn.getresponse()
    print(by, "exactly", r.read(44), r.isclosed(), r.read(1), r.isclosed())
    conn.request("GET", "/framing?by=" + by)
    r = conn.getresponse()
    print(by, "readlines", r.readlines(), r.isclosed(), r.read(), r.isclosed())
    conn.request("GET", "/framing?by=" + by)
    with conn.getresponse() as r:
        print(by, "with", r.read(5), r.closed)
    print(by, "closed", r.closed, r.isclosed(), r.read())
    conn.request("GET", "/framing?by=" + by)
    r = conn.getresponse()
    print(by, "text", io.TextIOWrapper(r, encoding="utf-8").read().splitlines())
    conn.request("GET", "/framing?by=" + by)
    r = conn.getresponse()
    print(by, "read1", r.read1(), r.read1(), r.isclosed(), r.read(), r.isclosed())
conn.request("GET", "/echo?json=1")
print("json.load", json.load(conn.getresponse())["target"])
conn.request("GET", "/bytes")
r = conn.getresponse()
print(len(r.read(100)), len(r.read(100)), len(r.read(100)), r.read(100), r.isclosed())

print("-- when a request may be sent and a response read")
conn = HTTPConnection(HOST, PORT)
attempt("getresponse first", conn.getresponse)
conn.request("GET", "/echo?1")
attempt("request twice", lambda: conn.request("GET", "/echo?2"))
attempt("putheader after endheaders", lambda: conn.putheader("X", "y"))
attempt("endheaders twice", conn.endheaders)
first = conn.getresponse()
attempt("getresponse twice", conn.getresponse)
conn.request("GET", "/echo?3")
attempt("response not read", conn.getresponse)
print(seen(first)[1], first.isclosed())
print(seen(conn.getresponse())[1])
conn.request("GET", "/echo?4")
unread = conn.getresponse()
conn.close()
print("close() closes it", unread.isclosed(), unread.read())
conn.request("GET", "/echo?5")
print("after close", seen(conn.getresponse())[1])
conn.request("GET", "/framing?by=close")
r = conn.getresponse()
print("server closes", r.will_close, r.read()[:5])
conn.request("GET", "/echo?6")
print("reopened", seen(conn.getresponse())[1])

print("-- errors")
refused = HTTPConnection("127.0.0.1", REFUSED, timeout=5)
try:
    refused.request("GET", "/")
except ConnectionRefusedError as e:
    print("refused:", type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
attempt("then getresponse", refused.getresponse)
attempt("then request", lambda: refused.request("GET", "/"))
refused.close()
attempt("after close", lambda: refused.request("GET", "/"))
refused.close()
slow = HTTPConnection(HOST, PORT, timeout=0.3)
print(slow.timeout)
slow.request("GET", "/slow?ms=3000")
attempt("timeout", slow.getresponse)
attempt("then request", lambda: slow.request("GET", "/"))
slow.close()
slow.timeout = 10
slow.request("GET", "/slow?ms=10")
print("slow, in time:", slow.getresponse().read())
conn = HTTPConnection(HOST, PORT)
conn.request("GET", "/hangup")
try:
    conn.getresponse()
except http.client.RemoteDisconnected as e:
    print("hangup:", e, isinstance(e, ConnectionResetError), isinstance(e, http.client.BadStatusLine))
conn.request("GET", "/echo?after-hangup")
print(seen(conn.getresponse())[1])
attempt("space in URL", lambda: conn.request("GET", "/a b"))
attempt("then", lambda: conn.request("GET", "/"))
conn.close()
attempt("newline in URL", lambda: conn.request("GET", "/a\nb"))
conn.close()
attempt("control in method", lambda: conn.request("GE\x01T", "/"))
conn.close()
attempt("newline in value", lambda: conn.request("GET", "/", headers={"X": "a\nb"}))
conn.close()
attempt("colon in name", lambda: conn.request("GET", "/", headers={"X:Y": "v"}))
conn.close()
attempt("empty name", lambda: conn.request("GET", "/", headers={"": "v"}))
conn.close()
attempt("euro in value", lambda: conn.request("GET", "/", headers={"X": "\u20ac"}))
conn.close()
attempt("euro in body", lambda: conn.request("POST", "/", body="a\u20ac\u20acb"))
conn.close()
attempt("euro in URL", lambda: conn.request("GET", "/\u20ac"))
conn.close()
attempt("int body", lambda: conn.request("POST", "/", body=123))
conn.close()
for spec in ("example.com", "example.com:81", "example.com:", "[::1]:8080", "[::1]", "h:x", "h:", "bad host"):
    attempt(spec, lambda: (lambda c: (c.host, c.port))(HTTPConnection(spec)))
attempt("HTTPS", lambda: (lambda c: (c.host, c.port, c.default_port))(http.client.HTTPSConnection("example.com")))

print("-- debuglevel")
conn = HTTPConnection(HOST, PORT)
conn.set_debuglevel(1)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    conn.request("POST", "/framing", body=b"xy")
    conn.getresponse().read()
print([line.replace(str(PORT), "PORT") for line in out.getvalue().splitlines() if not line.startswith("header: Date")])

print("-- HTTPStatus, HTTPMethod and responses")
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404) is HTTPStatus.NOT_FOUND, HTTPStatus["IM_A_TEAPOT"].phrase)
print(HTTPStatus.OK == 200, HTTPStatus.OK + 1, int(HTTPStatus.CREATED), "%d %s" % (HTTPStatus.FOUND, HTTPStatus.FOUND.phrase))
print(HTTPStatus.TOO_MANY_REQUESTS.description, HTTPStatus.PROCESSING.description == "", len(HTTPStatus))
print([(s.value, s.name) for s in HTTPStatus][::10])
print(repr(http.HTTPMethod.PATCH), str(http.HTTPMethod.GET), http.HTTPMethod.GET == "GET", http.HTTPMethod.HEAD.description)
print(http.client.responses[200], http.client.responses[511], len(http.client.responses), http.client.responses.get(299))
print(http.client.NOT_FOUND, http.client.OK is HTTPStatus.OK, http.client.HTTP_PORT, http.client.HTTPS_PORT)
print(http.client.error is http.client.HTTPException, issubclass(http.client.CannotSendRequest, http.client.ImproperConnectionState))
print(repr(http.client.IncompleteRead(b"abc", 2)), str(http.client.IncompleteRead(b"x")))
