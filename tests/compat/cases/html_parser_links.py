# html.parser: what a workflow script scrapes from a page: the links (a
# href, img/script src, link rel/href, form action) joined against a base,
# the page title and headings as plain text, meta tags, and a data
# attribute with entities in it; the page is fed in chunks as it would
# arrive from a download.
from html.parser import HTMLParser
from urllib.parse import urljoin

PAGE = '''<!DOCTYPE html>
<HTML>
<head>
  <meta charset="utf-8">
  <meta name="description" content="Release notes &ndash; v1.2 &amp; more">
  <title>Releases &middot; example/project</title>
  <link rel="stylesheet" href="/assets/site.css">
  <link rel=icon href=favicon.ico>
  <script src="https://cdn.example.com/app.js" defer></script>
  <script>var u = "<a href='/not-a-link'>"; if (x<y) {}</script>
</head>
<body>
<h1>Releases</h1>
<div class="release" data-info="{&quot;tag&quot;: &quot;v1.2&quot;}">
  <h2><a href="/example/project/releases/tag/v1.2">v1.2</a> <small>latest</small></h2>
  <ul>
    <li><a href="../downloads/project-1.2.tar.gz">Source (tar.gz)</a></li>
    <li><A HREF='project-1.2.zip'>Source (zip)</A></li>
    <li><a href=https://mirror.example.org/p/1.2/ rel=nofollow>Mirror</a></li>
    <li><a name="anchor-only">no href</a></li>
    <li><a href="#notes">Notes</a> &amp; <a href="mailto:dev@example.com">mail</a></li>
    <li><a href="?page=2&amp;per_page=10">next</a></li>
  </ul>
  <img src="/img/shot.png" alt="Screenshot &gt; 1">
  <!-- <a href="/commented-out">old</a> -->
</div>
<form action="/search" method="get"><input name=q><input type=submit value="Go &raquo;"></form>
</body>
</HTML>
'''


class Scraper(HTMLParser):
    def __init__(self, base):
        super().__init__()
        self.base = base
        self.links = []
        self.meta = {}
        self.text = {}
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('h1', 'h2', 'title'):
            self.stack.append(tag)
            self.text.setdefault(tag, [])
        for key in ('href', 'src', 'action'):
            if a.get(key) is not None:
                self.links.append((tag, key, urljoin(self.base, a[key])))
        if tag == 'meta':
            self.meta[a.get('name') or 'charset'] = a.get('content') or a.get('charset')
        if 'data-info' in a:
            self.meta['data-info'] = a['data-info']

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack:
            self.text[self.stack[-1]].append(data)


for size in (len(PAGE), 100, 7):
    s = Scraper('https://example.com/example/project/releases/')
    for k in range(0, len(PAGE), size):
        s.feed(PAGE[k:k + size])
    s.close()
    print('chunks of', size)
    for link in s.links:
        print('  ', link)
    for k in sorted(s.meta):
        print('   meta', k, repr(s.meta[k]))
    for k in sorted(s.text):
        print('   text', k, repr(' '.join(''.join(s.text[k]).split())))
