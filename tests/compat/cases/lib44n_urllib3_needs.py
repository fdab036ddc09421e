# What urllib3 (and so requests) asks of the standard library besides
# sockets: sys.audit/addaudithook, select.poll() with float timeouts,
# the email.message API of http.client's parsed headers (is_multipart,
# get_payload, defects), HTTPResponse._safe_read, ssl.HAS_NEVER_CHECK_COMMON_NAME.
import http.client
import io
import select
import ssl
import sys

seen = []
sys.addaudithook(lambda event, args: seen.append((event, args)) if event.startswith("lib44n.") else None)
sys.audit("lib44n.connect", "host", 80)
sys.audit("lib44n.none")
sys.audit("other.event", 1)
print(seen)
try:
    sys.audit(42)
except TypeError as e:
    print("TypeError", e)

p = select.poll()
print(p.poll(0), p.poll(0.0), p.poll(0.4), p.poll(2))

msg = http.client.parse_headers(io.BytesIO(b"Content-Type: text/html; charset=UTF-8\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n"))
print(type(msg).__name__, isinstance(msg, http.client.HTTPMessage), msg.is_multipart(), repr(msg.get_payload()), list(msg.defects))
print(msg.get_all("set-cookie"), msg.get_all("x-none", []), msg.get_content_type(), msg.get_content_maintype(),
      msg.get_content_subtype(), msg.get_content_charset(), msg.get_default_type())


class FakeSock:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return io.BytesIO(self.data)


body = b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
r = http.client.HTTPResponse(FakeSock(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body), method="GET")
r.begin()
print(r.status, r.chunked, r.length)
# urllib3 reads a chunked body itself: the size lines through fp, the data through _safe_read
line = r.fp.readline()
print(line, r._safe_read(int(line, 16)), r._safe_read(2))
line = r.fp.readline()
print(line, r._safe_read(int(line, 16)), r._safe_read(2), r.fp.readline())
r2 = http.client.HTTPResponse(FakeSock(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"), method="GET")
r2.begin()
try:
    r2._safe_read(10)
except http.client.IncompleteRead as e:
    print("IncompleteRead", repr(e), e.partial, e.expected)
print(ssl.HAS_NEVER_CHECK_COMMON_NAME, ssl.HAS_SNI, ssl.HAS_ALPN)
