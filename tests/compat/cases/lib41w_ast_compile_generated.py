# compile() of a tree that code generators build (werkzeug's URL
# builders): a JoinedStr whose parts are plain expressions rather than
# FormattedValues, and names that are no identifiers ('.self',
# '<builder:...>') which CPython's compiler takes from a tree.
import ast

conv = ast.parse('self.conv(x)').body[0].value
for node in ast.walk(conv):
    if isinstance(node, ast.Name):
        node.id = '.' + node.id
fn = ast.parse('def _(): pass').body[0]
fn.name = "<builder:'/u/<name>'>"
fn.args.args.append(ast.arg('.self', None))
fn.args.args.append(ast.arg('.x', None))
fn.args.kwarg = ast.arg('.kwargs', None)
fn.body = [ast.Return(ast.Tuple([ast.Constant(''),
                                 ast.JoinedStr([ast.Constant('/u/'), conv, ast.Constant('!')])],
                                ast.Load()))]
module = ast.parse('')
module.body = [fn]
for node in ast.walk(module):
    if 'lineno' in node._attributes:
        node.lineno = node.end_lineno = 1
    if 'col_offset' in node._attributes:
        node.col_offset = node.end_col_offset = 0
before = ast.dump(module)
code = compile(module, '<generated>', 'exec')
print(ast.dump(module) == before)  # the tree is left as it was
g, l = {}, {}
exec(code, g, l)
print(sorted(l))
f = l[fn.name]


class S:
    def conv(self, v):
        return str(v).upper()


print(f(S(), 'bob'), f(S(), 7, extra=1))

# an expression tree with a plain call inside a JoinedStr
expr = ast.Expression(ast.JoinedStr([ast.Constant('<'), ast.Call(ast.Name('str', ast.Load()), [ast.Constant(42)], []),
                                     ast.Constant('>')]))
ast.fix_missing_locations(expr)
print(eval(compile(expr, '<e>', 'eval')))

# an ordinary tree compiles as before
print(eval(compile(ast.parse('1 + 2', mode='eval'), '<x>', 'eval')))
g = {}
exec(compile(ast.parse('def k(a, *, b=2):\n    return f"{a}-{b!r}"\n'), '<y>', 'exec'), g)
print(g['k'](1))
