"""ast.unparse: a tree back to source text as CPython 3.11 writes it:
four-space blocks, a blank line before each def/class that is not first,
parentheses only where precedence needs them (and CPython's extra ones,
e.g. around tuples outside targets), elif chains, docstrings in triple
quotes, its choice of quotes for strings and f-strings, and its
refusals (ValueError for backslashes inside f-string expressions).
Statements and match patterns are here, expressions in _ast_unparse_expr."""
import _ast_nodes

N = _ast_nodes.CLASSES
_Constant, _Tuple, _JoinedStr = N['Constant'], N['Tuple'], N['JoinedStr']

from _ast_unparse_expr import (ExprUnparser, _literal, _BINOPS, _TRIPLE, TUPLE, YIELD, TEST,
                               ATOM, BOR)


class Unparser:
    def __init__(self, avoid_backslashes=False):
        self.out = []
        self.indent = 0
        self.prec = {}
        self.avoid_backslashes = avoid_backslashes
        self.in_try_star = False

    def run(self, node):
        self.out = []
        self.visit(node)
        return ''.join(self.out)

    # ---- output helpers

    def write(self, text):
        self.out.append(text)

    def fill(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.indent + text)

    def blank(self):
        if self.out:
            self.out.append('\n')

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit(item)
            return
        method = getattr(self, 'v_' + type(node).__name__, None)
        if method is None:
            for name in node._fields:
                value = getattr(node, name, None)
                if isinstance(value, (list, _ast_nodes.AST)):
                    self.visit(value)
            return
        method(node)

    def body(self, stmts, comment=None):
        self.write(':')
        if comment:
            self.write(comment)
        self.indent += 1
        self.visit(stmts)
        self.indent -= 1

    def set_prec(self, prec, *nodes):
        for node in nodes:
            self.prec[id(node)] = prec

    def open_if(self, node, prec):
        """Write '(' when node sits where prec is too high for it."""
        if self.prec.get(id(node), TEST) > prec:
            self.write('(')
            return True
        return False

    def join(self, items, func=None, sep=', '):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            (func or self.visit)(item)

    def items(self, items, func=None):
        if len(items) == 1:
            (func or self.visit)(items[0])
            self.write(',')
        else:
            self.join(items, func)

    def type_comment(self, node):
        comment = self.ignores.get(node.lineno) if hasattr(self, 'ignores') and \
            hasattr(node, 'lineno') else None
        comment = comment or getattr(node, 'type_comment', None)
        return ' # type: %s' % comment if comment is not None else None

    # ---- modules and statements

    def docstring_body(self, node):
        body = node.body
        if body and type(body[0]).__name__ == 'Expr' and isinstance(body[0].value, _Constant) \
                and isinstance(body[0].value.value, str):
            doc = body[0].value
            self.fill()
            if doc.kind == 'u':
                self.write('u')
            text, quotes = _literal(doc.value, _TRIPLE)
            self.write(quotes[0] + text + quotes[0])
            self.visit(body[1:])
        else:
            self.visit(body)

    def v_Module(self, node):
        self.ignores = dict((t.lineno, 'ignore' + t.tag) for t in node.type_ignores)
        self.docstring_body(node)
        self.ignores = {}

    def v_FunctionType(self, node):
        self.write('(')
        self.join(node.argtypes)
        self.write(') -> ')
        self.visit(node.returns)

    def v_Expr(self, node):
        self.fill()
        self.set_prec(YIELD, node.value)
        self.visit(node.value)

    def v_Import(self, node):
        self.fill('import ')
        self.join(node.names)

    def v_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.join(node.names)

    def v_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_prec(TUPLE, target)
            self.visit(target)
            self.write(' = ')
        self.visit(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def v_AugAssign(self, node):
        self.fill()
        self.visit(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.visit(node.value)

    def v_AnnAssign(self, node):
        self.fill()
        paren = not node.simple and type(node.target).__name__ == 'Name'
        self.write('(' if paren else '')
        self.visit(node.target)
        self.write(')' if paren else '')
        self.write(': ')
        self.visit(node.annotation)
        if node.value:
            self.write(' = ')
            self.visit(node.value)

    def v_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.visit(node.value)

    def v_Pass(self, node):
        self.fill('pass')

    def v_Break(self, node):
        self.fill('break')

    def v_Continue(self, node):
        self.fill('continue')

    def v_Delete(self, node):
        self.fill('del ')
        self.join(node.targets)

    def v_Assert(self, node):
        self.fill('assert ')
        self.visit(node.test)
        if node.msg:
            self.write(', ')
            self.visit(node.msg)

    def v_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def v_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def v_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.visit(node.exc)
        if node.cause:
            self.write(' from ')
            self.visit(node.cause)

    def v_Try(self, node, star=False):
        outer = self.in_try_star
        self.in_try_star = star
        try:
            self.fill('try')
            self.body(node.body)
            self.visit(node.handlers)
            if node.orelse:
                self.fill('else')
                self.body(node.orelse)
            if node.finalbody:
                self.fill('finally')
                self.body(node.finalbody)
        finally:
            self.in_try_star = outer

    def v_TryStar(self, node):
        self.v_Try(node, True)

    def v_ExceptHandler(self, node):
        self.fill('except*' if self.in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.visit(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.body(node.body)

    def v_ClassDef(self, node):
        self.blank()
        for deco in node.decorator_list:
            self.fill('@')
            self.visit(deco)
        self.fill('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.join(node.bases + node.keywords)
            self.write(')')
        self.write(':')
        self.indent += 1
        self.docstring_body(node)
        self.indent -= 1

    def v_FunctionDef(self, node, keyword='def'):
        self.blank()
        for deco in node.decorator_list:
            self.fill('@')
            self.visit(deco)
        self.fill(keyword + ' ' + node.name + '(')
        self.visit(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.visit(node.returns)
        self.write(':')
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self.indent += 1
        self.docstring_body(node)
        self.indent -= 1

    def v_AsyncFunctionDef(self, node):
        self.v_FunctionDef(node, 'async def')

    def v_For(self, node, keyword='for '):
        self.fill(keyword)
        self.set_prec(TUPLE, node.target)
        self.visit(node.target)
        self.write(' in ')
        self.visit(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.fill('else')
            self.body(node.orelse)

    def v_AsyncFor(self, node):
        self.v_For(node, 'async for ')

    def v_If(self, node):
        self.fill('if ')
        self.visit(node.test)
        self.body(node.body)
        # an If alone in an else is written as elif
        while len(node.orelse) == 1 and type(node.orelse[0]).__name__ == 'If':
            node = node.orelse[0]
            self.fill('elif ')
            self.visit(node.test)
            self.body(node.body)
        if node.orelse:
            self.fill('else')
            self.body(node.orelse)

    def v_While(self, node):
        self.fill('while ')
        self.visit(node.test)
        self.body(node.body)
        if node.orelse:
            self.fill('else')
            self.body(node.orelse)

    def v_With(self, node, keyword='with '):
        self.fill(keyword)
        self.join(node.items)
        self.body(node.body, self.type_comment(node))

    def v_AsyncWith(self, node):
        self.v_With(node, 'async with ')

    def v_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.visit(node.optional_vars)

    def v_Match(self, node):
        self.fill('match ')
        self.visit(node.subject)
        self.body(node.cases)

    def v_match_case(self, node):
        self.fill('case ')
        self.visit(node.pattern)
        if node.guard:
            self.write(' if ')
            self.visit(node.guard)
        self.body(node.body)

    def v_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)


class PatternUnparser:
    """Match patterns (mixed in with the other halves)."""

    def v_MatchValue(self, node):
        self.visit(node.value)

    def v_MatchSingleton(self, node):
        self.write_constant(node.value)

    def v_MatchSequence(self, node):
        self.write('[')
        self.join(node.patterns)
        self.write(']')

    def v_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def mapping_item(self, pair):
        self.visit(pair[0])
        self.write(': ')
        self.visit(pair[1])

    def v_MatchMapping(self, node):
        self.write('{')
        self.join(list(zip(node.keys, node.patterns)), self.mapping_item)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def keyword_pattern(self, pair):
        self.write(pair[0] + '=')
        self.visit(pair[1])

    def v_MatchClass(self, node):
        self.set_prec(ATOM, node.cls)
        self.visit(node.cls)
        self.write('(')
        self.join(node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.write(', ')
            self.join(list(zip(node.kwd_attrs, node.kwd_patterns)), self.keyword_pattern)
        self.write(')')

    def v_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            paren = self.open_if(node, TEST)
            self.set_prec(BOR, node.pattern)
            self.visit(node.pattern)
            self.write(' as ' + node.name)
            self.write(')' if paren else '')

    def v_MatchOr(self, node):
        paren = self.open_if(node, BOR)
        self.set_prec(BOR + 1, *node.patterns)
        self.join(node.patterns, sep=' | ')
        self.write(')' if paren else '')


class FullUnparser(ExprUnparser, PatternUnparser, Unparser):
    pass


def unparse(node):
    return FullUnparser().run(node)
