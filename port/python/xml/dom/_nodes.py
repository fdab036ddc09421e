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

    def _accepts(self, child):
        if child.nodeType not in self._child_node_types:
            raise _hierarchy(child, self)

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            return _move_children(newChild, lambda kid: self.insertBefore(kid, refChild))
        self._accepts(newChild)
        _detach(newChild)
        if refChild is None:
            self.appendChild(newChild)
            return newChild
        kids = self.childNodes
        at = self._index(refChild)
        kids.insert(at, newChild)
        before = kids[at - 1] if at else None
        newChild.previousSibling, newChild.nextSibling = before, refChild
        refChild.previousSibling = newChild
        if before is not None:
            before.nextSibling = newChild
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            return _move_children(node, self.appendChild)
        self._accepts(node)
        _detach(node)
        append_child(self, node)
        node.nextSibling = None
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._accepts(newChild)
        if newChild is oldChild:
            return None
        _detach(newChild)
        self.childNodes[self._index(oldChild)] = newChild
        before, after = oldChild.previousSibling, oldChild.nextSibling
        newChild.parentNode, oldChild.parentNode = self, None
        newChild.previousSibling, newChild.nextSibling = before, after
        oldChild.previousSibling = oldChild.nextSibling = None
        if before is not None:
            before.nextSibling = newChild
        if after is not None:
            after.previousSibling = newChild
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
        # Breaks every link (parent, siblings, children, document), so the
        # tree's reference cycles go away; the node is unusable afterwards.
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None
        kids = self.childNodes
        if kids:
            for kid in kids:
                kid.unlink()
            self.childNodes = NodeList()

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _move_children(fragment, add):
    # a fragment's children are moved one at a time; the (now empty)
    # fragment is what the DOM call returns
    for kid in tuple(fragment.childNodes):
        add(kid)
    return fragment


def _detach(node):
    if node.parentNode is not None:
        node.parentNode.removeChild(node)


class _Collect:
    # The writer toxml() and toprettyxml() hand to writexml().
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Childless:
    """Mixin of the nodes that cannot have children."""
    childNodes = EmptyNodeList()
    attributes = firstChild = lastChild = None

    def _get_firstChild(self):
        return None

    _get_lastChild = _get_firstChild

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
