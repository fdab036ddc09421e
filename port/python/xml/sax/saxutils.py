"""xml.sax.saxutils: escape, unescape, quoteattr, XMLGenerator (a
ContentHandler writing the events back out as XML, to a text stream, or
encoded with xmlcharrefreplace to a binary one), XMLFilterBase and
prepare_input_source (paths and file objects; no URLs)."""

import os
from xml.sax import handler, xmlreader


def _replace_all(s, table):
    for key, value in table.items():
        s = s.replace(key, value)
    return s


def escape(data, entities={}):
    """Escape &, < and > (and the keys of entities) in data."""
    data = data.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
    return _replace_all(data, entities) if entities else data


def unescape(data, entities={}):
    """Undo escape(): &lt;, &gt;, the values of entities, then &amp;."""
    data = data.replace('&lt;', '<').replace('&gt;', '>')
    if entities:
        data = _replace_all(data, entities)
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):
    """data escaped (with newlines, carriage returns and tabs as character
    references) and quoted for an attribute value."""
    table = dict(entities)
    table.update({'\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    data = escape(data, table)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', '&quot;')


class _Binary:
    # A binary stream written through as encoded text.
    def __init__(self, out, encoding):
        self._out = out
        self._encoding = encoding

    def write(self, s):
        self._out.write(s.encode(self._encoding, 'xmlcharrefreplace'))

    def flush(self):
        f = getattr(self._out, 'flush', None)
        if f is not None:
            f()


def _writer(out, encoding):
    if out is None:
        import sys
        return sys.stdout
    import io
    if isinstance(out, io.BytesIO) or 'b' in str(getattr(out, 'mode', '')):
        return _Binary(out, encoding)
    if isinstance(out, io.StringIO) or hasattr(out, 'encoding'):
        return out
    try:
        out.write('')
    except TypeError:
        return _Binary(out, encoding)
    return out


class XMLGenerator(handler.ContentHandler):
    def __init__(self, out=None, encoding='iso-8859-1', short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        out = _writer(out, encoding)
        self._write = out.write
        self._flush = getattr(out, 'flush', lambda: None)
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._pending_start_element = False

    def _qname(self, name):
        uri, local = name
        if uri:
            if uri == 'http://www.w3.org/XML/1998/namespace':
                return 'xml:' + local
            prefix = self._current_context[uri]
            if prefix:
                return prefix + ':' + local
        return local

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._write('>')
            self._pending_start_element = False

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts[-1]
        del self._ns_contexts[-1]

    def _open_tag(self, name, attrs):
        for aname, value in attrs:
            self._write(' %s=%s' % (aname, quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write('>')

    def startElement(self, name, attrs):
        self._finish_pending_start_element()
        self._write('<' + name)
        self._open_tag(name, attrs.items())

    def endElement(self, name):
        if self._pending_start_element:
            self._write('/>')
            self._pending_start_element = False
        else:
            self._write('</%s>' % name)

    def startElementNS(self, name, qname, attrs):
        self._finish_pending_start_element()
        self._write('<' + self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        self._open_tag(name, [(self._qname(n), v) for n, v in attrs.items()])

    def endElementNS(self, name, qname):
        self.endElement(self._qname(name))

    def characters(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write('<?%s %s?>' % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """Sits between a reader (its parent) and the handlers, passing
    everything through; subclasses override what they change."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # ErrorHandler, DTDHandler, EntityResolver and ContentHandler methods:
    # each passes the event on to this filter's own handler.
    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    def warning(self, exception):
        self._err_handler.warning(exception)

    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    def parse(self, source):
        self._parent.setContentHandler(self)
        self._parent.setErrorHandler(self)
        self._parent.setEntityResolver(self)
        self._parent.setDTDHandler(self)
        self._parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=''):
    """An InputSource ready for reading, from a path, a file object or an
    InputSource."""
    if hasattr(source, '__fspath__'):
        source = source.__fspath__()
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, 'read'):
        f = source
        source = xmlreader.InputSource()
        if isinstance(f.read(0), str):
            source.setCharacterStream(f)
        else:
            source.setByteStream(f)
        name = getattr(f, 'name', None)
        if isinstance(name, str):
            source.setSystemId(name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        sysid = source.getSystemId()
        path = os.path.join(os.path.dirname(os.path.normpath(base)), sysid)
        if not os.path.isfile(path):
            if '://' in sysid:
                raise NotImplementedError('xml.sax: reading a document from a URL')
            path = sysid
        source.setSystemId(path)
        source.setByteStream(open(path, 'rb'))
    return source
