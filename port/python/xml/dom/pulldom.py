"""xml.dom.pulldom as in CPython 3.11: PullDOM (a SAX ContentHandler that
turns events into minidom nodes), SAX2DOM, ErrorHandler, DOMEventStream
(iteration, getEvent, expandNode, reset, clear), parse, parseString,
default_bufsize and the event constants. Comments and processing
instructions before the root element are kept until the Document exists."""

import xml.sax
import xml.sax.handler

START_ELEMENT = 'START_ELEMENT'
END_ELEMENT = 'END_ELEMENT'
COMMENT = 'COMMENT'
START_DOCUMENT = 'START_DOCUMENT'
END_DOCUMENT = 'END_DOCUMENT'
PROCESSING_INSTRUCTION = 'PROCESSING_INSTRUCTION'
IGNORABLE_WHITESPACE = 'IGNORABLE_WHITESPACE'
CHARACTERS = 'CHARACTERS'

_XMLNS = 'http://www.w3.org/2000/xmlns/'


class PullDOM(xml.sax.ContentHandler):
    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        from xml.dom import XML_NAMESPACE
        # Events form a singly linked list of [event, next] cells after a
        # dummy head cell; DOMEventStream takes them from the front.
        head = [None, None]
        self.firstEvent = self.lastEvent = head
        stack = self.elementStack = []
        self.push = stack.append
        # uri -> prefix: the map in force, and the saved ones under it
        self._current_context = {XML_NAMESPACE: 'xml'}
        self._ns_contexts = [self._current_context]
        # comments and PIs seen before the root element (no Document yet)
        self.pending_events = []
        # made by startDocument() when not given
        self.documentFactory = documentFactory

    def pop(self):
        return self.elementStack.pop()

    def _add(self, event):
        cell = [event, None]
        self.lastEvent[1] = cell
        self.lastEvent = cell

    def startPrefixMapping(self, prefix, uri):
        # becomes an xmlns attribute of the next element
        decls = getattr(self, '_xmlns_attrs', None)
        if decls is None:
            decls = self._xmlns_attrs = []
        decls.append((prefix or 'xmlns', uri))
        self._ns_contexts.append(dict(self._current_context))
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _qname(self, uri, local):
        prefix = self._current_context[uri]
        return prefix + ':' + local if prefix else local

    def startElementNS(self, name, tagName, attrs):
        uri, local = name
        if uri:
            if tagName is None:
                tagName = self._qname(uri, local)
            node = self.document.createElementNS(uri, tagName) if self.document else self.buildDocument(uri, tagName)
        else:
            node = self.document.createElement(local) if self.document else self.buildDocument(None, local)
        items = list(attrs.items())
        decls = getattr(self, '_xmlns_attrs', None)
        if decls:
            for prefix, value in decls:
                items.append(((_XMLNS, prefix), value))
            self._xmlns_attrs = []
        doc = self.document
        for (a_uri, a_local), value in items:
            if a_uri == _XMLNS:
                attr = doc.createAttributeNS(a_uri, a_local if a_local == 'xmlns' else 'xmlns:' + a_local)
                node.setAttributeNodeNS(attr)
            elif a_uri:
                attr = doc.createAttributeNS(a_uri, self._qname(a_uri, a_local))
                node.setAttributeNodeNS(attr)
            else:
                attr = doc.createAttribute(a_local)
                node.setAttributeNode(attr)
            attr.value = value
        self._add((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._add((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        node = self.document.createElement(name) if self.document else self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._add((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._add((END_ELEMENT, self.pop()))

    def comment(self, s):
        if self.document:
            self._add((COMMENT, self.document.createComment(s)))
        else:
            self.pending_events.append([(COMMENT, s), None])

    def processingInstruction(self, target, data):
        if self.document:
            self._add((PROCESSING_INSTRUCTION, self.document.createProcessingInstruction(target, data)))
        else:
            self.pending_events.append([(PROCESSING_INSTRUCTION, target, data), None])

    def ignorableWhitespace(self, chars):
        self._add((IGNORABLE_WHITESPACE, self.document.createTextNode(chars)))

    def characters(self, chars):
        self._add((CHARACTERS, self.document.createTextNode(chars)))

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startDocument(self):
        # the Document itself is made by buildDocument() at the root element
        if self.documentFactory is None:
            from xml.dom import minidom
            self.documentFactory = minidom.Document.implementation

    def buildDocument(self, uri, tagname):
        doc = self.documentFactory.createDocument(uri, tagname, None)
        self.document = doc
        self._add((START_DOCUMENT, doc))
        self.push(doc)
        # What came before the root element now joins the document.
        for cell in self.pending_events:
            kind = cell[0][0]
            if kind == COMMENT:
                cell[0] = (COMMENT, doc.createComment(cell[0][1]))
            elif kind == PROCESSING_INSTRUCTION:
                cell[0] = (kind, doc.createProcessingInstruction(cell[0][1], cell[0][2]))
            else:
                raise AssertionError('Unknown pending event ', kind)
            self.lastEvent[1] = cell
            self.lastEvent = cell
        self.pending_events = None
        # the root element createDocument() made
        return doc.firstChild

    def endDocument(self):
        self._add((END_DOCUMENT, self.document))
        self.pop()

    def clear(self):
        """Forget the document."""
        self.document = None


class ErrorHandler:
    # warnings are printed; errors of both kinds stop the parse
    def warning(self, exception):
        print(exception)

    def fatalError(self, exception):
        raise exception

    error = fatalError


class DOMEventStream:
    def __init__(self, stream, parser, bufsize):
        self.stream, self.parser, self.bufsize = stream, parser, bufsize
        # a parser that cannot be fed in pieces parses the whole stream at
        # the first getEvent()
        if not hasattr(parser, 'feed'):
            self.getEvent = self._slurp
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        reader = self.parser
        reader.setFeature(xml.sax.handler.feature_namespaces, 1)
        reader.setContentHandler(self.pulldom)

    def __iter__(self):
        return self

    def _next_or(self, exhausted):
        event = self.getEvent()
        if not event:
            raise exhausted
        return event

    def __next__(self):
        return self._next_or(StopIteration)

    def __getitem__(self, pos):
        import warnings
        warnings.warn("DOMEventStream's __getitem__ method ignores 'pos' parameter. Use iterator protocol instead.",
                      DeprecationWarning, stacklevel=2)
        return self._next_or(IndexError)

    def expandNode(self, node):
        """Read events up to the end of node, adding what they build to it."""
        event = self.getEvent()
        parents = [node]
        while event:
            token, cur = event
            if cur is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(cur)
            if token == START_ELEMENT:
                parents.append(cur)
            elif token == END_ELEMENT:
                parents.pop()
            event = self.getEvent()

    def getEvent(self):
        pd = self.pulldom
        if not pd.firstEvent[1]:
            pd.lastEvent = pd.firstEvent
        while not pd.firstEvent[1]:
            buf = self.stream.read(self.bufsize)
            if not buf:
                self.parser.close()
                return None
            self.parser.feed(buf)
        return self._emit()

    def _slurp(self):
        # A parser without feed(): parse everything at once.
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def _emit(self):
        # unlink the first queued cell and hand out its event
        head = self.pulldom.firstEvent
        cell = head[1]
        head[1] = cell[1]
        return cell[0]

    def clear(self):
        """Drop the document and the parser."""
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that also puts each node into its parent."""

    def _attach(self):
        node = self.lastEvent[0][1]
        self.elementStack[-1].appendChild(node)

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self._attach()

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self._attach()

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self._attach()


default_bufsize = (2 ** 14) - 20


def parse(stream_or_string, parser=None, bufsize=None):
    if bufsize is None:
        bufsize = default_bufsize
    stream = open(stream_or_string, 'rb') if isinstance(stream_or_string, str) else stream_or_string
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(stream, parser, bufsize)


def parseString(string, parser=None):
    from io import StringIO
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(StringIO(string), parser, len(string))
