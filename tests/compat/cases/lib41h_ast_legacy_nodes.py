# the deprecated ast classes Num, Str, Bytes, NameConstant, Ellipsis: a
# Constant is an instance of the one of its value's kind, and has the n and
# s aliases (inflect reads arguments with isinstance(node, ast.Num))
class M(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 5
    def __subclasscheck__(cls, sub):
        return sub is bool
class N(metaclass=M): pass
print(isinstance(7, N), isinstance(3, N), issubclass(bool, N), issubclass(int, N))
import ast
c = ast.parse("f(1, 'a', b'x', None, ...)").body[0].value.args
print([isinstance(x, ast.Num) for x in c], [isinstance(x, ast.Str) for x in c], [isinstance(x, ast.Bytes) for x in c], [isinstance(x, ast.NameConstant) for x in c], [isinstance(x, ast.Ellipsis) for x in c])
print(c[0].n, c[1].s)
print(isinstance(ast.Num(3), ast.Num), type(ast.Num(3)).__name__, isinstance(ast.Num(3), ast.Constant), isinstance(ast.Constant(True), ast.Num))
print(issubclass(ast.Num, ast.Constant), ast.Num._fields)
class V(ast.NodeVisitor):
    def visit_Num(self, n): print('num', n.n)
    def visit_Str(self, n): print('str', n.s)
V().visit(ast.parse("x = 1 + len('a')"))
