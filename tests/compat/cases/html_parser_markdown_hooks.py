# html.parser's internals, used as Python-Markdown uses them: a private copy
# of the module (find_spec, module_from_spec, exec_module) whose module-level
# patterns are replaced, and a subclass that overrides parse_starttag,
# parse_endtag, parse_pi, parse_html_declaration, parse_bogus_comment and
# parse_comment, calls them through super(), and reads rawdata, getpos(),
# lineno/offset, cdata_elem and its own __starttag_text. The events must be
# CPython's; the real html.parser must not see the copy's patches.
import importlib.util
import re
import sys
import html.parser

spec = importlib.util.find_spec('html.parser')
hp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hp)
sys.modules['htmlparser_copy'] = hp

for name in ('interesting_normal', 'incomplete', 'entityref', 'charref', 'starttagopen', 'piclose',
             'commentclose', 'tagfind_tolerant', 'attrfind_tolerant', 'locatestarttagend_tolerant',
             'endendtag', 'endtagfind'):
    print(name, type(getattr(hp, name)).__name__, getattr(hp, name).pattern == getattr(html.parser, name).pattern)
for name in ('goahead', 'parse_starttag', 'parse_endtag', 'parse_pi', 'parse_html_declaration',
             'parse_bogus_comment', 'parse_comment', 'parse_marked_section', 'check_for_whole_start_tag',
             'set_cdata_mode', 'clear_cdata_mode', 'updatepos', 'getpos', 'unknown_decl'):
    print(name, callable(getattr(hp.HTMLParser, name, None)))

# The patches markdown makes.
hp.starttagopen = re.compile('<[a-zA-Z]|</>')
hp.endtagopen = re.compile('</[a-zA-Z]?')
hp.piclose = re.compile(r'\?>')
hp.entityref = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*);')
hp.incomplete = hp.entityref
hp.locatestarttagend_tolerant = re.compile(r"""
  <[a-zA-Z][^`\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^`\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'
          |"[^"]*"
          |(?!['"])[^`>\s]*
         )
         (?:\s*,)*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)
commentclose = re.compile(r'--!?>')


class _HTMLParser(hp.HTMLParser):
    def parse_endtag(self, i):
        start = self.rawdata[i:i + 3]
        c = ord(start[-1])
        is_data = len(start) < 3 or not (65 <= c <= 90 or 97 <= c <= 122)
        pos = super().parse_endtag(i) if not is_data else -1
        if pos == -1:
            self.handle_data(self.rawdata[i:i + 2])
            return i + 2
        return pos


hp.HTMLParser = _HTMLParser


class Extractor(hp.HTMLParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault('convert_charrefs', False)
        self.events = []
        super().__init__(*args, **kwargs)

    def reset(self):
        self.events = []
        super().reset()

    def rec(self, *e):
        self.events.append(e + (self.getpos(),))

    def get_endtag_text(self, tag):
        # where the end tag starts, from lineno/offset, and where endendtag
        # finds its '>'
        lines = self.rawdata.split('\n')
        start = sum(len(l) + 1 for l in lines[:self.lineno - 1]) + self.offset
        m = hp.endendtag.search(self.rawdata, start)
        return self.rawdata[start:m.end()] if m else '</%s>' % tag

    def handle_starttag(self, tag, attrs):
        self.rec('start', tag, attrs, self.get_starttag_text(), self.cdata_elem)

    def handle_startendtag(self, tag, attrs):
        self.rec('startend', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.rec('end', tag, self.get_endtag_text(tag), self.cdata_elem)

    def handle_data(self, data):
        self.rec('data', data)

    def handle_comment(self, data):
        self.rec('comment', data)

    def handle_decl(self, data):
        self.rec('decl', data)

    def handle_pi(self, data):
        self.rec('pi', data)

    def unknown_decl(self, data):
        self.rec('unknown_decl', data)

    def handle_charref(self, name):
        self.rec('charref', name)

    def handle_entityref(self, name):
        self.rec('entityref', name)

    def parse_pi(self, i):
        if self.offset == 0:
            return super().parse_pi(i)
        self.handle_data('<?')
        return i + 2

    def parse_comment(self, i, report=True):
        m = commentclose.search(self.rawdata, i + 4)
        if not m:
            self.handle_data('<')
            return i + 1
        if report:
            self.handle_comment(self.rawdata[i + 4:m.start()])
        return m.end()

    def parse_html_declaration(self, i):
        if self.rawdata[i:i + 3] == '<![' and not self.rawdata[i:i + 9] == '<![CDATA[':
            r = self.parse_bogus_comment(i)
            if r == -1:
                self.handle_data(self.rawdata[i:i + 1])
                return i + 1
            return r
        return super().parse_html_declaration(i)

    def parse_bogus_comment(self, i, report=0):
        pos = super().parse_bogus_comment(i, report)
        if pos == -1:
            return -1
        self.rec('bogus', self.rawdata[i:pos])
        return pos

    __starttag_text = None

    def get_starttag_text(self):
        return self.__starttag_text

    def parse_starttag(self, i):
        if self.rawdata[i:i + 3] == '</>':
            self.handle_data(self.rawdata[i:i + 3])
            return i + 3
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            self.handle_data(self.rawdata[i:i + 1])
            return i + 1
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = hp.tagfind_tolerant.match(rawdata, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        while k < endpos:
            m = hp.attrfind_tolerant.match(rawdata, k)
            if not m:
                break
            attrname, rest, attrvalue = m.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif attrvalue[:1] == '\'' == attrvalue[-1:] or attrvalue[:1] == '"' == attrvalue[-1:]:
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = hp.unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = m.end()
        end = rawdata[k:endpos].strip()
        if end not in ('>', '/>'):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
            self.handle_starttag(tag, attrs)
            if tag == 'style':
                self.clear_cdata_mode()
        return endpos

    def close(self):
        super().close()
        if len(self.rawdata):
            self.rec('left', self.rawdata)


DOCS = [
    '<div class="a">\n  raw <b>html</b>\n</div>\n\npara',
    'x <?php echo "a>b"; ?> y\n<?xml version="1.0"?>\nz',
    '<!-- one --!> two -->\n<!-- never closed\n<p>after</p>',
    '<!DOCTYPE html>\n<![CDATA[ a <b> ]]>\n<![if gte mso 9]>x<![endif]>\n<!bogus>',
    'a &amp; b &copy c &#65; d &#x42 e &nosemi f &',
    '</>text</ x></3></\nb><span>s</span></ p >',
    '<img src="x" alt=`y`>`<code a=`b`>`\n<br/><hr />',
    '<script>if (a < b) { s = "</div>"; }</script>\n<style>p {}</style>after</style>',
    '<p\nclass="x"\nid=y>multi\nline</p>\n<a href="h"\n>t</a>',
    '<unclosed <b attr="q',
]
for doc in DOCS:
    for chunked in (False, True):
        p = Extractor()
        if chunked:
            for k in range(0, len(doc), 5):
                p.feed(doc[k:k + 5])
        else:
            p.feed(doc)
        p.close()
        print(repr(doc), chunked, p.lasttag, p.getpos())
        for e in p.events:
            print('   ', e)

# The module's own parser is untouched by the copy's patches.


class Plain(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.events = []

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs))


q = Plain()
q.feed('<?a > b?> &amp x <i x=`y`>')
q.close()
print(q.events, q.rawdata, q.interesting is html.parser.interesting_normal)

# The copy's patterns are looked up when they are used.


class Copy(hp.HTMLParser):
    def handle_pi(self, data):
        print('pi', repr(data), self.getpos())

    def unknown_decl(self, data):
        print('unknown_decl', repr(data))


c = Copy()
c.feed('<?x > y?>\n<![if x]>z')
hp.piclose = re.compile('>')
c.feed('<?x > y?>')
c.close()
try:
    Copy().feed('<![ 1')
except AssertionError as e:
    print('AssertionError', e)
try:
    Copy().feed('<![foo[x]]>')
except AssertionError as e:
    print('AssertionError', e)
