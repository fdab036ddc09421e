"""minidom's node lists and the Node base class: the child-list operations
(appendChild, insertBefore, removeChild, replaceChild, normalize), sibling
links, toxml/toprettyxml, user data and unlink, plus the helpers the other
node modules share (text escaping, the getElementsByTagName walks)."""

import xml.dom
from xml.dom import Node as _Types

_WITH_CHILDREN = (_Types.ELEMENT_NODE, _Types.ENTITY_REFERENCE_NODE)


def read_only(name):
    """A property for the attribute _get_<name> of the class, refusing
    assignment as minidom's read-only attributes do."""
    def get(self):
        return getattr(self, '_get_' + name)()

    def refuse(self, value):
        raise xml.dom.NoModificationAllowedErr('attempt to modify read-only attribute %r' % name)
    return property(get, refuse)


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    def _get_length(self):
        return len(self)

    length = read_only('length')


class EmptyNodeList(tuple):
    """The childNodes of nodes that cannot have children."""

    def item(self, index):
        return None

    def _get_length(self):
        return 0

    length = read_only('length')

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    __radd__ = __add__


def escape_text(data):
    # minidom escapes '"' in text too.
    if not data:
        return ''
    return data.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;').replace('>', '&gt;')


def append_child(parent, node):
    """Append without the checks (for builders)."""
    kids = parent.childNodes
    if kids:
        last = kids[-1]
        node.previousSibling = last
        last.nextSibling = node
    kids.append(node)
    node.parentNode = parent


def elements_by_tag(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == 1 and (name == '*' or node.tagName == name):
            found.append(node)
        elements_by_tag(node, name, found)
    return found


def elements_by_tag_ns(parent, uri, local, found):
    for node in parent.childNodes:
        if node.nodeType == 1:
            if (local == '*' or node.localName == local) and (uri == '*' or node.namespaceURI == uri):
                found.append(node)
            elements_by_tag_ns(node, uri, local, found)
    return found


def _hierarchy(child, parent):
    return xml.dom.HierarchyRequestErr('%r cannot be child of %r' % (child, parent))


class Node(_Types):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = None

    def __bool__(self):
        return True

    # -- serialisation ---------------------------------------------------

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        out = _Collect()
        if self.nodeType == self.DOCUMENT_NODE:
            self.writexml(out, '', indent, newl, encoding, standalone)
        else:
            self.writexml(out, '', indent, newl)
        text = ''.join(out.parts)
        if encoding is None:
            return text
        return text.encode(encoding, 'xmlcharrefreplace')

    # -- children ----------------------------------------------------------

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    def _get_lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    firstChild = read_only('firstChild')
    lastChild = read_only('lastChild')

    def _get_localName(self):
        return None

    localName = read_only('localName')

    def _index(self, child):
        kids = self.childNodes
        for i in range(len(kids)):
            if kids[i] is child:
                return i
        raise xml.dom.NotFoundErr()

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        if newChild.nodeType not in self._child_node_types:
            raise _hierarchy(newChild, self)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
            return newChild
        i = self._index(refChild)
        self.childNodes.insert(i, newChild)
        newChild.nextSibling = refChild
        refChild.previousSibling = newChild
        if i:
            before = self.childNodes[i - 1]
            before.nextSibling = newChild
            newChild.previousSibling = before
        else:
            newChild.previousSibling = None
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        if node.nodeType not in self._child_node_types:
            raise _hierarchy(node, self)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        append_child(self, node)
        node.nextSibling = None
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        if newChild.nodeType not in self._child_node_types:
            raise _hierarchy(newChild, self)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        i = self._index(oldChild)
        self.childNodes[i] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        newChild.nextSibling, newChild.previousSibling = oldChild.nextSibling, oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        if newChild.previousSibling:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling:
            newChild.nextSibling.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        del self.childNodes[self._index(oldChild)]
        after, before = oldChild.nextSibling, oldChild.previousSibling
        if after is not None:
            after.previousSibling = before
        if before is not None:
            before.nextSibling = after
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        kept = []
        for child in self.childNodes:
            if child.nodeType == self.TEXT_NODE:
                if not child.data:
                    # An empty text node goes.
                    if kept:
                        kept[-1].nextSibling = child.nextSibling
                    if child.nextSibling:
                        child.nextSibling.previousSibling = child.previousSibling
                    child.unlink()
                    continue
                if kept and kept[-1].nodeType == child.nodeType:
                    # Adjacent text nodes become one.
                    last = kept[-1]
                    last.data = last.data + child.data
                    last.nextSibling = child.nextSibling
                    if child.nextSibling:
                        child.nextSibling.previousSibling = last
                    child.unlink()
                    continue
            elif child.nodeType == self.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        self.childNodes[:] = kept

    def cloneNode(self, deep):
        from xml.dom._document import clone_node
        return clone_node(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    # -- user data -----------------------------------------------------------

    def getUserData(self, key):
        data = getattr(self, '_user_data', None)
        return data[key][0] if data and key in data else None

    def setUserData(self, key, data, handler):
        store = getattr(self, '_user_data', None)
        if store is None:
            store = self._user_data = {}
        old = store[key][0] if key in store else None
        if data is None:
            if old is not None:
                del store[key]
        else:
            store[key] = (data, handler)
        return old

    def _call_user_data_handler(self, operation, src, dst):
        store = getattr(self, '_user_data', None)
        if store:
            for key, (data, handler) in list(store.items()):
                if handler is not None:
                    handler.handle(operation, key, data, src, dst)

    # -- minidom's own -------------------------------------------------------

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class _Collect:
    # The writer toxml() and toprettyxml() hand to writexml().
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Childless:
    """Mixin of the nodes that cannot have children."""
    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def _get_firstChild(self):
        return None

    def _get_lastChild(self):
        return None

    def hasChildNodes(self):
        return False

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(self.nodeName + ' nodes cannot have children')

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(self.nodeName + ' nodes do not have children')

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(self.nodeName + ' nodes do not have children')

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr(self.nodeName + ' nodes do not have children')

    def normalize(self):
        pass
