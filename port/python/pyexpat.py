"""pyexpat: in CPython the C module xml.parsers.expat is made from; here the
other way round, the names of xml.parsers.expat (the parser class too,
which elementpath imports from here: XMLParserType)."""
from xml.parsers.expat import *
from xml.parsers.expat import errors
from xml.parsers._xmlparser import XMLParserType
