"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member,
nonmember, EnumMeta/EnumType. Members keep definition order; aliases,
value lookup (Color(1)), name lookup (Color['RED']), iteration, len(), `in`,
__members__, _missing_, _generate_next_value_, tuple values passed to a
custom __init__, and Flag combinations (R|W, ~R, membership) work as in
CPython 3.11.

The functional API makes a class as CPython's does: Enum('Color', 'RED
GREEN'), with names as a string, a list of names or of (name, value) pairs,
or a mapping, and module=, qualname=, type= and start=.

Members of a plain Enum are instances of the class as in CPython;
type(member) is the class."""
import _pywasm_compat

# Stores on an enum class while EnumMeta makes it go past EnumMeta's own
# __setattr__, which refuses to rebind members (and would be a Python call
# per store).
_store = type.__setattr__


class auto:
    _n = 0

    def __init__(self, value=None):
        auto._n += 1
        self._order = auto._n
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # In CPython's class body an auto() name already holds its value, so
    # later members may be made from it (RW = R | W). Values are chosen
    # here only once the class is made: an operator records the
    # expression, which EnumMeta works out after the operands have theirs.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoOp(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoOp(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return _AutoOp(lambda a, b: a - b, self, other)

    def __rsub__(self, other):
        return _AutoOp(lambda a, b: a - b, other, self)

    def __mul__(self, other):
        return _AutoOp(lambda a, b: a * b, self, other)

    def __rmul__(self, other):
        return _AutoOp(lambda a, b: a * b, other, self)


class _AutoOp(auto):
    # R | W of two auto() names; a member's value made from it is the
    # operator applied to theirs.
    def __init__(self, op, a, b):
        auto.__init__(self)
        self._op, self._a, self._b = op, a, b

    def _resolve(self):
        a, b = self._a, self._b
        a = a._resolve() if isinstance(a, _AutoOp) else a.value if isinstance(a, auto) else a
        b = b._resolve() if isinstance(b, _AutoOp) else b.value if isinstance(b, auto) else b
        return self._op(a, b)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_descriptor(v):
    return isinstance(v, (classmethod, staticmethod, property)) or callable(v) or hasattr(v, '__get__')


def _is_sunder(k):
    return len(k) > 2 and k[0] == '_' and k[-1] == '_' and k[1] != '_' and k[-2] != '_'


def _is_dunder(k):
    return len(k) > 4 and k[:2] == '__' and k[-2:] == '__'


def _find(bases, name):
    for b in bases:
        v = getattr(b, name, None)
        if v is not None:
            return v
    return None


def _lookup(cls, value):
    # __new__ of an enum class with members: Color(1) finds the member.
    if isinstance(value, cls) and getattr(value, '_name_', None) is not None or type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    r = cls._missing_(value)
    if isinstance(r, cls):
        return r
    raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))


_making = []  # the classes whose members are being made (Enum.__new__)


def _make(cls, mixin, value, args):
    # A member object. A class with members has _lookup as __new__, which
    # cannot build the native part of an int/str member; take it away while
    # the member is made.
    own_new = cls.__dict__.get('__new__')
    if own_new is not None:
        del cls.__new__
    _making.append(cls)
    try:
        if mixin is not None:
            m = cls(*args)
        elif getattr(cls, '__init__', None) is not Enum.__init__:
            m = cls(*args)
        else:
            m = object.__new__(cls)
    finally:
        _making.pop()
        if own_new is not None:
            _store(cls, '__new__', own_new)
    m._value_ = value
    return m


def _functional(cls, name, names, module, qualname, mixin, start):
    # Enum('Color', 'RED GREEN') and the other forms of CPython's functional
    # API: the class a class statement with those members would make.
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    ns = {}
    last = []
    for i, item in enumerate(names.items() if hasattr(names, 'items') else names):
        if isinstance(item, str):
            item = (item, cls._generate_next_value_(item, start, i, last[:]))
        ns[item[0]] = item[1]
        last.append(item[1])
    if module is None:
        try:
            import sys
            module = sys._getframe(2).f_globals.get('__name__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        ns['__module__'] = module
    if qualname is not None:
        ns['__qualname__'] = qualname
    return EnumMeta.__new__(EnumMeta, name, (mixin, cls) if mixin is not None else (cls,), ns)


class EnumMeta:
    """The metaclass of enums: called by the class statement (through the
    compat layer's finish_class) with the class body; its __iter__, __len__,
    __getitem__ and __contains__ serve the enum classes."""

    def __new__(mcls, name, bases, ns, boundary=None, **kw):
        body = {}
        members = []
        for k, v in ns.items():
            if isinstance(v, nonmember):
                body[k] = v.value
            elif isinstance(v, member):
                members.append((k, v.value))
            elif _is_dunder(k) or _is_sunder(k) or k.startswith('_' + name + '__') or _is_descriptor(v) and not isinstance(v, auto):
                body[k] = v
            else:
                members.append((k, v))
        for b in bases:
            if getattr(b, '_member_names_', None):
                raise TypeError('%s: cannot extend %r' % (name, b))
        ignore = ns.get('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = [(k, v) for k, v in members if k not in ignore]
        body.pop('_ignore_', None)
        cls = type(name, bases, body)
        if '__qualname__' not in body:
            _store(cls, '__qualname__', name)
        _store(cls, '_member_names_', [])
        _store(cls, '_member_map_', {})
        _store(cls, '_value2member_map_', {})
        if not members:
            _enum_methods_first(cls, bases, body)
            return cls
        mixin = None
        for b in bases:
            mixin = _mixin(b)
            if mixin is not None:
                break
        gen = getattr(cls, '_generate_next_value_')
        flag = getattr(cls, '_flag_', False)
        last = []
        for k, v in members:
            if isinstance(v, _AutoOp):
                v.value = v._resolve()
                v = v.value
            elif isinstance(v, auto):
                if v.value is None:
                    v.value = gen(k, 1, len(last), last[:])
                v = v.value
            elif isinstance(v, tuple) and v and isinstance(v[0], auto):
                v = tuple(gen(k, 1, len(last), last[:]) if isinstance(x, auto) else x for x in v)
            last.append(v)
            existing = None
            for m in cls._member_map_.values():
                if m._value_ == v:
                    existing = m
                    break
            if existing is not None:
                cls._member_map_[k] = existing
                _store(cls, k, existing)
                continue
            args = v if isinstance(v, tuple) else (v,)
            m = _make(cls, mixin, v, args)
            if mixin is not None and not isinstance(v, tuple):
                # CPython's member_type(*args): the value before the member
                # has a name, which a __str__ of the class may use
                m._value_ = mixin(*args) if mixin in (int, float, str) else v
            m._name_ = k
            m.__objclass__ = cls
            m._sort_order_ = len(cls._member_names_)
            # A flag's canonical members are its single bits: as in CPython
            # 3.11, a zero or a combination (RW = R | W) is in __members__
            # but not in iteration or len()
            if not flag or isinstance(v, int) and v > 0 and v & (v - 1) == 0:
                cls._member_names_.append(k)
            cls._member_map_[k] = m
            try:
                cls._value2member_map_[m._value_] = m
            except TypeError:
                pass
            _store(cls, k, m)
        _store(cls, '__members__', dict(cls._member_map_))
        _store(cls, '__new__', _lookup)
        init = getattr(cls, '__init__', None)
        if init is not None and init is not Enum.__init__:
            # Color(value) returns the member from __new__, and MicroPython
            # then runs __init__ on it again (CPython's EnumType.__call__
            # does not): a custom __init__ runs only while members are made
            def __init__(self, *args, **kw):
                if getattr(self, '_name_', None) is None:
                    init(self, *args, **kw)
            _store(cls, '__init__', __init__)
        if getattr(cls, '_flag_', False):
            bits = 0
            for m in cls:
                bits |= m._value_
            _store(cls, '_all_bits_', bits)
        _enum_methods_first(cls, bases, body)
        return cls

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(m._value_ == value for m in cls._member_map_.values())

    def __setattr__(cls, name, value):
        # a store on an enum class comes here (patch 0357), as to CPython's
        # EnumType: members cannot be rebound
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        _store(cls, name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __repr__(cls):
        # the interpreter prints a class with this (patch 0135); Flag is
        # not defined yet while this module runs
        is_flag = issubclass(cls, globals().get('Flag', ()))
        return '<%s %r>' % ('flag' if is_flag else 'enum', cls.__name__)


EnumType = EnumMeta


def _enum_methods_first(cls, bases, body):
    # In `class Size(str, Enum)` the data type comes first in the MRO, and
    # its __repr__, __str__ and __format__ would hide the enum's: as
    # CPython's EnumType does, put the enum base's on the class (after the
    # members are made: str(member) gives a str member its value). An enum
    # base that wants the data type's (IntEnum, StrEnum) defines its own.
    if not any(_mixin(b) for b in bases):
        return
    enum_base = None
    for b in bases:
        if issubclass(b, Enum):
            enum_base = b
            break
    if enum_base is None:
        return
    for name in ('__repr__', '__str__', '__format__'):
        if name not in body:
            _store(cls, name, getattr(enum_base, name))


def _mixin(b):
    if b in (int, str, float, bytes):
        return b
    for x in getattr(b, '__bases__', ()):
        r = _mixin(x)
        if r is not None:
            return r
    return None


def _new_over(native):
    # __new__ of the enum bases: an enum class with members has _lookup as
    # its own; this one makes a member object (its native part, for int and
    # str enums, whose native __new__ would come first), or is the
    # functional API
    def __new__(cls, value=None, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None and cls not in _making:
            return _functional(cls, value, names, module, qualname, type, start)
        return native.__new__(cls) if native is object else native.__new__(cls, value)
    return __new__


class _ClassReversed:
    # reversed(Color) asks the class itself for __reversed__, which the
    # metaclass cannot supply here (patch 0003 serves only __iter__,
    # __len__, __getitem__ and __contains__), and the sequence fallback
    # would index the class with 0, 1, ...: so the enum bases carry one
    # that reverses the members when asked on a class, and a member as the
    # sequence its data type makes it (a str member), as CPython does.
    def __get__(self, obj, cls=None):
        if obj is None:
            return lambda: iter([cls._member_map_[n] for n in reversed(cls._member_names_)])
        return lambda: _reverse_member(obj)


def _reverse_member(m):
    t = type(m)
    if not (hasattr(t, '__len__') and hasattr(t, '__getitem__')):
        raise TypeError("'%s' object is not reversible" % t.__name__)
    return iter([m[i] for i in range(len(m) - 1, -1, -1)])


class Enum:
    __metaclass__ = EnumMeta
    __new__ = _new_over(object)
    __reversed__ = _ClassReversed()

    def __init__(self, *args, **kw):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def _no_set(attr):
        def refuse(self, v):
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % attr)
        return refuse

    name = property(lambda self: self._name_, _no_set('name'))
    value = property(lambda self: self._value_, _no_set('value'))
    del _no_set

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']


class ReprEnum(Enum):
    pass


def _int_ops(cls):
    # MicroPython's int cannot take an int-subclass instance as its right
    # operand: do the arithmetic and comparisons on plain ints.
    def mk(f):
        return lambda a, b=None: f(int(a._value_), int(b._value_) if hasattr(b, '_value_') else b)
    import operator as o
    for name, f in (('__lt__', o.lt), ('__le__', o.le), ('__gt__', o.gt), ('__ge__', o.ge),
                    ('__add__', o.add), ('__sub__', o.sub), ('__mul__', o.mul), ('__floordiv__', o.floordiv),
                    ('__truediv__', o.truediv), ('__mod__', o.mod), ('__pow__', o.pow), ('__lshift__', o.lshift),
                    ('__rshift__', o.rshift)):
        setattr(cls, name, mk(f))
    for name, f in (('__radd__', o.add), ('__rsub__', o.sub), ('__rmul__', o.mul)):
        setattr(cls, name, (lambda f: lambda a, b: f(b, int(a._value_)))(f))
    cls.__int__ = cls.__index__ = lambda a: int(a._value_)
    cls.__neg__ = lambda a: -int(a._value_)
    # nor are int's methods and number attributes found on a subclass's
    # instance: those of the member's value
    for name in ('bit_length', 'bit_count', 'to_bytes', 'as_integer_ratio', 'conjugate'):
        setattr(cls, name, (lambda name: lambda a, *args, **kw: getattr(int(a._value_), name)(*args, **kw))(name))
    for name in ('real', 'numerator'):
        setattr(cls, name, property(lambda a: int(a._value_)))
    cls.imag = property(lambda a: 0)
    cls.denominator = property(lambda a: 1)
    return cls


class IntEnum(int, ReprEnum):
    __new__ = _new_over(int)

    def __str__(self):
        return str(int(self._value_))

    def __format__(self, spec):
        return format(int(self._value_), spec)

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self._name_, self._value_)

    def __hash__(self):
        return hash(self._value_)


_int_ops(IntEnum)


class StrEnum(str, ReprEnum):
    __new__ = _new_over(str)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self) if hasattr(str, '__str__') else self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __hash__(self):
        return hash(self._value_)


def _bits(v):
    out = []
    b = 1
    while b <= v:
        if v & b:
            out.append(b)
        b <<= 1
    return out


class Flag(Enum):
    _flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        hi = max(last_values)
        return 1 << hi.bit_length() if hasattr(hi, 'bit_length') else 1 << len(bin(hi)) - 2

    @classmethod
    def _missing_(cls, value):
        # A combination of members. A Flag takes only their bits (3.11's
        # STRICT boundary); an IntFlag keeps any others (KEEP), named by
        # their number after the members' names.
        keep = issubclass(cls, int)
        if not isinstance(value, int) or value < 0:
            return None
        extra = value & ~cls._all_bits_
        if extra and not keep:
            width = max(value.bit_length(), cls._all_bits_.bit_length())
            raise ValueError("<flag %r> invalid value %r\n    given %s\n  allowed %s" % (
                cls.__name__, value, _bin(value, width), _bin(cls._all_bits_, width)))
        names = []
        for m in cls:
            if m._value_ and m._value_ & value == m._value_ and len(_bits(m._value_)) == 1:
                names.append(m._name_)
        if names and extra:
            names.append(str(extra))
        pm = _make(cls, int if keep else None, value, (value,))
        pm._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = pm
        return pm

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in type(self):
            if m._value_ and m._value_ & self._value_ == m._value_ and len(_bits(m._value_)) == 1:
                yield m

    def __len__(self):
        return len(_bits(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return type(self)(self._value_ | _val(other))

    def __and__(self, other):
        return type(self)(self._value_ & _val(other))

    def __xor__(self, other):
        return type(self)(self._value_ ^ _val(other))

    def __invert__(self):
        return type(self)(type(self)._all_bits_ & ~self._value_)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)


def _bin(value, width):
    # CPython's enum._bin for a non-negative value: '0b0 0011'
    digits = bin(value)[2:] if value else ''
    return '0b0 ' + '0' * (width - len(digits)) + digits


def _val(o):
    return o._value_ if hasattr(o, '_value_') else o


class IntFlag(int, Flag):
    __new__ = _new_over(int)
    __repr__ = Flag.__repr__

    def __str__(self):
        return str(int(self._value_))

    def __format__(self, spec):
        return format(int(self._value_), spec)

    def __hash__(self):
        return hash(self._value_)

    def __contains__(self, other):
        return Flag.__contains__(self, other)

    # the bit operators are the flag's, not int's: Perm.R | 8 is a Perm
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


_int_ops(IntFlag)


def unique(enumeration):
    dup = [(n, m._name_) for n, m in enumeration.__members__.items() if n != m._name_]
    if dup:
        raise ValueError("duplicate values found in <enum '%s'>: %s" % (
            enumeration.__name__, ', '.join('%s -> %s' % d for d in dup)))
    return enumeration


CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
UNIQUE = 'one name per value'


def verify(*checks):
    def deco(e):
        return e
    return deco


def global_enum(cls):
    return cls


def property_(f):
    return property(f)
