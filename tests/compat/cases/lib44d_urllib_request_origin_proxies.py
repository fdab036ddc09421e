# urllib.request: Request.origin_req_host is the RFC 2965 request-host
# (lower-cased, port cut, percent-escapes kept); getproxies_environment()
# lower-cases the scheme of every *_proxy variable, whatever its case.
import os, urllib.request as ur
for k in list(os.environ):
    if k.lower().endswith("_proxy") or k == "REQUEST_METHOD":
        del os.environ[k]
def show(): print(sorted(ur.getproxies_environment().items()))
os.environ["HTTP_PROXY"] = "http://up:1"; show()
os.environ["http_proxy"] = "http://low:2"; show()
os.environ["HTTPS_proxy"] = "http://mixed:3"; show()
os.environ["ftp_proxy"] = ""; os.environ["FTP_PROXY"] = "http://f:4"; show()
os.environ["REQUEST_METHOD"] = "GET"; show()
del os.environ["http_proxy"]; show()
r = ur.Request("  <URL: http://user@Ex%41mple.com:80/a/b?q=1#frag >", data=b"x", headers={"Content-length": "1", "X-a": "b"})
print(r.full_url, r.fragment, r.host, r.selector, r.type, r.get_method(), r.origin_req_host, r.header_items())
r.data = b"x"; print(r.has_header("Content-length"))
r.data = b"yy"; print(r.has_header("Content-length"), r.data, r.get_method())
r.data = None; print(r.get_method())
r2 = ur.Request("http://h/p#", method="PUT"); print(repr(r2.full_url), repr(r2.fragment), r2.get_method(), r2.unverifiable)
r2.full_url = "https://other/x#y"; print(r2.full_url, r2.host)
try: ur.Request("nourl")
except ValueError as e: print(e)
h1, h2 = ur.BaseHandler(), ur.HTTPRedirectHandler(); h2.handler_order = 100
print(h1 < h2, h2 < h1, h1 < object(), sorted([h1, h2])[0] is h2)
class O: handler_order = None
try: print(h1 < O())
except TypeError as e: print("TypeError")
