"""The statement half of ast's parser and its entry point parse(): simple
statements (assignments of every kind, imports, del, return, raise,
global, ...), blocks and compound statements (if, while, for, with, try
and try/except*, def, class, decorators, async forms, match via
_ast_parse_match), the four modes, and the conversion of parse failures
into SyntaxError/IndentationError with filename, line and offset."""
import _ast_nodes
from _ast_tokens import Source, tokens as _tokens
from _ast_parse_expr import ExprParser, Fail, STORE, DEL, LOAD
from _ast_parse_match import MatchParser

N = _ast_nodes.CLASSES
_AUGMENTED = dict((op + '=', N[name]()) for op, name in (
    ('+', 'Add'), ('-', 'Sub'), ('*', 'Mult'), ('@', 'MatMult'), ('/', 'Div'), ('%', 'Mod'),
    ('**', 'Pow'), ('<<', 'LShift'), ('>>', 'RShift'), ('|', 'BitOr'), ('^', 'BitXor'),
    ('&', 'BitAnd'), ('//', 'FloorDiv')))
_SIMPLE_NODES = {'pass': 'Pass', 'break': 'Break', 'continue': 'Continue'}


class IndentFail(Fail):
    """A Fail that becomes an IndentationError."""


class Parser(ExprParser, MatchParser):

    def __init__(self, source, toks):
        ExprParser.__init__(self, source, toks)
        self.compound = {'if': self.if_stmt, 'while': self.while_stmt, 'for': self.for_stmt,
                         'with': self.with_stmt, 'try': self.try_stmt, 'def': self.funcdef,
                         'class': self.classdef, 'async': self.async_stmt}

    # ---- sequences of statements

    def statements(self, until):
        body = []
        while self.tok[0] != until and self.tok[0] != 'END':
            if self.tok[0] == 'INDENT':
                raise IndentFail('unexpected indent', *self.tok[2:])
            if self.tok[0] == 'NEWLINE':
                self.advance()
                continue
            body.extend(self.statement())
        return body

    def statement(self):
        tok = self.tok
        if tok[0] == 'NAME':
            method = self.compound.get(tok[1])
            if method is not None:
                return [method()]
            if tok[1] == 'match':
                node = self.match_stmt()
                if node is not None:
                    return [node]
        elif tok[1] == '@' and tok[0] == 'OP':
            return [self.decorated()]
        return self.simple_stmts()

    def simple_stmts(self):
        stmts = [self.simple_stmt()]
        while self.eat(';'):
            if self.tok[0] == 'NEWLINE':
                break
            stmts.append(self.simple_stmt())
        if self.tok[0] != 'NEWLINE':
            raise self.fail()
        self.advance()
        return stmts

    def block(self, what, header):
        """The body after a ':' (what names the statement in CPython's
        IndentationError; header is its first token)."""
        self.expect(':')
        if self.tok[0] != 'NEWLINE':
            return self.simple_stmts()
        self.advance()
        if self.tok[0] != 'INDENT':
            raise IndentFail('expected an indented block after %s on line %d' % (what, header[2]),
                             *self.tok[2:])
        self.advance()
        body = self.statements('DEDENT')
        if self.tok[0] == 'DEDENT':
            self.advance()
        return body

    def ended(self, node, tok, body):
        """node placed from tok to the end of the last token of its body
        (a trailing ';' included, as in CPython)."""
        i = self.pos - 1
        toks = self.toks
        while toks[i][0] in ('NEWLINE', 'DEDENT', 'INDENT'):
            i -= 1
        node.lineno, node.col_offset = tok[2], tok[3]
        node.end_lineno, node.end_col_offset = toks[i][4], toks[i][5]
        return node

    # ---- simple statements

    def simple_stmt(self):
        tok = self.tok
        text = tok[1]
        if tok[0] == 'NAME' and text in _STATEMENT_KEYWORDS:
            return _STATEMENT_KEYWORDS[text](self, tok)
        return self.expr_stmt(tok)

    def expr_stmt(self, tok):
        first = self.yield_or_star()
        text = self.tok[1]
        if tok[1] in ('print', 'exec') and type(first) is N['Name'] and self.starts_expression() \
                and not self.at('(') and self.tok[0] != 'OP' or \
                tok[1] in ('print', 'exec') and self.tok[0] in ('STRING', 'NUMBER'):
            raise Fail("Missing parentheses in call to '%s'. Did you mean %s(...)?" % (
                tok[1], tok[1]), tok[2], tok[3], self.tok[4], self.tok[5])
        if self.tok[0] != 'OP':
            return self.done(N['Expr'](first), tok[2], tok[3])
        if text == '=':
            targets = [first]
            while self.eat('='):
                targets.append(self.yield_or_star())
            value = targets.pop()
            for target in targets:
                self.store(target, STORE, True)
            return self.done(N['Assign'](targets, value, None), tok[2], tok[3])
        if text == ':':
            kind = type(first).__name__
            if kind not in ('Name', 'Attribute', 'Subscript'):
                raise Fail('only single target (not %s) can be annotated' % kind.lower()
                           if kind in ('Tuple', 'List') else 'illegal target for annotation',
                           first.lineno, first.col_offset, first.end_lineno,
                           first.end_col_offset)
            self.advance()
            annotation = self.expression()
            value = self.yield_or_star() if self.eat('=') else None
            simple = 1 if kind == 'Name' and tok[1] != '(' else 0
            return self.done(N['AnnAssign'](self.store(first, STORE), annotation, value, simple),
                             tok[2], tok[3])
        op = _AUGMENTED.get(text)
        if op is not None:
            kind = type(first).__name__
            if kind not in ('Name', 'Attribute', 'Subscript'):
                from _ast_parse_targets import _TARGET_NAMES
                what = {'Tuple': 'tuple', 'List': 'list', 'Starred': 'starred'}.get(kind) or \
                    _TARGET_NAMES.get(kind, 'expression')
                raise Fail("'%s' is an illegal expression for augmented assignment" % what,
                           first.lineno, first.col_offset, first.end_lineno, first.end_col_offset)
            self.advance()
            value = self.yield_or_star()
            return self.done(N['AugAssign'](self.store(first, STORE), op, value), tok[2], tok[3])
        return self.done(N['Expr'](first), tok[2], tok[3])

    def simple_keyword(self, tok):
        self.advance()
        return self.done(N[_SIMPLE_NODES[tok[1]]](), tok[2], tok[3])

    def return_stmt(self, tok):
        self.advance()
        value = self.star_expressions() if self.starts_expression() else None
        return self.done(N['Return'](value), tok[2], tok[3])

    def raise_stmt(self, tok):
        self.advance()
        exc = cause = None
        if self.starts_expression():
            exc = self.expression()
            if self.eat('from'):
                cause = self.expression()
        return self.done(N['Raise'](exc, cause), tok[2], tok[3])

    def names_stmt(self, tok):
        self.advance()
        names = [self.name()]
        while self.eat(','):
            names.append(self.name())
        return self.done(N[tok[1].capitalize()](names), tok[2], tok[3])

    def del_stmt(self, tok):
        self.advance()
        targets = []
        while True:
            targets.append(self.store(self.target_item(), DEL))
            if not self.eat(',') or self.tok[0] == 'NEWLINE' or self.at(';'):
                break
        return self.done(N['Delete'](targets), tok[2], tok[3])

    def assert_stmt(self, tok):
        self.advance()
        test = self.expression()
        msg = self.expression() if self.eat(',') else None
        return self.done(N['Assert'](test, msg), tok[2], tok[3])

    def dotted_name(self):
        parts = [self.name()]
        while self.eat('.'):
            parts.append(self.name())
        return '.'.join(parts)

    def import_stmt(self, tok):
        self.advance()
        names = []
        while True:
            start = self.tok
            name = self.dotted_name()
            asname = self.name() if self.eat('as') else None
            names.append(self.done(N['alias'](name, asname), start[2], start[3]))
            if not self.eat(','):
                break
        return self.done(N['Import'](names), tok[2], tok[3])

    def from_stmt(self, tok):
        self.advance()
        level = 0
        while self.at('.') or self.at('...'):
            level += len(self.advance()[1])
        module = None
        if not self.at('import'):
            module = self.dotted_name()
        self.expect('import')
        names = []
        star = self.tok
        if self.eat('*'):
            names.append(self.done(N['alias']('*', None), star[2], star[3]))
        else:
            paren = self.eat('(')
            while True:
                start = self.tok
                name = self.name()
                asname = self.name() if self.eat('as') else None
                names.append(self.done(N['alias'](name, asname), start[2], start[3]))
                if not self.eat(','):
                    break
                if paren and self.at(')'):
                    break
                if not paren and (self.tok[0] == 'NEWLINE' or self.at(';')):
                    raise self.fail('trailing comma not allowed without surrounding parentheses')
            if paren:
                self.expect(')')
        return self.done(N['ImportFrom'](module, names, level), tok[2], tok[3])

    # ---- compound statements

    def if_stmt(self):
        tok = self.advance()
        test = self.named_expression()
        body = self.block("'%s' statement" % tok[1], tok)
        orelse = []
        if self.at('elif'):
            orelse = [self.if_stmt()]
        elif self.at('else'):
            els = self.advance()
            orelse = self.block("'else' statement", els)
        return self.ended(N['If'](test, body, orelse), tok, orelse or body)

    def else_block(self):
        if self.at('else'):
            els = self.advance()
            return self.block("'else' statement", els)
        return []

    def while_stmt(self):
        tok = self.advance()
        test = self.named_expression()
        body = self.block("'while' statement", tok)
        orelse = self.else_block()
        return self.ended(N['While'](test, body, orelse), tok, orelse or body)

    def for_stmt(self, start=None):
        tok = self.advance()
        target = self.targets(('in',))
        self.expect('in')
        iter_ = self.star_expressions()
        body = self.block("'for' statement", tok)
        orelse = self.else_block()
        cls = N['AsyncFor'] if start else N['For']
        return self.ended(cls(target, iter_, body, orelse, None), start or tok, orelse or body)

    def with_item(self, parenthesized=False):
        expr = self.expression()
        target = None
        if self.eat('as'):
            target = self.store(self.target_item(), STORE)
            if parenthesized and not (self.at(',') or self.at(')')):
                raise self.fail()
        return N['withitem'](expr, target)

    def with_stmt(self, start=None):
        tok = self.advance()
        items = None
        if self.at('('):
            # with (a as b, c): ... unless the parenthesis is part of an expression
            saved = self.pos
            try:
                self.advance()
                items = [self.with_item(True)]
                while self.eat(','):
                    if self.at(')'):
                        break
                    items.append(self.with_item(True))
                self.expect(')')
                if not self.at(':'):
                    raise self.fail()
            except Fail:
                self.reset(saved)
                items = None
        if items is None:
            items = [self.with_item()]
            while self.eat(','):
                items.append(self.with_item())
        body = self.block("'with' statement", tok)
        cls = N['AsyncWith'] if start else N['With']
        return self.ended(cls(items, body, None), start or tok, body)

    def try_stmt(self):
        tok = self.advance()
        body = self.block("'try' statement", tok)
        handlers = []
        star = None
        while self.at('except'):
            htok = self.advance()
            is_star = self.eat('*')
            if star is None:
                star = is_star
            elif star != is_star:
                raise self.fail("cannot have both 'except' and 'except*' on the same 'try'", htok)
            type_ = name = None
            if not self.at(':'):
                type_ = self.expression()
                if self.at(','):
                    first = type_
                    while self.eat(','):
                        self.expression()
                    raise Fail('multiple exception types must be parenthesized', first.lineno,
                               first.col_offset, first.end_lineno, first.end_col_offset)
                if self.eat('as'):
                    name = self.name()
            hbody = self.block("'except%s' statement" % ('*' if is_star else ''), htok)
            handlers.append(self.ended(N['ExceptHandler'](type_, name, hbody), htok, hbody))
        orelse = self.else_block() if handlers else []
        final = []
        if self.at('finally'):
            ftok = self.advance()
            final = self.block("'finally' statement", ftok)
        if not handlers and not final:
            raise self.fail("expected 'except' or 'finally' block")
        cls = N['TryStar'] if star else N['Try']
        return self.ended(cls(body, handlers, orelse, final), tok, final or orelse or handlers)

    def decorated(self):
        decorators = []
        while self.eat('@'):
            decorators.append(self.named_expression())
            if self.tok[0] != 'NEWLINE':
                raise self.fail()
            self.advance()
        if self.at('def'):
            return self.funcdef(decorators)
        if self.at('class'):
            return self.classdef(decorators)
        if self.at('async') and self.peek()[1] == 'def':
            return self.async_stmt(decorators)
        raise self.fail()

    def funcdef(self, decorators=None, start=None):
        tok = self.advance()
        name = self.name()
        self.expect('(')
        args = self.parameters(')', True)
        self.expect(')')
        returns = self.expression() if self.eat('->') else None
        body = self.block('function definition', tok)
        cls = N['AsyncFunctionDef'] if start else N['FunctionDef']
        node = cls(name, args, body, decorators or [], returns, None)
        return self.ended(node, start or tok, body)

    def classdef(self, decorators=None):
        tok = self.advance()
        name = self.name()
        bases, keywords = [], []
        paren = self.tok
        if self.eat('('):
            bases, keywords = self.call_args(paren)
        body = self.block('class definition', tok)
        return self.ended(N['ClassDef'](name, bases, keywords, body, decorators or []), tok, body)

    def async_stmt(self, decorators=None):
        tok = self.advance()
        if self.at('def'):
            return self.funcdef(decorators, tok)
        if self.at('for'):
            return self.for_stmt(tok)
        if self.at('with'):
            return self.with_stmt(tok)
        raise self.fail()


_STATEMENT_KEYWORDS = {
    'pass': Parser.simple_keyword, 'break': Parser.simple_keyword,
    'continue': Parser.simple_keyword, 'return': Parser.return_stmt,
    'raise': Parser.raise_stmt, 'global': Parser.names_stmt, 'nonlocal': Parser.names_stmt,
    'del': Parser.del_stmt, 'assert': Parser.assert_stmt, 'import': Parser.import_stmt,
    'from': Parser.from_stmt}


def parse(source, filename='<unknown>', mode='exec'):
    """The tree of source (str or bytes) in mode exec, eval, single or func_type."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
        if source.startswith('\ufeff'):
            source = source[1:]
    src = Source(source, filename)
    toks = _tokens(src)
    parser = Parser(src, toks)
    try:
        if mode == 'exec':
            tree = N['Module'](parser.statements('END'), [])
        elif mode == 'single':
            tree = N['Interactive'](parser.statements('END'))
        elif mode == 'eval':
            while parser.tok[0] in ('NEWLINE', 'INDENT', 'DEDENT'):
                parser.advance()
            tree = N['Expression'](parser.star_expressions())
            while parser.tok[0] in ('NEWLINE', 'INDENT', 'DEDENT'):
                parser.advance()
        elif mode == 'func_type':
            parser.expect('(')
            argtypes = []
            while not parser.at(')'):
                parser.eat('*') or parser.eat('**')  # kept as the bare type
                argtypes.append(parser.expression())
                if not parser.eat(','):
                    break
            parser.expect(')')
            parser.expect('->')
            tree = N['FunctionType'](argtypes, parser.expression())
            while parser.tok[0] == 'NEWLINE':
                parser.advance()
        else:
            raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
        if parser.tok[0] != 'END':
            raise parser.fail()
        if src.unclosed is not None:
            raise src.unclosed
    except Fail as exc:
        # a bracket left open wins over an error at the end or on a later line
        if src.unclosed is not None and (parser.pos >= len(toks) - 1 or
                                         exc.args[1] > src.unclosed.lineno):
            raise src.unclosed from None
        msg, line, col = exc.args[0], exc.args[1], exc.args[2]
        end_line, end_col = (exc.args[3], exc.args[4]) if len(exc.args) > 4 else (line, col)
        cls = IndentationError if isinstance(exc, IndentFail) else SyntaxError
        raise src.error(msg, line, col, end_line, end_col, cls, True) from None
    return tree
