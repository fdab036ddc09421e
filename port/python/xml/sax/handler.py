"""xml.sax.handler: the handler base classes (ContentHandler, ErrorHandler,
DTDHandler, EntityResolver, LexicalHandler), whose methods do nothing
(ErrorHandler raises errors and prints warnings), and the names of the SAX
features and properties."""


class ErrorHandler:
    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception

    def warning(self, exception):
        print(exception)


class ContentHandler:
    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startDocument(self):
        pass

    def endDocument(self):
        pass

    def startPrefixMapping(self, prefix, uri):
        pass

    def endPrefixMapping(self, prefix):
        pass

    def startElement(self, name, attrs):
        pass

    def endElement(self, name):
        pass

    def startElementNS(self, name, qname, attrs):
        pass

    def endElementNS(self, name, qname):
        pass

    def characters(self, content):
        pass

    def ignorableWhitespace(self, whitespace):
        pass

    def processingInstruction(self, target, data):
        pass

    def skippedEntity(self, name):
        pass


class DTDHandler:
    def notationDecl(self, name, publicId, systemId):
        pass

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        pass


class EntityResolver:
    def resolveEntity(self, publicId, systemId):
        return systemId


class LexicalHandler:
    def comment(self, content):
        pass

    def startDTD(self, name, public_id, system_id):
        pass

    def endDTD(self):
        pass

    def startCDATA(self):
        pass

    def endCDATA(self):
        pass


_F = 'http://xml.org/sax/features/'
feature_namespaces = _F + 'namespaces'
feature_namespace_prefixes = _F + 'namespace-prefixes'
feature_string_interning = _F + 'string-interning'
feature_validation = _F + 'validation'
feature_external_ges = _F + 'external-general-entities'
feature_external_pes = _F + 'external-parameter-entities'
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning, feature_validation,
                feature_external_ges, feature_external_pes]

_P = 'http://xml.org/sax/properties/'
property_lexical_handler = _P + 'lexical-handler'
property_declaration_handler = _P + 'declaration-handler'
property_dom_node = _P + 'dom-node'
property_xml_string = _P + 'xml-string'
property_encoding = 'http://www.python.org/sax/properties/encoding'
property_interning_dict = 'http://www.python.org/sax/properties/interning-dict'
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler, property_xml_string,
                  property_encoding, property_interning_dict]
