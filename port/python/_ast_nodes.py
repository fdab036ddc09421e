"""The syntax-tree node classes of CPython 3.11's ast module, made from a
compact table of its abstract grammar (ASDL): the AST base, the abstract
bases (mod, stmt, expr, ...), every concrete class with CPython's
_fields, _attributes, __match_args__, None class defaults for optional
fields, and the deprecated constructors Num, Str, Bytes, NameConstant,
Ellipsis, Index and ExtSlice (they build Constant/Tuple nodes; a Constant
is an instance of Num, Str... when its value is of that kind, as in 3.11,
and has the n and s aliases of its value)."""

# One entry per abstract base: 'base: attributes' then the concrete kinds,
# 'Name(type field, ...)'. A '?' after a type marks an optional field (its
# class default is None), '*' a list. Product types (no alternatives) are
# written 'name = (fields)'.
_POS = 'int lineno, int col_offset, int? end_lineno, int? end_col_offset'
_TABLE = """
mod:
 Module(stmt* body, type_ignore* type_ignores)
 Interactive(stmt* body)
 Expression(expr body)
 FunctionType(expr* argtypes, expr returns)
stmt: POS
 FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
 AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
 ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
 Return(expr? value)
 Delete(expr* targets)
 Assign(expr* targets, expr value, string? type_comment)
 AugAssign(expr target, operator op, expr value)
 AnnAssign(expr target, expr annotation, expr? value, int simple)
 For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
 AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
 While(expr test, stmt* body, stmt* orelse)
 If(expr test, stmt* body, stmt* orelse)
 With(withitem* items, stmt* body, string? type_comment)
 AsyncWith(withitem* items, stmt* body, string? type_comment)
 Match(expr subject, match_case* cases)
 Raise(expr? exc, expr? cause)
 Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
 TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
 Assert(expr test, expr? msg)
 Import(alias* names)
 ImportFrom(identifier? module, alias* names, int? level)
 Global(identifier* names)
 Nonlocal(identifier* names)
 Expr(expr value)
 Pass()
 Break()
 Continue()
expr: POS
 BoolOp(boolop op, expr* values)
 NamedExpr(expr target, expr value)
 BinOp(expr left, operator op, expr right)
 UnaryOp(unaryop op, expr operand)
 Lambda(arguments args, expr body)
 IfExp(expr test, expr body, expr orelse)
 Dict(expr* keys, expr* values)
 Set(expr* elts)
 ListComp(expr elt, comprehension* generators)
 SetComp(expr elt, comprehension* generators)
 DictComp(expr key, expr value, comprehension* generators)
 GeneratorExp(expr elt, comprehension* generators)
 Await(expr value)
 Yield(expr? value)
 YieldFrom(expr value)
 Compare(expr left, cmpop* ops, expr* comparators)
 Call(expr func, expr* args, keyword* keywords)
 FormattedValue(expr value, int conversion, expr? format_spec)
 JoinedStr(expr* values)
 Constant(constant value, string? kind)
 Attribute(expr value, identifier attr, expr_context ctx)
 Subscript(expr value, expr slice, expr_context ctx)
 Starred(expr value, expr_context ctx)
 Name(identifier id, expr_context ctx)
 List(expr* elts, expr_context ctx)
 Tuple(expr* elts, expr_context ctx)
 Slice(expr? lower, expr? upper, expr? step)
expr_context:
 Load() Store() Del()
boolop:
 And() Or()
operator:
 Add() Sub() Mult() MatMult() Div() Mod() Pow() LShift() RShift() BitOr() BitXor() BitAnd() FloorDiv()
unaryop:
 Invert() Not() UAdd() USub()
cmpop:
 Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler: POS
 ExceptHandler(expr? type, identifier? name, stmt* body)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment) POS
keyword = (identifier? arg, expr value) POS
alias = (identifier name, identifier? asname) POS
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern: int lineno, int col_offset, int end_lineno, int end_col_offset
 MatchValue(expr value)
 MatchSingleton(constant value)
 MatchSequence(pattern* patterns)
 MatchMapping(expr* keys, pattern* patterns, identifier? rest)
 MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
 MatchStar(identifier? name)
 MatchAs(pattern? pattern, identifier? name)
 MatchOr(pattern* patterns)
type_ignore:
 TypeIgnore(int lineno, string tag)
"""


class AST:
    """The base of every node: fields from positional arguments in
    _fields order, anything from keywords."""
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes %s positional argument%s' % (
                type(self).__name__, 'at most %d' % len(fields) if fields else 'no',
                '' if len(fields) == 1 else 's'))
        i = 0
        for value in args:
            setattr(self, fields[i], value)
            i += 1
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        return '<ast.%s object at %#x>' % (type(self).__name__, id(self))

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = 'ast'
CLASSES = {'AST': AST}
# field name -> (kind, optional, is_list) per class, for dump and checks
FIELD_TYPES = {}


def _parse_fields(text):
    """'type? name, ...' -> [(name, type, '?'/'*'/'')]"""
    out = []
    for part in text.split(','):
        part = part.strip()
        if not part:
            continue
        kind, name = part.split()
        mark = kind[-1] if kind[-1] in '?*' else ''
        out.append((name, kind.rstrip('?*'), mark))
    return out


def _make(name, base, fields, attributes):
    namespace = {
        '_fields': tuple(f[0] for f in fields),
        '_attributes': tuple(a[0] for a in attributes),
        '__match_args__': tuple(f[0] for f in fields),
        '__module__': 'ast',
    }
    for fname, kind, mark in fields + attributes:
        if mark == '?':
            namespace[fname] = None
    cls = type(name, (base,), namespace)
    CLASSES[name] = cls
    FIELD_TYPES[name] = fields
    return cls


def _build():
    base = None
    attributes = []
    for line in _TABLE.strip().split('\n'):
        if not line.startswith(' '):
            if ' = (' in line:
                # a product type: one concrete class, no abstract base
                name, rest = line.split(' = (', 1)
                fields, _, attrs = rest.partition(')')
                attrs = attrs.strip().replace('POS', _POS)
                _make(name, AST, _parse_fields(fields), _parse_fields(attrs))
                continue
            name, _, attrs = line.partition(':')
            attributes = _parse_fields(attrs.strip().replace('POS', _POS))
            base = type(name, (AST,), {'_fields': (), '_attributes': tuple(a[0] for a in attributes),
                                       '__module__': 'ast'})
            for fname, kind, mark in attributes:
                if mark == '?':
                    setattr(base, fname, None)
            CLASSES[name] = base
            continue
        for item in line.split(')'):
            item = item.strip()
            if item:
                name, _, fields = item.partition('(')
                _make(name, base, _parse_fields(fields), attributes)


_build()


# ---- deprecated spellings: constructors of Constant (and Tuple) nodes

_Constant = CLASSES['Constant']


def _value_get(node):
    return node.value


def _value_set(node, value):
    node.value = value


# Constant.n and Constant.s: 3.11's deprecated aliases of value
_Constant.n = property(_value_get, _value_set)
_Constant.s = property(_value_get, _value_set)

# What isinstance(node, Num) and the others test: a Constant whose value
# is of these types (and not of the second ones: True is no Num).
_LEGACY_TYPES = {
    'Num': ((int, float, complex), (bool,)),
    'Str': ((str,), ()),
    'Bytes': ((bytes,), ()),
    'NameConstant': ((type(None), bool), ()),
    'Ellipsis': ((type(...),), ()),
}


class _Legacy(type):
    # the metaclass of the deprecated classes: their instances are the
    # Constant nodes holding a value of their kind
    def __instancecheck__(cls, node):
        if not isinstance(node, _Constant):
            return False
        kinds = _LEGACY_TYPES.get(cls.__name__) if cls.__module__ == 'ast' else None
        if kinds is None:
            return cls in type(node).__mro__
        value = node.value
        return isinstance(value, kinds[0]) and not isinstance(value, kinds[1])


def _legacy(name, field):
    def __new__(cls, *args, **kwargs):
        if field in kwargs:
            kwargs['value'] = kwargs.pop(field)
        return _Constant(*args, **kwargs)
    cls = _Legacy(name, (_Constant,), {'__new__': __new__, '_fields': (field,), '__module__': 'ast',
                                       '__doc__': 'Deprecated AST node class. Use ast.Constant instead'})
    CLASSES[name] = cls


for _name, _field in (('Num', 'n'), ('Str', 's'), ('Bytes', 's'), ('NameConstant', 'value'),
                      ('Ellipsis', 'value')):
    _legacy(_name, _field)


class slice(AST):
    """Deprecated base of Index and ExtSlice."""


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return CLASSES['Tuple'](list(dims), CLASSES['Load'](), **kwargs)


for _cls in (slice, Index, ExtSlice):
    _cls.__module__ = 'ast'
    CLASSES[_cls.__name__] = _cls


# 3.11's other deprecated classes, never made by the parser; code that walks
# trees still names them (vulture: isinstance(node.ctx, (ast.Param, ast.Store)))
def _unused(name, base):
    cls = type(name, (CLASSES[base],), {'__module__': 'ast',
                                        '__doc__': 'Deprecated AST node class.  Unused in Python 3.'})
    CLASSES[name] = cls


for _name, _base in (('Suite', 'mod'), ('AugLoad', 'expr_context'), ('AugStore', 'expr_context'),
                     ('Param', 'expr_context')):
    _unused(_name, _base)
