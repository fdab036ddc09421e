"""ast: Python syntax trees as CPython 3.11 makes them.

parse() reads the whole 3.11 grammar (tokenize's tokens, a recursive-
descent parser in _ast_parse_expr/_ast_parse_stmt/_ast_parse_match and
_ast_strings for literals and f-strings) into CPython's node classes
(_ast_nodes) with the same fields, ctx and positions (columns in UTF-8
bytes); malformed source raises SyntaxError or IndentationError with
filename, lineno and offset (the common messages are CPython's, others
say 'invalid syntax'). dump, walk, NodeVisitor, NodeTransformer and the
other helpers are in _ast_tools, unparse in _ast_unparse; literal_eval
(_ast_literal) reads source text directly, or takes a tree.

Differences: type_comments=True records no type comments and
feature_version is ignored; compile() of a tree is provided here as
ast.compile_tree (the built-in compile takes source only): it compiles
unparse(tree), so line numbers follow the unparsed text. \\N{NAME}
escapes in strings need unicodedata's names."""
import _ast_nodes
from _ast_nodes import AST, CLASSES as _CLASSES
from _ast_tools import (dump, iter_fields, iter_child_nodes, walk, NodeVisitor, NodeTransformer,
                        copy_location, fix_missing_locations, increment_lineno, get_docstring,
                        get_source_segment)
from _ast_literal import literal_eval as _literal_eval_text, literal_eval_node as _literal_node

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

# every node class as a module attribute: ast.Name, ast.expr, ...
globals().update(_CLASSES)
del _ast_nodes


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """The syntax tree of source (str or bytes)."""
    from _ast_parse_stmt import parse as _parse
    if isinstance(filename, bytes):
        filename = filename.decode()
    return _parse(source, str(filename) if not isinstance(filename, str) else filename, mode)


def literal_eval(node_or_string):
    """The value of a Python literal or container display, given as a
    string or as a tree."""
    if isinstance(node_or_string, AST):
        return _literal_node(node_or_string)
    return _literal_eval_text(node_or_string)


def unparse(ast_obj):
    """Source text for the tree, as CPython 3.11's ast.unparse writes it."""
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


def compile_tree(tree, filename='<ast>', mode='exec', flags=0, dont_inherit=False):
    """compile() for a syntax tree: the code of unparse(tree) (line numbers
    are those of the unparsed text). What CPython's compiler takes from a
    tree but source cannot say is made sayable first (_sayable)."""
    if isinstance(tree, _CLASSES['Expression']):
        mode = 'eval'
    elif isinstance(tree, _CLASSES['Interactive']):
        mode = 'single'
    return compile(unparse(_sayable(tree)), filename, mode)


# the fields that hold a name bound or read as a variable
_NAME_FIELDS = {'Name': 'id', 'arg': 'arg', 'FunctionDef': 'name', 'AsyncFunctionDef': 'name',
                'ClassDef': 'name', 'keyword': 'arg', 'ExceptHandler': 'name', 'MatchAs': 'name',
                'MatchStar': 'name', 'MatchMapping': 'rest', 'Global': 'names', 'Nonlocal': 'names'}


def _sayable(tree):
    """tree, or a copy of it that source text can express, for trees code
    generators build (werkzeug's URL builders): a JoinedStr part that is a
    plain expression (CPython joins its value, a str) becomes a
    FormattedValue, and a variable name that is no identifier ('.self',
    '<builder:...>') gets a stand-in identifier; at module level such a
    name is also bound under its own name in the namespace, as the tree's
    code would bind it."""
    from keyword import iskeyword
    JoinedStr, FormattedValue, Constant = (_CLASSES[n] for n in ('JoinedStr', 'FormattedValue', 'Constant'))

    def bad(name):
        return isinstance(name, str) and (not name.isidentifier() or iskeyword(name))

    def needs(node):
        if isinstance(node, JoinedStr):
            if any(not isinstance(v, (Constant, FormattedValue)) for v in node.values):
                return True
        field = _NAME_FIELDS.get(type(node).__name__)
        if field:
            value = getattr(node, field, None)
            return any(bad(n) for n in value) if isinstance(value, list) else bad(value)
        return False

    if not any(needs(node) for node in walk(tree)):
        return tree
    import copy
    tree = copy.deepcopy(tree)
    names = {}

    def stand_in(name):
        if not bad(name):
            return name
        if name not in names:
            names[name] = '_pywasm_name%d_' % len(names)
        return names[name]

    for node in walk(tree):
        if isinstance(node, JoinedStr):
            node.values = [v if isinstance(v, (Constant, FormattedValue))
                           else FormattedValue(value=v, conversion=-1, format_spec=None)
                           for v in node.values]
        field = _NAME_FIELDS.get(type(node).__name__)
        if field:
            value = getattr(node, field, None)
            if isinstance(value, list):
                setattr(node, field, [stand_in(n) for n in value])
            elif value is not None:
                setattr(node, field, stand_in(value))
    body = getattr(tree, 'body', None)
    if names and isinstance(body, list):
        Name, Load, Store = _CLASSES['Name'], _CLASSES['Load'], _CLASSES['Store']
        real = {v: k for k, v in names.items()}
        # a stand-in nothing reads is deleted once its real name is bound
        read = {n.id for n in walk(tree) if isinstance(n, Name) and not isinstance(n.ctx, Store)}
        new_body = []
        for stmt in body:
            new_body.append(stmt)
            bound = []
            if type(stmt).__name__ in ('FunctionDef', 'AsyncFunctionDef', 'ClassDef'):
                bound.append(stmt.name)
            elif type(stmt).__name__ == 'Assign':
                bound.extend(t.id for t in stmt.targets if isinstance(t, Name))
            for name in bound:
                if name in real:
                    # locals()['<real name>'] = stand_in
                    target = _CLASSES['Subscript'](
                        value=_CLASSES['Call'](func=Name(id='locals', ctx=Load()), args=[], keywords=[]),
                        slice=Constant(value=real[name]), ctx=Store())
                    new_body.append(_CLASSES['Assign'](targets=[target], value=Name(id=name, ctx=Load()),
                                                       lineno=getattr(stmt, 'lineno', 1)))
                    if name not in read:
                        new_body.append(_CLASSES['Delete'](targets=[Name(id=name, ctx=_CLASSES['Del']())],
                                                           lineno=getattr(stmt, 'lineno', 1)))
        tree.body = new_body
    return tree


def main():
    import argparse
    import sys
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval',
                                                                  'func_type'))
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        dest='type_comments')
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    if args.infile == '-':
        name, source = '<stdin>', sys.stdin.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
