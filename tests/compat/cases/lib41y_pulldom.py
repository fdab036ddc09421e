# xml.dom.pulldom events, expandNode, and minidom parsing through pulldom
import io
from xml.dom import pulldom, minidom

DOC = '<?pi x?><!--pre--><root xmlns:p="urn:p" a="1"><p:item n="2">one</p:item><item>two<b/></item></root>'
for ev, node in pulldom.parseString(DOC):
    print(ev, node.nodeName, node.nodeType)

stream = pulldom.parse(io.BytesIO(DOC.encode()), bufsize=7)
for ev, node in stream:
    if ev == pulldom.START_ELEMENT and node.localName == 'item':
        stream.expandNode(node)
        print('expanded', node.toxml())
print(pulldom.START_ELEMENT, pulldom.CHARACTERS, pulldom.default_bufsize)

import xml.sax
doc = minidom.parseString(DOC, parser=xml.sax.make_parser())
print(doc.toxml())
print(minidom.parse(io.BytesIO(DOC.encode()), bufsize=5).documentElement.toxml())
print(minidom._do_pulldom_parse(pulldom.parseString, (DOC,), {}).documentElement.tagName)
try:
    list(pulldom.parseString('<a><b></a>'))
except xml.sax.SAXParseException as e:
    print('error', e.getMessage())
