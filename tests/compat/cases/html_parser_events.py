# html.parser: every event (with getpos() and get_starttag_text()) for whole
# documents, convert_charrefs both ways: tags and attributes in any case,
# quoted/unquoted/valueless/duplicate attributes, self-closing tags, script
# and style content, comments, doctype, processing instructions, CDATA and
# MS Office marked sections, character and entity references, unicode.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(('data', data, self.getpos()))

    def handle_comment(self, data):
        self.events.append(('comment', data, self.getpos()))

    def handle_decl(self, decl):
        self.events.append(('decl', decl, self.getpos()))

    def handle_pi(self, data):
        self.events.append(('pi', data, self.getpos()))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data, self.getpos()))

    def handle_charref(self, name):
        self.events.append(('charref', name, self.getpos()))

    def handle_entityref(self, name):
        self.events.append(('entityref', name, self.getpos()))


DOCS = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>T &amp; t</title></head>\n<body><p class=intro>Hi</p></body></html>\n',
    '<A HREF="/x" Title=\'Q\' DATA-X=1 checked>Link</A>',
    '<img src=a.png alt="" width = 10 height= "20" ismap/><br/><br />',
    '<input value="a &lt; b &amp;&amp; c &gt; d" name=q&amp;r data="&#65;&#x42;&#X43;&#67&copy">',
    '<p id=a id=b ID=c>dup</p>',
    '<div\tclass="x"\nid=\'y\'\r\nstyle = "color: red" >text</div >',
    '<script>if (a < b && c > d) { x = "</div>"; }</script><p>after</p>',
    '<SCRIPT type="text/javascript">var s = "<b>&amp;</b>";</ScRiPt >tail',
    '<style>p > a { content: "</p>"; }</style>',
    '<script>a</script x>b</script>',
    '<!-- a comment -- with dashes --><!----><!-- x --  >done',
    '<?xml version="1.0" encoding="utf-8"?><?php echo 1; ?>',
    '<![CDATA[ x < y ]]><![if !IE]><p>not ie</p><![endif]>',
    '<!ELEMENT br EMPTY><!doctype svg><!>',
    'x &amp; y &lt;z&gt; &quot;q&quot; &#39;s&#39; &nbsp;&copy;2024 &eacute;t&eacute; &euro;',
    'AT&T &notanentity; &amp &#x1F600; &#128512; &#0; &#x110000; &#150;',
    'caf\u00e9 \u4e2d\u6587 <b title="\u00fc\u00f1\u00ee">\u2603</b> \U0001f600',
    '<ul><li>one<li>two</ul><table><tr><td>1<td>2</table>',
    '<a href=\'x\'y>z</a><a b=\'c\'d="e">f</a>',
    '<p =x>eq</p><p a==b>e2</p><p a= >e3</p>',
    '<br/x><br//><a/b/c>',
    '<math><mi>x</mi><mo>=</mo></math><svg viewBox="0 0 1 1"><path d="M0 0"/></svg>',
    '</p></ unclosed>< p>lt space</>end</ >',
    '<div>a\nb\nc</div>\n\n<span>d</span>',
    '<textarea><b>not bold</b></textarea><title><i>x</i></title>',
    '<a href="?a=1&b=2&amp;c=3&copy=4">q</a>',
]

for doc in DOCS:
    for cc in (True, False):
        p = Recorder(convert_charrefs=cc)
        p.feed(doc)
        p.close()
        print(repr(doc)[:60], cc)
        for e in p.events:
            print('  ', e)
        print('   rest', repr(p.rawdata), p.getpos(), p.lasttag)
