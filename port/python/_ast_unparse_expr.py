"""The expression half of ast.unparse (CPython 3.11's output): operators
with the parentheses their precedence needs, constants (infinities as
1e309, CPython's quote choice), displays, comprehensions, calls,
subscripts, lambda and arguments, f-strings (inner expressions written
without backslashes, quotes narrowed part by part).
Also the string-literal helpers both halves share."""
import _ast_nodes

N = _ast_nodes.CLASSES
_Constant, _Tuple, _JoinedStr = N['Constant'], N['Tuple'], N['JoinedStr']

# precedence levels, lowest first
(NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(1, 19)
_BINOPS = {'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM),
           'MatMult': ('@', TERM), 'Div': ('/', TERM), 'Mod': ('%', TERM),
           'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR),
           'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
           'Pow': ('**', POWER)}
_UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR),
          'USub': ('-', FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE = ('"""', "'''")
_INF = '1e309'  # a literal that overflows to infinity
_ESCAPES = {'\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\'}


def _escape_char(c, whitespace):
    if c in '\n\t' and not whitespace:
        return c
    if c == '\\':
        return '\\\\'
    if c.isprintable():
        return c
    if c in _ESCAPES:
        return _ESCAPES[c]
    code = ord(c)
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def _literal(text, quotes=_QUOTES, whitespace=False):
    """(text escaped for a string literal, the quotes that may enclose it),
    preferring quotes that need no backslash."""
    escaped = ''.join([_escape_char(c, whitespace) for c in text])
    usable = list(quotes)
    if '\n' in escaped:
        usable = [q for q in usable if q in _TRIPLE]
    usable = [q for q in usable if q not in escaped]
    if not usable:
        text = repr(text)
        quote = text[0]
        for q in quotes:
            if text[0] in q:
                quote = q
                break
        return text[1:-1], [quote]
    if escaped:
        # a quote that differs from the last character comes first (stable)
        last = escaped[-1]
        usable = [q for q in usable if q[0] != last] + [q for q in usable if q[0] == last]
        if usable[0][0] == last:
            escaped = escaped[:-1] + '\\' + last
    return escaped, usable


class ExprUnparser:
    """Mixed into the statement unparser (uses its output helpers)."""

    def v_Name(self, node):
        self.write(node.id)

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INF).replace('nan', '(%s-%s)' % (_INF, _INF)))
        elif self.avoid_backslashes and isinstance(value, str):
            self.write_str(value)
        else:
            self.write(repr(value))

    def write_str(self, value, quotes=_QUOTES):
        text, usable = _literal(value, quotes)
        self.write(usable[0] + text + usable[0])

    def v_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.items(list(value), self.write_constant)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.write_constant(value)

    def v_NamedExpr(self, node):
        paren = self.open_if(node, NAMED)
        self.set_prec(ATOM, node.target, node.value)
        self.visit(node.target)
        self.write(' := ')
        self.visit(node.value)
        self.write(')' if paren else '')

    def v_Await(self, node):
        paren = self.open_if(node, AWAIT)
        self.write('await')
        if node.value:
            self.write(' ')
            self.set_prec(ATOM, node.value)
            self.visit(node.value)
        self.write(')' if paren else '')

    def v_Yield(self, node, keyword='yield'):
        paren = self.open_if(node, YIELD)
        self.write(keyword)
        if node.value:
            self.write(' ')
            self.set_prec(ATOM, node.value)
            self.visit(node.value)
        self.write(')' if paren else '')

    def v_YieldFrom(self, node):
        self.v_Yield(node, 'yield from')

    def v_JoinedStr(self, node):
        self.write('f')
        if self.avoid_backslashes:
            saved, self.out = self.out, []
            self.fstring_inner(node)
            text = ''.join(self.out)
            self.out = saved
            self.write_str(text)
            return
        # constant parts may use escapes for whitespace; the quotes must
        # suit every part
        quotes = list(_QUOTES)
        parts = []
        for value in node.values:
            saved, self.out = self.out, []
            self.fstring_inner(value)
            text = ''.join(self.out)
            self.out = saved
            text, quotes = _literal(text, quotes, isinstance(value, _Constant))
            parts.append(text)
        self.write(quotes[0] + ''.join(parts) + quotes[0])

    def fstring_inner(self, node):
        if isinstance(node, _JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, _Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, N['FormattedValue']):
            self.v_FormattedValue(node)
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def v_FormattedValue(self, node):
        inner = type(self)(True)
        inner.set_prec(TEST + 1, node.value)
        text = inner.run(node.value)
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.write('{ ' if text.startswith('{') else '{')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_inner(node.format_spec)
        self.write('}')

    def v_List(self, node):
        self.write('[')
        self.join(node.elts)
        self.write(']')

    def comprehension_display(self, node, opener, closer):
        self.write(opener)
        self.visit(node.elt)
        self.visit(node.generators)
        self.write(closer)

    def v_ListComp(self, node):
        self.comprehension_display(node, '[', ']')

    def v_GeneratorExp(self, node):
        self.comprehension_display(node, '(', ')')

    def v_SetComp(self, node):
        self.comprehension_display(node, '{', '}')

    def v_DictComp(self, node):
        self.write('{')
        self.visit(node.key)
        self.write(': ')
        self.visit(node.value)
        self.visit(node.generators)
        self.write('}')

    def v_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_prec(TUPLE, node.target)
        self.visit(node.target)
        self.write(' in ')
        self.set_prec(TEST + 1, node.iter, *node.ifs)
        self.visit(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.visit(cond)

    def v_IfExp(self, node):
        paren = self.open_if(node, TEST)
        self.set_prec(TEST + 1, node.body, node.test)
        self.visit(node.body)
        self.write(' if ')
        self.visit(node.test)
        self.write(' else ')
        self.set_prec(TEST, node.orelse)
        self.visit(node.orelse)
        self.write(')' if paren else '')

    def v_Set(self, node):
        if not node.elts:
            self.write('{*()}')  # {} would be a dict
            return
        self.write('{')
        self.join(node.elts)
        self.write('}')

    def dict_item(self, item):
        key, value = item
        if key is None:
            self.write('**')
            self.set_prec(BOR, value)
            self.visit(value)
        else:
            self.visit(key)
            self.write(': ')
            self.visit(value)

    def v_Dict(self, node):
        self.write('{')
        self.join(list(zip(node.keys, node.values)), self.dict_item)
        self.write('}')

    def v_Tuple(self, node):
        paren = not node.elts or self.prec.get(id(node), TEST) > TUPLE
        self.write('(' if paren else '')
        self.items(node.elts)
        self.write(')' if paren else '')

    def v_UnaryOp(self, node):
        op, prec = _UNARY[type(node.op).__name__]
        paren = self.open_if(node, prec)
        self.write(op if prec == FACTOR else op + ' ')
        self.set_prec(prec, node.operand)
        self.visit(node.operand)
        self.write(')' if paren else '')

    def v_BinOp(self, node):
        op, prec = _BINOPS[type(node.op).__name__]
        paren = self.open_if(node, prec)
        # ** binds to the right, the others to the left
        right_assoc = op == '**'
        self.set_prec(prec + 1 if right_assoc else prec, node.left)
        self.visit(node.left)
        self.write(' ' + op + ' ')
        self.set_prec(prec if right_assoc else prec + 1, node.right)
        self.visit(node.right)
        self.write(')' if paren else '')

    def v_Compare(self, node):
        paren = self.open_if(node, CMP)
        self.set_prec(CMP + 1, node.left, *node.comparators)
        self.visit(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(' ' + _CMPOPS[type(op).__name__] + ' ')
            self.visit(right)
        self.write(')' if paren else '')

    def v_BoolOp(self, node):
        is_and = type(node.op).__name__ == 'And'
        prec = AND if is_and else OR
        paren = self.open_if(node, prec)
        # as CPython: each operand is held to a higher level than the last
        level = prec
        first = True
        for value in node.values:
            if not first:
                self.write(' and ' if is_and else ' or ')
            first = False
            level += 1
            self.set_prec(level, value)
            self.visit(value)
        self.write(')' if paren else '')

    def v_Attribute(self, node):
        self.set_prec(ATOM, node.value)
        self.visit(node.value)
        value = node.value
        # 1.real would read as a float: write 1 .real
        if isinstance(value, _Constant) and isinstance(value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def v_Call(self, node):
        self.set_prec(ATOM, node.func)
        self.visit(node.func)
        self.write('(')
        self.join(node.args + node.keywords)
        self.write(')')

    def v_Subscript(self, node):
        self.set_prec(ATOM, node.value)
        self.visit(node.value)
        self.write('[')
        index = node.slice
        if isinstance(index, _Tuple) and index.elts:
            self.items(index.elts)
        else:
            self.visit(index)
        self.write(']')

    def v_Starred(self, node):
        self.write('*')
        self.set_prec(BOR, node.value)
        self.visit(node.value)

    def v_Slice(self, node):
        if node.lower:
            self.visit(node.lower)
        self.write(':')
        if node.upper:
            self.visit(node.upper)
        if node.step:
            self.write(':')
            self.visit(node.step)

    def v_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.visit(node.annotation)

    def v_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        index = 0
        for arg, default in zip(positional, defaults):
            index += 1
            if not first:
                self.write(', ')
            first = False
            self.visit(arg)
            if default:
                self.write('=')
                self.visit(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if not first:
                self.write(', ')
            first = False
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.visit(node.vararg.annotation)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.visit(arg)
            if default:
                self.write('=')
                self.visit(default)
        if node.kwarg:
            if not first:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.visit(node.kwarg.annotation)

    def v_keyword(self, node):
        self.write('**' if node.arg is None else node.arg + '=')
        self.visit(node.value)

    def v_Lambda(self, node):
        paren = self.open_if(node, TEST)
        self.write('lambda')
        saved, self.out = self.out, []
        self.visit(node.args)
        params, self.out = self.out, saved
        if params:
            self.write(' ' + ''.join(params))
        self.write(': ')
        self.set_prec(TEST, node.body)
        self.visit(node.body)
        self.write(')' if paren else '')
