"""xml.sax.xmlreader: the reader interfaces (XMLReader, IncrementalParser,
Locator), InputSource, and the attribute lists handed to startElement
(AttributesImpl) and startElementNS (AttributesNSImpl)."""

from xml.sax import handler
from xml.sax._exceptions import SAXNotSupportedException, SAXNotRecognizedException


# A new reader starts with the base handlers: they ignore every event,
# except that ErrorHandler raises errors and fatal errors.
_DEFAULT_HANDLERS = (('_cont_handler', 'ContentHandler'), ('_dtd_handler', 'DTDHandler'),
                     ('_ent_handler', 'EntityResolver'), ('_err_handler', 'ErrorHandler'))


class XMLReader:
    def __init__(self):
        for attr, cls in _DEFAULT_HANDLERS:
            setattr(self, attr, getattr(handler, cls)())

    def parse(self, source):
        raise NotImplementedError('This method must be implemented!')

    def getContentHandler(self):
        return self._cont_handler

    def setContentHandler(self, handler):
        self._cont_handler = handler

    def getDTDHandler(self):
        return self._dtd_handler

    def setDTDHandler(self, handler):
        self._dtd_handler = handler

    def getEntityResolver(self):
        return self._ent_handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver

    def getErrorHandler(self):
        return self._err_handler

    def setErrorHandler(self, handler):
        self._err_handler = handler

    def setLocale(self, locale):
        raise SAXNotSupportedException('Locale support not implemented')

    def getFeature(self, name):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


class IncrementalParser(XMLReader):
    """A reader fed in pieces: feed(), close(), reset()."""

    def __init__(self, bufsize=2 ** 16):
        self._bufsize = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        from xml.sax.saxutils import prepare_input_source
        source = prepare_input_source(source)
        self.prepareParser(source)
        f = source.getCharacterStream()
        if f is None:
            f = source.getByteStream()
        while True:
            chunk = f.read(self._bufsize)
            if not chunk:
                break
            self.feed(chunk)
        self.close()

    def feed(self, data):
        raise NotImplementedError('This method must be implemented!')

    def prepareParser(self, source):
        raise NotImplementedError('prepareParser must be overridden!')

    def close(self):
        raise NotImplementedError('This method must be implemented!')

    def reset(self):
        raise NotImplementedError('This method must be implemented!')


class Locator:
    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    def __init__(self, system_id=None):
        self.__system_id = system_id
        self.__public_id = None
        self.__encoding = None
        self.__bytefile = None
        self.__charfile = None

    def setPublicId(self, public_id):
        self.__public_id = public_id

    def getPublicId(self):
        return self.__public_id

    def setSystemId(self, system_id):
        self.__system_id = system_id

    def getSystemId(self):
        return self.__system_id

    def setEncoding(self, encoding):
        self.__encoding = encoding

    def getEncoding(self):
        return self.__encoding

    def setByteStream(self, bytefile):
        self.__bytefile = bytefile

    def getByteStream(self):
        return self.__bytefile

    def setCharacterStream(self, charfile):
        self.__charfile = charfile

    def getCharacterStream(self):
        return self.__charfile


class AttributesImpl:
    """The attributes of startElement: a read-only mapping of name to value."""

    def __init__(self, attrs):
        self._attrs = attrs

    # mapping access; keys(), items() and values() give lists, as CPython's

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        return self._attrs[name]

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def keys(self):
        return list(self._attrs)

    def items(self):
        return list(self._attrs.items())

    def values(self):
        return list(self._attrs.values())

    def copy(self):
        return self.__class__(self._attrs)

    # the SAX Attributes interface: without namespaces a qualified name is
    # just the name, so most of it maps onto the above

    def getType(self, name):
        return 'CDATA'

    def _checked(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    getLength = __len__
    getValue = __getitem__
    getValueByQName = __getitem__
    getNames = keys
    getQNames = keys
    getNameByQName = _checked
    getQNameByName = _checked


class AttributesNSImpl(AttributesImpl):
    """The attributes of startElementNS, keyed by (uri, localname)."""

    def __init__(self, attrs, qnames):
        AttributesImpl.__init__(self, attrs)
        # (uri, localname) -> the qualified name as written
        self._qnames = qnames

    def copy(self):
        return self.__class__(self._attrs, self._qnames)

    def _name_for(self, qname):
        for key, written in self._qnames.items():
            if written == qname:
                return key
        raise KeyError(qname)

    def getNameByQName(self, name):
        return self._name_for(name)

    def getValueByQName(self, name):
        return self._attrs[self._name_for(name)]

    def getQNames(self):
        return list(self._qnames.values())

    def getQNameByName(self, name):
        return self._qnames[name]
