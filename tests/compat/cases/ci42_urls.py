# A CI-style script from a hunt over the standard library as workflow steps use it;
# it differed from CPython before the library fixes it came with.
"""Normalize and validate URLs from a links file."""
import urllib.parse as up
import posixpath
import ipaddress
import html

LINKS = [
    "https://user:p%40ss@Example.COM:443/a/b/../c/./d.html?q=1&q=2&x=%20y#frag",
    "http://example.com",
    "HTTP://example.com:80/%7Euser/",
    "//cdn.example.com/lib.js",
    "mailto:someone@example.com?subject=Hello%20World",
    "file:///etc/hosts",
    "https://[2001:db8::1]:8443/path;params?x=1",
    "relative/path?a=b",
    "https://münchen.de/straße?ä=ö",
    "ftp://ftp.example.com/pub/file.tar.gz",
    "https://example.com/search?q=a+b&empty=&flag",
    "data:text/plain;base64,SGVsbG8=",
]
for u in LINKS:
    p = up.urlparse(u)
    print(p.scheme, p.netloc, p.path, p.params, p.query, p.fragment, p.hostname, p.port, p.username, p.password)
    print("   ", up.urlunparse(p) == u, up.urlsplit(u).geturl(), posixpath.normpath(p.path) if p.path else "")
print(up.parse_qs("q=1&q=2&x=%20y&empty=&flag", keep_blank_values=True), up.parse_qs("a=1&b"))
print(up.parse_qsl("a=1&b=2;c=3", keep_blank_values=True), up.parse_qsl("a=%E2%82%AC&b=+plus+"))
try:
    up.parse_qsl("a", strict_parsing=True)
except ValueError as e:
    print("ValueError:", e)
print(up.urlencode({"q": "a b&c", "n": 1, "l": ["x", "y"]}), up.urlencode({"l": ["x", "y"]}, doseq=True), up.urlencode([("k", "ä")], quote_via=up.quote))
print(up.quote("a b/c?d=é&"), up.quote("a b/c", safe=""), up.quote_plus("a b+c/d"), up.quote(b"\xff\x00"), up.quote("~-._"), up.quote("ü", encoding="latin-1"))
print(up.unquote("%E2%82%AC%20%zz%"), up.unquote_plus("a+b%2B"), up.unquote("%ff", errors="replace"), up.unquote_to_bytes("%ff%41"))
print(up.urljoin("https://a.com/b/c/d", "../e"), up.urljoin("https://a.com/b/c/", "/x"), up.urljoin("https://a.com/b", "//cdn.com/y"), up.urljoin("https://a.com/b/c", "?q=1"), up.urljoin("https://a.com/b/c", "#f"), up.urljoin("https://a.com/", "../../../x"))
print(up.urldefrag("http://a/b#c"), up.urlsplit("http://a/b?c#d")._replace(fragment="").geturl(), up.urlunsplit(("https", "h", "/p", "q=1", "")))
print(up.urlsplit("https://h:99999/").hostname)
try:
    up.urlsplit("https://h:99999/").port
except ValueError as e:
    print("ValueError:", e)
try:
    up.urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError:", e)
print(up.urlparse("https://EXAMPLE.com:8080").hostname, up.urlparse("http://[::1]:80").hostname, up.urlparse("http://a.com:/").port, up.urlparse("git@github.com:org/repo.git"))
print(up.urlparse(b"http://b.com/x"), up.quote_from_bytes(b"a b"), up.urlsplit("HTTPS://X.com").scheme)
host = up.urlparse(LINKS[6]).hostname
ip = ipaddress.ip_address(host)
print(ip, ip.version, ip.exploded, ip.compressed, ip.is_private, ip.reverse_pointer[:20], repr(ip))
net = ipaddress.ip_network("10.0.0.0/22")
print(net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, list(net.subnets(new_prefix=24))[:2], net.supernet(), ipaddress.ip_address("10.0.1.5") in net)
print(ipaddress.ip_interface("192.168.1.10/24").network, list(ipaddress.ip_network("192.168.0.0/30").hosts()), ipaddress.ip_address("127.0.0.1").is_loopback, ipaddress.IPv4Address(3232235777))
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.0"), ipaddress.IPv4Address("10.0.0.9"))), list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError:", e)
try:
    ipaddress.ip_network("10.0.0.1/24")
except ValueError as e:
    print("ValueError:", e)
print(sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9")]), ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped, ipaddress.IPv6Address("2001:db8::1").is_global)
print(html.escape("<a href='x'>&</a>"), html.escape("\"q\"", quote=False), html.unescape("&lt;&amp;&gt;&quot;&#39;&#x27;&eacute;&nbsp;&copy;&notanentity;&amp"))
