# html.parser: documents fed in pieces, split at every position into two
# feed() calls, one character per feed(), and three pieces at many pairs of
# positions. The events (and what is held back in rawdata after each feed)
# depend on where the input was cut exactly as in CPython: text is emitted
# as it arrives, but a possibly cut reference, tag or comment waits.
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
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))


def run(chunks, cc):
    p = Recorder(convert_charrefs=cc)
    held = []
    for c in chunks:
        p.feed(c)
        held.append(p.rawdata)
    p.close()
    return p.events, held


DOCS = [
    '<!DOCTYPE html><p class="a b" id=x>Fish &amp; chips &copy; 2024</p>',
    'x &amp y &#65; &#x42z &lt;&gt; &nbsp &unknown; end&',
    '<a href="/q?a=1&amp;b=2" title=\'T > U\'>link</a><br/>',
    '<script>var a = "<p>" < 3 && b;</script><style>x{}</style >t',
    '<!-- c -- x --><![CDATA[data]]><?pi x?><!bogus>z',
    'text <3 and < 4 &# &#; & ;</ >< </>',
    '\u00e9t\u00e9 <b>\u4e2d</b> &eacute;\n<i\nclass=q\n>line</i>',
    '<img src=x.png alt="a \'quoted\' >" data-a=1 disabled>',
]


def digest(x):
    return hashlib.sha256(repr(x).encode()).hexdigest()[:16]


for doc in DOCS:
    for cc in (True, False):
        whole = run([doc], cc)[0]
        twos = [run([doc[:k], doc[k:]], cc) for k in range(len(doc) + 1)]
        same = sum(1 for ev, held in twos if ev == whole)
        chars = run(list(doc), cc)
        threes = []
        for a in range(0, len(doc), 3):
            for b in range(a, len(doc), 5):
                threes.append(run([doc[:a], doc[a:b], doc[b:]], cc))
        print(repr(doc)[:50], cc, len(whole), 'two-way same as whole:', same, 'of', len(twos))
        print('   two', digest(twos), 'chars', digest(chars), 'three', digest(threes))
        # two cuts shown in full: one inside the first tag, one mid-document
        for k in (3, len(doc) // 2):
            ev, held = run([doc[:k], doc[k:]], cc)
            print('   cut', k, held, ev)
