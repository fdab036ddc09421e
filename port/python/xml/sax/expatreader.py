"""xml.sax.expatreader: the SAX driver (ExpatParser, create_parser) over
xml.parsers.expat. Features: namespaces, namespace-prefixes,
string-interning, external-general-entities and external-parameter-entities
are recorded (external entities and the external DTD subset are never
read: external_entity_ref accepts them and does nothing); validation cannot be
turned on. Properties: lexical-handler (comments, CDATA sections, the
DOCTYPE) and interning-dict. Locator positions are those of the event
being reported."""

from xml.parsers import expat
from xml.sax import handler, xmlreader
from xml.sax._exceptions import SAXParseException, SAXNotRecognizedException, SAXNotSupportedException
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl


class ExpatLocator(xmlreader.Locator):
    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        return self._reader.getColumnNumber()

    def getLineNumber(self):
        return self._reader.getLineNumber()

    def getPublicId(self):
        return self._reader.getPublicId()

    def getSystemId(self):
        return self._reader.getSystemId()


class _Closed:
    # stands in for the expat parser after close(), so that the locator can
    # still report where parsing stopped
    def __init__(self, parser):
        self.ErrorLineNumber = parser.ErrorLineNumber
        self.ErrorColumnNumber = parser.ErrorColumnNumber


def _forward(method):
    # an expat callback that passes its arguments on to the content handler
    def callback(self, *args):
        return getattr(self._cont_handler, method)(*args)
    return callback


def _pair(name):
    parts = name.split(' ')
    if len(parts) == 1:
        return None, name
    return parts[0], parts[1]


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for the expat interface."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._namespace_prefixes = 0
        self._lex_handler_prop = None
        self._parsing = False
        self._external_ges = 0
        self._external_pes = 0
        self._interning = None

    def parse(self, source):
        from xml.sax.saxutils import prepare_input_source
        self._source = source = prepare_input_source(source)
        finished = False
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, source)
            finished = True
        finally:
            # on success close() has already released the streams
            if not finished:
                self._close_source()

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            # relative references in the document resolve against it
            self._parser.SetBase(base)

    def setContentHandler(self, handler):
        xmlreader.XMLReader.setContentHandler(self, handler)
        # a parser already running has the old handler's methods bound in
        if self._parsing:
            self._reset_cont_handler()

    # -- features and properties ---------------------------------------------

    def _feature_attr(self, name):
        return {handler.feature_namespaces: '_namespaces',
                handler.feature_namespace_prefixes: '_namespace_prefixes',
                handler.feature_external_ges: '_external_ges',
                handler.feature_external_pes: '_external_pes'}.get(name)

    def getFeature(self, name):
        attr = self._feature_attr(name)
        if attr is not None:
            return getattr(self, attr)
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name == handler.feature_validation:
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException('Cannot set features while parsing')
        attr = self._feature_attr(name)
        if attr is not None:
            setattr(self, attr, state)
        elif name == handler.feature_string_interning:
            if state:
                if self._interning is None:
                    self._interning = {}
            else:
                self._interning = None
        elif name == handler.feature_validation:
            if state:
                raise SAXNotSupportedException('expat does not support validation')
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == handler.property_interning_dict:
            return self._interning
        if name == handler.property_xml_string:
            raise SAXNotSupportedException('xml.sax: property xml-string')
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            # rebind the running parser's comment/CDATA/DOCTYPE callbacks
            if self._parsing:
                self._reset_lex_handler_prop()
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # -- incremental parsing -------------------------------------------------

    def _start_document(self):
        self.reset()
        self._parsing = True
        self._cont_handler.startDocument()

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self._start_document()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._err_handler.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def _close_source(self):
        source = self._source
        try:
            f = source.getCharacterStream()
            if f is not None:
                f.close()
        finally:
            f = source.getByteStream()
            if f is not None:
                f.close()

    def close(self):
        if self._parser is None or isinstance(self._parser, _Closed):
            return
        try:
            self.feed(b'', isFinal=True)
            self._cont_handler.endDocument()
            self._parser = None
        finally:
            self._parsing = False
            unfinished = self._parser
            if unfinished is not None:
                self._parser = _Closed(unfinished)
            self._close_source()

    def _reset_cont_handler(self):
        self._parser.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        self._parser.CharacterDataHandler = self._cont_handler.characters

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        p = self._parser
        if lex is None:
            p.CommentHandler = p.StartCdataSectionHandler = p.EndCdataSectionHandler = None
            p.StartDoctypeDeclHandler = p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lex.comment
            p.StartCdataSectionHandler = lex.startCDATA
            p.EndCdataSectionHandler = lex.endCDATA
            p.StartDoctypeDeclHandler = self.start_doctype_decl
            p.EndDoctypeDeclHandler = lex.endDTD

    def reset(self):
        if self._namespaces:
            p = self._parser = expat.ParserCreate(self._source.getEncoding(), ' ', intern=self._interning)
            p.namespace_prefixes = 1
            p.StartElementHandler = self.start_element_ns
            p.EndElementHandler = self.end_element_ns
        else:
            p = self._parser = expat.ParserCreate(self._source.getEncoding(), intern=self._interning)
            p.StartElementHandler = self.start_element
            p.EndElementHandler = self.end_element
        self._reset_cont_handler()
        p.StartNamespaceDeclHandler = self.start_namespace_decl
        p.EndNamespaceDeclHandler = self.end_namespace_decl
        if self._lex_handler_prop:
            self._reset_lex_handler_prop()
        p.ExternalEntityRefHandler = self.external_entity_ref
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        self._parsing = False

    # -- Locator -------------------------------------------------------------

    def getColumnNumber(self):
        return None if self._parser is None else self._parser.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.ErrorLineNumber

    def getSystemId(self):
        return self._source.getSystemId()

    def getPublicId(self):
        return self._source.getPublicId()

    # -- events ----------------------------------------------------------------

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    end_element = _forward('endElement')
    processing_instruction = _forward('processingInstruction')
    character_data = _forward('characters')
    start_namespace_decl = _forward('startPrefixMapping')
    end_namespace_decl = _forward('endPrefixMapping')

    def start_element_ns(self, name, attrs):
        values, qnames = {}, {}
        for aname, value in attrs.items():
            parts = aname.split(' ')
            if len(parts) == 3:
                qname = '%s:%s' % (parts[2], parts[1])
            else:
                qname = parts[-1]
            pair = _pair(aname)
            values[pair] = value
            qnames[pair] = qname
        self._cont_handler.startElementNS(_pair(name), None, AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(_pair(name), None)

    def external_entity_ref(self, context, base, sysid, pubid):
        # External entities are never read, whatever the features say.
        return 1

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        self._lex_handler_prop.startDTD(name, pubid, sysid)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
