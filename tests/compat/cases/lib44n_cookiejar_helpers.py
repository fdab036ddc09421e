# http.cookiejar module helpers: HTTP/ISO date parsing and formatting, header
# splitting/joining, Netscape Set-Cookie parsing, RFC 2965 host/domain/path rules.
import http.cookiejar as cj
from http.cookiejar import *
from urllib.request import Request
print(cj.http2time("Wed, 09 Feb 1994 22:23:32 GMT"), cj.http2time("Tuesday, 08-Feb-94 14:15:29 GMT"),
      cj.http2time("08-Feb-1994 14:15:29 -0800"), cj.http2time("09 Feb 1994 22:23:32 +01:30 (CET)"),
      cj.http2time("Feb 30 1994"), cj.http2time("3 Mar 2001"), cj.http2time("03-Mar-2001 10:11 PST"),
      cj.http2time("Thu, 01 Jan 2099 00:00:00 GMT"), cj.http2time("  Sun, 06 Nov 1994 08:49:37 GMT  "))
print(cj.iso2time("1994-02-03 14:15:29 -0100"), cj.iso2time("19940203T141529Z"), cj.iso2time("1994-02-03"),
      cj.iso2time("1994-02-03T14:15:29"), cj.iso2time("xx"), cj.iso2time("2030-12-31 23:59:59+05:30"))
for t in (0, 760832612, 760832612.9999999, 4102444800, 1e10, 951782400):
    print(cj.time2isoz(t), cj.time2netscape(t))
print(cj.split_header_words(['foo="bar"; port="80,81"; discard, bar=baz', 'text/html; charset="iso-8859-1"', r'Basic realm="\"foo\bar\""', ' ,a ; =b;; c=  ,, d=""', 'x=y z']))
print(cj.join_header_words([[("text/plain", None), ("charset", "iso-8859-1")], [("a", 'q"\\x')], [], [("w", "word_1")]]))
print(cj.parse_ns_headers(['sid=abc; Path=/; expires=Wed, 09 Feb 2094 22:23:32 GMT; HttpOnly; Secure', 'a=b; Version="1"; Max-Age=10', '; x=1', 'n; domain=.x.com;;foo=bar=baz']))
for h in ("www.acme.com", "acme.com", "acme.local", "1.2.3.4", ".x.com", "", "a.b."):
    print(repr(h), cj.is_HDN(h), cj.liberal_is_HDN(h), cj.reach(h))
print(cj.domain_match("x.y.com", ".Y.com"), cj.domain_match("x.y.com", "y.com"), cj.domain_match("a.b", "A.B"), cj.domain_match("1.2.3.4", ".3.4"))
print(cj.user_domain_match("www.acme.com", ".acme.com"), cj.user_domain_match("acme.com", ".acme.com"), cj.user_domain_match("1.2.3.4", "1.2.3.4"), cj.user_domain_match("a.com", "a.com"))
print(cj.escape_path("/foo%2fbar/a b/ü~%7e"))
r = Request("http://www.Example.com:8080/a/b/c.html?q=1")
print(cj.request_host(r), cj.eff_request_host(r), cj.request_path(r), cj.request_port(r))
r2 = Request("http://localhost/x"); print(cj.eff_request_host(r2), cj.request_port(r2), cj.request_path(Request("http://h")))

