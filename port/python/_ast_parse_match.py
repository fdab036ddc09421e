"""The match statement for ast's parser (PEP 634 as in CPython 3.11):
'match' as a soft keyword (a statement only when 'match <subject>:'
and a newline follow), case blocks with guards, and every pattern:
literals, captures, wildcards, values, groups, sequences with stars,
mappings with **rest, class patterns, '|' and 'as'."""
import _ast_nodes

N = _ast_nodes.CLASSES
_SINGLETONS = {'None': None, 'True': True, 'False': False}


class MatchParser:
    """Mixed into the statement parser (uses its token helpers)."""

    def match_stmt(self):
        """The Match node, or None (position unchanged) if 'match' is a name."""
        from _ast_parse_expr import Fail, _Tuple, LOAD
        tok = self.tok
        saved = self.pos
        self.advance()
        try:
            if not self.starts_expression():
                raise self.fail()
            first = self.star_named_expression()
            if self.at(','):
                elts = [first]
                while self.eat(','):
                    if self.at(':'):
                        break
                    elts.append(self.star_named_expression())
                subject = self.done(_Tuple(elts, LOAD), first.lineno, first.col_offset)
            else:
                subject = first
            if not self.at(':') or self.peek()[0] != 'NEWLINE':
                raise self.fail()
        except Fail:
            self.reset(saved)
            return None
        self.advance()
        self.advance()
        if self.tok[0] != 'INDENT':
            from _ast_parse_stmt import IndentFail
            raise IndentFail("expected an indented block after 'match' statement on line %d"
                             % tok[2], *self.tok[2:])
        self.advance()
        cases = []
        while self.tok[0] != 'DEDENT' and self.tok[0] != 'END':
            if not (self.tok[0] == 'NAME' and self.tok[1] == 'case'):
                raise self.fail()
            cases.append(self.case_block())
        self.advance()
        if not cases:
            raise self.fail()
        return self.ended(N['Match'](subject, cases), tok, cases[-1].body)

    def case_block(self):
        tok = self.advance()
        pattern = self.patterns()
        guard = self.named_expression() if self.eat('if') else None
        body = self.block("'case' statement", tok)
        return N['match_case'](pattern, guard, body)

    def patterns(self):
        """The pattern of a case: an open sequence (a, b) or one pattern."""
        tok = self.tok
        first = self.maybe_star_pattern()
        if not self.at(','):
            if type(first) is N['MatchStar']:
                return self.done(N['MatchSequence']([first]), tok[2], tok[3])
            return first
        items = [first]
        while self.eat(','):
            if self.at(':') or self.at('if'):
                break
            items.append(self.maybe_star_pattern())
        return self.done(N['MatchSequence'](items), tok[2], tok[3])

    def maybe_star_pattern(self):
        tok = self.tok
        if self.eat('*'):
            name = self.name()
            return self.done(N['MatchStar'](None if name == '_' else name), tok[2], tok[3])
        return self.pattern()

    def pattern(self):
        tok = self.tok
        first = self.closed_pattern()
        if self.at('|'):
            alts = [first]
            while self.eat('|'):
                alts.append(self.closed_pattern())
            first = self.done(N['MatchOr'](alts), tok[2], tok[3])
        if self.eat('as'):
            name_tok = self.tok
            name = self.name()
            if name == '_':
                raise self.fail("cannot use '_' as a target", name_tok)
            return self.done(N['MatchAs'](first, name), tok[2], tok[3])
        return first

    def closed_pattern(self):
        tok = self.tok
        kind, text = tok[0], tok[1]
        if kind == 'NAME':
            if text in _SINGLETONS:
                self.advance()
                return self.done(N['MatchSingleton'](_SINGLETONS[text]), tok[2], tok[3])
            nxt = self.peek()[1]
            if nxt == '.' or nxt == '(':
                value = self.name_or_attr()
                if self.at('('):
                    return self.class_pattern(value, tok)
                return self.done(N['MatchValue'](value), tok[2], tok[3])
            name = self.name()
            return self.done(N['MatchAs'](None, None if name == '_' else name), tok[2], tok[3])
        if kind in ('NUMBER', 'STRING') or (kind == 'OP' and text == '-'):
            return self.done(N['MatchValue'](self.literal_expr()), tok[2], tok[3])
        if kind == 'OP':
            if text == '(':
                self.advance()
                if self.eat(')'):
                    return self.done(N['MatchSequence']([]), tok[2], tok[3])
                first = self.maybe_star_pattern()
                if self.eat(')'):
                    if type(first) is N['MatchStar']:
                        return self.done(N['MatchSequence']([first]), tok[2], tok[3])
                    return first
                items = [first]
                while self.eat(','):
                    if self.at(')'):
                        break
                    items.append(self.maybe_star_pattern())
                self.expect(')')
                return self.done(N['MatchSequence'](items), tok[2], tok[3])
            if text == '[':
                self.advance()
                items = []
                while not self.at(']'):
                    items.append(self.maybe_star_pattern())
                    if not self.eat(','):
                        break
                self.expect(']')
                return self.done(N['MatchSequence'](items), tok[2], tok[3])
            if text == '{':
                return self.mapping_pattern()
        raise self.fail()

    def literal_expr(self):
        """A number (signed, or a complex a+bj), string or None/True/False."""
        tok = self.tok
        if tok[0] == 'STRING':
            return self.atom()
        if tok[0] == 'NAME' and tok[1] in _SINGLETONS:
            self.advance()
            return self.done(N['Constant'](_SINGLETONS[tok[1]], None), tok[2], tok[3])
        value = self.signed_number()
        if self.at('+') or self.at('-'):
            op = N['Add']() if self.advance()[1] == '+' else N['Sub']()
            if self.tok[0] != 'NUMBER':
                raise self.fail()
            right = self.atom()
            return self.done(N['BinOp'](value, op, right), tok[2], tok[3])
        return value

    def signed_number(self):
        tok = self.tok
        if self.eat('-'):
            if self.tok[0] != 'NUMBER':
                raise self.fail()
            return self.done(N['UnaryOp'](N['USub'](), self.atom()), tok[2], tok[3])
        if tok[0] != 'NUMBER':
            raise self.fail()
        return self.atom()

    def name_or_attr(self):
        from _ast_parse_expr import LOAD
        tok = self.tok
        node = self.done(N['Name'](self.name(), LOAD), tok[2], tok[3])
        while self.eat('.'):
            node = self.done(N['Attribute'](node, self.name(), LOAD), tok[2], tok[3])
        return node

    def class_pattern(self, cls, tok):
        self.advance()
        patterns, names, kwd = [], [], []
        while not self.at(')'):
            if self.tok[0] == 'NAME' and self.peek()[1] == '=':
                names.append(self.name())
                self.advance()
                kwd.append(self.pattern())
            else:
                if names:
                    raise self.fail('positional patterns follow keyword patterns')
                patterns.append(self.pattern())
            if not self.eat(','):
                break
        self.expect(')')
        return self.done(N['MatchClass'](cls, patterns, names, kwd), tok[2], tok[3])

    def mapping_pattern(self):
        tok = self.advance()
        keys, patterns = [], []
        rest = None
        while not self.at('}'):
            if self.eat('**'):
                rest = self.name()
                self.eat(',')
                break
            key_tok = self.tok
            if key_tok[0] == 'NAME' and key_tok[1] not in _SINGLETONS:
                key = self.name_or_attr()
                if type(key) is N['Name']:
                    raise self.fail('invalid syntax', key_tok)
            else:
                key = self.literal_expr()
            keys.append(key)
            self.expect(':')
            patterns.append(self.pattern())
            if not self.eat(','):
                break
        self.expect('}')
        return self.done(N['MatchMapping'](keys, patterns, rest), tok[2], tok[3])
