"""What source-analysis scripts do with ast: NodeVisitor and
NodeTransformer, walk, iter_child_nodes, get_docstring, the location
helpers, get_source_segment and literal_eval of trees."""
import ast

SOURCE = '''\
"""Tools for things.

    Indented second paragraph.
"""
import os
from collections import OrderedDict as OD, defaultdict


class Shape:
    """A shape."""

    def area(self):
        """Area of the shape."""
        return 0

    async def fetch(self, url, *, timeout=10):
        return await get(url)


def helper(x, y=2):
    # no docstring here
    total = x + y * 3
    return total


label = "café"
'''

tree = ast.parse(SOURCE)


class Collector(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_FunctionDef(self, node):
        self.found.append(('def', node.name, node.lineno, [a.arg for a in node.args.args]))
        self.generic_visit(node)

    def visit_AsyncFunctionDef(self, node):
        self.found.append(('async def', node.name, node.lineno, [a.arg for a in node.args.kwonlyargs]))
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        self.found.append(('class', node.name, node.lineno, node.end_lineno))
        self.generic_visit(node)

    def visit_Import(self, node):
        self.found.append(('import', [a.name for a in node.names]))

    def visit_ImportFrom(self, node):
        self.found.append(('from', node.module, [(a.name, a.asname) for a in node.names]))


collector = Collector()
collector.visit(tree)
for item in collector.found:
    print(item)

print(ast.get_docstring(tree))
print(repr(ast.get_docstring(tree, clean=False)))
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        print(node.name, repr(ast.get_docstring(node)))
try:
    ast.get_docstring(tree.body[1])
except TypeError as exc:
    print('TypeError', exc)

names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
print(names)
print([type(n).__name__ for n in ast.walk(tree)][:12])
print([type(n).__name__ for n in ast.iter_child_nodes(tree)])
print([name for name, value in ast.iter_fields(tree.body[2])])

helper = tree.body[4]
print(ast.get_source_segment(SOURCE, helper.body[0]))
print(ast.get_source_segment(SOURCE, helper.body[0].value.right))
print(ast.get_source_segment(SOURCE, tree.body[-1]))
print(ast.get_source_segment(SOURCE, tree.body[3].body[1], padded=True))
print(ast.get_source_segment(SOURCE, ast.Name('x', ast.Load())))


class Renamer(ast.NodeTransformer):
    """Rename x to renamed_x, fold constant additions, drop imports,
    split augmented assignments."""

    def visit_Name(self, node):
        if node.id == 'x':
            return ast.copy_location(ast.Name(id='renamed_x', ctx=node.ctx), node)
        return node

    def visit_arg(self, node):
        if node.arg == 'x':
            node.arg = 'renamed_x'
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) \
                and isinstance(node.op, ast.Add):
            return ast.copy_location(ast.Constant(node.left.value + node.right.value), node)
        return node

    def visit_Import(self, node):
        return None

    def visit_ImportFrom(self, node):
        return None

    def visit_AugAssign(self, node):
        load = ast.Name(node.target.id, ast.Load())
        return [ast.Assign([node.target], ast.BinOp(load, node.op, node.value)),
                ast.Expr(ast.Call(ast.Name('print', ast.Load()), [load], []))]


code = '''\
import sys
def f(x):
    y = x + (1 + 2) * (3 + 4)
    y += 1
    return y
'''
new = Renamer().visit(ast.parse(code))
new = ast.fix_missing_locations(new)
print(ast.unparse(new))
print(ast.dump(new.body[0].body[1], include_attributes=True))
namespace = {}
exec(ast.unparse(new), namespace)
print(namespace['f'](5))

moved = ast.increment_lineno(ast.parse('a = 1\nb = 2'), 10)
print([(n.lineno, n.end_lineno) for n in moved.body])
expr = ast.parse('1 + 2', mode='eval')
print(ast.dump(ast.increment_lineno(expr, 2), include_attributes=True))
new_node = ast.copy_location(ast.Constant(3), expr.body)
print(new_node.lineno, new_node.col_offset, new_node.end_lineno, new_node.end_col_offset)

print(ast.literal_eval(ast.parse('[1, -2, (3, 4j), {"a": None}]', mode='eval')))
print(ast.literal_eval(ast.parse('{1, 2}', mode='eval').body))
print(ast.literal_eval('1 + 2j'), ast.literal_eval(" {'k': [b'v']} "))
try:
    ast.literal_eval(ast.parse('f(x)', mode='eval'))
except ValueError as exc:
    print('ValueError', str(exc).split(':')[0])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)


counter = Counter()
counter.visit(ast.parse(open(__file__).read()))
print(sorted(counter.counts.items())[:15])
print(sum(counter.counts.values()))
