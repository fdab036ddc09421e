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


_XML_NS = 'http://www.w3.org/XML/1998/namespace'


class XMLGenerator(handler.ContentHandler):
    def __init__(self, out=None, encoding='iso-8859-1', short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        stream = _writer(out, encoding)
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._write = stream.write
        self._flush = getattr(stream, 'flush', lambda: None)
        # Stack of uri -> prefix maps saved by startPrefixMapping; the map in
        # force is _current_context.  Mappings announced since the last
        # element are declared as xmlns attributes on the next one.
        self._current_context = {}
        self._ns_contexts = [self._current_context]
        self._undeclared_ns_maps = []
        # With short_empty_elements a start tag stays open ('<a x="1"') until
        # we know whether content follows ('>') or the element ends ('/>').
        self._pending_start_element = False

    def _qname(self, name):
        uri = name[0]
        local = name[1]
        if not uri:
            return local
        if uri == _XML_NS:
            # the xml prefix is predeclared, never in the context maps
            return 'xml:' + local
        prefix = self._current_context[uri]
        return prefix + ':' + local if prefix else local

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._pending_start_element = False
            self._write('>')

    def _attributes(self, pairs):
        out = self._write
        for key, value in pairs:
            out(' {}={}'.format(key, quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            out('>')

    def _closed_empty(self):
        # True when the element had no content and was closed as '<x/>'.
        if not self._pending_start_element:
            return False
        self._pending_start_element = False
        self._write('/>')
        return True

    def _text(self, content, escaping):
        if not content:
            return
        self._finish_pending_start_element()
        if not isinstance(content, str):
            content = str(content, self._encoding)
        self._write(escape(content) if escaping else content)

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="{}"?>\n'.format(self._encoding))

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(dict(self._current_context))
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElement(self, name, attrs):
        self._finish_pending_start_element()
        self._write('<' + name)
        self._attributes(attrs.items())

    def endElement(self, name):
        if not self._closed_empty():
            self._write('</{}>'.format(name))

    def startElementNS(self, name, qname, attrs):
        self._finish_pending_start_element()
        decls = ['<' + self._qname(name)]
        for prefix, uri in self._undeclared_ns_maps:
            attr = 'xmlns:' + prefix if prefix else 'xmlns'
            decls.append(' {}="{}"'.format(attr, uri))
        self._undeclared_ns_maps = []
        self._write(''.join(decls))
        self._attributes([(self._qname(key), value) for key, value in attrs.items()])

    def endElementNS(self, name, qname):
        if not self._closed_empty():
            self._write('</{}>'.format(self._qname(name)))

    def characters(self, content):
        self._text(content, True)

    def ignorableWhitespace(self, content):
        self._text(content, False)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write('<?{} {}?>'.format(target, data))


class XMLFilterBase(xmlreader.XMLReader):
    # Sits between a parent reader and the application's handlers; every
    # event and every configuration call passes through unchanged unless a
    # subclass overrides it.  The pass-through methods are generated below.

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    def parse(self, source):
        # the filter itself receives the parent's events, then relays them
        up = self._parent
        for setter in (up.setContentHandler, up.setErrorHandler,
                       up.setEntityResolver, up.setDTDHandler):
            setter(self)
        up.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


# Which attribute of the filter receives each relayed call.
_FILTER_RELAYS = (
    ('_err_handler', ('error', 'fatalError', 'warning')),
    ('_cont_handler', ('setDocumentLocator', 'startDocument', 'endDocument',
                       'startPrefixMapping', 'endPrefixMapping', 'startElement',
                       'endElement', 'startElementNS', 'endElementNS', 'characters',
                       'ignorableWhitespace', 'processingInstruction',
                       'skippedEntity')),
    ('_dtd_handler', ('notationDecl', 'unparsedEntityDecl')),
    ('_ent_handler', ('resolveEntity',)),
    ('_parent', ('setLocale', 'getFeature', 'setFeature', 'getProperty',
                 'setProperty')),
)


def _relay(target, method):
    def relay(self, *args, **kwargs):
        return getattr(getattr(self, target), method)(*args, **kwargs)
    return relay


for _target, _methods in _FILTER_RELAYS:
    for _method in _methods:
        setattr(XMLFilterBase, _method, _relay(_target, _method))
del _target, _methods, _method


def prepare_input_source(source, base=''):
    """An InputSource ready for reading, from a path, a file object or an
    InputSource."""
    if hasattr(source, '__fspath__'):
        source = source.__fspath__()
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, 'read'):
        stream = source
        source = xmlreader.InputSource()
        # a zero-length read tells a text stream from a binary one
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, 'name', None)
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
