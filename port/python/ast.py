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
feature_version is ignored; the deprecated Num/Str/Bytes/NameConstant/
Ellipsis build Constant nodes but isinstance() against them is False;
compile() of a tree is provided here as ast.compile_tree (the built-in
compile takes source only): it compiles unparse(tree), so line numbers
follow the unparsed text. \\N{NAME} escapes in strings need unicodedata's
names."""
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
    are those of the unparsed text)."""
    if isinstance(tree, _CLASSES['Expression']):
        mode = 'eval'
    elif isinstance(tree, _CLASSES['Interactive']):
        mode = 'single'
    return compile(unparse(tree), filename, mode)


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
