from urllib.parse import *
import urllib.parse
u = urlparse('https://user:pw@Example.com:8080/a/b;p?q=1&r=2#frag')
print(u, u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit('http://[::1]:80/x'), urlsplit('http://[::1]:80/x').hostname, urlsplit('//host/p'), urlsplit('mailto:a@b.c'), urlsplit('/just/path?x#y'), urlsplit('file:///etc/hosts'))
print(urlunparse(('http', 'h', '/p', '', 'a=1', 'f')), urlunsplit(('https', 'h:1', 'x', '', '')), u._replace(fragment='').geturl(), tuple(urlsplit('a://b/c')))
for rel in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../', '../g', '../..', '../../g', '../../../g', '.', './', 'g;x', '', 'http:g', 'https://o/x']:
    print(rel, urljoin('http://a/b/c/d;p?q', rel))
print(urljoin('https://api.github.com/repos/', 'o/r/issues'), urljoin('https://x.com/a', '/b/c'), urldefrag('http://a/b#c'))
print(quote('a b/c?d=é&'), quote('a b/c', safe=''), quote_plus('a b&c=d/e'), unquote('a%20b%C3%A9%zz'), unquote_plus('a+b%2B'), quote(b'\x00\xff'), unquote_to_bytes('%41%4'))
print(urlencode({'q': 'a b', 'n': 1}), urlencode([('x', ['1', '2']), ('y', 'z')], doseq=True), urlencode({'k': 'ä/ö'}, quote_via=quote), urlencode([('a', b'\xff')]))
print(sorted(parse_qs('a=1&a=2&b=x+y&c=&d=%26').items()), parse_qsl('a=1&b=&c', keep_blank_values=True), parse_qs('a=1;b=2', separator=';'))
print(urllib.parse.urlparse('http://h/p').port, urlparse('HTTP://H/P').scheme)
