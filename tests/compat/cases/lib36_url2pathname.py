# urllib.request.url2pathname / pathname2url: POSIX's percent-encoding only.
from urllib.request import pathname2url, url2pathname

for p in ['/a b/c', '/x/\u00fc%/q?#&=~', 'rel/dir name', '', '//srv/share', 'C:\\x y', '/\u20ac;,@']:
    u = pathname2url(p)
    print(repr(u), repr(url2pathname(u)))
for u in ['/a%20b/c', '/%E2%82%AC%2F', '/a+b', '%zz', 'file%3A']:
    print(repr(url2pathname(u)))
