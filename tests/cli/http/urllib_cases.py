# urllib.request against tests/support/servers/echo.js. Runs under CPython
# and under pywasm (--allow-net); tests/cli/http.test.js compares the two.
# Usage: urllib_cases.py BASE_URL REFUSED_PORT
import base64
import json
import sys
import urllib.error
import urllib.request
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

BASE, REFUSED = sys.argv[1], sys.argv[2]


def path(url):
    return url[len(BASE):] if url.startswith(BASE) else url


def sent_headers(echo):
    # What the server received, in order (Host names the test's own port).
    return [h if h[0] != "Host" else [h[0], path("http://" + h[1])] for h in echo["headers"]]


print("-- GET and the response")
with urlopen(BASE + "/echo?x=1&y=%C3%BC") as r:
    print(r.status, r.code, r.getcode(), r.reason, r.msg, path(r.url), path(r.geturl()))
    print(r.headers["content-type"], r.headers.get("CONTENT-TYPE"), r.headers.get("missing"), r.headers["missing"])
    print(r.headers.get_all("x-multi"), r.getheader("X-Multi"), r.getheader("missing", "default"))
    print([k for k, _ in r.getheaders()][:3], "x-multi" in r.headers, r.info() is r.headers)
    echo = json.loads(r.read())
    print(r.read(), r.closed)
print(echo["method"], echo["target"], sent_headers(echo), echo["body"])
print(r.closed, r.read())

print("-- Request: headers, method, data")
req = Request(BASE + "/echo#frag", data=b"a=1&b=2", headers={"X-Custom": "v", "content-TYPE": "text/plain"}, method="PUT")
print(req.get_method(), path(req.full_url), path(req.get_full_url()), req.selector, req.type, req.fragment)
print(req.get_header("Content-type"), req.get_header("content-type"), req.has_header("X-custom"), req.header_items())
req.add_header("accept", "application/json")
with urlopen(req) as r:
    echo = json.loads(r.read())
print(echo["method"], echo["target"], sent_headers(echo), base64.b64decode(echo["body"]))
print(req.header_items())
echo = json.loads(urlopen(BASE + "/echo", data=b"zz").read())
print("POST", echo["method"], sent_headers(echo), base64.b64decode(echo["body"]))
echo = json.loads(urlopen(Request(BASE + "/echo", headers={"User-Agent": "mine/1.0", "Accept-Encoding": "gzip"})).read())
print("own UA", sent_headers(echo))
echo = json.loads(urlopen(BASE + "/echo", data=[b"it", b"er"]).read())
print("iterable", base64.b64decode(echo["body"]))
for method in ("PUT", "DELETE", "OPTIONS"):
    echo = json.loads(urlopen(Request(BASE + "/echo", method=method)).read())
    print("no body", method, sent_headers(echo))
print(Request("http://h").get_method(), Request("http://h", data=b"").get_method(), Request("http://h", method="PATCH").get_method())

print("-- bytes both ways")
payload = bytes(range(256)) * 3 + b"\x00\xff"
with urlopen(BASE + "/bytes", data=payload) as r:
    body = r.read()
print(len(body), body[:256] == bytes(range(256)), body[256:] == payload)

print("-- reading")
r = urlopen(BASE + "/lines")
print(r.read(5), r.readline(), r.readline(3), r.readline(), list(r), r.read(), r.length)
r = urlopen(BASE + "/lines")
print(r.readlines())
r = urlopen(BASE + "/lines")
print(r.read1(4), r.length)
r.close()
print(r.read(), r.closed)

print("-- redirects")
for code in (301, 302, 303, 307, 308):
    for data in (None, b"body"):
        try:
            r = urlopen(BASE + "/redirect?code=%d" % code, data=data)
            echo = json.loads(r.read())
            print(code, data, r.status, path(r.url), echo["method"], [h[0] for h in echo["headers"]])
        except HTTPError as e:
            print(code, data, "HTTPError", e.code, e.reason, e.read(), path(e.url))
r = urlopen(BASE + "/redirect?code=302&hops=3")
print("chain", r.status, path(r.url))
for url in ("/loop", "/redirect?code=301&hops=12"):
    try:
        urlopen(BASE + url)
    except HTTPError as e:
        print(url, e.code, repr(e.reason), path(e.url), e.read())

print("-- errors")
try:
    urlopen(BASE + "/status?code=404&reason=Nope")
except HTTPError as e:
    print(str(e), e.code, e.status, e.getcode(), e.reason, e.msg, path(e.url), path(e.geturl()), path(e.filename))
    print(e.headers["x-error"], e.hdrs.get("content-type"), e.info()["X-Error"], e.read(), isinstance(e, URLError), isinstance(e, OSError))
try:
    urlopen(Request(BASE + "/status?code=500", method="DELETE"))
except URLError as e:
    with e:
        print(type(e).__name__, e.code, e.reason, e.readline())
try:
    urlopen("http://127.0.0.1:%s/" % REFUSED)
except URLError as e:
    print(str(e), repr(e.reason), type(e.reason).__name__, e.reason.errno, e.reason.strerror)
try:
    urlopen(BASE + "/slow?ms=3000", timeout=0.3)
except TimeoutError as e:
    print("read timeout:", type(e).__name__, e)
try:
    urlopen(BASE + "/hangup")
except Exception as e:
    print("hangup:", isinstance(e, OSError))
for url in ("gopher://example/", "no-scheme", "http:///path"):
    try:
        urlopen(url)
    except (URLError, ValueError) as e:
        print(url, type(e).__name__, e)
try:
    urlopen(BASE + "/echo", data="text")
except TypeError as e:
    print("TypeError", e)
print(isinstance(urllib.error.HTTPError("u", 500, "Boom", {}, None).read(), bytes), str(urllib.error.HTTPError("u", 500, "Boom", {}, None)))

print("-- urlretrieve")
import os
import tempfile
target = os.path.join(tempfile.gettempdir(), "pywasm-urlretrieve-test.bin")
name, headers = urllib.request.urlretrieve(BASE + "/bytes", target)
with open(name, "rb") as f:
    print(name == target, len(f.read()), headers["content-type"])
os.remove(target)
name, headers = urllib.request.urlretrieve(BASE + "/lines")
with open(name, "rb") as f:
    print(f.read()[:10])
os.remove(name)
