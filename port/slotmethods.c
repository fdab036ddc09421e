// The special methods of builtin types as attributes: [].__len__(),
// (3).__add__(4), int.__add__, str.__len__("ab"), hasattr(x, "__iter__"),
// super().__getitem__(k) in a subclass of dict. CPython has them in each
// type's dict; MicroPython keeps them in C slots only, so a duck-typing test
// such as hasattr(item, "__iter__") was False for a list. A lookup that
// finds nothing else asks here (patch 0106: py/runtime.c's fallback for
// builtin objects and types, py/objtype.c's for a class's builtin base).
//
// A name is answered when the type has the slot behind it, and where that
// can be asked without side effects (len, bool, the sign operators, abs),
// when the slot supports it for this object: hasattr(5, "__len__") is
// False. Binary operators answer NotImplemented for an operand they do not
// take, as CPython's do; their reflected forms (__radd__) run the operator
// with the operands swapped. An int answers for every binary operator.
// __hash__ is None for the mutable containers, as in CPython; numbers have
// their conversions (__int__, __float__, __index__ for ints, __round__,
// __trunc__, __floor__, __ceil__), and sequences __reversed__.
#include "py/runtime.h"
#include "py/builtin.h"
#include "py/objtype.h"

typedef enum {
    SLOT_NONE, SLOT_BINARY, SLOT_REFLECTED, SLOT_UNARY, SLOT_LEN, SLOT_ITER,
    SLOT_GETITEM, SLOT_SETITEM, SLOT_DELITEM, SLOT_CONTAINS, SLOT_CALL, SLOT_REPR, SLOT_STR,
    SLOT_HASH, SLOT_IS_NONE, SLOT_CONVERT, SLOT_FORMAT,
} slot_kind_t;

typedef struct {
    mp_obj_base_t base;
    const mp_obj_type_t *type;  // whose slot
    mp_obj_t self;              // MP_OBJ_NULL when taken from the type (unbound)
    uint16_t name;              // the method's qstr
    uint8_t kind;
    uint8_t op;                 // the unary or binary operator
} slot_method_t;

// Not an int: its operators can be tried on two of it without cost (an
// int's could be large, and a small int is not an object its slot takes).
static bool probe_ok(const mp_obj_type_t *type) {
    return type != &mp_type_int && type != &mp_type_bool;
}

// Whether the type's binary slot takes the operator with obj on both
// sides: an arithmetic error from doing it (0.0 / 0.0) says it does, a
// TypeError (0j % 0j) that it does not.
static bool binary_slot_answers(const mp_obj_type_t *type, mp_binary_op_t op, mp_obj_t obj) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        bool answers = MP_OBJ_TYPE_GET_SLOT(type, binary_op)(op, obj, obj) != MP_OBJ_NULL;
        nlr_pop();
        return answers;
    }
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type), MP_OBJ_FROM_PTR(&mp_type_ArithmeticError));
}

// Not a number: a type whose sign operators and abs() do not exist.
static bool is_container(const mp_obj_type_t *type) {
    return probe_ok(type)
           #if MICROPY_PY_BUILTINS_FLOAT
           && type != &mp_type_float
           #endif
           #if MICROPY_PY_BUILTINS_COMPLEX
           && type != &mp_type_complex
           #endif
    ;
}

static bool is_integer(const mp_obj_type_t *type) {
    return type == &mp_type_int || type == &mp_type_bool;
}

static bool is_real(const mp_obj_type_t *type) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (type == &mp_type_float) {
        return true;
    }
    #endif
    return is_integer(type);
}

// What name is on type (and, for a bound lookup, on obj); SLOT_NONE if not.
static slot_kind_t slot_kind(const mp_obj_type_t *type, mp_obj_t obj, qstr name, size_t *op) {
    switch (name) {
        case MP_QSTR___hash__:
            return type == &mp_type_list || type == &mp_type_dict || type == &mp_type_set || type == &mp_type_bytearray
                   ? SLOT_IS_NONE : SLOT_HASH;
        case MP_QSTR___index__:
            return is_integer(type) ? SLOT_CONVERT : SLOT_NONE;
        case MP_QSTR___int__:
        case MP_QSTR___float__:
        case MP_QSTR___round__:
        case MP_QSTR___trunc__:
        case MP_QSTR___floor__:
        case MP_QSTR___ceil__:
            return is_real(type) ? SLOT_CONVERT : SLOT_NONE;
        case MP_QSTR___reversed__:
            return type == &mp_type_list || type == &mp_type_range ? SLOT_CONVERT : SLOT_NONE;
        case MP_QSTR___len__:
            if (obj == MP_OBJ_NULL) {
                // on the type: a container's, not an iterator's
                return MP_OBJ_TYPE_HAS_SLOT(type, subscr)
                       || (MP_OBJ_TYPE_HAS_SLOT(type, iter) && !(type->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT)) ? SLOT_LEN : SLOT_NONE;
            }
            return mp_obj_len_maybe(obj) != MP_OBJ_NULL ? SLOT_LEN : SLOT_NONE;
        case MP_QSTR___iter__:
            return MP_OBJ_TYPE_HAS_SLOT(type, iter) || (type->flags & MP_TYPE_FLAG_ITER_IS_STREAM) ? SLOT_ITER : SLOT_NONE;
        case MP_QSTR___getitem__:
            return MP_OBJ_TYPE_HAS_SLOT(type, subscr) ? SLOT_GETITEM : SLOT_NONE;
        case MP_QSTR___setitem__:
            return MP_OBJ_TYPE_HAS_SLOT(type, subscr) ? SLOT_SETITEM : SLOT_NONE;
        case MP_QSTR___delitem__:
            return MP_OBJ_TYPE_HAS_SLOT(type, subscr) ? SLOT_DELITEM : SLOT_NONE;
        case MP_QSTR___contains__:
            // a container: not an iterator, which has an iter slot too
            return MP_OBJ_TYPE_HAS_SLOT(type, subscr)
                   || (MP_OBJ_TYPE_HAS_SLOT(type, iter) && !(type->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT)) ? SLOT_CONTAINS : SLOT_NONE;
        case MP_QSTR___call__:
            return MP_OBJ_TYPE_HAS_SLOT(type, call) ? SLOT_CALL : SLOT_NONE;
        case MP_QSTR___repr__:
            return SLOT_REPR;
        case MP_QSTR___str__:
            return SLOT_STR;
        case MP_QSTR___format__:
            // every builtin's, as format() formats it ('a'.__format__('>3'):
            // loguru formats its records' fields so)
            return SLOT_FORMAT;
        default:
            break;
    }
    static const byte unary[] = { MP_UNARY_OP_POSITIVE, MP_UNARY_OP_NEGATIVE, MP_UNARY_OP_INVERT, MP_UNARY_OP_BOOL, MP_UNARY_OP_ABS };
    for (size_t i = 0; i < MP_ARRAY_SIZE(unary); i++) {
        if (name == mp_unary_op_method_name[unary[i]]) {
            *op = unary[i];
            if (!MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
                return SLOT_NONE;
            }
            // on the type, a number's; a small int is not an object its
            // type's slot can be given (mp_unary_op answers for it first)
            if (obj == MP_OBJ_NULL) {
                return is_container(type) ? SLOT_NONE : SLOT_UNARY;
            }
            return mp_obj_is_small_int(obj) || MP_OBJ_TYPE_GET_SLOT(type, unary_op)(unary[i], obj) != MP_OBJ_NULL ? SLOT_UNARY : SLOT_NONE;
        }
    }
    if (!MP_OBJ_TYPE_HAS_SLOT(type, binary_op)) {
        return SLOT_NONE;
    }
    // the comparisons and the arithmetic operators (not the in-place ones,
    // which CPython's immutable types lack)
    for (size_t i = MP_BINARY_OP_LESS; i < MP_BINARY_OP_NUM_RUNTIME; i++) {
        if (mp_binary_op_method_name[i] != name || (i >= MP_BINARY_OP_IN && i <= MP_BINARY_OP_INPLACE_POWER)
            || i == MP_BINARY_OP_CONTAINS) {
            continue;
        }
        #if MICROPY_PY_REVERSE_SPECIAL_METHODS
        if (i >= MP_BINARY_OP_REVERSE_OR) {
            *op = i - MP_BINARY_OP_REVERSE_OR + MP_BINARY_OP_OR;
            return SLOT_REFLECTED;
        }
        #endif
        *op = i;
        if (obj != MP_OBJ_NULL && probe_ok(type) && i >= MP_BINARY_OP_OR
            && ((i != MP_BINARY_OP_MULTIPLY && i != MP_BINARY_OP_MODULO && i != MP_BINARY_OP_POWER) || !is_container(type))
            && !binary_slot_answers(type, i, obj)) {
            // the operator with another of its kind tells whether the type
            // has it at all: a dict has | and no +, a float no &
            return SLOT_NONE;
        }
        return SLOT_BINARY;
    }
    return SLOT_NONE;
}

// The operand as the slot's own type holds it: the builtin value inside an
// instance of a Python class derived from that type. str.__add__("a", S("b"))
// adds the str in S("b"), as CPython's slot does, where the + operator asks
// S.__radd__ first (markupsafe's Markup.__radd__ calls str.__add__ back:
// endless recursion); a subclass's own __add__ calling str.__add__(self, x)
// is not asked again.
static mp_obj_t operand_of(const mp_obj_type_t *type, mp_obj_t obj) {
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    if (t != type && mp_obj_is_instance_type(t)) {
        // (MP_OBJ_NULL when t does not derive from type)
        mp_obj_t native = mp_obj_cast_to_native_base(obj, MP_OBJ_FROM_PTR(type));
        if (native != MP_OBJ_NULL && mp_obj_get_type(native) == type) {
            return native;
        }
    }
    return obj;
}

// Whether an object of type t is one of `of`: a subclass, or a bool where
// an int is asked for (a bool is an int, though not in MicroPython's type
// table).
static bool is_kind_of(const mp_obj_type_t *t, const mp_obj_type_t *of) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(of)) || (t == &mp_type_bool && of == &mp_type_int);
}

// What an int's, a float's or a list's conversion method returns.
static mp_obj_t convert(qstr name, mp_obj_t self) {
    switch (name) {
        case MP_QSTR___reversed__:
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_reversed), self);
        case MP_QSTR___float__:
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_float), self);
        case MP_QSTR___floor__:
        case MP_QSTR___ceil__:
            if (!is_integer(mp_obj_get_type(self))) {
                mp_obj_t math = mp_import_name(MP_QSTR_math, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
                return mp_call_function_1(mp_load_attr(math, name == MP_QSTR___floor__ ? MP_QSTR_floor : MP_QSTR_ceil), self);
            }
            MP_FALLTHROUGH
        default:  // __int__, __index__, __trunc__
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), self);
    }
}

static mp_obj_t slot_method_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    slot_method_t *m = MP_OBJ_TO_PTR(self_in);
    mp_obj_t self = m->self;
    if (self == MP_OBJ_NULL) {
        // taken from the type: the object comes first, and must be one
        if (n_args == 0) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("descriptor '%q' of '%q' object needs an argument"), m->name, m->type->name);
        }
        const mp_obj_type_t *self_type = mp_obj_get_type(args[0]);
        if (!is_kind_of(self_type, m->type)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("descriptor '%q' requires a '%q' object but received a '%q'"),
                m->name, m->type->name, (qstr)self_type->name);
        }
        self = args[0];
        args++;
        n_args--;
    }
    if (mp_obj_is_instance_type(mp_obj_get_type(self))) {
        // an instance of a Python subclass (int.__add__(self, x) in its own
        // __add__): the builtin value inside it, not its overrides
        self = ((mp_obj_instance_t *)MP_OBJ_TO_PTR(self))->subobj[0];
    }
    if (m->kind == SLOT_CALL) {
        return mp_call_function_n_kw(self, n_args, n_kw, args);
    }
    if (m->kind == SLOT_CONVERT && m->name == MP_QSTR___round__ && n_kw == 0 && n_args <= 1) {
        mp_obj_t round_args[2] = { self, n_args ? args[0] : mp_const_none };
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_builtin_round_obj), 2, 0, round_args);
    }
    size_t want = m->kind == SLOT_SETITEM ? 2 : (m->kind == SLOT_BINARY || m->kind == SLOT_REFLECTED || m->kind == SLOT_GETITEM
        || m->kind == SLOT_DELITEM || m->kind == SLOT_CONTAINS || m->kind == SLOT_FORMAT) ? 1 : 0;
    if (n_kw != 0 || n_args != want) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q expected %d argument(s), got %d"), m->name, (int)want, (int)n_args);
    }
    switch (m->kind) {
        case SLOT_BINARY:
            if (m->op <= MP_BINARY_OP_NOT_EQUAL || !probe_ok(m->type)) {
                // a comparison with another type, and an int's operator with
                // a float, are left to the other type, as CPython's
                // int.__eq__("a") and int.__add__(1.5) leave them (a float
                // or complex takes an int)
                const mp_obj_type_t *other = mp_obj_get_type(args[0]);
                if (!is_kind_of(other, m->type) && (is_container(m->type) || !is_kind_of(other, &mp_type_int))) {
                    return MP_OBJ_FROM_PTR(&mp_const_notimplemented_obj);
                }
            }
            MP_FALLTHROUGH
        case SLOT_REFLECTED: {
            // through mp_binary_op, which takes small ints before the slot
            // can be given them; an operand it refuses is NotImplemented
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                mp_obj_t lhs = operand_of(m->type, self), rhs = operand_of(m->type, args[0]);
                mp_obj_t r = m->kind == SLOT_BINARY ? mp_binary_op(m->op, lhs, rhs) : mp_binary_op(m->op, rhs, lhs);
                nlr_pop();
                return r;
            }
            if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type), MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
                nlr_jump(nlr.ret_val);
            }
            return MP_OBJ_FROM_PTR(&mp_const_notimplemented_obj);
        }
        case SLOT_UNARY:
            return mp_unary_op(m->op, self);
        case SLOT_LEN:
            return mp_obj_len(self);
        case SLOT_ITER:
            return mp_getiter(self, NULL);
        case SLOT_GETITEM:
            return mp_obj_subscr(self, args[0], MP_OBJ_SENTINEL);
        case SLOT_SETITEM:
            mp_obj_subscr(self, args[0], args[1]);
            return mp_const_none;
        case SLOT_DELITEM:
            mp_obj_subscr(self, args[0], MP_OBJ_NULL);
            return mp_const_none;
        case SLOT_CONTAINS:
            return mp_binary_op(MP_BINARY_OP_CONTAINS, self, args[0]);
        case SLOT_REPR:
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_repr_obj), self);
        case SLOT_HASH:
            return mp_unary_op(MP_UNARY_OP_HASH, self);
        case SLOT_CONVERT:
            return convert(m->name, self);
        case SLOT_FORMAT: {
            if (!mp_obj_is_str(args[0])) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__format__() argument must be str, not %s"),
                    mp_obj_get_type_str(args[0]));
            }
            mp_obj_t format_args[2] = { self, args[0] };
            return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&pywasm_builtin_format_obj), 2, 0, format_args);
        }
        default:  // SLOT_STR
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), self);
    }
}

static void slot_method_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    slot_method_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->self == MP_OBJ_NULL) {
        mp_printf(print, "<slot wrapper '%q' of '%q' objects>", m->name, m->type->name);
    } else {
        mp_printf(print, "<method-wrapper '%q' of %s object at %p>", m->name, mp_obj_get_type_str(m->self), MP_OBJ_TO_PTR(m->self));
    }
}

// Each lookup makes a new one: two are equal, and hash alike, when they are
// the same method of the same type for the same object, as CPython's are
// (rich compares type(obj).__repr__ with dict.__repr__ to tell a subclass
// with its own repr).
static const mp_obj_type_t slot_method_type, slot_wrapper_type;

static bool is_slot_method(mp_obj_t obj) {
    return mp_obj_is_type(obj, &slot_method_type) || mp_obj_is_type(obj, &slot_wrapper_type);
}

static mp_obj_t slot_method_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    slot_method_t *m = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_HASH) {
        mp_uint_t h = (mp_uint_t)m->type ^ ((mp_uint_t)m->name << 3) ^ (mp_uint_t)m->self;
        return MP_OBJ_NEW_SMALL_INT(h >> 2);  // positive, within a small int
    }
    return MP_OBJ_NULL;
}

static mp_obj_t slot_method_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !is_slot_method(rhs_in)) {
        return MP_OBJ_NULL;
    }
    slot_method_t *a = MP_OBJ_TO_PTR(lhs_in), *b = MP_OBJ_TO_PTR(rhs_in);
    bool same = a->type == b->type && a->name == b->name && a->self == b->self;
    return mp_obj_new_bool(same == (op == MP_BINARY_OP_EQUAL));
}

static MP_DEFINE_CONST_OBJ_TYPE(
    slot_method_type,
    MP_QSTR_method_hyphen_wrapper,
    MP_TYPE_FLAG_NONE,
    call, slot_method_call,
    print, slot_method_print,
    unary_op, slot_method_unary_op,
    binary_op, slot_method_binary_op
    );

// Taken from the type (int.__eq__), CPython's wrapper_descriptor: a class
// that keeps one (class I(int): __eq__ = int.__eq__, as tomlkit's do) binds
// it to its instances as it binds a function; a bound one it keeps as it is
static MP_DEFINE_CONST_OBJ_TYPE(
    slot_wrapper_type,
    MP_QSTR_wrapper_descriptor,
    MP_TYPE_FLAG_BINDS_SELF,
    call, slot_method_call,
    print, slot_method_print,
    unary_op, slot_method_unary_op,
    binary_op, slot_method_binary_op
    );

// Whether obj is one of these methods (str.format tells a builtin base's
// __format__ from a class's own: py/objstr.c).
bool pywasm_is_slot_method(mp_obj_t obj) {
    return is_slot_method(obj);
}

// dest[0] = the method for a dunder name on a builtin object or type (obj is
// the type itself when is_type); left as it is when there is none.
void pywasm_slot_method(mp_obj_t obj, bool is_type, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = is_type ? MP_OBJ_TO_PTR(obj) : mp_obj_get_type(obj);
    if (mp_obj_is_instance_type(type)) {
        // a Python class: its own lookup has answered, but for a class over
        // a builtin type (class V(dict)), whose V.__repr__ and V.__eq__ are
        // the builtin's, unbound
        type = is_type ? pywasm_native_base(type) : NULL;
        if (type == NULL) {
            return;
        }
    }
    size_t op = 0;
    slot_kind_t kind = slot_kind(type, is_type ? MP_OBJ_NULL : obj, attr, &op);
    if (kind == SLOT_NONE) {
        return;
    }
    if (kind == SLOT_IS_NONE) {
        dest[0] = mp_const_none;  // list.__hash__ is None
        return;
    }
    slot_method_t *m = mp_obj_malloc(slot_method_t, is_type ? &slot_wrapper_type : &slot_method_type);
    m->type = type;
    m->self = is_type ? MP_OBJ_NULL : obj;
    m->name = attr;
    m->kind = kind;
    m->op = op;
    dest[0] = MP_OBJ_FROM_PTR(m);
}
