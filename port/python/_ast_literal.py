"""ast.literal_eval over source text, as CPython 3.11's accepts it: str
and bytes literals (every prefix, escape and implicit concatenation),
ints in every base with underscores, floats, complex numbers written
a+bj or a-bj, True, False, None, ..., tuples, lists, dicts, sets and
set(), unary + and - on numbers, nested. Anything else that parses
raises ValueError 'malformed node or string on line N: <ast.X object at
0x...>'; which node X the message names is a best guess. It reads the
text itself (no syntax tree) so that it stays quick; literal_eval_node
evaluates a tree the same way."""

from _pywasm_literal import scan as _scan, syntax_error as _syntax_error

_BINARY = {'*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'}
_COMPARE = {'<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is'}
# keywords that start an expression, and the node CPython makes of it
_KEYWORD_NODES = {'lambda': 'Lambda', 'not': 'UnaryOp', 'yield': 'Yield',
                  'await': 'Await'}
_CONSTANTS = {'True': True, 'False': False, 'None': None}


class _Node:
    """A piece of the parsed expression: kind is the class name CPython's
    ast would give it; Name stands for any expression that is no literal."""

    def __init__(self, kind, line, value=None, items=None):
        self.kind = kind
        self.line = line
        self.value = value
        self.items = items

    def __repr__(self):
        return '<ast.%s object at %#x>' % (self.kind, id(self))


class _Stop(Exception):
    """The parser met something it does not read (args: node kind, line)."""


def _malformed(node):
    if node is None:
        # what CPython reports for a '**' entry in a dict display
        return ValueError('malformed node or string: None')
    return ValueError('malformed node or string on line %d: %r' % (node.line, node))


# --- parsing ----------------------------------------------------------------

class _Parser:
    """Reads the literal subset of Python expressions from the tokens into
    _Nodes; raises _Stop on anything outside it."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ('end', None, self.tokens[-1][2] if self.tokens else 1)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def is_op(self, text):
        tok = self.peek()
        return tok[0] == 'op' and tok[1] == text

    def expect(self, text):
        tok = self.take()
        if tok[0] != 'op' or tok[1] != text:
            raise _Stop('Name', tok[2])

    def top(self):
        while self.peek()[0] == 'nl':
            self.pos += 1
        node = self.sequence(None)
        while self.peek()[0] == 'nl':
            self.pos += 1
        tok = self.peek()
        if tok[0] != 'end':
            raise _Stop('Name', tok[2])
        return node

    def sequence(self, closer):
        """Comma-separated items up to closer: a lone item without a comma
        is returned as itself, else a Tuple."""
        line = self.peek()[2]
        items = []
        comma = False
        while not self.is_op(closer) if closer else self.peek()[0] not in ('end', 'nl'):
            items.append(self.expr(closer))
            if not self.is_op(','):
                break
            self.take()
            comma = True
        if len(items) == 1 and not comma:
            return items[0]
        return _Node('Tuple', line, items=items)

    def expr(self, closer):
        node = self.sum()
        tok = self.peek()
        if tok[0] in ('op', 'name'):
            # what CPython would build around the operand, were it valid
            if tok[1] in _BINARY:
                raise _Stop('BinOp', node.line)
            if tok[1] in _COMPARE:
                raise _Stop('Compare', node.line)
            kind = {'and': 'BoolOp', 'or': 'BoolOp', 'if': 'IfExp', ':=': 'NamedExpr',
                    'for': {']': 'ListComp', '}': 'SetComp'}.get(closer, 'GeneratorExp')}
            if tok[1] in kind:
                raise _Stop(kind[tok[1]], node.line)
        return node

    def sum(self):
        node = self.signed()
        while self.is_op('+') or self.is_op('-'):
            op = self.take()[1]
            node = _Node('BinOp', node.line, op, [node, self.signed()])
        return node

    def signed(self):
        tok = self.peek()
        if tok[0] == 'op' and tok[1] in '+-~':
            self.take()
            operand = self.signed()
            if tok[1] == '~':
                raise _Stop('UnaryOp', tok[2])
            return _Node('UnaryOp', tok[2], tok[1], [operand])
        node = self.atom()
        tok = self.peek()
        if tok[0] == 'op' and tok[1] in ('(', '[', '.'):
            raise _Stop({'(': 'Call', '[': 'Subscript', '.': 'Attribute'}[tok[1]], node.line)
        return node

    def atom(self):
        kind, value, line = self.take()
        if kind == 'num':
            return _Node('Constant', line, value)
        if kind == 'str':
            return self.strings(value, line)
        if kind == 'name':
            if value in _CONSTANTS:
                return _Node('Constant', line, _CONSTANTS[value])
            if value in _KEYWORD_NODES:
                raise _Stop(_KEYWORD_NODES[value], line)
            if value == 'set' and self.is_op('('):
                self.take()
                if not self.is_op(')'):
                    raise _Stop('Call', line)
                self.take()
                return _Node('Call', line, 'set')
            return _Node('Name', line, value)
        if kind == 'op':
            if value == '...':
                return _Node('Constant', line, ...)
            if value == '(':
                node = self.sequence(')')
                self.expect(')')
                if node.kind == 'Tuple':
                    node.line = line
                return node
            if value == '[':
                items = self.items(']')
                return _Node('List', line, items=items)
            if value == '{':
                return self.braces(line)
        raise _Stop('Name', line)

    def strings(self, first, line):
        value, is_bytes, joined = first
        while self.peek()[0] == 'str':
            more = self.take()[1]
            if more[1] != is_bytes:
                raise _syntax_error('cannot mix bytes and nonbytes literals', line)
            joined = joined or more[2]
            if not joined:
                value = value + more[0]
        return _Node('JoinedStr' if joined else 'Constant', line, value)

    def items(self, closer):
        items = []
        while not self.is_op(closer):
            items.append(self.expr(closer))
            if not self.is_op(','):
                break
            self.take()
        self.expect(closer)
        return items

    def braces(self, line):
        if self.is_op('}'):
            self.take()
            return _Node('Dict', line, items=[])
        if self.is_op('**'):
            raise _Stop(None, line)
        first = self.expr('}')
        if not self.is_op(':'):
            items = [first]
            if self.is_op(','):
                self.take()
                items += self.items('}')
            else:
                self.expect('}')
            return _Node('Set', line, items=items)
        pairs = []
        key = first
        while True:
            self.expect(':')
            pairs.append((key, self.expr('}')))
            if not self.is_op(','):
                break
            self.take()
            if self.is_op('}'):
                break
            if self.is_op('**'):
                raise _Stop(None, line)
            key = self.expr('}')
        self.expect('}')
        return _Node('Dict', line, items=pairs)


# --- evaluation ---------------------------------------------------------------

class _Malformed(Exception):
    pass


def _number_value(node):
    if node.kind != 'Constant' or type(node.value) not in (int, float, complex):
        raise _Malformed(node)
    return node.value


def _signed(node):
    if node.kind == 'UnaryOp':
        operand = _number_value(node.items[0])
        return -operand if node.value == '-' else +operand
    return _number_value(node)


def _convert(node):
    kind = node.kind
    if kind == 'Constant':
        return node.value
    if kind == 'Tuple':
        return tuple(_convert(item) for item in node.items)
    if kind == 'List':
        return [_convert(item) for item in node.items]
    if kind == 'Set':
        return set(_convert(item) for item in node.items)
    if kind == 'Call':
        return set()
    if kind == 'Dict':
        return dict((_convert(k), _convert(v)) for k, v in node.items)
    if kind == 'BinOp':
        left = _signed(node.items[0])
        right = _number_value(node.items[1])
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if node.value == '+' else left - right
        raise _Malformed(node)
    return _signed(node)


def _check_syntax(src):
    """Raise SyntaxError if the interpreter's own parser rejects src."""
    try:
        compile(src, '<unknown>', 'eval')
    except SyntaxError as exc:
        raise _syntax_error(str(exc) or 'invalid syntax', getattr(exc, 'lineno', 1) or 1)
    except Exception:
        pass


def literal_eval(node_or_string):
    """The value of a Python literal or container display given as a
    string (see the module docstring for what is accepted)."""
    src = node_or_string
    if not isinstance(src, str):
        raise ValueError('malformed node or string: %r' % (src,))
    src = src.lstrip(' \t')
    tokens = _scan(src)
    if not any(t[0] != 'nl' for t in tokens):
        raise _syntax_error('invalid syntax', 0)
    try:
        tree = _Parser(tokens).top()
        return _convert(tree)
    except _Stop as stop:
        kind, line = stop.args
        if kind not in ('Yield', 'Await'):
            # the interpreter refuses these outside a function; ast.parse does not
            _check_syntax(src)
        raise _malformed(None if kind is None else _Node(kind, line))
    except _Malformed as bad:
        _check_syntax(src)
        raise _malformed(bad.args[0])


def literal_eval_node(node):
    """The value of a literal given as a syntax tree (Expression or expr)."""
    import _ast_nodes
    N = _ast_nodes.CLASSES
    if isinstance(node, N['Expression']):
        node = node.body

    def bad(node):
        line = getattr(node, 'lineno', None)
        if line is None:
            return ValueError('malformed node or string: %r' % (node,))
        return ValueError('malformed node or string on line %d: %r' % (line, node))

    def number(node):
        if not isinstance(node, N['Constant']) or type(node.value) not in (int, float, complex):
            raise bad(node)
        return node.value

    def signed(node):
        if isinstance(node, N['UnaryOp']) and isinstance(node.op, (N['UAdd'], N['USub'])):
            operand = signed(node.operand)
            return +operand if isinstance(node.op, N['UAdd']) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, N['Constant']):
            return node.value
        if isinstance(node, N['Tuple']):
            return tuple(convert(x) for x in node.elts)
        if isinstance(node, N['List']):
            return [convert(x) for x in node.elts]
        if isinstance(node, N['Set']):
            return set(convert(x) for x in node.elts)
        if isinstance(node, N['Call']) and isinstance(node.func, N['Name']) and \
                node.func.id == 'set' and node.args == node.keywords == []:
            return set()
        if isinstance(node, N['Dict']):
            if len(node.keys) != len(node.values):
                raise bad(node)
            return dict((convert(k) if k is not None else convert(k), convert(v))
                        for k, v in zip(node.keys, node.values))
        if isinstance(node, N['BinOp']) and isinstance(node.op, (N['Add'], N['Sub'])):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, N['Add']) else left - right
        return signed(node)

    if node is None:
        raise ValueError('malformed node or string: None')
    return convert(node)
