"""minidom's Element, Attr and NamedNodeMap (Element.attributes): attributes
are kept in two dicts, by qualified name and by (namespaceURI, localName),
in the order they were set, which is the order toxml() writes them in."""

import xml.dom
from xml.dom import XMLNS_NAMESPACE
from xml.dom._nodes import Node, NodeList, read_only, escape_text, elements_by_tag, elements_by_tag_ns
from xml.dom._leaves import Text


def split_qname(qname):
    """(prefix or None, local name)."""
    k = qname.find(':')
    if k < 0:
        return None, qname
    return qname[:k], qname[k + 1:]


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _is_id = False
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=None, localName=None, prefix=None):
        self.ownerElement = None
        self._name = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._localName = localName
        self._value = None
        self.childNodes = NodeList()
        self.childNodes.append(Text())

    def _get_localName(self):
        if self._localName is not None:
            return self._localName
        return self._name.split(':', 1)[-1]

    localName = read_only('localName')

    def _get_value(self):
        return self._value

    def _set_value(self, value):
        # the attribute's one Text child mirrors its value
        self._value = self.childNodes[0].data = value

    nodeValue = value = property(_get_value, _set_value)

    def _get_name(self):
        return self._name

    def _set_name(self, value):
        self._name = value

    nodeName = name = property(_get_name, _set_name)

    def _get_prefix(self):
        return self._prefix

    def _set_prefix(self, prefix):
        if prefix == 'xmlns' and self.namespaceURI and self.namespaceURI != XMLNS_NAMESPACE:
            raise xml.dom.NamespaceErr("illegal use of 'xmlns' prefix for the wrong namespace")
        self._prefix = prefix
        self.name = self.localName if prefix is None else '%s:%s' % (prefix, self.localName)

    prefix = property(_get_prefix, _set_prefix)

    def _get_specified(self):
        return self.specified

    def _get_isId(self):
        return self._is_id

    isId = read_only('isId')

    def unlink(self):
        elem = self.ownerElement
        if elem is not None:
            del elem._attrs[self.nodeName]
            del elem._attrsNS[(self.namespaceURI, self.localName)]
        for child in self.childNodes:
            child.unlink()
        del self.childNodes[:]

    def __repr__(self):
        return '<xml.dom.minidom.Attr object at %#x>' % id(self)


class NamedNodeMap:
    """A live view of an element's attributes."""

    def __init__(self, attrs, attrsNS, ownerElement):
        # the element's own dicts, shared: changes show up both ways
        self._attrs, self._attrsNS = attrs, attrsNS
        self._ownerElement = ownerElement

    def _get_length(self):
        return len(self._attrs)

    __len__ = _get_length
    length = read_only('length')

    def item(self, index):
        keys = list(self._attrs.keys())
        if -len(keys) <= index < len(keys):
            return self._attrs[keys[index]]
        return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def itemsNS(self):
        return [((node.namespaceURI, node.localName), node.value) for node in self._attrs.values()]

    def __contains__(self, key):
        return key in (self._attrs if isinstance(key, str) else self._attrsNS)

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def keysNS(self):
        return self._attrsNS.keys()

    def __eq__(self, other):
        return self._attrs is getattr(other, '_attrs', None)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return id(self)

    def __getitem__(self, key):
        return (self._attrsNS if isinstance(key, tuple) else self._attrs)[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            node = self._attrs.get(name)
            if node is None:
                node = Attr(name)
                node.ownerDocument = self._ownerElement.ownerDocument
                self.setNamedItem(node)
            node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError('value must be a string or Attr object')
            self.setNamedItem(value)

    def __delitem__(self, key):
        self[key].unlink()

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self.getNamedItem(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        return self._drop(node)

    def removeNamedItemNS(self, namespaceURI, localName):
        node = self.getNamedItemNS(namespaceURI, localName)
        if node is None:
            raise xml.dom.NotFoundErr()
        return self._drop(node)

    def _drop(self, node):
        del self._attrs[node.nodeName]
        del self._attrsNS[(node.namespaceURI, node.localName)]
        node.ownerElement = None
        return node

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise xml.dom.HierarchyRequestErr('%r cannot be child of %r' % (node, self))
        previous = self._attrs.get(node.name)
        if previous is not None:
            previous.unlink()
        self._attrsNS[(node.namespaceURI, node.localName)] = node
        self._attrs[node.name] = node
        node.ownerElement = self._ownerElement
        return previous

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


def set_attribute_node(element, attr):
    if element._attrs is None:
        element._attrs, element._attrsNS = {}, {}
    element._attrs[attr.name] = attr
    element._attrsNS[(attr.namespaceURI, attr.localName)] = attr
    attr.ownerElement = element


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=None, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI, self.prefix = namespaceURI, prefix
        # the attribute dicts are made when the first attribute is set
        self._attrs = self._attrsNS = None
        self.parentNode = self.nextSibling = self.previousSibling = None
        self.childNodes = NodeList()

    def _get_localName(self):
        return self.tagName.split(':', 1)[-1]

    localName = read_only('localName')

    def _get_tagName(self):
        return self.tagName

    def _get_attributes(self):
        if self._attrs is None:
            self._attrs, self._attrsNS = {}, {}
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    attributes = read_only('attributes')

    def hasAttributes(self):
        return bool(self._attrs)

    def unlink(self):
        if self._attrs is not None:
            for attr in list(self._attrs.values()):
                attr.unlink()
        self._attrs = self._attrsNS = None
        Node.unlink(self)

    def getAttribute(self, attname):
        node = self._attrs.get(attname) if self._attrs else None
        return '' if node is None else node.value

    def getAttributeNS(self, namespaceURI, localName):
        node = self._attrsNS.get((namespaceURI, localName)) if self._attrsNS else None
        return '' if node is None else node.value

    def setAttribute(self, attname, value):
        attr = self.getAttributeNode(attname)
        if attr is None:
            attr = Attr(attname)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        elif value != attr.value:
            attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = split_qname(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, local)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
            return
        if value != attr.value:
            attr.value = value
        if attr.prefix != prefix:
            attr.prefix = prefix
            attr.nodeName = qualifiedName

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname) if self._attrs is not None else None

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName)) if self._attrsNS is not None else None

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr('attribute node already owned')
        if self._attrs is None:
            self._attrs, self._attrsNS = {}, {}
        old1 = self._attrs.get(attr.name)
        if old1 is not None:
            self.removeAttributeNode(old1)
        old2 = self._attrsNS.get((attr.namespaceURI, attr.localName))
        if old2 is not None and old2 is not old1:
            self.removeAttributeNode(old2)
        set_attribute_node(self, attr)
        if old1 is not attr:
            return old1
        if old2 is not attr:
            return old2
        return None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        if self._attrsNS is None or name not in self._attrs:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(self._attrs[name])

    def removeAttributeNS(self, namespaceURI, localName):
        key = (namespaceURI, localName)
        if self._attrsNS is None or key not in self._attrsNS:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(self._attrsNS[key])

    def removeAttributeNode(self, node):
        if node is None or self._attrs is None or node.name not in self._attrs:
            raise xml.dom.NotFoundErr()
        node.unlink()
        node.ownerDocument = self.ownerDocument
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return self._attrs is not None and name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self._attrsNS is not None and (namespaceURI, localName) in self._attrsNS

    def getElementsByTagName(self, name):
        return elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise xml.dom.NotFoundErr()
        idAttr._is_id = True

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        if self._attrs:
            for name, attr in self._attrs.items():
                writer.write(' %s="' % name)
                writer.write(escape_text(attr.value))
                writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write('/>' + newl)
            return
        writer.write('>')
        if len(kids) == 1 and kids[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            # A lone text child stays on the element's line, unindented.
            kids[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for node in kids:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write('</%s>%s' % (self.tagName, newl))
