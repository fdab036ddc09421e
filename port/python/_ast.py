"""_ast: the node classes of the abstract syntax tree, under the name of
CPython's C module (mako imports them from here), and the compile() flags;
ast is built on the same classes (_ast_nodes)."""
from _ast_nodes import CLASSES as _CLASSES

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

globals().update(_CLASSES)
