"""ast's helpers over trees: dump (CPython 3.11's text, with or without
field names, attributes and indentation), iter_fields, iter_child_nodes,
walk, NodeVisitor, NodeTransformer, copy_location, fix_missing_locations,
increment_lineno, get_docstring and get_source_segment."""
from _ast_nodes import AST, CLASSES

_Constant = CLASSES['Constant']
_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


# getattr default telling an unset field from one set to None
_ABSENT = object()


def _layout(indent, depth):
    # (opening, separator) for the items of a node or list at this depth:
    # one line, or one item per line indented depth times
    if indent is None:
        return '', ', '
    pad = indent * depth
    return '\n' + pad, ',\n' + pad


class _Dumper:
    def __init__(self, annotate, attributes, indent):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent

    def value(self, obj, depth):
        # -> (text, simple); simple values may share a line with siblings
        if isinstance(obj, AST):
            return self.node(obj, depth + 1)
        if isinstance(obj, list):
            if not obj:
                return '[]', True
            first, sep = _layout(self.indent, depth + 1)
            items = [self.value(x, depth + 1)[0] for x in obj]
            return '[' + first + sep.join(items) + ']', False
        return repr(obj), True

    def node(self, obj, inner):
        cls = type(obj)
        pieces = []
        simple = True
        # Fields go positionally until one is left out (unset, or None
        # where the class default is None); from then on by name.
        by_name = self.annotate
        names = [(n, False) for n in obj._fields]
        if self.attributes and obj._attributes:
            names += [(n, True) for n in obj._attributes]
        for name, is_attr in names:
            item = getattr(obj, name, _ABSENT)
            if item is _ABSENT or (item is None and getattr(cls, name, ...) is None):
                if not is_attr:
                    by_name = True
                continue
            text, item_simple = self.value(item, inner)
            simple = simple and item_simple
            pieces.append(name + '=' + text if by_name or is_attr else text)
        if simple and len(pieces) <= 3:
            return cls.__name__ + '(' + ', '.join(pieces) + ')', not pieces
        first, sep = _layout(self.indent, inner)
        return cls.__name__ + '(' + first + sep.join(pieces) + ')', False


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).node(node, 1)[0]


def iter_fields(node):
    """(name, value) for each field that node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under node: fields that are nodes or lists of them."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """node and every node under it, breadth first."""
    # a list read from the front serves as the queue; a node's children
    # are queued before it is handed out, as CPython does
    queue = [node]
    at = 0
    while at < len(queue):
        current = queue[at]
        at += 1
        queue.extend(iter_child_nodes(current))
        yield current


class NodeVisitor:
    """visit(node) calls self.visit_<ClassName>(node), or generic_visit,
    which visits the children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, None)
        if method is None:
            return self.generic_visit(node)
        return method(node)

    def generic_visit(self, node):
        # the children in field order, lazily, like iter_child_nodes()
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # the deprecated visit_Num/visit_Str/... of older visitors still run
        value = node.value
        if value is None or value is True or value is False:
            legacy = 'NameConstant'
        elif value is ...:
            legacy = 'Ellipsis'
        else:
            legacy = {str: 'Str', bytes: 'Bytes', int: 'Num', float: 'Num',
                      complex: 'Num'}.get(type(value))
        method = getattr(self, 'visit_' + legacy, None) if legacy else None
        if method is not None:
            import warnings
            warnings.warn('visit_%s is deprecated; add visit_Constant' % legacy,
                          DeprecationWarning, 2)
            return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node to put in place of
    the one visited: None removes it, a list splices several in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def copy_location(new_node, old_node):
    """Copy the position attributes that old_node has (and new_node's
    class has) onto new_node; returns new_node."""
    for attr in _LOCATION:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


# The positions fix_missing_locations() fills in, and whether a None
# value counts as missing (only for the end positions, which the parser
# may leave None).
_FILL = (('lineno', False), ('end_lineno', True), ('col_offset', False),
         ('end_col_offset', True))


def fix_missing_locations(node):
    # Give every node without a position its nearest ancestor's (1, 0 at
    # the top).  Iterative, so deep trees do not hit the recursion limit.
    pending = [(node, (1, 1, 0, 0))]
    while pending:
        tree, inherited = pending.pop()
        own = list(inherited)
        for k, (attr, none_missing) in enumerate(_FILL):
            if attr not in tree._attributes:
                continue
            current = getattr(tree, attr, _ABSENT)
            if current is _ABSENT or (none_missing and current is None):
                setattr(tree, attr, own[k])
            else:
                own[k] = current
        own = tuple(own)
        for child in iter_child_nodes(tree):
            pending.append((child, own))
    return node


def increment_lineno(node, n=1):
    """Move node and everything under it n lines down."""
    for child in walk(node):
        if isinstance(child, CLASSES['TypeIgnore']):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    kinds = tuple(CLASSES[k] for k in ('AsyncFunctionDef', 'FunctionDef', 'ClassDef', 'Module'))
    if not isinstance(node, kinds):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not (node.body and isinstance(node.body[0], CLASSES['Expr'])):
        return None
    value = node.body[0].value
    if not (isinstance(value, _Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _lines(source):
    """source split as CPython's parser splits lines, ends kept."""
    out = []
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and source[i + 1:i + 2] == '\n':
                i += 1
            out.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(source[start:])
    return out


def get_source_segment(source, node, *, padded=False):
    """The text of source that node spans, or None without positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    if padded:
        pad = ''.join(c if c.isspace() else ' ' for c in lines[lineno].encode()[:col].decode())
    else:
        pad = ''
    first = pad + lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])
