# http.cookiejar CookieJar and DefaultCookiePolicy: extracting cookies from responses,
# the Cookie header sent back, deletion by past Expires, clearing, RFC 2965 cookies,
# blocked/allowed domains, strict_* flags, unverifiable third parties, ports, Cookie repr.
import http.cookiejar as cj
from http.cookiejar import *
from urllib.request import Request
class Headers:
    def __init__(self, pairs): self.pairs = pairs
    def get_all(self, name, default=None):
        v = [b for a, b in self.pairs if a.lower() == name.lower()]
        return v or default
class Resp:
    def __init__(self, *pairs): self.h = Headers(pairs)
    def info(self): return self.h

jar = CookieJar()
req = Request("http://www.example.com/shop/cart/view")
resp = Resp(("Set-Cookie", "sid=abc123; Path=/; Expires=Wed, 09 Feb 2094 22:23:32 GMT"),
            ("Set-Cookie", "cart=3; Path=/shop"), ("Set-Cookie", "lang=en; Domain=.example.com"),
            ("Set-Cookie", "bad=1; Domain=.other.com"), ("Set-Cookie", "tmp=1"),
            ("Set-Cookie", "sec=1; secure; path=/"), ("Set-Cookie", "flag"),
            ("Set-Cookie", "old=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"), ("Set-Cookie2", 'v2="x"; Version="1"'))
mk = jar.make_cookies(resp, req)
for c in mk: print(repr(c))
jar.extract_cookies(resp, req)
print(len(jar), str(jar))
for c in jar: print(c.name, c.domain, c.path, c.discard, c.expires, c.secure, c.domain_specified, c.domain_initial_dot, c.has_nonstandard_attr("HttpOnly"))
r3 = Request("http://www.example.com/shop/cart/x"); jar.add_cookie_header(r3); print(r3.get_header("Cookie"), r3.unredirected_hdrs)
r4 = Request("https://shop.example.com/"); jar.add_cookie_header(r4); print(r4.get_header("Cookie"))
r5 = Request("http://other.org/"); jar.add_cookie_header(r5); print(r5.get_header("Cookie"), r5.has_header("Cookie"))
# delete via past expires
jar.extract_cookies(Resp(("Set-Cookie", "sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")), req)
print(sorted(c.name for c in jar))
jar.clear_session_cookies(); print(sorted(c.name for c in jar))
try: jar.clear("www.example.com", None, "x")
except ValueError as e: print("VE", e)
try: jar.clear("nope")
except KeyError as e: print("KE", e)
jar.clear(); print(len(jar), repr(jar))

# policy: rfc2965 on
pol = DefaultCookiePolicy(rfc2965=True, blocked_domains=[".ads.com"], allowed_domains=None)
j2 = CookieJar(pol)
req = Request("http://www.acme.com/acme/login")
j2.extract_cookies(Resp(("Set-Cookie2", 'Customer="WILE_E_COYOTE"; Version="1"; Path="/acme"'),
                        ("Set-Cookie2", 'Part="Rocket \\"X\\""; Version="1"; Path="/acme"; Domain=".acme.com"; Port="80,8080"'),
                        ("Set-Cookie", 'ns=1; path=/'), ("Set-Cookie", 'Customer=dup; Path=/acme')), req)
for c in j2: print(repr(c))
r = Request("http://www.acme.com/acme/ammo"); j2.add_cookie_header(r); print(r.header_items())
print(pol.blocked_domains(), pol.allowed_domains(), pol.is_blocked("x.ads.com"), pol.is_not_allowed("a"))
pol.set_allowed_domains(["acme.com"]); print(pol.is_not_allowed("www.acme.com"), pol.is_not_allowed("acme.com"))
pol.set_blocked_domains(()); print(pol.blocked_domains())
# strict policies
sp = DefaultCookiePolicy(strict_domain=True, strict_ns_domain=DefaultCookiePolicy.DomainStrict, strict_ns_set_initial_dollar=True, strict_ns_set_path=True)
j3 = CookieJar(sp)
j3.extract_cookies(Resp(("Set-Cookie", "a=1; domain=.co.uk"), ("Set-Cookie", "$b=2"), ("Set-Cookie", "c=3; path=/other"),
                        ("Set-Cookie", "d=4; domain=.example.co.uk"), ("Set-Cookie", "e=5; path=/x"), ("Set-Cookie", "f=6")), Request("http://www.example.co.uk/x/y"))
print([c.name for c in j3])
r = Request("http://www.example.co.uk/x/y"); j3.add_cookie_header(r); print(r.get_header("Cookie"))
r = Request("http://a.www.example.co.uk/x/y"); j3.add_cookie_header(r); print(r.get_header("Cookie"))
# unverifiable third party
j4 = CookieJar(DefaultCookiePolicy(strict_ns_unverifiable=True))
r = Request("http://ads.net/p", origin_req_host="www.site.com", unverifiable=True)
j4.extract_cookies(Resp(("Set-Cookie", "t=1")), r); print(len(j4))
j4.set_cookie_if_ok(Cookie(0, "m", "v", None, False, "ads.net", False, False, "/", False, False, None, True, None, None, {}), r); print(len(j4))
j4.set_cookie_if_ok(Cookie(0, "m", "v", None, False, "ads.net", False, False, "/", False, False, None, True, None, None, {}), Request("http://ads.net/")); print(len(j4))
# ports
j5 = CookieJar(DefaultCookiePolicy(rfc2965=True))
j5.extract_cookies(Resp(("Set-Cookie2", 'p="1"; Version="1"; Port'), ("Set-Cookie2", 'q="2"; Version=1; Port="81"'), ("Set-Cookie2", 'r=3; Version=1; Max-Age=abc'), ("Set-Cookie2", 's=4')), Request("http://h.example.com:8080/"))
for c in j5: print(repr(c))
r = Request("http://h.example.com:8080/"); j5.add_cookie_header(r); print(r.header_items())
r = Request("http://h.example.com:9/"); j5.add_cookie_header(r); print(r.header_items())
c = Cookie("1", "n", None, "80", True, "EX.com", True, False, "/", True, True, "12.7", False, "c", "u", {"HttpOnly": None})
print(c, repr(c), c.is_expired(13), c.is_expired(12), c.get_nonstandard_attr("HttpOnly", 5), c.get_nonstandard_attr("x", 5))
try: Cookie(0, "n", "v", None, True, "d", False, False, "/", False, False, None, False, None, None, {})
except ValueError as e: print(e)
p = CookiePolicy()
try: p.set_ok(c, None)
except NotImplementedError: print("NI")
print(p.domain_return_ok("x", None), p.path_return_ok("/", None), issubclass(LoadError, OSError), cj.__all__)
print(cj.DEFAULT_HTTP_PORT, cj.HTTPONLY_PREFIX, cj.MONTHS[0], cj.DAYS[6], repr(cj.MISSING_FILENAME_TEXT))
