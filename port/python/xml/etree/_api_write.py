"""Serialization for xml.etree.ElementTree: tostring/write output with
CPython's exact text (attribute order, escaping, ns0 prefixes, the XML
declaration rule) for the methods 'xml', 'html' and 'text'.

Output encodings: unicode, UTF-8, US-ASCII, ISO-8859-1 (latin-1) and
windows-1252; characters an encoding lacks become &#N; references. Other
encodings raise NotImplementedError."""

_XML_NS = 'http://www.w3.org/XML/1998/namespace'
_registry = None
_HTML_EMPTY = ('area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
               'link', 'meta', 'param', 'source', 'track', 'wbr')


import sys

def registry():
    """uri -> preferred prefix (register_namespace adds to it)."""
    global _registry
    if _registry is None:
        _registry = {
            _XML_NS: 'xml',
            'http://www.w3.org/1999/xhtml': 'html',
            'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
            'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
            'http://www.w3.org/2001/XMLSchema': 'xs',
            'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
            'http://purl.org/dc/elements/1.1/': 'dc',
        }
    return _registry


def register_namespace(prefix, uri):
    if prefix[:2] == 'ns' and prefix[2:].isdigit():
        raise ValueError('Prefix format reserved for internal use')
    reg = registry()
    for known in list(reg):
        if reg[known] == prefix:
            del reg[known]
    reg[uri] = prefix


def _refuse(value):
    raise TypeError('cannot serialize %r (type %s)' % (value, type(value).__name__))


# -- escaping -----------------------------------------------------------------

def _escape_text(s):
    if not isinstance(s, str):
        _refuse(s)
    if '&' in s:
        s = s.replace('&', '&amp;')
    if '<' in s:
        s = s.replace('<', '&lt;')
    if '>' in s:
        s = s.replace('>', '&gt;')
    return s


def _escape_value(s, html):
    if html:
        return _escape_html_value(s)
    s = _escape_text(s)
    if '"' in s:
        s = s.replace('"', '&quot;')
    if '\r' in s:
        s = s.replace('\r', '&#13;')
    if '\n' in s:
        s = s.replace('\n', '&#10;')
    if '\t' in s:
        s = s.replace('\t', '&#09;')
    return s


def _escape_html_value(s):
    if not isinstance(s, str):
        _refuse(s)
    return s.replace('&', '&amp;').replace('>', '&gt;').replace('"', '&quot;')


# -- prefixes -------------------------------------------------------------------

class _Names:
    """Turns '{uri}local' names into 'prefix:local', numbering unknown
    namespaces ns0, ns1... in the order they are met."""

    def __init__(self, default_namespace):
        self.used = {}                  # uri -> prefix, to declare
        self.cache = {}
        self.default = default_namespace
        if default_namespace:
            self.used[default_namespace] = ''

    def qualify(self, name):
        done = self.cache.get(name)
        if done is not None:
            return done
        if name[:1] == '{':
            close = name.find('}')
            if close < 0:
                raise ValueError('not enough values to unpack (expected 2, got 1)')
            uri, local = name[1:close], name[close + 1:]
            prefix = self.used.get(uri)
            if prefix is None:
                prefix = registry().get(uri)
                if prefix is None:
                    prefix = 'ns%d' % len(self.used)
                if prefix != 'xml':
                    self.used[uri] = prefix
            done = prefix + ':' + local if prefix else local
        else:
            if self.default:
                raise ValueError('cannot use non-qualified names with default_namespace option')
            done = name
        self.cache[name] = done
        return done

    def collect(self, top):
        # Name everything before writing, as the declarations come first.
        from xml.etree._api_element import QName, Comment, ProcessingInstruction
        for node in top.iter():
            tag = node.tag
            if isinstance(tag, QName):
                self.qualify(tag.text)
            elif isinstance(tag, str):
                self.qualify(tag)
            elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
                _refuse(tag)
            for key, value in node.items():
                if isinstance(key, QName):
                    key = key.text
                if not isinstance(key, str):
                    _refuse(key)
                self.qualify(key)
                if isinstance(value, QName):
                    self.qualify(value.text)

    def declarations(self):
        pairs = sorted(self.used.items(), key=lambda item: item[1])
        out = []
        for uri, prefix in pairs:
            attr = ' xmlns:' + prefix if prefix else ' xmlns'
            out.append('%s="%s"' % (attr, _escape_value(uri, False)))
        return ''.join(out)


# -- the writers ------------------------------------------------------------------

class _Writer:
    def __init__(self, names, html, short_empty):
        from xml.etree._api_element import QName, Comment, ProcessingInstruction
        self.names = names
        self.html = html
        self.short = short_empty and not html
        self.qname_type, self.comment, self.pi = QName, Comment, ProcessingInstruction
        self.out = []
        self.declare = True

    def name(self, value):
        if isinstance(value, self.qname_type):
            value = value.text
        return self.names.qualify(value)

    def node(self, node, raw_text=False):
        out = self.out
        tag = node.tag
        if tag is self.comment:
            out.append('<!--%s-->' % node.text)
        elif tag is self.pi:
            out.append('<?%s?>' % node.text)
        elif tag is None:
            if node.text:
                out.append(node.text if raw_text else _escape_text(node.text))
            for kid in node:
                self.node(kid, raw_text)
        else:
            self.element(node, raw_text)
        if node.tail:
            out.append(node.tail if raw_text else _escape_text(node.tail))

    def child(self, node):
        # a child element of XML output goes through ElementTree's
        # _serialize_xml when code has replaced it (svgwrite writes its
        # CDATA elements so), as CPython's recursive serializer does
        hook = getattr(sys.modules.get('xml.etree.ElementTree'), '_serialize_xml', serialize_xml)
        if hook is serialize_xml or self.html:
            self.node(node)
        else:
            hook(self.out.append, node, _QNames(self), None, short_empty_elements=self.short)

    def element(self, node, raw_text):
        out = self.out
        qname = self.name(node.tag)
        out.append('<' + qname)
        if self.declare:
            out.append(self.names.declarations())
            self.declare = False
        for key, value in node.items():
            if isinstance(value, self.qname_type):
                value = self.names.qualify(value.text)
            out.append(' %s="%s"' % (self.name(key), _escape_value(value, self.html)))
        text = node.text
        if self.html:
            low = qname.lower()
            out.append('>')
            inner_raw = low == 'script' or low == 'style'
            if text:
                out.append(text if inner_raw else _escape_text(text))
            for kid in node:
                self.node(kid, inner_raw)
            if low not in _HTML_EMPTY:
                out.append('</' + qname + '>')
            return
        if text or len(node) or not self.short:
            out.append('>')
            if text:
                out.append(_escape_text(text))
            for kid in node:
                self.child(kid)
            out.append('</' + qname + '>')
        else:
            out.append(' />')


class _QNames:
    # the qnames argument of _serialize_xml: tag -> qualified name, asked
    # of the writer under way (which also carries the namespaces)
    def __init__(self, writer):
        self.writer = writer

    def __getitem__(self, tag):
        return self.writer.name(tag)


def serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    """ElementTree._serialize_xml: elem (with its tail) as XML text given
    to write; qnames as a running serialization passes it, or a plain dict
    of tag -> qualified name, and namespaces (uri -> prefix) declared on
    elem when given."""
    parent = getattr(qnames, 'writer', None)
    if parent is not None:
        writer = _Writer(parent.names, False, short_empty_elements)
        writer.declare = False
    else:
        names = _Names(None)
        names.cache.update(qnames or {})
        for uri, prefix in (namespaces or {}).items():
            names.used[uri] = prefix
        writer = _Writer(names, False, short_empty_elements)
        writer.declare = bool(namespaces)
    writer.node(elem)
    for piece in writer.out:
        write(piece)


def pieces(top, method, default_namespace, short_empty):
    """The serialized text of top (an Element) as a list of str."""
    if method == 'text':
        return [''.join(top.itertext())]
    names = _Names(default_namespace)
    names.collect(top)
    writer = _Writer(names, method == 'html', short_empty)
    writer.declare = isinstance(top.tag, (str, writer.qname_type))
    writer.node(top)
    return writer.out


def check_method(method):
    method = 'xml' if method is None else method
    if method not in ('xml', 'html', 'text'):
        raise ValueError('unknown method %r' % (method,))
    return method


def declaration(method, encoding, xml_declaration):
    """The XML declaration line to write first, or ''."""
    low = encoding.lower()
    if method != 'xml':
        return ''
    if xml_declaration or (xml_declaration is None and low not in ('utf-8', 'us-ascii', 'unicode')):
        return "<?xml version='1.0' encoding='%s'?>\n" % ('utf-8' if low == 'unicode' else encoding)
    return ''


# -- encodings ------------------------------------------------------------------

_UTF8 = ('utf-8', 'utf8', 'utf_8', 'u8')
_ASCII = ('us-ascii', 'ascii', '646', 'us')
_LATIN1 = ('latin-1', 'latin1', 'latin_1', 'iso-8859-1', 'iso8859-1', 'iso_8859_1', 'l1', '8859', 'cp819')
_CP1252 = ('windows-1252', 'cp1252', '1252', 'windows_1252')
_cp1252_out = None


def _cp1252_table():
    global _cp1252_out
    if _cp1252_out is None:
        from xml.etree._input import _CP1252_HIGH
        table = {}
        for i in range(len(_CP1252_HIGH)):
            if _CP1252_HIGH[i] is not None:
                table[_CP1252_HIGH[i]] = 0x80 + i
        _cp1252_out = table
    return _cp1252_out


def encode(text, encoding):
    """text as bytes in encoding, with &#N; for what it cannot hold."""
    low = encoding.lower()
    if low in _UTF8:
        return text.encode('utf-8')
    if low not in _ASCII and low not in _LATIN1 and low not in _CP1252:
        raise NotImplementedError('xml.etree.ElementTree: output encoding %r' % encoding)
    raw = text.encode('utf-8')
    if len(raw) == len(text):
        return raw                      # plain ASCII
    limit = 128 if low in _ASCII else 256
    table = _cp1252_table() if low in _CP1252 else None
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if table is not None and (0x80 <= code < 0xa0 or ch in table):
            if ch in table:
                out.append(table[ch])
            else:
                out += ('&#%d;' % code).encode()
        elif code < limit:
            out.append(code)
        else:
            out += ('&#%d;' % code).encode()
    return bytes(out)


def render(top, encoding, method, xml_declaration, default_namespace, short_empty, as_list=False):
    """tostring/tostringlist: str for encoding 'unicode', else bytes."""
    method = check_method(method)
    encoding = encoding or 'us-ascii'
    parts = pieces(top, method, default_namespace, short_empty)
    head = declaration(method, encoding, xml_declaration)
    if head:
        parts.insert(0, head)
    if encoding.lower() == 'unicode':
        return parts if as_list else ''.join(parts)
    data = encode(''.join(parts), encoding)
    return [data] if as_list else data
