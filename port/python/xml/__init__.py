"""xml: the xml.etree package (xml.etree.ElementTree). xml.dom, xml.sax and
xml.parsers.expat are not provided."""
