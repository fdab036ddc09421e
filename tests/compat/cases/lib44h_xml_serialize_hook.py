# xml.etree.ElementTree._serialize_xml can be replaced to write some
# children differently (svgwrite's CDATA elements), and it serializes an
# element when called directly; xml.dom.minicompat (odfpy) exists.
import xml.etree.ElementTree as ET
from xml.dom import minicompat, NoModificationAllowedErr

orig = ET._serialize_xml


def hook(write, elem, qnames, namespaces, **kw):
    if elem.tag == 'CDATA':
        write('<![CDATA[%s]]>' % elem.text)
        if elem.tail:
            write(elem.tail)
    else:
        orig(write, elem, qnames, namespaces, **kw)


root = ET.Element('{urn:x}root', a='1')
c = ET.SubElement(root, 'CDATA')
c.text = 'a<b>&'
c.tail = 't'
s = ET.SubElement(root, '{urn:x}style')
ET.SubElement(s, 'CDATA').text = 'x > y'
ET.SubElement(root, 'empty')
ET._serialize_xml = hook
try:
    print(ET.tostring(root, encoding='unicode'))
    print(ET.tostring(root))
    print(ET.tostring(root, short_empty_elements=False))
    print(ET.tostring(root, method='html'))
finally:
    ET._serialize_xml = orig
print(ET.tostring(root, encoding='unicode'))
out = []
orig(out.append, ET.fromstring('<a>x<b k="v">y</b>tail<c/></a>'), {'a': 'a', 'b': 'b', 'c': 'c', 'k': 'k'}, None, True)
print(''.join(out))

print(minicompat.__all__, minicompat.StringTypes, issubclass(minicompat.NodeList, list),
      issubclass(minicompat.EmptyNodeList, tuple))
nl = minicompat.NodeList([1, 2])
print(nl.length, nl.item(1), nl.item(5), minicompat.EmptyNodeList().length)


class Thing:
    def _get_size(self):
        return 3


minicompat.defproperty(Thing, 'size', doc='the size')
t = Thing()
print(t.size)
try:
    t.size = 4
except NoModificationAllowedErr as e:
    print('NoModificationAllowedErr', e)
