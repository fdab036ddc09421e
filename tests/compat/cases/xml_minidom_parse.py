# xml.dom.minidom: reading JUnit, Cobertura and pom.xml reports, node
# navigation, whitespace text nodes, toxml/toprettyxml of parsed
# documents, malformed documents (ExpatError) and xml.parsers.expat.
import io
import os
import tempfile
from xml.dom import minidom, Node
import xml.dom
from xml.parsers.expat import ExpatError
import xml.parsers.expat

JUNIT = """<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="all" tests="4">
  <testsuite name="api" tests="4" failures="1" errors="1" skipped="1" time="1.25">
    <properties><property name="python" value="3.11"/></properties>
    <testcase classname="tests.test_api" name="test_get" time="0.10"/>
    <testcase classname="tests.test_api" name="test_post" time="0.50">
      <failure message="expected 201, got 500" type="AssertionError">Traceback (most recent call last):
  File "test_api.py", line 12, in test_post
AssertionError: 500 != 201</failure>
    </testcase>
    <testcase classname="tests.test_api" name="test_put" time="0.20"><error message="boom &amp; bust">E</error></testcase>
    <testcase classname="tests.test_api" name="test_del" time="0"><skipped message="not yet"/></testcase>
    <system-out><![CDATA[log line 1
log <line> 2]]></system-out>
  </testsuite>
</testsuites>
"""

doc = minidom.parseString(JUNIT)
root = doc.documentElement
print(root.tagName, root.nodeName, root.nodeType == Node.ELEMENT_NODE, root.getAttribute('tests'), repr(root.getAttribute('missing')))
print(doc.nodeName, doc.nodeType, doc.version, doc.encoding, doc.standalone, doc.doctype)
for suite in doc.getElementsByTagName('testsuite'):
    print('suite', suite.getAttribute('name'), suite.attributes.length, suite.attributes.keys())
    for case in suite.getElementsByTagName('testcase'):
        status = 'passed'
        for kind in ('failure', 'error', 'skipped'):
            found = case.getElementsByTagName(kind)
            if found:
                status = '%s: %s' % (kind, found[0].getAttribute('message'))
                if found[0].firstChild is not None:
                    print('   text', repr(found[0].firstChild.data), found[0].firstChild.nodeType)
        print(' ', case.getAttribute('classname'), case.getAttribute('name'), float(case.getAttribute('time')), status)
    out = suite.getElementsByTagName('system-out')[0]
    print('system-out', out.firstChild.nodeType, out.firstChild.nodeName, repr(out.firstChild.data), repr(out.firstChild.wholeText))
print([n.nodeType for n in root.childNodes], len(root.childNodes), root.childNodes.length)
first = root.firstChild
print(repr(first.data), first.nodeName, first.nodeValue == first.data, first.parentNode is root)
suite = first.nextSibling
print(suite.tagName, suite.previousSibling is first, suite.nextSibling.nodeType, root.lastChild.nodeType)
print(suite.hasChildNodes(), suite.hasAttribute('time'), suite.hasAttribute('nope'), suite.hasAttributes())
print(root.toxml()[:80])
print(repr(doc.toxml()[:60]))
case = doc.getElementsByTagName('testcase')[1]
print(case.toxml())
print(case.toprettyxml(indent='  '))
print(doc.getElementsByTagName('property')[0].toprettyxml())
print(doc.getElementsByTagName('nothing'), doc.getElementsByTagName('nothing').length)
print(len(doc.getElementsByTagName('*')), [e.tagName for e in suite.getElementsByTagName('*')][:4])

COBERTURA = b"""<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.8125" branch-rate="0.5" lines-covered="13" lines-valid="16" version="7.2.7" timestamp="1700000000">
\t<sources><source>/src</source></sources>
\t<packages>
\t\t<package name="app" line-rate="0.8125">
\t\t\t<classes>
\t\t\t\t<class name="main.py" filename="app/main.py" line-rate="0.75">
\t\t\t\t\t<lines><line number="1" hits="1"/><line number="2" hits="0"/><line number="3" hits="4" branch="true" condition-coverage="50% (1/2)"/></lines>
\t\t\t\t</class>
\t\t\t</classes>
\t\t</package>
\t</packages>
</coverage>
"""
cov = minidom.parseString(COBERTURA)
print(cov.doctype.name, cov.doctype.systemId, cov.doctype.publicId, cov.doctype.internalSubset, cov.firstChild is cov.doctype)
top = cov.documentElement
print('%.1f%%' % (float(top.getAttribute('line-rate')) * 100), top.attributes['lines-covered'].value)
for cls in cov.getElementsByTagName('class'):
    lines = cls.getElementsByTagName('line')
    missed = [l.getAttribute('number') for l in lines if l.getAttribute('hits') == '0']
    print(cls.getAttribute('filename'), len(lines), 'missed', missed, [l.getAttribute('condition-coverage') for l in lines])
print(cov.toxml()[:140])

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>demo</artifactId>
  <version>1.2.3-SNAPSHOT</version>
  <dependencies>
    <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency>
  </dependencies>
</project>"""
pom = minidom.parseString(POM)
project = pom.documentElement
print(project.tagName, project.namespaceURI, project.prefix, project.localName)
print(project.attributes.items())
for a in project.attributes.values():
    print(' ', a.name, a.nodeName, a.prefix, a.localName, a.namespaceURI, a.value == a.nodeValue, a.ownerElement is project)
print(project.attributes.item(0).name, project.attributes.item(5), ('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation') in project.attributes)
print(project.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation'))
print(project.hasAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation'))
NS = 'http://maven.apache.org/POM/4.0.0'
print([e.firstChild.data for e in pom.getElementsByTagNameNS(NS, 'version')])
print(len(pom.getElementsByTagNameNS('*', 'groupId')), len(pom.getElementsByTagNameNS(NS, '*')), len(pom.getElementsByTagNameNS('urn:x', '*')))
ver = project.getElementsByTagName('version')[0]
print(ver.firstChild.data, ver.namespaceURI, ver.localName)
print(pom.toxml())

MIXED = '<?xml version="1.0" standalone="yes"?>\n<!-- top -->\n<?app run?>\n<r xmlns:a="urn:a" xml:lang="en"><a:item a:id="1" plain="x">t1<![CDATA[<raw>]]>t2<!--in-->&#x41;&lt;&gt;&quot;&apos;</a:item>\n\n<e></e>  </r>\n<!-- end -->'
m = minidom.parseString(MIXED)
print(m.standalone, [n.nodeType for n in m.childNodes])
print(m.childNodes[0].data, m.childNodes[1].target, m.childNodes[1].data, m.childNodes[1].nodeName)
item = m.getElementsByTagName('a:item')[0]
print(item.prefix, item.localName, item.namespaceURI, [(c.nodeName, c.nodeValue) for c in item.childNodes])
print(item.getAttributeNode('a:id').namespaceURI, m.documentElement.getAttributeNode('xml:lang').namespaceURI)
print(repr(m.toxml()))
print(repr(m.toprettyxml()))
print(m.toxml('utf-8'))
print(m.toprettyxml(indent=' ', newl='\r\n', encoding='ascii'))

ENT = '<!DOCTYPE r [\n<!ENTITY who "World">\n<!ENTITY greet "Hello, &who;!">\n]>\n<r t="&greet;">&greet; &#169;</r>'
e = minidom.parseString(ENT)
print(e.documentElement.getAttribute('t'), e.documentElement.firstChild.data, repr(e.doctype.internalSubset))
print([(x.nodeName, x.firstChild.data) for x in e.doctype.entities._seq], e.doctype.entities.length)
print(e.toxml())

# Bytes in other encodings, str input, files and file objects.
print(minidom.parseString('<?xml version="1.0" encoding="iso-8859-1"?><a>caf\xe9</a>'.encode('latin-1')).documentElement.firstChild.data)
print(minidom.parseString('<a>\u00e9\u20ac</a>').documentElement.firstChild.data)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'junit.xml')
    with open(path, 'w') as f:
        f.write(JUNIT)
    print(len(minidom.parse(path).getElementsByTagName('testcase')))
    with open(path, 'rb') as f:
        print(minidom.parse(f).documentElement.getAttribute('name'))
print(minidom.parse(io.BytesIO(b'<x><y/></x>')).toxml())
print(minidom.parse(io.StringIO('<x>\u00e9</x>')).toxml())

# Malformed documents.
BAD = ['<a><b></a>', '<a>', '', '<a></a><b/>', '<a x="1" x="2"/>', '<a>&undefined;</a>', '<a><b>\n  text\n</c></a>',
       '<p:a/>', '<a b=c/>', '<?xml version="1.0"?>\n<r>\n  <x y="<"/>\n</r>', b'<a>\xff</a>', '<a>\x01</a>']
for bad in BAD:
    try:
        minidom.parseString(bad)
        print('parsed?', bad)
    except ExpatError as err:
        print(type(err).__name__, '|', err, '|', err.code, err.lineno, err.offset, xml.parsers.expat.ErrorString(err.code))
print(xml.parsers.expat.error is ExpatError, issubclass(ExpatError, Exception), xml.parsers.expat.errors.XML_ERROR_TAG_MISMATCH)
print(xml.parsers.expat.errors.messages[3], xml.parsers.expat.errors.codes['mismatched tag'])

# The expat interface itself.
p = xml.parsers.expat.ParserCreate()
log = []
p.StartElementHandler = lambda name, attrs: log.append(('start', name, attrs))
p.EndElementHandler = lambda name: log.append(('end', name))
p.CharacterDataHandler = lambda data: log.append(('data', data))
p.CommentHandler = lambda data: log.append(('comment', data))
p.ProcessingInstructionHandler = lambda t, d: log.append(('pi', t, d))
p.XmlDeclHandler = lambda v, e, s: log.append(('decl', v, e, s))
p.Parse(b'<?xml version="1.0" encoding="utf-8"?><a k="v">one\ntwo<!--c--><?t d?>', False)
p.Parse(b'<b/>&lt;</a>', True)
for entry in log:
    print(entry)
p = xml.parsers.expat.ParserCreate(namespace_separator='|')
p.ordered_attributes = True
p.buffer_text = True
p.StartElementHandler = lambda name, attrs: print('start', name, attrs)
p.StartNamespaceDeclHandler = lambda prefix, uri: print('ns', prefix, uri)
p.EndNamespaceDeclHandler = lambda prefix: print('end ns', prefix)
p.CharacterDataHandler = lambda data: print('data', repr(data))
p.Parse('<r xmlns="urn:d" xmlns:q="urn:q" q:a="1" b="2">x\ny&amp;z<q:c/></r>', True)
try:
    p.Parse('<more/>', True)
except ExpatError as err:
    print(err, err.code)
p = xml.parsers.expat.ParserCreate()
try:
    p.Parse('<r>\n  <a>\n</r>', True)
except xml.parsers.expat.error as err:
    print(err, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
