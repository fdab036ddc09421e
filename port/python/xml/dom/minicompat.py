"""xml.dom.minicompat: the node lists minidom uses and defproperty, which
DOM implementations built on minidom's pattern import (odfpy's element
module: `from xml.dom.minicompat import *`)."""
import xml.dom
from xml.dom._nodes import NodeList, EmptyNodeList

__all__ = ['NodeList', 'EmptyNodeList', 'StringTypes', 'defproperty']

StringTypes = (str,)


def defproperty(klass, name, doc):
    # klass.<name>: a read-only property over klass._get_<name>
    get = getattr(klass, '_get_' + name)

    def refuse(self, value):
        raise xml.dom.NoModificationAllowedErr('attempt to modify read-only attribute ' + repr(name))

    assert not hasattr(klass, '_set_' + name), 'expected not to find _set_' + name
    setattr(klass, name, property(get, refuse, None, doc))
