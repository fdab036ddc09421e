# xml.dom.minidom: building documents (createDocument, createElement[NS],
# text, CDATA, comments, PIs), attributes as a NamedNodeMap, tree edits,
# cloneNode, normalize, unlink, pretty printing, escaping and the DOM
# exceptions.
import io
import xml.dom
from xml.dom import minidom, Node
from xml.dom.minidom import getDOMImplementation, Document

impl = getDOMImplementation()
print(impl.hasFeature('core', '2.0'), impl.hasFeature('XML', None), impl.hasFeature('events', '2.0'))
doc = impl.createDocument(None, 'testsuites', None)
top = doc.documentElement
top.setAttribute('name', 'CI run')
top.setAttribute('tests', '3')
suite = doc.createElement('testsuite')
suite.setAttribute('name', 'unit & "integration" <tests>')
suite.setAttribute('time', '1.5')
top.appendChild(suite)
for name, outcome in (('test_a', None), ('test_b', 'failure'), ('test_c', 'skipped')):
    case = suite.appendChild(doc.createElement('testcase'))
    case.setAttribute('name', name)
    if outcome == 'failure':
        f = doc.createElement('failure')
        f.setAttribute('message', "a < b\tand 'c'\n")
        f.appendChild(doc.createTextNode('Traceback:\n  x = 1 & 2 > 0 "q"'))
        case.appendChild(f)
    elif outcome:
        case.appendChild(doc.createElement(outcome))
out = doc.createElement('system-out')
out.appendChild(doc.createCDATASection('raw <output> & stuff'))
suite.appendChild(out)
top.insertBefore(doc.createComment(' generated '), suite)
doc.insertBefore(doc.createProcessingInstruction('xml-stylesheet', 'type="text/xsl" href="r.xsl"'), top)
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent='  ', newl='\n', encoding='utf-8').decode())
print(repr(top.toprettyxml(indent='    ')))
print(doc.toxml(encoding='ascii'))
print(doc.toxml(standalone=True))
print(doc.toprettyxml(indent='', newl='', encoding='latin-1', standalone=False))
w = io.StringIO()
doc.writexml(w, indent='', addindent='  ', newl='\n', encoding='UTF-8')
print(w.getvalue())
w = io.StringIO()
suite.writexml(w, '>>', '..', '|')
print(w.getvalue())

# Attributes.
attrs = suite.attributes
print(attrs.length, len(attrs), list(attrs.keys()), attrs.items())
print(attrs.item(0).name, attrs.item(1).value, attrs.item(2), attrs['time'].value, attrs.get('nope', 'dflt'))
print('time' in attrs, 'nope' in attrs, attrs.getNamedItem('name').nodeName, attrs.getNamedItem('nope'))
attrs['extra'] = 'e'
print(suite.getAttribute('extra'), [a.name for a in attrs.values()])
suite.setAttribute('time', '2.0')
suite.removeAttribute('extra')
print(suite.attributes.items())
a = doc.createAttribute('order')
a.value = 'first'
suite.setAttributeNode(a)
print(suite.getAttributeNode('order').value, a.ownerElement is suite, a.nodeType == Node.ATTRIBUTE_NODE)
suite.removeAttributeNode(a)
print(suite.hasAttribute('order'), a.ownerElement is suite)
try:
    suite.removeAttribute('nope')
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', e.code, isinstance(e, xml.dom.DOMException))

# Namespaces.
SVG = 'http://www.w3.org/2000/svg'
XL = 'http://www.w3.org/1999/xlink'
ndoc = impl.createDocument(SVG, 'svg:svg', None)
svg = ndoc.documentElement
print(svg.tagName, svg.prefix, svg.localName, svg.namespaceURI)
svg.setAttributeNS(xml.dom.XMLNS_NAMESPACE, 'xmlns:svg', SVG)
svg.setAttributeNS(xml.dom.XMLNS_NAMESPACE, 'xmlns:xlink', XL)
use = ndoc.createElementNS(SVG, 'svg:use')
use.setAttributeNS(XL, 'xlink:href', '#shape')
use.setAttributeNS(None, 'x', '10')
svg.appendChild(use)
print(use.getAttributeNS(XL, 'href'), use.getAttributeNodeNS(XL, 'href').prefix, use.getAttributeNodeNS(XL, 'href').localName)
print(use.attributes.itemsNS(), sorted(use.attributes.keysNS(), key=str))
use.setAttributeNS(XL, 'xlink:href', '#other')
print(use.toxml(), use.hasAttributeNS(XL, 'href'))
use.removeAttributeNS(XL, 'href')
print(ndoc.toxml())
print([e.tagName for e in ndoc.getElementsByTagNameNS(SVG, 'use')], ndoc.getElementsByTagNameNS(SVG, '*').length)
pdoc = impl.createDocument('urn:plain', 'root', None)
print(pdoc.documentElement.namespaceURI, pdoc.documentElement.prefix, pdoc.toxml())
for args in (('urn:x', 'xml:bad', None), (None, 'p:q', None), ('urn:x', '', None)):
    try:
        impl.createDocument(*args)
    except xml.dom.DOMException as e:
        print(type(e).__name__, e, e.code)
dt = impl.createDocumentType('html', '-//W3C//DTD XHTML 1.0 Strict//EN', 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd')
hdoc = impl.createDocument(xml.dom.XHTML_NAMESPACE, 'html', dt)
print(hdoc.doctype is dt, dt.ownerDocument is hdoc, hdoc.toxml())
print(hdoc.toprettyxml())
print(impl.createDocument(None, None, None).toxml(), Document().toxml())

# Tree edits.
d = minidom.parseString('<list><i>1</i><i>2</i><i>3</i></list>')
lst = d.documentElement
i1, i2, i3 = lst.childNodes
new = d.createElement('i')
new.appendChild(d.createTextNode('new'))
print(lst.replaceChild(new, i2) is i2, i2.parentNode, lst.toxml())
print(new.previousSibling is i1, new.nextSibling is i3, i1.nextSibling is new, i3.previousSibling is new)
lst.insertBefore(i2, i1)
lst.appendChild(i1)
print(lst.toxml(), [c.firstChild.data for c in lst.childNodes])
print(lst.removeChild(new) is new, new.parentNode, new.nextSibling, lst.toxml())
lst.insertBefore(new, None)
print(lst.toxml(), lst.firstChild.firstChild.data, lst.lastChild.firstChild.data)
frag = d.createDocumentFragment()
for n in ('x', 'y'):
    frag.appendChild(d.createElement(n))
lst.insertBefore(frag, lst.firstChild)
print(lst.toxml(), frag.childNodes.length)
try:
    lst.removeChild(d.createElement('zz'))
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', repr(str(e)))
try:
    d.appendChild(d.createElement('second'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr', e)
try:
    d.createTextNode('t').appendChild(d.createElement('x'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr', e)
try:
    d.createTextNode(5)
except TypeError as e:
    print('TypeError', e)

# Text nodes: normalize, wholeText, splitText, data methods.
p = d.createElement('p')
for piece in ('Hello', '', ', ', 'world'):
    p.appendChild(d.createTextNode(piece))
p.appendChild(d.createElement('br'))
p.appendChild(d.createTextNode('!'))
print(len(p.childNodes), p.childNodes[2].wholeText, repr(p.toxml()))
p.normalize()
print(len(p.childNodes), [c.nodeName for c in p.childNodes], repr(p.firstChild.data), p.firstChild.nextSibling.nodeName)
t = p.firstChild
rest = t.splitText(5)
print(repr(t.data), repr(rest.data), len(p.childNodes), rest.previousSibling is t)
t.appendData('!!')
t.insertData(0, '>> ')
t.replaceData(0, 2, '<<')
t.deleteData(1, 1)
print(repr(t.data), t.length, len(t), t.substringData(1, 3))
t.data = 'changed'
print(t.nodeValue, t.toxml(), repr(t))
c = d.createComment('note')
print(c.data, c.nodeName, c.nodeType, c.toxml(), repr(c), d.createCDATASection('x]]').toxml())
for bad in (d.createComment('a--b'), d.createCDATASection('a]]>b')):
    try:
        bad.toxml()
    except ValueError as e:
        print('ValueError', e)
pi = d.createProcessingInstruction('target', 'some data')
print(pi.target, pi.data, pi.nodeName, pi.nodeValue, pi.toxml())

# Cloning.
src = minidom.parseString('<a x="1"><b y="2">text<c/></b><!--k--></a>')
shallow = src.documentElement.cloneNode(False)
deep = src.documentElement.cloneNode(True)
print(shallow.toxml(), deep.toxml(), deep.parentNode, deep.ownerDocument is src)
deep.firstChild.setAttribute('y', 'changed')
print(src.documentElement.toxml())
whole = src.cloneNode(True)
print(whole.toxml(), whole.documentElement is src.documentElement, src.cloneNode(False))
other = impl.createDocument(None, 'host', None)
imported = other.importNode(src.documentElement.firstChild, True)
other.documentElement.appendChild(imported)
print(other.toxml())

# unlink and context manager.
with minidom.parseString('<z><y/></z>') as zdoc:
    print(zdoc.documentElement.toxml())
print(zdoc.childNodes.length)
y = minidom.parseString('<z><y/></z>')
el = y.documentElement
el.unlink()
print(el.parentNode, el.childNodes.length)

# Pretty printing corner cases.
pd = impl.createDocument(None, 'r', None)
r = pd.documentElement
r.appendChild(pd.createElement('empty'))
only = r.appendChild(pd.createElement('only-text'))
only.appendChild(pd.createTextNode('  padded  '))
two = r.appendChild(pd.createElement('two-texts'))
two.appendChild(pd.createTextNode('a'))
two.appendChild(pd.createTextNode('b'))
mixed = r.appendChild(pd.createElement('mixed'))
mixed.appendChild(pd.createTextNode('before'))
mixed.appendChild(pd.createElement('mid'))
mixed.appendChild(pd.createTextNode('after'))
cd = r.appendChild(pd.createElement('cdata'))
cd.appendChild(pd.createCDATASection('x<y'))
r.appendChild(pd.createElement('ünï')).setAttribute('v', 'ü\u20ac')
print(pd.toprettyxml())
print(pd.toprettyxml(encoding='ascii'))
print(repr(pd.toprettyxml(indent='', newl='')))
print(Node.TEXT_NODE, Node.DOCUMENT_TYPE_NODE, xml.dom.Node.NOTATION_NODE, minidom.Node.COMMENT_NODE, xml.dom.EMPTY_NAMESPACE, xml.dom.XML_NAMESPACE)
print(r.nodeValue, r.nodeType, pd.nodeType, pd.documentElement is r, r.ownerDocument is pd, r.localName, r.prefix)
