"""xml.dom.minidom: parse, parseString, getDOMImplementation and the node
classes, behaving and serialising (toxml, toprettyxml, writexml) as
CPython 3.11's minidom. Parsing runs through xml.dom.expatbuilder over
xml.parsers.expat (the XML scanner of xml.etree), so malformed documents
raise ExpatError with expat's message and position; with a SAX parser or a
bufsize it goes through xml.dom.pulldom (_do_pulldom_parse). The nodes live
in _nodes, _element, _leaves and _document.

Not supported: DOM builder filters; ID types from a DTD (getElementById
knows setIdAttribute* only); the schemaType and isWhitespaceInElementContent details of DTD content
models."""

import xml.dom
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE
from xml.dom._nodes import Node, NodeList, EmptyNodeList, Childless
from xml.dom._element import Attr, NamedNodeMap, AttributeList, Element
from xml.dom._leaves import (DocumentFragment, ProcessingInstruction, CharacterData, Text, Comment, CDATASection,
                             ReadOnlySequentialNamedNodeMap, Identified, DocumentType, Entity, Notation)
from xml.dom._document import Document, DOMImplementation


class TypeInfo:
    def __init__(self, namespace, name):
        self.namespace = namespace
        self.name = name

    def __repr__(self):
        if self.namespace:
            return '<%s %r (from %r)>' % (type(self).__name__, self.name, self.namespace)
        return '<%s %r>' % (type(self).__name__, self.name)


_no_type = TypeInfo(None, None)
Element.schemaType = _no_type


def _do_pulldom_parse(func, args, kwargs):
    events = func(*args, **kwargs)
    toktype, rootNode = events.getEvent()
    events.expandNode(rootNode)
    events.clear()
    return rootNode


def parse(file, parser=None, bufsize=None):
    """Parse a file (a path or an object with read()) into a Document."""
    if parser is None and not bufsize:
        from xml.dom import expatbuilder
        return expatbuilder.parse(file)
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parse, (file,), {'parser': parser, 'bufsize': bufsize})


def parseString(string, parser=None):
    """Parse a str or bytes document into a Document."""
    if parser is None:
        from xml.dom import expatbuilder
        return expatbuilder.parseString(string)
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parseString, (string,), {'parser': parser})


def getDOMImplementation(features=None):
    if features:
        if isinstance(features, str):
            words = features.split()
            features = []
            while words:
                name = words.pop(0)
                version = words.pop(0) if words and words[0][:1].isdigit() else None
                features.append((name, version))
        for f, v in features:
            if not Document.implementation.hasFeature(f, v):
                return None
    return Document.implementation
