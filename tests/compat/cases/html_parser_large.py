# html.parser: a generated 100 KB page with pieces longer than a few KB (a
# script, a comment, a CDATA section, an attribute value full of '>', a run
# of text and one of references, unicode text) fed whole and in chunks of
# several sizes: the events are the same as CPython's, shown as counts and
# a digest of the full list.
import hashlib
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_data(self, data):
        self.events.append(('data', data, self.getpos()))

    def handle_comment(self, data):
        self.events.append(('comment', len(data), self.getpos()))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', len(data), self.getpos()))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))


parts = ['<!DOCTYPE html><html><head><title>Big</title>\n']
parts.append('<script>\n' + ''.join('if (a%d < b && c > d) { s = "</div>" + "<p>"; }\n' % i for i in range(300)) + '</script>\n')
parts.append('<!--' + 'comment -- text > more\n' * 300 + '-->\n')
parts.append('<![CDATA[' + 'x[0] = y] > z;\n' * 300 + ']]>\n')
parts.append('<div data-long="' + 'a > b ' * 1500 + '" id=long>long attr</div>\n')
parts.append('<p>' + 'plain words and more words\n' * 300 + '</p>\n')
parts.append('<p>' + '&amp;&lt;&#65;&#x42;&copy;&nbsp;' * 300 + '</p>\n')
parts.append('<ul>' + ''.join('<li class="item i%d"><a href="/p/%d?x=1&amp;y=%d">\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 %d \u2014 caf\u00e9</a></li>\n' % (i % 7, i, i, i) for i in range(600)) + '</ul>\n')
parts.append('<p>end &notreal' + 'x' * 40 + ';</p></body></html>\n')
PAGE = ''.join(parts)
print(len(PAGE))

digests = {}
for cc in (True, False):
    for size in (len(PAGE), 4097, 1000, 333):
        p = Recorder(convert_charrefs=cc)
        for k in range(0, len(PAGE), size):
            p.feed(PAGE[k:k + size])
        p.close()
        kinds = {}
        for e in p.events:
            kinds[e[0]] = kinds.get(e[0], 0) + 1
        d = hashlib.sha256(repr(p.events).encode()).hexdigest()[:16]
        print(cc, size, len(p.events), sorted(kinds.items()), d, p.getpos())
    last = p.events
print(last[:6])
print(last[-6:])
