# xml.sax: a ContentHandler and an ErrorHandler over parseString/parse,
# namespaces on and off, a lexical handler, errors, saxutils and
# XMLGenerator output.
import io
import os
import tempfile
import xml.sax
import xml.sax.handler
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator

JUNIT = b"""<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="unit" tests="3" failures="1" errors="0" time="0.42">
    <testcase classname="pkg.test_a" name="test_ok" time="0.01"/>
    <testcase classname="pkg.test_a" name="test_fail" time="0.30">
      <failure message="assert 1 == 2" type="AssertionError">Traceback &lt;here&gt;
  line 2</failure>
    </testcase>
    <testcase classname="pkg.test_b" name="test_skip" time="0"><skipped/></testcase>
    <system-out><![CDATA[printed <stuff> & more]]></system-out>
  </testsuite>
</testsuites>
"""


class Summary(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.cases = []
        self.text = []

    def startDocument(self):
        print('startDocument')

    def endDocument(self):
        print('endDocument')

    def startElement(self, name, attrs):
        self.stack.append(name)
        if name == 'testcase':
            self.cases.append([attrs.get('classname'), attrs['name'], float(attrs.getValue('time')), 'ok'])
        elif name in ('failure', 'skipped') and self.cases:
            self.cases[-1][3] = name
        if name == 'testsuite':
            print('suite', sorted(attrs.keys()), attrs.getLength(), len(attrs), 'name' in attrs,
                  attrs.getType('name'), attrs.getNames()[:2], attrs.items()[0])
        self.text = []

    def endElement(self, name):
        assert self.stack.pop() == name
        if name in ('failure', 'system-out'):
            print(name, repr(''.join(self.text)))

    def characters(self, content):
        self.text.append(content)


h = Summary()
xml.sax.parseString(JUNIT, h)
for case in h.cases:
    print(case)


class Events(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs):
        print('start', name, dict(attrs.items()))

    def endElement(self, name):
        print('end', name)

    def characters(self, content):
        print('chars', repr(content))

    def processingInstruction(self, target, data):
        print('pi', target, repr(data))

    def startPrefixMapping(self, prefix, uri):
        print('prefix', prefix, uri)

    def endPrefixMapping(self, prefix):
        print('end prefix', prefix)

    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, sorted(attrs.items(), key=str), sorted(attrs.getQNames()))
        for key in attrs.getNames():
            print('  ', key, attrs.getQNameByName(key), attrs.getValueByQName(attrs.getQNameByName(key)))

    def endElementNS(self, name, qname):
        print('endNS', name, qname)


DOC = '<?xml version="1.0"?>\n<?style type="x"?><r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2">x &amp; y\n<p:c>&#233;t&lt;</p:c><d/></r>'
xml.sax.parseString(DOC, Events())
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
print(parser.getFeature(xml.sax.handler.feature_namespaces))
parser.setContentHandler(Events())
parser.parse(io.StringIO(DOC))


class Lexical(xml.sax.handler.LexicalHandler):
    def comment(self, content):
        print('comment', repr(content))

    def startCDATA(self):
        print('startCDATA')

    def endCDATA(self):
        print('endCDATA')

    def startDTD(self, name, public_id, system_id):
        print('startDTD', name, public_id, system_id)

    def endDTD(self):
        print('endDTD')


parser = xml.sax.make_parser()
parser.setContentHandler(Events())
parser.setProperty(xml.sax.handler.property_lexical_handler, Lexical())
parser.parse(io.BytesIO(b'<!DOCTYPE r SYSTEM "r.dtd"><r><!-- hi --><![CDATA[a<b]]></r>'))

# Errors: the default ErrorHandler raises; a custom one sees the exception.
for bad in (b'<a><b></a>', b'<a>\n  <b x="1" x="2"/>\n</a>', b'<a>', b'<a></a>junk', b'<a>&nope;</a>'):
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(type(e).__name__, str(e), e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getSystemId())
        print('  wrapped', type(e.getException()).__name__, e.getException())


class Collect(xml.sax.ErrorHandler):
    def fatalError(self, exception):
        print('fatal:', exception)


xml.sax.parseString(b'<a><b></a>', xml.sax.ContentHandler(), Collect())
print(isinstance(xml.sax.SAXParseException('m', None, xml.sax.xmlreader.Locator()), xml.sax.SAXException))
try:
    xml.sax.make_parser().setFeature('urn:nope', True)
except xml.sax.SAXNotRecognizedException as e:
    print('not recognized:', e)

# A file on disk: the system id is the path.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'report.xml')
    with open(path, 'wb') as f:
        f.write(JUNIT)
    h = Summary()
    xml.sax.parse(path, h)
    print(len(h.cases))
    with open(path, 'wb') as f:
        f.write(b'<a>\n<b></c></a>')
    try:
        xml.sax.parse(path, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(str(e).replace(d, 'DIR'))

# saxutils
print(escape('a < b & c > d "q"'), escape('x&y', {'"': '&quot;', 'y': 'Y'}))
print(unescape('&lt;a&gt; &amp;amp; &quot;'), unescape('&quot;x&quot;', {'&quot;': '"'}))
for s in ('plain', 'has "double"', "has 'single'", 'both \' and "', 'tab\tnl\ncr\r<&>'):
    print(quoteattr(s))

out = io.StringIO()
g = XMLGenerator(out, 'utf-8')
g.startDocument()
g.startElement('report', {'name': 'A & B', 'q': 'say "hi"'})
g.characters('1 < 2 & ünïcode')
g.startElement('empty', {})
g.endElement('empty')
g.processingInstruction('pi', 'data')
g.ignorableWhitespace('\n')
g.endElement('report')
g.endDocument()
print(out.getvalue())

out = io.BytesIO()
g = XMLGenerator(out, 'ascii', short_empty_elements=True)
g.startDocument()
g.startPrefixMapping('x', 'urn:x')
g.startElementNS(('urn:x', 'root'), 'x:root', xml.sax.xmlreader.AttributesNSImpl({('urn:x', 'a'): 'é', (None, 'b'): '2'}, {}))
g.startElementNS((None, 'leaf'), 'leaf', xml.sax.xmlreader.AttributesNSImpl({}, {}))
g.endElementNS((None, 'leaf'), 'leaf')
g.characters('snow ☃')
g.endElementNS(('urn:x', 'root'), 'x:root')
g.endPrefixMapping('x')
g.endDocument()
print(out.getvalue())

# Round trip through XMLGenerator as the handler.
out = io.StringIO()
xml.sax.parseString(b'<a x="1"><b>t&amp;t</b><c/></a>', XMLGenerator(out))
print(out.getvalue())
