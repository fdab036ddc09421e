"""ast's helpers over trees: dump (CPython 3.11's text, with or without
field names, attributes and indentation), iter_fields, iter_child_nodes,
walk, NodeVisitor, NodeTransformer, copy_location, fix_missing_locations,
increment_lineno, get_docstring and get_source_segment."""
from _ast_nodes import AST, CLASSES

_Constant = CLASSES['Constant']
_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted text of the tree under node."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def text(value, level):
        # (text, simple): simple values may share a line with their siblings
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                try:
                    item = getattr(value, name)
                except AttributeError:
                    # a missing field: the rest can only be given by name
                    named = True
                    continue
                if item is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                item_text, item_simple = text(item, level)
                simple = simple and item_simple
                parts.append('%s=%s' % (name, item_text) if named else item_text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        item = getattr(value, name)
                    except AttributeError:
                        continue
                    if item is None and getattr(cls, name, ...) is None:
                        continue
                    item_text, item_simple = text(item, level)
                    simple = simple and item_simple
                    parts.append('%s=%s' % (name, item_text))
            if simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(text(x, level)[0] for x in value)), False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    return text(node, 0)[0]


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
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """visit(node) calls self.visit_<ClassName>(node), or generic_visit,
    which visits the children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, None)
        if method is None:
            return self.generic_visit(node)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

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


def fix_missing_locations(node):
    """Give every node without a position its parent's (1, 0 at the top)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
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
