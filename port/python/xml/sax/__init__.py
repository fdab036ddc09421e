"""xml.sax: parse, parseString and make_parser over the expat driver
(xml.sax.expatreader), with the handler classes, InputSource and the SAX
exceptions. Only the expat driver exists: make_parser ignores other
names in its list."""

from xml.sax.xmlreader import InputSource
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ['xml.sax.expatreader']


def make_parser(parser_list=()):
    """A new SAX reader (always the expat driver)."""
    from xml.sax import expatreader
    return expatreader.create_parser()


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse source (a path, file object or InputSource), reporting to
    handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a str or bytes document."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parser.parse(source)
