"""minidom's childless nodes and the document type: CharacterData with
Text, CDATASection and Comment, ProcessingInstruction, DocumentType with
its Entity and Notation maps, and DocumentFragment."""

import xml.dom
from xml.dom._nodes import Node, NodeList, Childless, read_only, escape_text


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    nodeValue = None
    attributes = None
    parentNode = None
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE,
                         Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE, Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


def _alias(name):
    # a read-write property that stands for another attribute
    def read(self):
        return getattr(self, name)

    def write(self, value):
        setattr(self, name, value)
    return property(read, write)


class ProcessingInstruction(Childless, Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target, self.data = target, data

    # the generic DOM names are live views of target and data
    nodeName = _alias('target')
    nodeValue = _alias('data')
    _get_nodeName, _set_nodeName = nodeName.fget, nodeName.fset
    _get_nodeValue, _set_nodeValue = nodeValue.fget, nodeValue.fset

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))

    def __repr__(self):
        return '<xml.dom.minidom.ProcessingInstruction object at %#x>' % id(self)


def _check_offset(data, offset):
    if offset < 0:
        raise xml.dom.IndexSizeErr('offset cannot be negative')
    if offset >= len(data):
        raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')


class CharacterData(Childless, Node):
    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ''

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        self._data = data

    data = nodeValue = property(_get_data, _set_data)

    def _get_length(self):
        return len(self.data)

    length = read_only('length')

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[0:10], '...' if len(data) > 10 else '')

    def substringData(self, offset, count):
        _check_offset(self.data, offset)
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        _check_offset(self.data, offset)
        if arg:
            self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self.replaceData(offset, count, '')

    def replaceData(self, offset, count, arg):
        _check_offset(self.data, offset)
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')
        if count:
            self.data = self.data[:offset] + arg + self.data[offset + count:]


def _texty(node):
    return node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr('illegal offset value')
        rest = type(self)()
        rest.data = self.data[offset:]
        rest.ownerDocument = self.ownerDocument
        after = self.nextSibling
        parent = self.parentNode
        if parent and any(c is self for c in parent.childNodes):
            if after is None:
                parent.appendChild(rest)
            else:
                parent.insertBefore(rest, after)
        self.data = self.data[:offset]
        return rest

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(escape_text('%s%s%s' % (indent, self.data, newl)))

    def _get_wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while _texty(n):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while _texty(n):
            parts.append(n.data)
            n = n.nextSibling
        return ''.join(parts)

    wholeText = read_only('wholeText')

    def replaceWholeText(self, content):
        parent = self.parentNode
        n = self.previousSibling
        while _texty(n):
            before = n.previousSibling
            parent.removeChild(n)
            n = before
        n = self.nextSibling
        if not content:
            parent.removeChild(self)
        while _texty(n):
            after = n.nextSibling
            parent.removeChild(n)
            n = after
        if content:
            self.data = content
            return self
        return None

    def _get_isWhitespaceInElementContent(self):
        return False

    isWhitespaceInElementContent = read_only('isWhitespaceInElementContent')


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write('<![CDATA[%s]]>' % self.data)


class ReadOnlySequentialNamedNodeMap:
    """DocumentType.entities and .notations."""

    def __init__(self, seq=()):
        self._seq = seq     # replaced wholesale when a doctype is copied

    def _get_length(self):
        return len(self._seq)

    __len__ = _get_length
    length = read_only('length')

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for n in self._seq:
            if n.namespaceURI == namespaceURI and n.localName == localName:
                return n
        return None

    def __getitem__(self, key):
        node = self.getNamedItemNS(*key) if isinstance(key, tuple) else self.getNamedItem(key)
        if node is None:
            raise KeyError(key)
        return node

    def item(self, index):
        if 0 <= index < len(self._seq):
            return self._seq[index]
        return None

    def _refuse(self, *args):
        raise xml.dom.NoModificationAllowedErr('NamedNodeMap instance is read-only')

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _refuse


class Identified:
    """publicId and systemId."""

    def _identified_mixin_init(self, publicId, systemId):
        self.publicId, self.systemId = publicId, systemId

    def _get_systemId(self):
        return self.systemId

    def _get_publicId(self):
        return self.publicId


class DocumentType(Identified, Childless, Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = name = internalSubset = None
    publicId = systemId = None

    def __init__(self, qualifiedName):
        # only the local part of a prefixed name is the doctype's name
        if qualifiedName:
            self.name = qualifiedName.split(':', 1)[-1]
        self.nodeName = self.name
        self.entities, self.notations = (ReadOnlySequentialNamedNodeMap(),
                                         ReadOnlySequentialNamedNodeMap())

    def _get_internalSubset(self):
        return self.internalSubset

    def cloneNode(self, deep):
        if self.ownerDocument is not None:
            return None
        clone = DocumentType(None)
        clone.name = clone.nodeName = self.name
        if deep:
            clone.entities._seq = [_copy_entity(e) for e in self.entities._seq]
            clone.notations._seq = [Notation(n.nodeName, n.publicId, n.systemId) for n in self.notations._seq]
        return clone

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<!DOCTYPE ')
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(' [')
            writer.write(self.internalSubset)
            writer.write(']')
        writer.write('>' + newl)


def _copy_entity(e):
    c = Entity(e.nodeName, e.publicId, e.systemId, e.notationName)
    c.actualEncoding, c.encoding, c.version = e.actualEncoding, e.encoding, e.version
    return c


class Entity(Identified, Node):
    nodeType = Node.ENTITY_NODE
    attributes = nodeValue = None
    actualEncoding = encoding = version = None

    def __init__(self, name, publicId, systemId, notation):
        self._identified_mixin_init(publicId, systemId)
        self.nodeName, self.notationName = name, notation
        self.childNodes = NodeList()

    def appendChild(self, newChild):
        raise xml.dom.HierarchyRequestErr('cannot append children to an entity node')

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr('cannot insert children below an entity node')

    def removeChild(self, oldChild):
        raise xml.dom.HierarchyRequestErr('cannot remove children from an entity node')

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr('cannot replace children of an entity node')


class Notation(Identified, Childless, Node):
    nodeType = Node.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self._identified_mixin_init(publicId, systemId)
        self.nodeName = name
