# requests against tests/support/servers/requests.js. Runs under CPython and
# under pywasm (--allow-net); tests/cli/requests.test.js compares the two.
# Usage: requests_cases.py SITE_DIR BASE_URL REFUSED_PORT (SITE_DIR holds
# requests, urllib3, idna, charset_normalizer and certifi)
import sys
sys.path.insert(0, sys.argv[1])
import json
import requests

base, refused = sys.argv[2], int(sys.argv[3])


def show_echo(r):
    j = r.json()
    heads = [h for h in j["headers"] if h[0].lower() != "user-agent"]
    print(" ", j["method"], j["target"], heads)
    if j["body"]:
        import base64
        print("  body:", base64.b64decode(j["body"]))


# GET with params and headers
r = requests.get(base + "/echo", params={"q": "a b", "n": 2, "tags": ["x", "y"]}, headers={"X-Test": "yes"})
print("get", r.status_code, r.reason, r.ok, r.url, r.headers["Content-Type"], r.headers.get("x-multi"))
show_echo(r)
print("  encoding", r.encoding, type(r.content).__name__, len(r.text) == len(r.content), r.request.method)

# POST json, form data, raw bytes, multipart files
r = requests.post(base + "/json", json={"name": "ü", "n": [1, 2], "ok": True})
print("post json", r.status_code, r.json())
r = requests.post(base + "/echo", data={"a": "1", "b": ["2", "3"]})
print("post form", r.status_code); show_echo(r)
r = requests.put(base + "/echo", data=b"\x00\x01raw", headers={"Content-Type": "application/octet-stream"})
print("put bytes", r.status_code); show_echo(r)
r = requests.post(base + "/echo", files={"file": ("r.txt", b"hello\n", "text/plain")}, data={"k": "v"})
j = r.json()
import base64
body = base64.b64decode(j["body"])
print("multipart", r.status_code, body.count(b"hello\n"), b'name="k"' in body, [h[1].split(";")[0] for h in j["headers"] if h[0] == "Content-Type"])

# a generator body goes chunked
def gen():
    yield b"part1-"
    yield b"part2"
r = requests.post(base + "/echo", data=gen())
print("chunked upload", r.status_code); show_echo(r)

# other methods
for m in ("delete", "patch", "options"):
    r = getattr(requests, m)(base + "/echo")
    print(m, r.status_code, r.json()["method"])
r = requests.head(base + "/echo")
print("head", r.status_code, r.text == "", r.headers["Content-Type"])

# redirects: followed with history, or not
r = requests.get(base + "/redirect", params={"hops": 3})
print("redirect", r.status_code, r.url, [(h.status_code, h.headers["Location"]) for h in r.history])
r = requests.get(base + "/redirect", allow_redirects=False)
print("no follow", r.status_code, r.is_redirect, r.headers["Location"], r.next.url if r.next else None)
r = requests.post(base + "/redirect", params={"code": 303}, data={"x": "1"})
print("303 post", r.status_code, r.json()["method"], [h.status_code for h in r.history])
r = requests.post(base + "/redirect", params={"code": 307, "to": "/echo"}, data={"x": "1"})
print("307 post", r.status_code, r.json()["method"], base64.b64decode(r.json()["body"]))
try:
    requests.get(base + "/loop")
except requests.TooManyRedirects as e:
    print("loop", type(e).__name__, str(e))

# status errors
r = requests.get(base + "/status", params={"code": 404, "reason": "Nope"})
print("404", r.status_code, r.reason, r.ok, r.text, r.headers["X-Error"])
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print("  HTTPError", str(e).replace(base, "BASE"), e.response.status_code)
r = requests.get(base + "/status", params={"code": 500})
print("500", r.status_code, r.reason, bool(r))

# cookies: a session keeps them across the redirect and later requests
s = requests.Session()
r = s.get(base + "/cookies/set", params={"sid": "abc", "theme": "dark"})
print("cookies set", r.status_code, r.json(), [h.status_code for h in r.history])
print("  jar", sorted(s.cookies.get_dict().items()), len(s.cookies))
r = s.get(base + "/cookies", cookies={"extra": "1"})
print("  sent", r.json())
r = s.get(base + "/cookies/delete", params={"theme": ""})
print("  deleted", r.json(), sorted(s.cookies.keys()))
r = requests.get(base + "/cookies", cookies={"one": "1"})
print("  one-off", r.json())
s.close()

# keep-alive reuse: many requests on one session
s = requests.Session()
print("reuse", [s.get(base + "/echo", params={"i": i}).json()["target"] for i in range(3)])
s.close()

# streaming
r = requests.get(base + "/lines", stream=True)
print("lines", list(r.iter_lines()), r.encoding)
r = requests.get(base + "/bytes", stream=True)
chunks = list(r.iter_content(100))
print("iter_content", [len(c) for c in chunks], b"".join(chunks)[:4])
r = requests.get(base + "/framing", params={"by": "chunked"})
print("chunked", repr(r.text), r.headers.get("Transfer-Encoding"))
r = requests.get(base + "/framing", params={"by": "close"})
print("close", repr(r.text))
r = requests.get(base + "/gzip")
print("gzip", r.headers["Content-Encoding"], r.text[:17], len(r.text))
r = requests.get(base + "/bytes", stream=True)
print("raw", r.raw.read(5), r.raw.status)

# auth header, and a timeout
r = requests.get(base + "/echo", auth=("user", "pass"))
print("auth", [h for h in r.json()["headers"] if h[0] == "Authorization"])
try:
    requests.get(base + "/slow", params={"ms": 3000}, timeout=0.5)
except requests.Timeout as e:
    print("timeout", type(e).__name__, isinstance(e, requests.ReadTimeout))

# separate connect and read timeouts: a short connect timeout does not
# cut a slower answer short, a short read timeout does
r = requests.get(base + "/slow", params={"ms": 1200}, timeout=(0.3, 10))
print("slow answer", r.status_code, r.text)
try:
    requests.get(base + "/slow", params={"ms": 3000}, timeout=(10, 0.5))
except requests.Timeout as e:
    print("read timeout", type(e).__name__)

# a refused connection
try:
    requests.get("http://127.0.0.1:%d/x" % refused)
except requests.ConnectionError as e:
    print("refused", type(e).__name__)
print("done")
