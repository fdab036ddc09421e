"""xml.parsers.expat: ExpatError (alias error), ErrorString, the errors
table and ParserCreate, whose parser (_xmlparser.XMLParserType) runs on the
XML scanner of xml.etree; see that module for the handlers it calls. No
model module, no external entity parsers."""

from xml.etree._chars import MESSAGES as _MESSAGES

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError

_NAMES = (
    (1, 'NO_MEMORY', 'out of memory'), (2, 'SYNTAX', None), (3, 'NO_ELEMENTS', None), (4, 'INVALID_TOKEN', None),
    (5, 'UNCLOSED_TOKEN', None), (6, 'PARTIAL_CHAR', None), (7, 'TAG_MISMATCH', None),
    (8, 'DUPLICATE_ATTRIBUTE', None), (9, 'JUNK_AFTER_DOC_ELEMENT', None), (10, 'PARAM_ENTITY_REF', None),
    (11, 'UNDEFINED_ENTITY', None), (12, 'RECURSIVE_ENTITY_REF', None), (13, 'ASYNC_ENTITY', 'asynchronous entity'),
    (14, 'BAD_CHAR_REF', None), (15, 'BINARY_ENTITY_REF', None), (16, 'ATTRIBUTE_EXTERNAL_ENTITY_REF', None),
    (17, 'MISPLACED_XML_PI', None), (18, 'UNKNOWN_ENCODING', 'unknown encoding'), (19, 'INCORRECT_ENCODING', None),
    (20, 'UNCLOSED_CDATA_SECTION', None),
    (21, 'EXTERNAL_ENTITY_HANDLING', None),
    (22, 'NOT_STANDALONE', 'document is not standalone'), (27, 'UNBOUND_PREFIX', None),
    (28, 'UNDECLARING_PREFIX', None), (30, 'XML_DECL', None), (36, 'FINISHED', None),
    (38, 'RESERVED_PREFIX_XML', None), (39, 'RESERVED_PREFIX_XMLNS', None), (40, 'RESERVED_NAMESPACE_URI', None),
)


class errors:
    """Error messages by code (messages), codes by message (codes) and the
    XML_ERROR_* names, whose values are the messages."""
    messages = {}
    codes = {}


for _code, _name, _text in _NAMES:
    _text = _text or _MESSAGES[_code]
    errors.messages[_code] = _text
    errors.codes[_text] = _code
    setattr(errors, 'XML_ERROR_' + _name, _text)


def ErrorString(code):
    return errors.messages.get(code)


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    from xml.parsers._xmlparser import XMLParserType
    return XMLParserType(encoding, namespace_separator, intern)


def __getattr__(name):
    if name == 'XMLParserType':
        from xml.parsers._xmlparser import XMLParserType
        return XMLParserType
    raise AttributeError("module 'xml.parsers.expat' has no attribute '%s'" % name)
