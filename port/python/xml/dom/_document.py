"""minidom's Document, DOMImplementation and the cloning of nodes
(cloneNode, importNode). getElementById finds attributes marked with
setIdAttribute*; ID types declared in a DTD are not known."""

import xml.dom
from xml.dom._nodes import Node, NodeList, read_only, elements_by_tag, elements_by_tag_ns
from xml.dom._element import Element, Attr, split_qname
from xml.dom._leaves import (Text, CDATASection, Comment, ProcessingInstruction, DocumentFragment, DocumentType,
                             Entity, Notation)


def _root_element(doc, uri, qname):
    # the document element createDocument() makes, after its name checks
    if not qname:
        raise xml.dom.InvalidCharacterErr('Element with no name')
    prefix = split_qname(qname)[0]
    if prefix == 'xml' and uri != xml.dom.XML_NAMESPACE:
        raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
    if prefix and not uri:
        raise xml.dom.NamespaceErr('illegal use of prefix without namespaces')
    return doc.createElementNS(uri, qname)


class DOMImplementation:
    _features = (('core', '1.0'), ('core', '2.0'), ('core', None), ('xml', '1.0'), ('xml', '2.0'), ('xml', None),
                 ('ls-load', '3.0'), ('ls-load', None))

    def hasFeature(self, feature, version):
        if version == '':
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr('doctype object owned by another DOM tree')
        doc = Document()
        # All three None asks for an empty document (the parsers' start).
        if not (namespaceURI is None and qualifiedName is None and doctype is None):
            root = _root_element(doc, namespaceURI, qualifiedName)
            if doctype:
                doc.appendChild(doctype)
            doc.appendChild(root)
        doc.doctype = doctype
        if doctype:
            doctype.ownerDocument = doctype.parentNode = doc
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        made = DocumentType(qualifiedName)
        made.publicId, made.systemId = publicId, systemId
        return made

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.DOCUMENT_TYPE_NODE)
    implementation = DOMImplementation()
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = attributes = parentNode = None
    previousSibling = nextSibling = None
    actualEncoding = encoding = standalone = version = None
    documentURI = errorHandler = None
    strictErrorChecking = async_ = False

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    def _get_documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    documentElement = read_only('documentElement')

    def appendChild(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr('%r cannot be child of %r' % (node, self))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self._get_documentElement():
            raise xml.dom.HierarchyRequestErr('two document elements disallowed')
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        del self.childNodes[self._index(oldChild)]
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def unlink(self):
        doctype, self.doctype = self.doctype, None
        if doctype is not None:
            doctype.unlink()
        Node.unlink(self)

    def cloneNode(self, deep):
        # only deep copies of a whole document exist (None otherwise)
        return self._deep_copy() if deep else None

    def _deep_copy(self):
        clone = self.implementation.createDocument(None, None, None)
        clone.encoding, clone.standalone, clone.version = self.encoding, self.standalone, self.version
        for n in self.childNodes:
            c = clone_node(n, True, clone)
            clone.childNodes.append(c)
            if c.nodeType == Node.DOCUMENT_TYPE_NODE:
                clone.doctype = c
            c.parentNode = clone
        self._call_user_data_handler(xml.dom.UserDataHandler.NODE_CLONED, self, clone)
        return clone

    # -- factories -----------------------------------------------------------

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createTextNode(self, data):
        return self._text(Text(), data)

    def createCDATASection(self, data):
        return self._text(CDATASection(), data)

    def _text(self, node, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        node.data = data
        return self._own(node)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        a = self._own(Attr(qName))
        a.value = ''
        return a

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = split_qname(qualifiedName)
        a = self._own(Attr(qualifiedName, namespaceURI, local, prefix))
        a.value = ''
        return a

    def _create_entity(self, name, publicId, systemId, notationName):
        return self._own(Entity(name, publicId, systemId, notationName))

    def _create_notation(self, name, publicId, systemId):
        return self._own(Notation(name, publicId, systemId))

    # -- queries -------------------------------------------------------------

    def getElementById(self, id):
        for node in elements_by_tag(self, '*', []):
            if node._attrs:
                for attr in node._attrs.values():
                    if attr._is_id and attr.value == id:
                        return node
        return None

    def getElementsByTagName(self, name):
        return elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == Node.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr('cannot import document nodes')
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr('cannot import document type nodes')
        return clone_node(node, deep, self)

    def renameNode(self, n, namespaceURI, name):
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr('cannot rename nodes from other documents;\nexpected %s,\nfound %s'
                                           % (self, n.ownerDocument))
        if n.nodeType not in (Node.ELEMENT_NODE, Node.ATTRIBUTE_NODE):
            raise xml.dom.NotSupportedErr('renameNode() only applies to element and attribute nodes')
        prefix, local = split_qname(name) if namespaceURI is not None else (None, None)
        element = n.ownerElement if n.nodeType == Node.ATTRIBUTE_NODE else None
        if element is not None:
            element.removeAttributeNode(n)
        n.namespaceURI = namespaceURI
        if n.nodeType == Node.ELEMENT_NODE:
            n.prefix = prefix
            n.tagName = n.nodeName = name
        else:
            n._prefix, n._localName = prefix, local
            n.name = name
            if element is not None:
                element.setAttributeNode(n)
        return n

    # -- output --------------------------------------------------------------

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None, standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ('yes' if standalone else 'no'))
        writer.write('<?xml version="1.0" %s?>%s' % (' '.join(decl), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def saveXML(self, snode=None):
        return (snode or self).toxml()


def clone_node(node, deep, doc):
    """A copy of node owned by doc (cloneNode, importNode)."""
    same = node.ownerDocument is doc
    op = xml.dom.UserDataHandler.NODE_CLONED if same else xml.dom.UserDataHandler.NODE_IMPORTED
    t = node.nodeType
    if t == Node.ELEMENT_NODE:
        clone = doc.createElementNS(node.namespaceURI, node.nodeName)
        for attr in node.attributes.values():
            clone.setAttributeNS(attr.namespaceURI, attr.nodeName, attr.value)
            clone.getAttributeNodeNS(attr.namespaceURI, attr.localName).specified = attr.specified
        if deep:
            for child in node.childNodes:
                clone.appendChild(clone_node(child, deep, doc))
    elif t == Node.DOCUMENT_FRAGMENT_NODE:
        clone = doc.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(clone_node(child, deep, doc))
    elif t == Node.TEXT_NODE:
        clone = doc.createTextNode(node.data)
    elif t == Node.CDATA_SECTION_NODE:
        clone = doc.createCDATASection(node.data)
    elif t == Node.PROCESSING_INSTRUCTION_NODE:
        clone = doc.createProcessingInstruction(node.target, node.data)
    elif t == Node.COMMENT_NODE:
        clone = doc.createComment(node.data)
    elif t == Node.ATTRIBUTE_NODE:
        clone = doc.createAttributeNS(node.namespaceURI, node.nodeName)
        clone.specified = True
        clone.value = node.value
    elif t == Node.DOCUMENT_TYPE_NODE:
        op = xml.dom.UserDataHandler.NODE_IMPORTED
        clone = doc.implementation.createDocumentType(node.name, node.publicId, node.systemId)
        clone.ownerDocument = doc
        if deep:
            from xml.dom._leaves import _copy_entity
            clone.entities._seq = [_copy_entity(e) for e in node.entities._seq]
            clone.notations._seq = [Notation(n.nodeName, n.publicId, n.systemId) for n in node.notations._seq]
            for n in clone.entities._seq + clone.notations._seq:
                n.ownerDocument = doc
    else:
        raise xml.dom.NotSupportedErr('Cannot clone node %r' % (node,))
    node._call_user_data_handler(op, node, clone)
    return clone
