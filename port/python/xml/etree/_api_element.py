"""The node types of xml.etree.ElementTree: Element, its factories
(SubElement, Comment, ProcessingInstruction), QName and ParseError.

Children live in a plain list; slices are resolved to index lists by hand
because this interpreter cannot build slice objects or assign to extended
slices of a list."""


class ParseError(SyntaxError):
    # The scanner sets .code and .position on the instances it raises.
    lineno = None
    offset = None

    @property
    def msg(self):
        return self.args[0] if self.args else None


ParseError.__module__ = 'xml.etree.ElementTree'


def _kind(obj):
    # The type name CPython's argument checks print ('None' for None).
    return 'None' if obj is None else type(obj).__name__


def _need_dict(obj, where):
    if not isinstance(obj, dict):
        raise TypeError('%s must be dict, not %s' % (where, _kind(obj)))


def _need_element(obj, where):
    if not isinstance(obj, Element):
        raise TypeError('%s must be xml.etree.ElementTree.Element, not %s' % (where, _kind(obj)))


def _check_item(obj):
    if not isinstance(obj, Element):
        raise TypeError('expected an Element, not "%s"' % _kind(obj))


def _slice_positions(s, size):
    """The list indices a slice object selects in a list of `size`."""
    step = 1 if s.step is None else s.step
    if step == 0:
        raise ValueError('slice step cannot be zero')
    lo, hi = (0, size) if step > 0 else (-1, size - 1)

    def clamp(v, default):
        if v is None:
            return default
        if v < 0:
            v += size
        return min(max(v, lo), hi)

    first = clamp(s.start, lo if step > 0 else hi)
    last = clamp(s.stop, hi if step > 0 else lo)
    return list(range(first, last, step))


class Element:
    """An XML element: tag, attrib dict, text, tail and a list of children."""

    def __init__(self, tag, attrib={}, **extra):
        _need_dict(attrib, 'Element() argument 2')
        self.tag = tag
        merged = dict(attrib)
        merged.update(extra)
        self.attrib = merged
        self.text = None
        self.tail = None
        self._nodes = []

    def __repr__(self):
        return '<Element %r at %#x>' % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        _need_dict(attrib, 'makeelement() argument 2')
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.__class__(self.tag)
        twin.attrib = self.attrib        # a shallow copy shares the dict
        twin.text, twin.tail = self.text, self.tail
        twin._nodes = list(self._nodes)
        return twin

    def __deepcopy__(self, memo):
        import copy
        twin = self.__class__(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        twin.text, twin.tail = self.text, self.tail
        twin._nodes = [copy.deepcopy(k, memo) for k in self._nodes]
        return twin

    # -- the sequence of children ---------------------------------------

    def __len__(self):
        return len(self._nodes)

    def __bool__(self):
        return len(self._nodes) != 0

    def __iter__(self):
        return iter(self._nodes)

    def __contains__(self, item):
        for k in self._nodes:
            if k is item:
                return True
        return False

    def __getitem__(self, index):
        nodes = self._nodes
        if isinstance(index, slice):
            return [nodes[i] for i in _slice_positions(index, len(nodes))]
        if not isinstance(index, int):
            raise TypeError('element indices must be integers')
        if index < -len(nodes) or index >= len(nodes):
            raise IndexError('child index out of range')
        return nodes[index]

    def __setitem__(self, index, value):
        nodes = self._nodes
        if not isinstance(index, slice):
            if not isinstance(index, int):
                raise TypeError('element indices must be integers')
            if index < -len(nodes) or index >= len(nodes):
                raise IndexError('child assignment index out of range')
            _check_item(value)
            nodes[index] = value
            return
        items = list(value)
        for v in items:
            _check_item(v)
        if index.step is None or index.step == 1:
            nodes[index.start:index.stop] = items
            return
        where = _slice_positions(index, len(nodes))
        if len(where) != len(items):
            raise ValueError('attempt to assign sequence of size %d to extended slice of size %d'
                             % (len(items), len(where)))
        for i, v in zip(where, items):
            nodes[i] = v

    def __delitem__(self, index):
        nodes = self._nodes
        if isinstance(index, slice):
            for i in sorted(_slice_positions(index, len(nodes)), reverse=True):
                del nodes[i]
            return
        if not isinstance(index, int):
            raise TypeError('element indices must be integers')
        if index < -len(nodes) or index >= len(nodes):
            raise IndexError('child assignment index out of range')
        del nodes[index]

    def append(self, subelement):
        _need_element(subelement, 'append() argument')
        self._nodes.append(subelement)

    def extend(self, elements):
        for item in elements:
            _check_item(item)
            self._nodes.append(item)

    def insert(self, index, subelement):
        _need_element(subelement, 'insert() argument 2')
        self._nodes.insert(index, subelement)

    def remove(self, subelement):
        _need_element(subelement, 'remove() argument')
        nodes = self._nodes
        for i in range(len(nodes)):
            if nodes[i] is subelement:
                del nodes[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def clear(self):
        self.attrib = {}
        self.text = self.tail = None
        self._nodes = []

    # -- attributes -------------------------------------------------------

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    # -- walking and searching -------------------------------------------

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        # An explicit stack instead of nested generators: cheaper here.
        pending = [self]
        while pending:
            node = pending.pop()
            if tag is None or node.tag == tag:
                yield node
            kids = node._nodes
            for i in range(len(kids) - 1, -1, -1):
                pending.append(kids[i])

    def itertext(self):
        pending = [(self, False)]
        while pending:
            node, tail_only = pending.pop()
            if tail_only:
                if node.tail:
                    yield node.tail
                continue
            if node.text:
                yield node.text
            kids = node._nodes
            for i in range(len(kids) - 1, -1, -1):
                pending.append((kids[i], True))
                pending.append((kids[i], False))

    def find(self, path, namespaces=None):
        from xml.etree import _api_path
        return _api_path.first(self, path, namespaces)

    def findall(self, path, namespaces=None):
        from xml.etree import _api_path
        return _api_path.select(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        from xml.etree import _api_path
        return iter(_api_path.select(self, path, namespaces))

    def findtext(self, path, default=None, namespaces=None):
        from xml.etree import _api_path
        hit = _api_path.first(self, path, namespaces)
        if hit is None:
            return default
        return hit.text or ''


def SubElement(parent, tag, attrib={}, **extra):
    _need_element(parent, 'SubElement() argument 1')
    _need_dict(attrib, 'SubElement() argument 3')
    merged = dict(attrib)
    merged.update(extra)
    child = parent.makeelement(tag, merged)
    parent.append(child)
    return child


def Comment(text=None):
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    node = Element(ProcessingInstruction)
    node.text = target + ' ' + text if text else target
    return node


PI = ProcessingInstruction


def iselement(element):
    return hasattr(element, 'tag')


class QName:
    """A qualified name, '{uri}local'; compares and hashes as its text."""

    def __init__(self, text_or_uri, tag=None):
        self.text = '{%s}%s' % (text_or_uri, tag) if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<QName %r>' % (self.text,)

    def __hash__(self):
        return hash(self.text)

    @staticmethod
    def _key(other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == QName._key(other)

    def __ne__(self, other):
        return self.text != QName._key(other)

    def __lt__(self, other):
        return self.text < QName._key(other)

    def __le__(self, other):
        return self.text <= QName._key(other)

    def __gt__(self, other):
        return self.text > QName._key(other)

    def __ge__(self, other):
        return self.text >= QName._key(other)
