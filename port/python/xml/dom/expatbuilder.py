"""xml.dom.expatbuilder: building minidom Documents from the events of
xml.parsers.expat, as CPython 3.11's module does and as minidom.parse and
parseString use it: ExpatBuilder (qualified names, no namespaces),
ExpatBuilderNS (the Namespaces mixin), FragmentBuilder(NS), parse,
parseString, parseFragment, parseFragmentString, makeBuilder, ParseEscape
and Options (the defaults of xml.dom.xmlbuilder.Options, which is not
provided). The handler methods keep CPython's names so that subclasses may
override them or install their own in install(parser) (as defusedxml does);
the DTD handlers are called once the whole DOCTYPE was read.

Adjacent character data becomes one Text node, CDATA sections
CDATASection nodes, namespace declarations come first among an element's
attributes, the DOCTYPE gives a DocumentType with its internal subset and
internal entities.

Not supported: options.filter (NotImplementedError), ELEMENT and ATTLIST
declarations (ID types, whitespace in element content), notations in
DocumentType.notations; fragments are parsed inside a wrapper element
rather than as an external entity."""

from xml.dom import XMLNS_NAMESPACE, EMPTY_NAMESPACE
from xml.dom._nodes import append_child
from xml.dom._element import Element, Attr, set_attribute_node
from xml.dom._leaves import Text, CDATASection
from xml.parsers import expat


class Options:
    namespaces = 1
    namespace_declarations = create_entity_ref_nodes = entities = True
    external_parameter_entities = external_general_entities = external_dtd_subset = True
    whitespace_in_element_content = cdata_sections = comments = charset_overrides_xml_encoding = True
    validation = validate = validate_if_schema = datatype_normalization = infoset = supported_mediatypes_only = False
    errorHandler = filter = None


class ParseEscape(Exception):
    """Stops the parser early."""


def _split(name):
    # 'uri local [prefix]' -> (uri, local, prefix, qualified name)
    parts = name.split(' ')
    if len(parts) == 3:
        return parts[0], parts[1], parts[2], parts[2] + ':' + parts[1]
    if len(parts) == 2:
        return parts[0], parts[1], None, parts[1]
    return EMPTY_NAMESPACE, name, None, name


class ExpatBuilder:
    """Document builder that uses Expat to build a minidom tree."""

    def __init__(self, options=None):
        if options is None:
            options = Options()
        if options.filter is not None:
            raise NotImplementedError('xml.dom.expatbuilder: DOM builder filters')
        self._options = options
        self._filter = None
        self._parser = None
        self.reset()

    def createParser(self):
        return expat.ParserCreate()

    def getParser(self):
        if not self._parser:
            p = self._parser = self.createParser()
            self._intern_setdefault = p.intern.setdefault
            p.buffer_text = True
            p.ordered_attributes = True
            p.specified_attributes = True
            self.install(p)
        return self._parser

    def reset(self):
        from xml.dom.minidom import Document
        self.document = Document()
        self.curNode = self.document
        self._cdata = False
        self._cdata_node = None

    def install(self, parser):
        # (expat attribute, our handler method, option that enables it;
        # None: always installed).  Character data goes to the CDATA-aware
        # handler only when CDATA sections are kept as nodes.
        opts = self._options
        keep_cdata = opts.cdata_sections
        table = (
            ('StartDoctypeDeclHandler', 'start_doctype_decl_handler', None),
            ('StartElementHandler', 'first_element_handler', None),
            ('EndElementHandler', 'end_element_handler', None),
            ('ProcessingInstructionHandler', 'pi_handler', None),
            ('EntityDeclHandler', 'entity_decl_handler', 'entities'),
            ('NotationDeclHandler', 'notation_decl_handler', None),
            ('CommentHandler', 'comment_handler', 'comments'),
            ('StartCdataSectionHandler', 'start_cdata_section_handler', 'cdata_sections'),
            ('EndCdataSectionHandler', 'end_cdata_section_handler', 'cdata_sections'),
            ('CharacterDataHandler', 'character_data_handler_cdata'
             if keep_cdata else 'character_data_handler', None),
            ('ExternalEntityRefHandler', 'external_entity_ref_handler', None),
            ('XmlDeclHandler', 'xml_decl_handler', None),
        )
        for slot, method, option in table:
            if option is None or getattr(opts, option):
                setattr(parser, slot, getattr(self, method))

    def _done(self):
        doc = self.document
        self.reset()
        self._parser = None
        return doc

    def parseFile(self, file):
        parser = self.getParser()
        try:
            parser.ParseFile(file)
        except ParseEscape:
            pass
        return self._done()

    def parseString(self, string):
        parser = self.getParser()
        try:
            parser.Parse(string, True)
        except ParseEscape:
            pass
        return self._done()

    # -- handlers ------------------------------------------------------------

    def start_doctype_decl_handler(self, doctypeName, systemId, publicId, has_internal_subset):
        doc = self.document
        dt = doc.implementation.createDocumentType(doctypeName, publicId, systemId)
        dt.ownerDocument = doc
        if has_internal_subset:
            dt.internalSubset = self._parser.internal_subset
            dt.entities._seq = []
            dt.notations._seq = []
        append_child(doc, dt)
        doc.doctype = dt

    def end_doctype_decl_handler(self):
        pass

    def pi_handler(self, target, data):
        append_child(self.curNode, self.document.createProcessingInstruction(target, data))

    def character_data_handler_cdata(self, data):
        if self._cdata:
            node = self._cdata_node
            if node is not None:
                node.data = node.data + data
                return
            node = self._cdata_node = CDATASection()
            node.data = data
            node.ownerDocument = self.document
            append_child(self.curNode, node)
        else:
            self.character_data_handler(data)

    def character_data_handler(self, data):
        kids = self.curNode.childNodes
        if kids and kids[-1].nodeType == Text.TEXT_NODE:
            kids[-1].data = kids[-1].data + data
            return
        node = Text()
        node.data = data
        node.ownerDocument = self.document
        append_child(self.curNode, node)

    def entity_decl_handler(self, entityName, is_parameter_entity, value, base, systemId, publicId, notationName):
        if is_parameter_entity:
            return
        doc = self.document
        node = doc._create_entity(entityName, publicId, systemId, notationName)
        if value is not None:
            node.childNodes.append(doc.createTextNode(value))
        doc.doctype.entities._seq.append(node)

    def notation_decl_handler(self, notationName, base, systemId, publicId):
        doc = self.document
        doc.doctype.notations._seq.append(doc._create_notation(notationName, publicId, systemId))

    def comment_handler(self, data):
        append_child(self.curNode, self.document.createComment(data))

    def start_cdata_section_handler(self):
        self._cdata = True
        self._cdata_node = None

    def end_cdata_section_handler(self):
        self._cdata = False
        self._cdata_node = None

    def external_entity_ref_handler(self, context, base, systemId, publicId):
        return 1

    def first_element_handler(self, name, attributes):
        self.getParser().StartElementHandler = self.start_element_handler
        self.start_element_handler(name, attributes)

    def _element(self, qname, uri, prefix, local):
        node = Element(qname, uri, prefix, local)
        node.ownerDocument = self.document
        append_child(self.curNode, node)
        self.curNode = node
        return node

    def _attr(self, node, qname, uri, local, prefix, value):
        a = Attr(qname, uri, local, prefix)
        a.value = value
        a.ownerDocument = self.document
        set_attribute_node(node, a)

    def start_element_handler(self, name, attributes):
        node = self._element(name, EMPTY_NAMESPACE, None, name)
        for i in range(0, len(attributes), 2):
            self._attr(node, attributes[i], EMPTY_NAMESPACE, attributes[i], None, attributes[i + 1])

    def end_element_handler(self, name):
        self.curNode = self.curNode.parentNode

    def xml_decl_handler(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        if standalone >= 0:
            doc.standalone = bool(standalone)


class Namespaces:
    # mixed into a builder: expat reports namespaced names and the
    # xmlns declarations become attributes again

    def _initNamespaces(self):
        self._ns_ordered_prefixes = []

    def createParser(self):
        parser = expat.ParserCreate(namespace_separator=' ')
        parser.namespace_prefixes = True
        return parser

    def install(self, parser):
        ExpatBuilder.install(self, parser)
        if self._options.namespace_declarations:
            parser.StartNamespaceDeclHandler = self.start_namespace_decl_handler

    def start_namespace_decl_handler(self, prefix, uri):
        self._ns_ordered_prefixes.append((prefix, uri))

    def start_element_handler(self, name, attributes):
        uri, local, prefix, qname = _split(name)
        node = self._element(qname, uri, prefix, local)
        for prefix, uri in self._ns_ordered_prefixes:
            if prefix:
                self._attr(node, 'xmlns:' + prefix, XMLNS_NAMESPACE, prefix, 'xmlns', uri)
            else:
                self._attr(node, 'xmlns', XMLNS_NAMESPACE, 'xmlns', None, uri)
        self._ns_ordered_prefixes = []
        for i in range(0, len(attributes), 2):
            uri, local, prefix, qname = _split(attributes[i])
            self._attr(node, qname, uri, local, prefix, attributes[i + 1])


class ExpatBuilderNS(Namespaces, ExpatBuilder):
    # whole documents, namespace-aware

    def reset(self):
        ExpatBuilder.reset(self)
        self._initNamespaces()


class FragmentBuilder(ExpatBuilder):
    """Builds a DocumentFragment from a piece of markup, in the context of
    an existing node (its document's internal subset applies; as with
    CPython's builder, no namespace declaration is inherited)."""

    def __init__(self, context, options=None):
        self.context = context
        is_doc = context.nodeType == context.DOCUMENT_NODE
        self.originalDocument = context if is_doc else context.ownerDocument
        ExpatBuilder.__init__(self, options)

    def reset(self):
        ExpatBuilder.reset(self)
        self.fragment = None

    def parseFile(self, file):
        return self.parseString(file.read())

    def parseString(self, string):
        if isinstance(string, (bytes, bytearray)):
            string = bytes(string).decode('utf-8')
        doctype = self.originalDocument.doctype
        head = ''
        if doctype is not None:
            head = '<!DOCTYPE wrapper [%s]>' % (doctype.internalSubset or '')
        text = '%s<wrapper %s>%s</wrapper>' % (head, self._getNSattrs(), string)
        parser = self.getParser()
        try:
            parser.Parse(text, True)
        except ParseEscape:
            pass
        wrapper = self.document.documentElement
        fragment = self.originalDocument.createDocumentFragment()
        for node in list(wrapper.childNodes):
            fragment.appendChild(self.originalDocument.importNode(node, True))
        self.reset()
        self._parser = None
        return fragment

    def _getNSattrs(self):
        return ''


class FragmentBuilderNS(Namespaces, FragmentBuilder):
    # fragments, namespace-aware

    def reset(self):
        FragmentBuilder.reset(self)
        self._initNamespaces()


def makeBuilder(options):
    # namespace-aware unless the options turn namespaces off
    return ExpatBuilderNS(options) if options.namespaces else ExpatBuilder(options)


def _run(builder, source, as_string):
    if as_string:
        return builder.parseString(source)
    if isinstance(source, str) or hasattr(source, '__fspath__'):
        with open(source, 'rb') as f:
            return builder.parseFile(f)
    return builder.parseFile(source)


def parse(file, namespaces=True):
    """Parse a document (a file name or an open file) into a Document."""
    return _run(ExpatBuilderNS() if namespaces else ExpatBuilder(), file, False)


def parseString(string, namespaces=True):
    """Parse a document from a string into a Document."""
    return _run(ExpatBuilderNS() if namespaces else ExpatBuilder(), string, True)


def parseFragment(file, context, namespaces=True):
    """Parse a fragment (a file name or an open file) in the context of a
    node into a DocumentFragment."""
    return _run((FragmentBuilderNS if namespaces else FragmentBuilder)(context), file, False)


def parseFragmentString(string, context, namespaces=True):
    """Parse a fragment from a string in the context of a node."""
    return _run((FragmentBuilderNS if namespaces else FragmentBuilder)(context), string, True)
