# html.parser: broken pages and the API around the events: unclosed and
# stray tags, lone '<' and '&', '</>' and bogus '<!...>' comments, tags
# cut off by close(), an unclosed <script> (its text is dropped at close),
# junk inside tags, nul and odd white space, the AssertionError texts for
# unreadable marked sections, feed() of bytes, reset(), close() twice,
# handle_startendtag's default, CDATA_CONTENT_ELEMENTS in a subclass.
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


def show(label, chunks, cc=True, cls=Recorder):
    p = cls(convert_charrefs=cc)
    try:
        for c in chunks:
            p.feed(c)
        mid = (p.rawdata, p.get_starttag_text(), p.lasttag)
        p.close()
    except Exception as e:
        print(label, 'raised', type(e).__name__, e, p.getpos())
        print('   ', p.events)
        return p
    print(label, mid, repr(p.rawdata), p.getpos())
    for e in p.events:
        print('   ', e)
    return p


MALFORMED = [
    '<p>unclosed <b>bold <i>both</p> after',
    'a < b and c<d e>f < ',
    'tail <',
    'tail <a',
    'tail <a href="x',
    "tail <a href='x' b",
    'tail <a href=',
    'tail </a',
    'tail <!-- never closed',
    'tail <!DOCTYPE',
    'tail <?php',
    'tail <![CDATA[x',
    '<script>never closed <b>',
    '<style>p{}</style',
    '</>x</ >y</3>z</a b c>w</\n>v',
    '<!>a<!x>b<!--->c<!-- -- >d<!--x--!>e-->f',
    '<a\x00b>nul</a\x00b><p\x0bq=1>vt</p>',
    '<p\xa0class=x>nbsp</p><p class="a"class="b">c</p>',
    '<div id="a"/><span/ ><br / >',
    '<a href="x" / >t</a>',
    '<<p>>double<</p>>',
    '& &; &#; &#x; &#xZ; &# &a &1 end &',
    '&amp',
    '&#12',
    'text &',
    '<![if IE]>ie<![endif]><![include[x]]><![ignore[y]]>',
    '\r\n<p>\r\nCRLF\r</p>\r',
]
for doc in MALFORMED:
    for cc in (True, False):
        show(repr(doc), [doc], cc)

for doc in ['<![foo[x]]>', '<![ x', '<![1]>', '<p>before<![bogus x]]>after</p>']:
    show(repr(doc), [doc])

# the parser keeps a cut tag, reference or comment until the next feed()
p = show('cut', ['<p>a &am', 'p; b <a hr', 'ef="x">y<!-', '- c -', '->z'], False)

try:
    HTMLParser().feed(b'<p>bytes</p>')
except TypeError as e:
    print('TypeError', e)

p = Recorder()
p.feed('<p>one <b')
p.reset()
p.feed('<i>two</i>')
p.close()
p.close()
p.feed('<u>three')
p.close()
print('reset', p.events, repr(p.rawdata), p.getpos(), p.lasttag)


class Both(HTMLParser):
    def __init__(self):
        super().__init__()
        self.seen = []

    def handle_starttag(self, tag, attrs):
        self.seen.append(('start', tag, attrs))

    def handle_endtag(self, tag):
        self.seen.append(('end', tag))


b = Both()
b.feed('<br/><img src=x /><p/>text<x-y:z a/>')
b.close()
print('startendtag default', b.seen)


class Raw(Recorder):
    CDATA_CONTENT_ELEMENTS = ('script', 'style', 'textarea')


show('textarea raw', ['<textarea>a <b>&amp;</b></TEXTAREA ><b>x</b>'], cls=Raw)
show('textarea normal', ['<textarea>a <b>&amp;</b></TEXTAREA ><b>x</b>'])
print(HTMLParser().get_starttag_text(), HTMLParser().getpos(), HTMLParser.CDATA_CONTENT_ELEMENTS)
