"""enum: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, unique,
member, nonmember, EnumType/EnumMeta, as in CPython 3.11. Members keep
definition order; aliases, value lookup (Color(1)), name lookup
(Color['RED']), iteration, len(), `in` (members only, TypeError for other
values as in 3.11), __members__, _missing_ (its result checked as 3.11
does), _ignore_, _order_, _generate_next_value_, a __new__ of the class
that sets _value_, tuple values passed to a custom __init__, class keywords
passed to __init_subclass__, and members' dir().

Flags: R|W, ~R, membership, iteration and len() of combinations, named
pseudo-members (R|W, A|8), and FlagBoundary (STRICT, CONFORM, EJECT, KEEP,
also module-level) given as `class F(Flag, boundary=KEEP)` or to the
functional API; Flag is STRICT, IntFlag KEEP. _flag_mask_, _singles_mask_,
_all_bits_ and _boundary_ are on the class.

enum.property (members may be named `name`/`value`), verify() with
EnumCheck (UNIQUE, CONTINUOUS, NAMED_FLAGS; 3.11's messages),
show_flag_values, global_enum (with global_enum_repr, global_flag_repr,
global_str), pickle_by_global_name, pickle_by_enum_name, _simple_enum and
a lighter _test_simple_enum.

The functional API makes a class as CPython's does: Enum('Color', 'RED
GREEN'), with names as a string, a list of names or of (name, value) pairs,
or a mapping, and module=, qualname=, type=, start= and boundary=.

Members of a plain Enum are instances of the class as in CPython;
type(member) is the class. Not as in CPython: dir() and bool() of an enum
class, type(EnumClass), and __members__ is the member dict itself (not a
read-only view)."""
import _pywasm_compat

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto',
           'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

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
    # a class made in the body is a member in 3.11 (not a descriptor)
    return isinstance(v, (classmethod, staticmethod, _bprop, property)) or callable(v) and not isinstance(v, type) or hasattr(v, '__get__')


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
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    # then _missing_, whose result CPython 3.11 checks: a member, or (an
    # EJECT flag) a plain int; an exception it raises is passed on, any
    # other result is an error of its own
    try:
        r = cls._missing_(value)
    except Exception as e:
        r, exc = None, e
    else:
        exc = None
    if isinstance(r, cls):
        return r
    if isinstance(r, int) and getattr(cls, '_boundary_', None) is EJECT:
        return r
    if exc is None:
        if r is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, r))
    raise exc


_making = []  # the classes whose members are being made (Enum.__new__)


def _make(cls, mixin, args, own=False):
    # A member object. A class with members has _lookup as __new__, which
    # cannot build the native part of an int/str member; take it away while
    # the member is made. `own`: the class body's __new__ makes members
    # (CPython's __new_member__), so it stays and is called.
    own_new = None if own else cls.__dict__.get('__new__')
    if own_new is not None:
        del cls.__new__
    _making.append(cls)
    try:
        if own or mixin is not None:
            m = cls(*args)
        elif getattr(cls, '__init__', None) is not Enum.__init__:
            m = cls(*args)
        else:
            m = object.__new__(cls)
    finally:
        _making.pop()
        if own_new is not None:
            _store(cls, '__new__', own_new)
    return m


def _functional(cls, name, names, module, qualname, mixin, start, boundary=None):
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
    return EnumMeta.__new__(EnumMeta, name, (mixin, cls) if mixin is not None else (cls,), ns, boundary=boundary)


def _bitlen(v):
    # int.bit_length()
    return len(bin(v).lstrip('-')) - 2 if v else 0


_bprop = property


class property:
    """enum.property: an attribute of the members, as property() makes one,
    that may share its name with a member (an enum may have members named
    `name` and `value`). On the class the name is the member's, if there is
    one; an attribute a member does not have raises AttributeError."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = self.clsname = None
        self.member = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__
        # a member of this name in a later enum goes through _redirect
        _prop_names.add(name)

    def __get__(self, obj, owner=None):
        if obj is not None and self.fget is not None:
            return self.fget(obj)
        if owner is None:
            owner = type(obj)
        try:
            return owner._member_map_[self.name]
        except (KeyError, AttributeError):
            raise AttributeError(self.name)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(obj)

    def getter(self, f):
        return type(self)(f, self.fset, self.fdel, self.__doc__)

    def setter(self, f):
        return type(self)(self.fget, f, self.fdel, self.__doc__)

    def deleter(self, f):
        return type(self)(self.fget, self.fset, f, self.__doc__)


_prop_names = set()  # names enum.property has been given


def _redirect(cls, name, m):
    # A member named like an attribute of its members (`name`, a base's
    # enum.property): the class gets an enum.property doing what that one
    # does on members, so Odd.name is the member and Odd.other.name the
    # attribute, as in CPython.
    found = None
    for b in cls.__mro__[1:]:
        d = b.__dict__.get(name)
        if isinstance(d, (property, _bprop)):
            found = d
            break
    if found is None:
        _store(cls, name, m)
        return
    r = property(found.fget, found.fset, found.fdel)
    r.name, r.clsname, r.member = name, cls.__name__, m
    _store(cls, name, r)


class EnumType:
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
        order = body.pop('_order_', None)
        # other class keywords go to __init_subclass__
        cls = type(name, bases, body, **kw) if kw else type(name, bases, body)
        if '__qualname__' not in body:
            _store(cls, '__qualname__', name)
        _store(cls, '_member_names_', [])
        _store(cls, '_member_map_', {})
        _store(cls, '_value2member_map_', {})
        # __members__ is the live map, as CPython's view of it is: a
        # __new__ making members may count them (len(cls.__members__))
        _store(cls, '__members__', cls._member_map_)
        mixin = None
        for b in bases:
            mixin = _mixin(b)
            if mixin is not None:
                break
        _store(cls, '_member_type_', object if mixin is None else mixin)
        flag = getattr(cls, '_flag_', False)
        if flag:
            # the boundary given to the class, else its base's (Flag's
            # STRICT, IntFlag's KEEP)
            if boundary is not None:
                _store(cls, '_boundary_', boundary)
            _store(cls, '_flag_mask_', 0)
            _store(cls, '_singles_mask_', 0)
            _store(cls, '_all_bits_', 0)
        # a __new__ of the class body (or of an enum base without members,
        # kept as __new_member__) makes the members, as in CPython
        own = body.get('__new__')
        if own is not None and own not in _base_news:
            _store(cls, '__new_member__', own)
        else:
            own = _find(bases, '__new_member__')
        if not members:
            _enum_methods_first(cls, bases, body)
            return cls
        gen = getattr(cls, '_generate_next_value_')
        member_map = cls._member_map_
        v2m = cls._value2member_map_
        names = cls._member_names_
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
            args = v if isinstance(v, tuple) else (v,)
            if mixin is tuple:
                # a tuple member is made from its value whole, as CPython
                # wraps the arguments once more for tuple's constructor
                args = (args,)
            if own is None:
                if mixin is not None and mixin in (int, float, str):
                    # CPython's member_type(*args): the value before the
                    # member has a name, which a __str__ of the class may use
                    v = mixin(*args)
                m = None
            else:
                # the class's __new__ may set _value_ itself
                m = _make(cls, mixin, args, True)
                if not hasattr(m, '_value_'):
                    m._value_ = v if mixin is None else mixin(*args)
                v = m._value_
            # a value seen before makes an alias
            try:
                existing = v2m.get(v)
            except TypeError:
                existing = None
                for x in member_map.values():
                    if x._value_ == v:
                        existing = x
                        break
            if existing is not None:
                member_map[k] = existing
                _store(cls, k, existing)
                continue
            if m is None:
                m = _make(cls, mixin, args)
                m._value_ = v
            m._name_ = k
            m.__objclass__ = cls
            m._sort_order_ = len(names)
            # A flag's canonical members are its single bits: as in CPython
            # 3.11, a zero or a combination (RW = R | W) is in __members__
            # but not in iteration or len()
            if not flag or isinstance(v, int) and v > 0 and v & (v - 1) == 0:
                names.append(k)
            member_map[k] = m
            try:
                v2m[v] = m
            except TypeError:
                pass
            if k in _prop_names:
                _redirect(cls, k, m)
            else:
                _store(cls, k, m)
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
        if flag:
            # every member's bits (_flag_mask_), the single-bit members'
            # (_singles_mask_), and all bits up to the highest (_all_bits_):
            # what 3.11's boundaries check a value against
            fm = sm = 0
            for m in member_map.values():
                v = m._value_
                fm |= v
                if v > 0 and v & (v - 1) == 0:
                    sm |= v
            _store(cls, '_flag_mask_', fm)
            _store(cls, '_singles_mask_', sm)
            _store(cls, '_all_bits_', (1 << _bitlen(fm)) - 1)
        if order is not None:
            _check_order(cls, order)
        _enum_methods_first(cls, bases, body)
        return cls

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        # a class is true, members or none (jsons tests `if Enum`): without
        # this, truth would come from __len__
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, value):
        # 3.11: only members may be asked about (3.12 also takes values)
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % type(value).__qualname__)
        return isinstance(value, cls) and value._name_ in cls._member_map_

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


EnumMeta = EnumType


def _check_order(cls, order):
    # _order_ lists the members (not aliases, nor a flag's multi-bit ones)
    # in definition order, or the class is refused
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    mm = cls._member_map_
    names = cls._member_names_
    order = [n for n in order if n not in mm or n in names]
    if order != names:
        raise TypeError('member order does not match _order_:\n  %r\n  %r' % (names, order))


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
    if b in (int, str, float, bytes, tuple):
        return b
    for x in getattr(b, '__bases__', ()):
        r = _mixin(x)
        if r is not None:
            return r
    return None


_base_news = []  # the __new__ of the enum bases: not a class's own


def _new_over(native):
    # __new__ of the enum bases: an enum class with members has _lookup as
    # its own; this one makes a member object (its native part, for int and
    # str enums, whose native __new__ would come first), or is the
    # functional API
    def __new__(cls, *args, module=None, qualname=None, type=None, start=1, boundary=None):
        if cls in _making:
            # a member whose value is a tuple: its items are the arguments
            # (of the class's __init__, and of the data type's constructor)
            return native.__new__(cls) if native is object else native.__new__(cls, *args)
        if len(args) > 1 and args[1] is not None:
            return _functional(cls, args[0], args[1], module, qualname, type, start, boundary)
        value = args[0] if args else None
        return native.__new__(cls) if native is object else native.__new__(cls, value)
    _base_news.append(__new__)
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
    # Enum itself is not made by EnumMeta: len(Enum) and list(Enum) are 0
    # and [] as in CPython
    _member_names_ = []
    _member_map_ = __members__ = {}
    _value2member_map_ = {}
    _member_type_ = object
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

    # enum.property: members may be named `name` and `value` too
    name = property(lambda self: self._name_)
    value = property(lambda self: self._value_)

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
        # as 3.11: the public attributes of the member and its classes (not
        # the members), enum.property names with a getter, and for a member
        # with a data type (IntEnum) that type's
        cls = type(self)
        members = cls._member_map_
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        if cls._member_type_ is not object:
            # CPython's object.__dir__: the data type's names, the members'
            names.update(dir(cls._member_type_))
            names.update(members)
        for n in getattr(self, '__dict__', ()):
            if n[0] != '_' and n not in members:
                names.add(n)
        for c in cls.__mro__:
            for n, o in c.__dict__.items():
                if n[0] == '_':
                    continue
                if isinstance(o, property):
                    if o.fget is not None or n not in members:
                        names.add(n)
                    else:
                        names.discard(n)
                elif n not in members:
                    names.add(n)
        return sorted(names)


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
        # int.__format__: an empty spec gives str(member)
        return format(int(self._value_), spec) if spec else str(self)

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
        # str.__format__: an empty spec gives str(member)
        return format(self._value_, spec) if spec else str(self)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __hash__(self):
        return hash(self._value_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value outside its members' bits."""
    STRICT = auto()   # refuse it (ValueError)
    CONFORM = auto()  # drop the bits no member has
    EJECT = auto()    # give the value back as a plain int
    KEEP = auto()     # keep the extra bits in the pseudo-member


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _is_single_bit(v):
    return v > 0 and v & (v - 1) == 0


def _operand(self, other):
    # the right operand of a flag operator as an int, or None (CPython
    # returns NotImplemented): a flag of the same class, or for a flag with
    # a data type (IntFlag) a value of that type
    if isinstance(other, type(self)):
        return other._value_
    t = type(self)._member_type_
    if t is not object and isinstance(other, t):
        return other
    return None


class Flag(Enum):
    _flag_ = True
    _boundary_ = STRICT
    _flag_mask_ = _singles_mask_ = _all_bits_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        hi = max(last_values)
        try:
            return 1 << _bitlen(hi)
        except TypeError:
            raise TypeError('invalid flag value %r' % (hi,))

    @classmethod
    def _missing_(cls, value):
        # A value that is no member's: a combination of members (a
        # pseudo-member, named A|B), kept for later lookups. A value with
        # bits outside the members' (or below ~_all_bits_) is what the
        # class's boundary says.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        fmask, smask, allb = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        bound = cls._boundary_
        if not ~allb <= value <= allb or value & (allb ^ fmask):
            if bound is STRICT:
                width = max(_bitlen(value), _bitlen(fmask))
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, width), _bin(fmask, width)))
            if bound is CONFORM:
                value &= fmask
            elif bound is EJECT:
                return value
            elif bound is KEEP:
                if value < 0:
                    value += max(allb + 1, 1 << _bitlen(value))
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, bound))
        neg = None
        if value < 0:
            # ~A: the bits of _all_bits_ not in A
            neg = value
            value += allb + 1
        mtype = cls._member_type_
        _making.append(cls)
        try:
            pm = object.__new__(cls) if mtype is object else mtype.__new__(cls, value)
        finally:
            _making.pop()
        pm._value_ = value
        pm._name_ = None
        if value & fmask:
            # the single-bit members first, then multi-bit ones that cover
            # bits no single member has; what is left is shown as a number
            picked = []
            got = 0
            for n in cls._member_names_:
                m = cls._member_map_[n]
                if m._value_ & value == m._value_:
                    picked.append(m)
                    got |= m._value_
            if value & ~smask:
                for m in cls._member_map_.values():
                    if m._value_ and m._value_ & value == m._value_ and m not in picked:
                        picked.append(m)
                        got |= m._value_
            rest = value ^ got
            if got:
                pm._name_ = '|'.join([m._name_ for m in picked])
                if rest:
                    if bound is STRICT:
                        raise ValueError('%r: no members with value %r' % (cls, rest))
                    pm._name_ += '|%r' % (rest,)
        pm = cls._value2member_map_.setdefault(value, pm)
        if neg is not None:
            cls._value2member_map_[neg] = pm
        return pm

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        # the single-bit members in it, in definition order
        cls = type(self)
        v = self._value_
        return iter([m for m in [cls._member_map_[n] for n in cls._member_names_] if m._value_ & v == m._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        o = _operand(self, other)
        if o is None:
            return NotImplemented
        return type(self)(self._value_ | o)

    def __and__(self, other):
        o = _operand(self, other)
        if o is None:
            return NotImplemented
        return type(self)(self._value_ & o)

    def __xor__(self, other):
        o = _operand(self, other)
        if o is None:
            return NotImplemented
        return type(self)(self._value_ ^ o)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ is KEEP or cls._boundary_ is EJECT:
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)


def _bin(value, width=None):
    # CPython's enum.bin: a sign bit, then the digits in two's complement,
    # padded with the sign to width: '0b0 0011', '0b1 0101' (~10)
    top = 1 << _bitlen(value)
    s = bin(value + top if value >= 0 else value + 2 * top)
    sign, digits = ('0b0' if value >= 0 else '0b1'), s[3:]
    if width is not None and len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return '%s %s' % (sign, digits)



class IntFlag(int, Flag, ReprEnum):
    # ReprEnum last: its (Enum's) methods must not hide Flag's in
    # MicroPython's depth-first lookup
    __new__ = _new_over(int)
    _boundary_ = KEEP
    __repr__ = Flag.__repr__

    def __str__(self):
        return str(int(self._value_))

    def __format__(self, spec):
        # int.__format__: an empty spec gives str(member)
        return format(int(self._value_), spec) if spec else str(self)

    def __hash__(self):
        return hash(self._value_)

    def __contains__(self, other):
        return Flag.__contains__(self, other)

    # the bit operators are the flag's, not int's: Perm.R | 8 is a Perm
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__


_int_ops(IntFlag)


def unique(enumeration):
    dup = [(n, m._name_) for n, m in enumeration.__members__.items() if n != m._name_]
    if dup:
        raise ValueError("duplicate values found in <enum '%s'>: %s" % (
            enumeration.__name__, ', '.join('%s -> %s' % d for d in dup)))
    return enumeration


class EnumCheck(StrEnum):
    """What verify() checks."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _lsb_bits(v):
    # the bits of a non-negative int, lowest first
    out = []
    while v:
        b = v & -v
        out.append(b)
        v ^= b
    return out


def show_flag_values(value):
    return _lsb_bits(value)


class verify:
    """Class decorator: verify(UNIQUE, CONTINUOUS, NAMED_FLAGS) checks the
    enum and raises ValueError with CPython 3.11's messages."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                dup = [(n, m._name_) for n, m in enumeration.__members__.items() if n != m._name_]
                if dup:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % d for d in dup)))
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration)
                if len(values) < 2:
                    continue
                lo, hi = min(values), max(values)
                if kind == 'flag':
                    # every power of two between the lowest and highest
                    want = [1 << i for i in range(_bitlen(lo), _bitlen(hi) - 1)]
                else:
                    want = range(lo + 1, hi)
                missing = [v for v in want if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, name, ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                # an alias (a multi-bit flag) must be made of named bits
                canon = enumeration._member_names_
                have = [m._value_ for m in enumeration]
                missed_names = []
                missed = 0
                for n, m in enumeration._member_map_.items():
                    if n in canon or m._value_ < 0:
                        continue
                    lost = [b for b in _lsb_bits(m._value_) if b not in have]
                    if lost:
                        missed_names.append(n)
                        for b in lost:
                            missed |= b
                if missed_names:
                    if len(missed_names) == 1:
                        alias = 'alias %s is missing' % missed_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missed_names[:-1]), missed_names[-1])
                    if _is_single_bit(missed):
                        what = 'value 0x%x' % missed
                    else:
                        what = 'combined values of 0x%x' % missed
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]' % (
                        name, alias, what))
        return enumeration


def global_enum_repr(self):
    # module.NAME: the last part of the class's module
    return '%s.%s' % (type(self).__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    cls = type(self)
    mod = cls.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (mod, cls.__name__, self._value_)
    # 3.11 asks the member itself whether it is one bit, which a Flag
    # without a data type cannot answer (TypeError); an IntFlag can
    if self != 0 and self & (self - 1) == 0:
        return '%s.%s' % (mod, self._name_)
    # each name of a combination gets the module; a KEEP flag's unnamed
    # bits stay a number
    return '|'.join([n if n[0].isdigit() else '%s.%s' % (mod, n) for n in self._name_.split('|')])


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the enum's module, and
    repr() names them so (re.IGNORECASE); str() too unless the enum keeps
    its data type's (IntEnum, IntFlag) and update_str is false."""
    import sys
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    g = sys.modules[cls.__module__].__dict__
    for n, m in cls.__members__.items():
        g[n] = m
    return cls


def pickle_by_global_name(self, proto):
    # a __reduce_ex__ for a global_enum's members
    return self._name_


def pickle_by_enum_name(self, proto):
    # a __reduce_ex__ that finds a member again by its name
    return getattr, (type(self), self._name_)


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: the plain class as an enum of etype (its attributes
    the members), as a class statement deriving from etype makes it."""
    def convert(cls):
        ns = {}
        for k, v in cls.__dict__.items():
            if k not in ('__dict__', '__weakref__'):
                ns[k] = v
        return EnumType.__new__(EnumType, cls.__name__, (etype,), ns, boundary=boundary)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    # Compares an enum made by _simple_enum with one made by a class
    # statement: the same members with the same values, and the same other
    # plain (not callable) attributes; TypeError lists what differs.
    failed = []
    cd, sd = checked_enum.__dict__, simple_enum.__dict__
    names = checked_enum._member_names_
    for k in sorted(set(cd) | set(sd)):
        if k in names or k in simple_enum._member_names_ or k[:1] == '_':
            continue
        if k not in sd:
            failed.append('missing key: %r' % (k,))
        elif k not in cd:
            failed.append('extra key:   %r' % (k,))
        elif not callable(cd[k]) and not isinstance(cd[k], (property, _bprop)) and cd[k] != sd[k]:
            failed.append('%r:\n         checked -> %r\n         simple  -> %r' % (k, cd[k], sd[k]))
    for n in names:
        if n not in simple_enum._member_map_:
            failed.append('missing member from simple enum: %r' % n)
        elif checked_enum[n]._value_ != simple_enum[n]._value_:
            failed.append("%r member mismatch:\n      '_value_':\n         checked member -> %r\n         simple member  -> %r" % (
                n, checked_enum[n]._value_, simple_enum[n]._value_))
    for n in simple_enum._member_names_:
        if n not in checked_enum._member_map_:
            failed.append('extra member in simple enum: %r' % n)
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))
