"""ast.parse over a varied source: every statement and expression kind,
positions (UTF-8 byte columns), ctx, f-strings, match, the other modes,
and the node classes themselves."""
import ast

SOURCE = '''\
"""Module docstring."""
from __future__ import annotations
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b,
                       c,)
x: int = 1
(y): "str"
obj.attr: list[int]
a = b = *c, d = e
t = 1, 2,
s[1:2, ::3, ...], s[i], s[*rest] = u
del a[0], b.c, (d, e)
x += 1; y //= 2; z **= 3 # comment
café = "é" + f"{café!r:>{width}.{prec}} and {naïve=}"
u"kind" "joined"
b"bytes" rb"\\raw"
n = 0x_ff + 0o17 + 0b1 + 1_000 + 1.5e-3 + 2j + .5
big = 123456789012345678901234567890


@decorator.attr(arg)
@other
class Klass(Base, metaclass=Meta, **kw):
    """Class docstring."""
    attr = [i * 2 for i in range(3) if i if not i] + list(j for j in k)

    async def method(self, a, /, b: int = 1, *args: str, c, d=2, **kwargs) -> None:
        nonlocal q
        global g
        async with ctx() as (p, q), other:
            await thing
        async for item in aiter():
            yield item
        return [x async for x in y]

    @property
    def prop(self): return (yield from gen())


def outer():
    def inner(*, key=None): pass
    lam = lambda a, b=2, *c, d, **e: a if b else c
    return {k: v for k, v in d.items()}, {s for s in t}, {1: 2, **more}, {*a, *b}


try:
    pass
except (ValueError, TypeError) as err:
    raise RuntimeError("bad") from err
except Exception:
    raise
else:
    pass
finally:
    pass

try:
    pass
except* OSError as group:
    pass

with (open("a") as f, open("b") as g):
    pass
with (yield_value):
    pass

while (n := n - 1) > 0:
    if n % 2 == 0 and n or not n:
        continue
    elif n is None or n is not None:
        break
    else:
        assert n in xs and n not in ys, "msg"
else:
    pass

for i, (j, *k) in enumerate(pairs):
    print(i, *j, sep="", **k)
else:
    pass

match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction] if direction:
        pass
    case {"x": 0, "y": 0, **rest}:
        pass
    case Point(x=0, y=yy) | Point(1, 2, z=_):
        pass
    case (1 | -2 | 3.5 | 1 + 2j | "s" "t" | b"" | None | True) as value:
        pass
    case [*_, last] | (first, *_):
        pass
    case mod.CONST:
        pass
    case _:
        pass

match = 1
case = match
print(match, case)
result = -x ** -y, ~a & b | c ^ d << e >> f @ g, a < b <= c != d
chained = a.b.c(d)[e](f=g)[h:i:j]
cond = (a if b else c) if d else e
nested = f"{'a' + f'{x}'}" f"{x:{'>'}{10}}" f"""
{y!s}
{z:^{w}}"""
'''

tree = ast.parse(SOURCE, filename='sample.py')
print(ast.dump(tree, include_attributes=True, indent=1))
print(ast.dump(tree.body[5], annotate_fields=False))
print(ast.dump(tree.body[-1], indent='\t'))

# the other modes
print(ast.dump(ast.parse('a + b * c', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1\n', mode='single')))
print(ast.dump(ast.parse('(int, *str) -> bool', mode='func_type')))
print(ast.dump(ast.parse(b'# bytes source\nz = 1\n')))
print(ast.dump(ast.parse('x', filename='name.py').body[0].value, include_attributes=True))
print(ast.dump(ast.parse('"\\u00e9" + f"{1}{2!a}"'), include_attributes=True))
print(ast.dump(ast.parse('if x:\n    pass\n# trailing comment\n\n'), include_attributes=True))
print(ast.dump(ast.parse('x = 1\r\ny = 2\r\n'), include_attributes=True))
print(ast.dump(ast.parse(''), include_attributes=True))
print(ast.dump(ast.parse('\n\n# only a comment')))

# the node classes
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.FunctionDef._fields, ast.arguments._attributes, ast.Load._fields)
print(ast.expr._attributes, ast.stmt._fields, ast.pattern._attributes)
print(issubclass(ast.Name, ast.expr), issubclass(ast.If, ast.stmt), issubclass(ast.Add, ast.operator))
print(isinstance(ast.Module([], []), ast.mod), issubclass(ast.MatchAs, ast.pattern))
print(ast.Constant.kind, ast.FunctionDef.returns, ast.expr.end_lineno)
node = ast.Name('x', ast.Load(), lineno=3)
print(node.id, type(node.ctx).__name__, node.lineno, node.end_lineno, hasattr(node, 'col_offset'))
print(ast.dump(node, include_attributes=True))
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(ast.dump(ast.FunctionDef(name='f', body=[])))
try:
    ast.Name('a', ast.Load(), 'extra')
except TypeError as exc:
    print('TypeError', exc)
print(ast.dump(ast.Num(42)), ast.dump(ast.Str('s')), type(ast.Num(1)).__name__)
print(sorted(name for name, value in ast.iter_fields(ast.parse('f(x)').body[0].value)))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
match ast.parse('a.b = 1').body[0]:
    case ast.Assign(targets=[ast.Attribute(value=ast.Name(id=name), attr=attr)]):
        print('matched', name, attr)
