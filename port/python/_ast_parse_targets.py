"""Parts of ast's parser shared by expressions and statements: call
arguments (keywords, unpacking, a lone generator) and subscript slices,
comprehension clauses, assignment and deletion targets (setting their
ctx, with CPython 3.11's messages for what cannot be assigned to or
deleted) and parameter lists of def and lambda."""
import _ast_nodes

N = _ast_nodes.CLASSES
_Tuple, _Starred = N['Tuple'], N['Starred']
# the context singletons every node shares, as in CPython
LOAD, STORE, DEL = N['Load'](), N['Store'](), N['Del']()
# what a target that cannot be assigned is called in CPython's messages
_TARGET_NAMES = {'Call': 'function call', 'BinOp': 'expression', 'UnaryOp': 'expression',
                 'BoolOp': 'expression', 'Compare': 'comparison', 'Lambda': 'lambda',
                 'IfExp': 'conditional expression', 'NamedExpr': 'named expression',
                 'ListComp': 'list comprehension', 'SetComp': 'set comprehension',
                 'DictComp': 'dict comprehension', 'GeneratorExp': 'generator expression',
                 'Dict': 'dict literal', 'Set': 'set display', 'JoinedStr': 'f-string expression',
                 'Await': 'await expression', 'Yield': 'yield expression',
                 'YieldFrom': 'yield expression', 'Constant': 'literal', 'Slice': 'expression'}


class Fail(Exception):
    """A parse error: args are (message, line, byte column[, end line,
    end column])."""


class TargetParser:
    """Mixed into ExprParser (uses its token helpers)."""

    def comprehensions(self):
        gens = []
        while True:
            is_async = 0
            if self.at('async') and self.peek()[1] == 'for':
                self.advance()
                is_async = 1
            if not self.eat('for'):
                return gens
            target = self.targets(('in',))
            self.expect('in')
            iter_ = self.disjunction()
            ifs = []
            while self.eat('if'):
                ifs.append(self.disjunction())
            gens.append(N['comprehension'](target, iter_, ifs, is_async))

    # ---- targets

    def targets(self, stops):
        """star_targets: a, *b, c.d, e[f] up to a token in stops, with Store ctx."""
        tok = self.tok
        first = self.target_item()
        if not self.at(','):
            return self.store(first, STORE)
        elts = [first]
        while self.eat(','):
            if self.tok[1] in stops:
                break
            elts.append(self.target_item())
        return self.store(self.done(_Tuple(elts, LOAD), tok[2], tok[3]), STORE)

    def target_item(self):
        tok = self.tok
        if self.eat('*'):
            return self.done(_Starred(self.target_item(), LOAD), tok[2], tok[3])
        return self.binary(1)

    def store(self, node, ctx, here=False):
        """node with ctx (Store or Del) throughout, or Fail as CPython words it."""
        kind = type(node).__name__
        if kind in ('Name', 'Attribute', 'Subscript'):
            node.ctx = ctx
        elif kind in ('Tuple', 'List') or (kind == 'Starred' and ctx is STORE):
            node.ctx = ctx
            for elt in (node.elts if kind != 'Starred' else [node.value]):
                self.store(elt, ctx)
        else:
            if kind == 'Constant' and node.value in (True, False, None, ...) and \
                    type(node.value) is not int:
                what = str(node.value)
                here = False
            else:
                what = _TARGET_NAMES.get(kind, 'expression')
            if ctx is DEL:
                msg = 'cannot delete %s' % what
            elif kind in ('Yield', 'YieldFrom') and here:
                msg = 'assignment to yield expression not possible'
            else:
                msg = 'cannot assign to %s' % what
                if here:
                    msg += " here. Maybe you meant '==' instead of '='?"
            raise Fail(msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        return node

    # ---- parameters (def and lambda)

    def parameters(self, closer, annotated):
        posonly, args, defaults, kwonly, kw_defaults = [], [], [], [], []
        vararg = kwarg = None
        star = False
        while not self.at(closer):
            tok = self.tok
            if self.eat('/'):
                if star or not args or posonly:
                    raise self.fail("/ must be ahead of *" if star else 'invalid syntax', tok)
                posonly, args = args, []
            elif self.eat('*'):
                if star:
                    raise self.fail('* argument may appear only once', tok)
                star = True
                if self.at(',') or self.at(closer):
                    nxt = self.peek()
                    if self.at(closer) or nxt[1] in (closer, '**'):
                        raise self.fail('named arguments must follow bare *', tok)
                else:
                    vararg = self.param(annotated, True)
            elif self.eat('**'):
                kwarg = self.param(annotated, False)
                self.eat(',')
                if not self.at(closer):
                    raise self.fail('arguments cannot follow var-keyword argument')
                break
            else:
                node = self.param(annotated, False)
                default = self.expression() if self.eat('=') else None
                if star:
                    kwonly.append(node)
                    kw_defaults.append(default)
                else:
                    args.append(node)
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        raise self.fail('non-default argument follows default argument', tok)
            if not self.eat(','):
                break
        return N['arguments'](posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    def param(self, annotated, starred):
        tok = self.tok
        name = self.name()
        annotation = None
        if annotated and self.eat(':'):
            annotation = self.star_expression() if starred else self.expression()
        return self.done(N['arg'](name, annotation, None), tok[2], tok[3])

    def call_args(self, open_tok):
        """The arguments after '(' through ')': (args, keywords)."""
        args, keywords = [], []
        unpacked = False
        while not self.at(')'):
            tok = self.tok
            if self.eat('*'):
                if unpacked:
                    raise self.fail('iterable argument unpacking follows keyword argument '
                                    'unpacking', tok)
                args.append(self.done(_Starred(self.expression(), LOAD), tok[2], tok[3]))
            elif self.eat('**'):
                keywords.append(self.done(N['keyword'](None, self.expression()), tok[2], tok[3]))
                unpacked = True
            elif tok[0] == 'NAME' and self.peek()[1] == '=' and self.peek()[0] == 'OP':
                name = self.name()
                self.advance()
                keywords.append(self.done(N['keyword'](name, self.expression()), tok[2], tok[3]))
            else:
                value = self.named_expression()
                if self.at('for') or (self.at('async') and self.peek()[1] == 'for'):
                    gens = self.comprehensions()
                    if args or keywords or not self.at(')'):
                        raise self.fail('Generator expression must be parenthesized', tok)
                    self.expect(')')
                    return [self.done(N['GeneratorExp'](value, gens), open_tok[2],
                                      open_tok[3])], []
                if keywords:
                    raise self.fail('positional argument follows keyword argument unpacking'
                                    if unpacked else 'positional argument follows keyword '
                                    'argument', self.tok)
                if self.at('='):
                    raise self.fail('expression cannot contain assignment, perhaps you meant '
                                    '"=="?', tok)
                args.append(value)
            if not self.eat(','):
                break
        self.expect(')')
        return args, keywords

    def slices(self):
        tok = self.tok
        first = self.slice_item()
        if not self.at(','):
            if type(first) is _Starred:
                # a[*b] indexes with a one-element tuple
                return self.done(_Tuple([first], LOAD), tok[2], tok[3])
            return first
        elts = [first]
        while self.eat(','):
            if self.at(']'):
                break
            elts.append(self.slice_item())
        return self.done(_Tuple(elts, LOAD), tok[2], tok[3])

    def slice_item(self):
        tok = self.tok
        if self.at('*'):
            return self.star_named_expression()
        lower = upper = step = None
        if not self.at(':'):
            lower = self.named_expression()
            if not self.at(':'):
                return lower
        self.advance()
        if not (self.at(':') or self.at(',') or self.at(']')):
            upper = self.expression()
        if self.eat(':') and not (self.at(',') or self.at(']')):
            step = self.expression()
        return self.done(N['Slice'](lower, upper, step), tok[2], tok[3])
