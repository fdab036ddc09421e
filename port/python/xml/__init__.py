"""xml: xml.etree (ElementTree), xml.dom (minidom), xml.sax
(handlers, saxutils, the expat driver) and xml.parsers.expat, all running
on the XML scanner of xml.etree (there is no C expat)."""
