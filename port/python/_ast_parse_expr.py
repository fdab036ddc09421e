"""The expression half of ast's recursive-descent parser (CPython 3.11's
grammar): tuples and star-expressions, walrus, lambda, conditional and
boolean expressions, comparisons, binary operators (by precedence
climbing, to keep the recursion shallow), unary operators, await,
calls, subscripts, attributes, atoms and displays. Call arguments,
slices, targets, comprehensions and parameter lists are in
_ast_parse_targets, statements in _ast_parse_stmt."""
import _ast_nodes
from _ast_strings import parse_strings
from _ast_parse_targets import TargetParser, Fail, LOAD, STORE, DEL  # noqa: F401

N = _ast_nodes.CLASSES
_Name, _Constant, _Tuple, _Starred = N['Name'], N['Constant'], N['Tuple'], N['Starred']

# binary operators: token -> (precedence, node class)
_BINARY = {}
for _prec, _ops in enumerate((('|', 'BitOr'), ('^', 'BitXor'), ('&', 'BitAnd'),
                              ('<<', 'LShift', '>>', 'RShift'), ('+', 'Add', '-', 'Sub'),
                              ('*', 'Mult', '/', 'Div', '//', 'FloorDiv', '%', 'Mod',
                               '@', 'MatMult'))):
    for _i in range(0, len(_ops), 2):
        _BINARY[_ops[_i]] = (_prec + 1, N[_ops[_i + 1]]())
_COMPARE = {'==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
            'in': 'In', 'is': 'Is'}
_COMPARE = dict((k, N[v]()) for k, v in _COMPARE.items())
_NOT_IN, _IS_NOT = N['NotIn'](), N['IsNot']()
_UNARY = {'+': N['UAdd'](), '-': N['USub'](), '~': N['Invert']()}
_NOT, _AND, _OR, _POW = N['Not'](), N['And'](), N['Or'](), N['Pow']()
KEYWORDS = set('''False None True and as assert async await break class continue def del
elif else except finally for from global if import in is lambda nonlocal not or pass raise
return try while with yield'''.split())
_CONSTANTS = {'True': True, 'False': False, 'None': None}



class ExprParser(TargetParser):
    def __init__(self, source, toks):
        self.source = source
        self.toks = toks
        self.pos = 0
        self.tok = toks[0]

    # ---- token helpers

    def advance(self):
        tok = self.tok
        self.pos += 1
        self.tok = self.toks[self.pos] if self.pos < len(self.toks) else self.toks[-1]
        return tok

    def at(self, text):
        return self.tok[1] == text and self.tok[0] in ('OP', 'NAME')

    def eat(self, text):
        if self.tok[1] == text and self.tok[0] in ('OP', 'NAME'):
            self.advance()
            return True
        return False

    def expect(self, text, msg=None):
        if self.tok[1] == text and self.tok[0] in ('OP', 'NAME'):
            return self.advance()
        raise self.fail(msg or ('expected %r' % text if text == ':' else 'invalid syntax'))

    def peek(self, n=1):
        i = self.pos + n
        return self.toks[i] if i < len(self.toks) else self.toks[-1]

    def reset(self, pos):
        self.pos = pos
        self.tok = self.toks[pos]

    def fail(self, msg='invalid syntax', tok=None):
        t = tok or self.tok
        if tok is None and t[0] in ('NEWLINE', 'END', 'DEDENT', 'INDENT') and self.pos > 0:
            # at the end of a line: CPython points after its last token
            i = self.pos - 1
            while i > 0 and self.toks[i][0] in ('DEDENT', 'INDENT'):
                i -= 1
            t = self.toks[i]
            if t[0] == 'NEWLINE':
                return Fail(msg, t[2], t[3], t[2], t[3])
            if msg == 'invalid syntax' or t[0] != 'NEWLINE':
                return Fail(msg, t[4], t[5], t[4], t[5])
        return Fail(msg, t[2], t[3], t[4], t[5])

    def name(self):
        tok = self.tok
        if tok[0] != 'NAME' or tok[1] in KEYWORDS:
            raise self.fail()
        self.advance()
        return tok[1]

    def done(self, node, line, col):
        """Set node's position: from (line, col) to the last token's end."""
        t = self.toks[self.pos - 1]
        node.lineno = line
        node.col_offset = col
        node.end_lineno = t[4]
        node.end_col_offset = t[5]
        return node

    def span(self, node, first, last):
        node.lineno = first.lineno
        node.col_offset = first.col_offset
        node.end_lineno = last.end_lineno
        node.end_col_offset = last.end_col_offset
        return node

    # ---- tuples and star-expressions

    def star_expressions(self):
        """a, *b, c (a Tuple when there is a comma) or one expression."""
        tok = self.tok
        first = self.star_expression()
        if not self.at(','):
            return first
        elts = [first]
        while self.eat(','):
            if not self.starts_expression():
                break
            elts.append(self.star_expression())
        return self.done(_Tuple(elts, LOAD), tok[2], tok[3])

    def starts_expression(self):
        tok = self.tok
        kind = tok[0]
        if kind == 'NAME':
            return tok[1] not in KEYWORDS or tok[1] in ('None', 'True', 'False', 'not', 'lambda',
                                                        'await', 'yield')
        if kind in ('NUMBER', 'STRING'):
            return True
        return kind == 'OP' and tok[1] in ('(', '[', '{', '-', '+', '~', '*', '...')

    def star_expression(self):
        tok = self.tok
        if tok[1] == '*' and tok[0] == 'OP':
            self.advance()
            return self.done(_Starred(self.binary(1), LOAD), tok[2], tok[3])
        return self.expression()

    def star_named_expression(self):
        tok = self.tok
        if tok[1] == '*' and tok[0] == 'OP':
            self.advance()
            return self.done(_Starred(self.binary(1), LOAD), tok[2], tok[3])
        return self.named_expression()

    def named_expression(self):
        tok = self.tok
        if tok[0] == 'NAME' and self.peek()[1] == ':=':
            target = self.done(_Name(self.name(), STORE), tok[2], tok[3])
            self.advance()
            return self.done(N['NamedExpr'](target, self.expression()), tok[2], tok[3])
        return self.expression()

    def yield_or_star(self):
        if self.at('yield'):
            return self.yield_expr()
        return self.star_expressions()

    def yield_expr(self):
        tok = self.advance()
        if self.eat('from'):
            return self.done(N['YieldFrom'](self.expression()), tok[2], tok[3])
        value = self.star_expressions() if self.starts_expression() else None
        return self.done(N['Yield'](value), tok[2], tok[3])

    # ---- expression levels

    def expression(self):
        tok = self.tok
        if tok[1] == 'lambda' and tok[0] == 'NAME':
            return self.lambdef()
        body = self.disjunction()
        if self.tok[1] == 'if' and self.tok[0] == 'NAME':
            self.advance()
            test = self.disjunction()
            if not self.at('else'):
                raise self.fail("expected 'else' after 'if' expression", tok)
            self.advance()
            orelse = self.expression()
            return self.done(N['IfExp'](test, body, orelse), tok[2], tok[3])
        return body

    def lambdef(self):
        tok = self.advance()
        args = self.parameters(':', False)
        self.expect(':')
        return self.done(N['Lambda'](args, self.expression()), tok[2], tok[3])

    def disjunction(self):
        tok = self.tok
        first = self.conjunction()
        if not (self.tok[1] == 'or' and self.tok[0] == 'NAME'):
            return first
        values = [first]
        while self.eat('or'):
            values.append(self.conjunction())
        return self.done(N['BoolOp'](_OR, values), tok[2], tok[3])

    def conjunction(self):
        tok = self.tok
        first = self.inversion()
        if not (self.tok[1] == 'and' and self.tok[0] == 'NAME'):
            return first
        values = [first]
        while self.eat('and'):
            values.append(self.inversion())
        return self.done(N['BoolOp'](_AND, values), tok[2], tok[3])

    def inversion(self):
        tok = self.tok
        if tok[1] == 'not' and tok[0] == 'NAME':
            self.advance()
            return self.done(N['UnaryOp'](_NOT, self.inversion()), tok[2], tok[3])
        return self.comparison()

    def comparison(self):
        start = self.tok
        left = self.binary(1)
        ops = None
        while True:
            tok = self.tok
            text = tok[1]
            if tok[0] not in ('OP', 'NAME'):
                break
            if text in _COMPARE:
                if text == 'is' and self.peek()[1] == 'not':
                    self.advance()
                    op = _IS_NOT
                else:
                    op = _COMPARE[text]
            elif text == 'not' and self.peek()[1] == 'in':
                self.advance()
                op = _NOT_IN
            else:
                break
            self.advance()
            if ops is None:
                ops, comparators = [], []
            ops.append(op)
            comparators.append(self.binary(1))
        if ops is None:
            return left
        return self.done(N['Compare'](left, ops, comparators), start[2], start[3])

    def binary(self, level):
        """Binary operators of precedence level and above, left-associative."""
        start = self.tok
        left = self.factor()
        while True:
            tok = self.tok
            entry = _BINARY.get(tok[1]) if tok[0] == 'OP' else None
            if entry is None or entry[0] < level:
                return left
            self.advance()
            right = self.binary(entry[0] + 1)
            left = self.done(N['BinOp'](left, entry[1], right), start[2], start[3])

    def factor(self):
        tok = self.tok
        if tok[0] == 'OP' and tok[1] in _UNARY:
            self.advance()
            return self.done(N['UnaryOp'](_UNARY[tok[1]], self.factor()), tok[2], tok[3])
        tok = self.tok
        if tok[1] == 'await' and tok[0] == 'NAME':
            self.advance()
            base = self.done(N['Await'](self.primary()), tok[2], tok[3])
        else:
            base = self.primary()
        if self.tok[1] == '**' and self.tok[0] == 'OP':
            self.advance()
            right = self.factor()
            return self.done(N['BinOp'](base, _POW, right), tok[2], tok[3])
        return base

    def primary(self):
        tok = self.tok
        node = self.atom()
        while True:
            t = self.tok
            if t[0] != 'OP':
                return node
            text = t[1]
            if text == '.':
                self.advance()
                attr = self.name()
                node = self.done(N['Attribute'](node, attr, LOAD), tok[2], tok[3])
            elif text == '(':
                self.advance()
                args, keywords = self.call_args(t)
                node = self.done(N['Call'](node, args, keywords), tok[2], tok[3])
            elif text == '[':
                self.advance()
                index = self.slices()
                self.expect(']')
                node = self.done(N['Subscript'](node, index, LOAD), tok[2], tok[3])
            else:
                return node

    # ---- atoms

    def atom(self):
        tok = self.tok
        kind, text = tok[0], tok[1]
        if kind == 'NAME':
            if text in KEYWORDS:
                if text in _CONSTANTS:
                    self.advance()
                    return self.done(_Constant(_CONSTANTS[text], None), tok[2], tok[3])
                raise self.fail()
            self.advance()
            node = _Name(text, LOAD)
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = tok[2:]
            return node
        if kind == 'NUMBER':
            self.advance()
            return self.done(_Constant(_number(text), None), tok[2], tok[3])
        if kind == 'STRING':
            pos = self.pos
            while self.tok[0] == 'STRING':
                self.advance()
            return parse_strings(self, self.toks[pos:self.pos])
        if kind == 'OP':
            if text == '(':
                return self.paren()
            if text == '[':
                return self.brackets()
            if text == '{':
                return self.braces()
            if text == '...':
                self.advance()
                return self.done(_Constant(..., None), tok[2], tok[3])
        raise self.fail()

    def paren(self):
        tok = self.advance()
        if self.eat(')'):
            return self.done(_Tuple([], LOAD), tok[2], tok[3])
        if self.at('yield'):
            node = self.yield_expr()
            self.expect(')')
            return node
        first = self.star_named_expression()
        if self.at('for') or self.at('async'):
            gens = self.comprehensions()
            self.expect(')')
            return self.done(N['GeneratorExp'](first, gens), tok[2], tok[3])
        if self.eat(')'):
            if type(first) is _Starred:
                raise Fail('cannot use starred expression here', first.lineno, first.col_offset,
                           first.end_lineno, first.end_col_offset)
            return first
        elts = [first]
        while self.eat(','):
            if self.at(')'):
                break
            elts.append(self.star_named_expression())
        self.expect(')')
        return self.done(_Tuple(elts, LOAD), tok[2], tok[3])

    def brackets(self):
        tok = self.advance()
        elts = []
        if not self.at(']'):
            first = self.star_named_expression()
            if self.at('for') or self.at('async'):
                gens = self.comprehensions()
                self.expect(']')
                return self.done(N['ListComp'](first, gens), tok[2], tok[3])
            elts.append(first)
            while self.eat(','):
                if self.at(']'):
                    break
                elts.append(self.star_named_expression())
        self.expect(']')
        return self.done(N['List'](elts, LOAD), tok[2], tok[3])

    def braces(self):
        tok = self.advance()
        if self.eat('}'):
            return self.done(N['Dict']([], []), tok[2], tok[3])
        keys, values = [], []
        if self.eat('**'):
            keys.append(None)
            values.append(self.binary(1))
        else:
            first = self.star_named_expression()
            if not self.eat(':'):
                if self.at('for') or self.at('async'):
                    gens = self.comprehensions()
                    self.expect('}')
                    return self.done(N['SetComp'](first, gens), tok[2], tok[3])
                elts = [first]
                while self.eat(','):
                    if self.at('}'):
                        break
                    elts.append(self.star_named_expression())
                self.expect('}')
                return self.done(N['Set'](elts), tok[2], tok[3])
            value = self.expression()
            if self.at('for') or self.at('async'):
                gens = self.comprehensions()
                self.expect('}')
                return self.done(N['DictComp'](first, value, gens), tok[2], tok[3])
            keys.append(first)
            values.append(value)
        while self.eat(','):
            if self.at('}'):
                break
            if self.eat('**'):
                keys.append(None)
                values.append(self.binary(1))
            else:
                keys.append(self.expression())
                self.expect(':')
                values.append(self.expression())
        self.expect('}')
        return self.done(N['Dict'](keys, values), tok[2], tok[3])


def _number(text):
    text = text.replace('_', '')
    last = text[-1]
    if last in 'jJ':
        return complex(0, float(text[:-1]))
    if text[:2].lower() in ('0x', '0o', '0b'):
        return int(text, 0)
    if '.' in text or 'e' in text or 'E' in text:
        return float(text)
    return int(text)
