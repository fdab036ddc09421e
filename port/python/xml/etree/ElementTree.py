"""xml.etree.ElementTree: the element tree API of CPython 3.11.

Covers Element (with slicing, copy and deepcopy), SubElement, Comment,
ProcessingInstruction/PI, QName, ElementTree, parse, fromstring/XML,
fromstringlist, XMLID, tostring, tostringlist, dump, indent,
register_namespace, iterparse (also with a parser), XMLParser (feed/close,
target=, encoding=; its .parser holds only pyexpat's DOCTYPE handlers),
XMLPullParser, TreeBuilder and ParseError (with .code and .position, the
messages and positions expat gives).

ElementPath: tag, *, ., .., //, {uri}tag and the {*}/{} wildcards,
namespaces= prefixes, and the predicates [@a], [@a='v'], [tag],
[tag='text'], [.='text'] (also with !=), [n], [last()], [last()-n].

Output encodings: unicode, UTF-8, US-ASCII, latin-1, windows-1252. Not
provided (NotImplementedError): canonicalize/C14N (write_c14n, method
'c14n' is an unknown method as in CPython), other output encodings, internal entities whose text
contains markup."""

from xml.etree._api_element import (Element, SubElement, Comment, ProcessingInstruction, PI, QName, ParseError,
                                    iselement)
from xml.etree._api_parse import TreeBuilder, XMLParser, XMLPullParser, iterparse
from xml.etree import _api_write

VERSION = '1.3.0'

# the elements HTML output writes without an end tag (markdown imports it)
HTML_EMPTY = set(_api_write._HTML_EMPTY)

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'indent', 'iselement',
           'iterparse', 'parse', 'ParseError', 'PI', 'ProcessingInstruction', 'QName', 'SubElement', 'tostring',
           'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser', 'XMLPullParser',
           'register_namespace', 'canonicalize', 'C14NWriterTarget']


def _absolute_to_relative(path):
    # ElementTree's find* accept '/x' (relative to the root) with a warning.
    if path[:1] == '/':
        try:
            import warnings
            warnings.warn('This search is broken in 1.3 and earlier, and will be fixed in a future version.  '
                          'If you rely on the current behaviour, change it to %r' % ('.' + path,), FutureWarning,
                          stacklevel=3)
        except Exception:
            pass
        path = '.' + path
    return path


def _read_all(parser, source):
    # Feed a file in pieces; return what the parser's close() returns.
    while True:
        chunk = source.read(65536)
        if not chunk:
            break
        parser.feed(chunk)
    return parser.close()


class ElementTree:
    """A whole document: a root element, plus parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        owned = not hasattr(source, 'read')
        if owned:
            source = open(source, 'rb')
        try:
            self._root = _read_all(parser or XMLParser(), source)
        finally:
            if owned:
                source.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        return self._root.find(_absolute_to_relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(_absolute_to_relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(_absolute_to_relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(_absolute_to_relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None, method=None, *,
              short_empty_elements=True):
        method = _api_write.check_method(method)
        encoding = encoding or 'us-ascii'
        parts = _api_write.pieces(self._root, method, default_namespace, short_empty_elements)
        text = _api_write.declaration(method, encoding, xml_declaration) + ''.join(parts)
        as_text = encoding.lower() == 'unicode'
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(text if as_text else _api_write.encode(text, encoding))
            return
        if as_text:
            with open(file_or_filename, 'w', encoding='utf-8') as f:
                f.write(text)
        else:
            with open(file_or_filename, 'wb') as f:
                f.write(_api_write.encode(text, encoding))

    def write_c14n(self, file):
        raise NotImplementedError('xml.etree.ElementTree.ElementTree.write_c14n')


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def fromstring(text, parser=None):
    parser = parser or XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


XML = fromstring


def fromstringlist(sequence, parser=None):
    parser = parser or XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    root = fromstring(text, parser)
    ids = {}
    for node in root.iter():
        key = node.get('id')
        if key:
            ids[key] = node
    return root, ids


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    return _api_write.render(element, encoding, method, xml_declaration, default_namespace, short_empty_elements)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return _api_write.render(element, encoding, method, xml_declaration, default_namespace, short_empty_elements,
                             True)


def dump(elem):
    import sys
    if isinstance(elem, ElementTree):
        elem = elem.getroot()
    text = tostring(elem, encoding='unicode')
    sys.stdout.write(text)
    if not elem.tail or elem.tail[-1] != '\n':
        sys.stdout.write('\n')


def register_namespace(prefix, uri):
    _api_write.register_namespace(prefix, uri)


def indent(tree, space='  ', level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError('Initial indentation level must be >= 0, got %d' % level)
    if len(tree):
        _indent_children(tree, space, level)


def _blank(s):
    return not s or not s.strip()


def _indent_children(node, space, level):
    # node has children: each one goes on its own line one level deeper,
    # and the closing tag back at node's level. Only white space that
    # is already there (or nothing) is replaced.
    inner = '\n' + space * (level + 1)
    if _blank(node.text):
        node.text = inner
    last = None
    for kid in node:
        if len(kid):
            _indent_children(kid, space, level + 1)
        if _blank(kid.tail):
            kid.tail = inner
        last = kid
    if _blank(last.tail):
        last.tail = '\n' + space * level


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('xml.etree.ElementTree.canonicalize')


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('xml.etree.ElementTree.C14NWriterTarget')


# -- CPython's private serialization helpers, which code that writes XML
# itself reaches for (et_xmlfile, openpyxl's writer): the same escaping as
# tostring(), and _namespace_map is register_namespace's own table.

_namespace_map = _api_write.registry()


def _raise_serialization_error(text):
    _api_write._refuse(text)


def _escape_cdata(text):
    return _api_write._escape_text(text)


def _escape_attrib(text):
    return _api_write._escape_value(text, False)


def _escape_attrib_html(text):
    return _api_write._escape_html_value(text)


# (svgwrite replaces it to write CDATA sections: the children of an element
# are written through whatever function is here)
_serialize_xml = _api_write.serialize_xml


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def __getattr__(name):
    # _ListDataStream subclasses io.BufferedIOBase: made when first asked for
    if name == '_ListDataStream':
        import io

        class _ListDataStream(io.BufferedIOBase):
            """An auxiliary stream accumulating into a list reference."""

            def __init__(self, lst):
                self.lst = lst

            def writable(self):
                return True

            def seekable(self):
                return True

            def write(self, b):
                self.lst.append(b)

            def tell(self):
                return len(self.lst)
        globals()['_ListDataStream'] = _ListDataStream
        return _ListDataStream
    raise AttributeError("module 'xml.etree.ElementTree' has no attribute '%s'" % name)
