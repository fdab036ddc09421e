"""xml.etree.cElementTree: the old name of ElementTree, which CPython 3.11
still ships (deprecated); code written for Python 2 falls back to it
(xmljson's `from xml.etree.cElementTree import Element`)."""
from xml.etree.ElementTree import *  # noqa: F401,F403
