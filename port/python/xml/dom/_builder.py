"""Building a minidom Document from the events of xml.parsers.expat (with
namespaces, as minidom.parse and parseString do): adjacent character data
becomes one Text node, CDATA sections CDATASection nodes, namespace
declarations come first among an element's attributes, and the DOCTYPE
gives a DocumentType with its internal subset and internal entities."""

from xml.dom import XMLNS_NAMESPACE
from xml.dom._nodes import append_child
from xml.dom._element import Element, Attr, set_attribute_node
from xml.dom._leaves import Text, CDATASection


def _split(name):
    # 'uri local [prefix]' -> (uri, local, prefix, qualified name)
    parts = name.split(' ')
    if len(parts) == 3:
        return parts[0], parts[1], parts[2], parts[2] + ':' + parts[1]
    if len(parts) == 2:
        return parts[0], parts[1], None, parts[1]
    return None, name, None, name


class Builder:
    def __init__(self):
        from xml.dom._document import Document
        from xml.parsers.expat import ParserCreate
        self.document = doc = Document()
        self.current = doc
        self._in_cdata = False
        self._cdata_node = None
        self._decls = []
        p = self.parser = ParserCreate(namespace_separator=' ')
        p.namespace_prefixes = True
        p.buffer_text = True
        p.ordered_attributes = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartNamespaceDeclHandler = self.start_ns
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.XmlDeclHandler = self.xml_decl
        p.StartDoctypeDeclHandler = self.doctype
        p.EntityDeclHandler = self.entity

    def parse_string(self, data):
        self.parser.Parse(data, True)
        return self.document

    def parse_file(self, f):
        self.parser.ParseFile(f)
        return self.document

    def start_ns(self, prefix, uri):
        self._decls.append((prefix, uri))

    def start(self, name, attributes):
        doc = self.document
        uri, local, prefix, qname = _split(name)
        node = Element(qname, uri, prefix, local)
        node.ownerDocument = doc
        append_child(self.current, node)
        self.current = node
        for prefix, uri in self._decls:
            if prefix:
                a = Attr('xmlns:' + prefix, XMLNS_NAMESPACE, prefix, 'xmlns')
            else:
                a = Attr('xmlns', XMLNS_NAMESPACE, 'xmlns', None)
            a.value = uri
            a.ownerDocument = doc
            set_attribute_node(node, a)
        self._decls = []
        for i in range(0, len(attributes), 2):
            uri, local, prefix, qname = _split(attributes[i])
            a = Attr(qname, uri, local, prefix)
            a.value = attributes[i + 1]
            a.ownerDocument = doc
            set_attribute_node(node, a)

    def end(self, name):
        self.current = self.current.parentNode

    def data(self, text):
        kids = self.current.childNodes
        if self._in_cdata:
            if self._cdata_node is not None:
                self._cdata_node.data = self._cdata_node.data + text
                return
            node = self._cdata_node = CDATASection()
            node.data = text
        elif kids and kids[-1].nodeType == Text.TEXT_NODE:
            kids[-1].data = kids[-1].data + text
            return
        else:
            node = Text()
            node.data = text
        node.ownerDocument = self.document
        append_child(self.current, node)

    def start_cdata(self):
        self._in_cdata = True
        self._cdata_node = None

    def end_cdata(self):
        self._in_cdata = False
        self._cdata_node = None

    def comment(self, text):
        append_child(self.current, self.document.createComment(text))

    def pi(self, target, data):
        append_child(self.current, self.document.createProcessingInstruction(target, data))

    def xml_decl(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        if standalone >= 0:
            doc.standalone = bool(standalone)

    def doctype(self, name, system, public, has_subset):
        doc = self.document
        dt = doc.implementation.createDocumentType(name, public, system)
        dt.ownerDocument = doc
        if has_subset:
            dt.internalSubset = self.parser.internal_subset
            dt.entities._seq = []
            dt.notations._seq = []
        append_child(doc, dt)
        doc.doctype = dt

    def entity(self, name, is_pe, value, base, system, public, notation):
        if is_pe:
            return
        node = self.document._create_entity(name, public, system, notation)
        if value is not None:
            node.childNodes.append(self.document.createTextNode(value))
        self.document.doctype.entities._seq.append(node)


def parse(file):
    builder = Builder()
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as f:
            return builder.parse_file(f)
    return builder.parse_file(file)


def parseString(string):
    return Builder().parse_string(string)
