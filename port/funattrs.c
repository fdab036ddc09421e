// Attributes on functions, as CPython allows: f.calls = 0, a decorator's
// wrapper.__wrapped__ and __name__ (functools.wraps), f.__dict__ (read and
// replaced). MicroPython functions have fixed attributes only; patch 0017
// gives each function a slot for a dict, made on the first attribute set,
// and calls this first.
// Patch 0054 adds what CPython's functions answer and MicroPython's did not:
// __defaults__, __kwdefaults__, __module__, __qualname__ and __code__
// (frames.c); patch 0104 sets __annotations__.
#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/bc.h"
#include "py/objfun.h"
#include "py/objcode.h"
#include "qualname.h"

mp_obj_t pywasm_code_of(const mp_obj_fun_bc_t *fun);  // frames.c

// What a function's bytecode prelude says about its arguments. Leading
// default slots left empty (types.FunctionType with fewer defaults, a
// shorter __defaults__) are parameters without one.
static mp_obj_t fun_defaults(const mp_obj_fun_bc_t *self, bool keyword_only) {
    const byte *ip = self->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    if (keyword_only) {
        // the dict the call takes keyword-only defaults from, as in CPython
        if (!(scope_flags & MP_SCOPE_FLAG_DEFKWARGS) || mp_obj_dict_len(self->extra_args[n_def_pos_args]) == 0) {
            return mp_const_none;
        }
        return self->extra_args[n_def_pos_args];
    }
    size_t empty = 0;
    while (empty < n_def_pos_args && self->extra_args[empty] == MP_OBJ_NULL) {
        empty++;
    }
    return empty == n_def_pos_args ? mp_const_none : mp_obj_new_tuple(n_def_pos_args - empty, self->extra_args + empty);
}

// The positional default slots from a tuple (or None): as in CPython, its
// values are the last parameters' defaults; the slots before them are left
// empty, which the call treats as a parameter without one (patch 0321).
// False when the bytecode has fewer slots than the tuple has values.
static bool fill_positional_defaults(mp_obj_fun_bc_t *self, size_t n_slots, mp_obj_t value) {
    size_t len = 0;
    mp_obj_t *items = NULL;
    if (value != mp_const_none) {
        if (!mp_obj_is_type(value, &mp_type_tuple)) {
            return false;
        }
        mp_obj_tuple_get(value, &len, &items);
    }
    if (len > n_slots) {
        return false;
    }
    for (size_t i = 0; i < n_slots - len; i++) {
        self->extra_args[i] = MP_OBJ_NULL;
    }
    memcpy(self->extra_args + n_slots - len, items, len * sizeof(mp_obj_t));
    return true;
}

// f.__defaults__ = (...) or f.__kwdefaults__ = {...}: the call takes them,
// as CPython's does, when they fit the bytecode (at most as many positional
// defaults as the function was made with; a keyword-only dict, or None,
// where it has one). Other values are kept as attributes only: the prelude
// fixes the number of default slots (false then).
static bool replace_defaults(mp_obj_fun_bc_t *self, bool keyword_only, mp_obj_t value) {
    const byte *ip = self->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    if (keyword_only) {
        if (!(scope_flags & MP_SCOPE_FLAG_DEFKWARGS)
            || (value != mp_const_none && !mp_obj_is_type(value, &mp_type_dict))) {
            return false;
        }
        self->extra_args[n_def_pos_args] = value == mp_const_none ? mp_obj_new_dict(0) : value;
        return true;
    }
    return n_def_pos_args > 0 && fill_positional_defaults(self, n_def_pos_args, value);
}

const mp_obj_fun_bc_t *pywasm_code_fun(mp_obj_t code);  // frames.c
size_t pywasm_code_n_closed(const mp_obj_fun_bc_t *fun);  // frames.c

// The bytes of a function running this bytecode: its extra_args hold the
// positional defaults and, if it has keyword-only ones, their dict.
static size_t fun_size(const byte *bytecode) {
    const byte *ip = bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    return offsetof(mp_obj_fun_bc_t, extra_args) + (n_def_pos_args + ((scope_flags & MP_SCOPE_FLAG_DEFKWARGS) ? 1 : 0)) * sizeof(mp_obj_t);
}

// A new function object like fun, without its attributes (types.FunctionType
// and code.replace start from one).
mp_obj_fun_bc_t *pywasm_fun_copy(const mp_obj_fun_bc_t *fun) {
    size_t size = fun_size(fun->bytecode);
    mp_obj_fun_bc_t *copy = mp_obj_malloc_helper(size, fun->base.type);
    memcpy(copy, fun, size);
    copy->attrs = MP_OBJ_NULL;
    return copy;
}

// The module context a function running code with these globals needs:
// the code's own, or a copy of it (its constants) with the other globals.
static const mp_module_context_t *context_with_globals(const mp_module_context_t *code, mp_obj_dict_t *globals) {
    if (code->module.globals == globals) {
        return code;
    }
    mp_module_context_t *context = m_new_obj(mp_module_context_t);
    *context = *code;
    context->module.globals = globals;
    return context;
}

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
// (patch 0321): a new function running the code with these globals, as
// CPython's makes a copy of a function (networkx's copyfunc). The bytecode
// fixes how many parameters can have defaults; argdefs gives the last of
// them theirs, and keyword-only parameters have none, as there.
mp_obj_t pywasm_function_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *all_args) {
    (void)type;
    enum { ARG_code, ARG_globals, ARG_name, ARG_argdefs, ARG_closure };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_code, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_globals, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_name, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_argdefs, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_closure, MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array(n_args, n_kw, all_args, MP_ARRAY_SIZE(allowed), allowed, args);
    const mp_obj_fun_bc_t *code = pywasm_code_fun(args[ARG_code].u_obj);
    if (mp_obj_is_type(args[ARG_code].u_obj, &mp_type_code)) {
        // a module's code runs with its globals as its locals, which only
        // exec() sets up here
        mp_raise_msg(&mp_type_NotImplementedError,
            MP_ERROR_TEXT("types.FunctionType of compile()'s code: run it with exec(code, globals)"));
    }
    if (code == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("function() argument 'code' must be code, not %s"),
            mp_obj_get_type_str(args[ARG_code].u_obj));
    }
    mp_obj_t globals = args[ARG_globals].u_obj;
    if (!mp_obj_is_type(globals, &mp_type_dict)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("function() argument 'globals' must be dict, not %s"),
            mp_obj_get_type_str(globals));
    }
    mp_obj_t name = args[ARG_name].u_obj;
    if (name != mp_const_none && !mp_obj_is_str(name)) {
        mp_raise_TypeError(MP_ERROR_TEXT("arg 3 (name) must be None or string"));
    }
    mp_obj_t argdefs = args[ARG_argdefs].u_obj;
    if (argdefs != mp_const_none && !mp_obj_is_type(argdefs, &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("arg 4 (defaults) must be None or tuple"));
    }
    mp_obj_t closure = args[ARG_closure].u_obj;
    size_t n_closed = pywasm_code_n_closed(code), n_cells = 0;
    mp_obj_t *cells = NULL;
    if (closure != mp_const_none) {
        if (!mp_obj_is_type(closure, &mp_type_tuple)) {
            mp_raise_TypeError(MP_ERROR_TEXT("arg 5 (closure) must be None or tuple"));
        }
        mp_obj_tuple_get(closure, &n_cells, &cells);
    } else if (n_closed > 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("arg 5 (closure) must be tuple"));
    }
    if (n_cells != n_closed) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("%q requires closure of length %u, not %u"),
            mp_obj_fun_get_name(MP_OBJ_FROM_PTR(code)), (unsigned)n_closed, (unsigned)n_cells);
    }

    const byte *ip = code->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    mp_obj_fun_bc_t *fun = pywasm_fun_copy(code);
    fun->context = context_with_globals(code->context, MP_OBJ_TO_PTR(globals));
    if (!fill_positional_defaults(fun, n_def_pos_args, argdefs)) {
        mp_raise_msg_varg(&mp_type_NotImplementedError,
            MP_ERROR_TEXT("types.FunctionType: this code takes at most %u default values"), (unsigned)n_def_pos_args);
    }
    if (scope_flags & MP_SCOPE_FLAG_DEFKWARGS) {
        fun->extra_args[n_def_pos_args] = mp_obj_new_dict(0);
    }
    if (name != mp_const_none) {
        fun->attrs = mp_obj_new_dict(1);
        mp_obj_dict_store(fun->attrs, MP_OBJ_NEW_QSTR(MP_QSTR___name__), name);
    }
    return n_closed > 0 ? mp_obj_new_closure(MP_OBJ_FROM_PTR(fun), n_cells, cells) : MP_OBJ_FROM_PTR(fun);
}

// f.__code__ = g.__code__ (patch 0321): f runs g's bytecode from then on,
// with its own globals and defaults, as in CPython (networkx's argmap
// compiles a function on its first call and moves its code into itself).
// The defaults are f's, given to the last parameters of the new code that
// have a default slot; its block of memory must hold those slots, which
// are fixed by the bytecode (false when it cannot).
static bool replace_code(mp_obj_fun_bc_t *self, mp_obj_t code_in, mp_obj_t old_defaults) {
    const mp_obj_fun_bc_t *code = pywasm_code_fun(code_in);
    if (code == NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("__code__ must be set to a code object"));
    }
    size_t n_closed = pywasm_code_n_closed(code), own_closed = pywasm_code_n_closed(self);
    if (n_closed != own_closed) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("%s() requires a code object with %u free vars, not %u"),
            mp_obj_str_get_str(mp_load_attr(MP_OBJ_FROM_PTR(self), MP_QSTR___name__)), (unsigned)own_closed, (unsigned)n_closed);
    }
    if (fun_size(code->bytecode) > gc_nbytes(self)) {
        return false;
    }
    const byte *ip = code->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    mp_obj_t kw_defaults = fun_defaults(self, true);
    // the function keeps its names, which the bytecode's would replace
    qstr name = mp_obj_fun_get_name(MP_OBJ_FROM_PTR(self));
    if (self->qualname == MP_OBJ_NULL) {
        self->qualname = pywasm_fun_qualname(MP_OBJ_FROM_PTR(self), name, self->context->module.globals);
    }
    if (self->attrs == MP_OBJ_NULL) {
        self->attrs = mp_obj_new_dict(1);
    }
    if (mp_map_lookup(mp_obj_dict_get_map(self->attrs), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP) == NULL) {
        mp_obj_dict_store(self->attrs, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(name));
    }
    self->context = context_with_globals(code->context, self->context->module.globals);
    self->base.type = code->base.type;  // a generator function's code makes one
    self->child_table = code->child_table;
    self->bytecode = code->bytecode;
    #if MICROPY_PY_SYS_SETTRACE
    self->rc = code->rc;
    #endif
    size_t len = 0;
    mp_obj_t *items = NULL;
    if (mp_obj_is_type(old_defaults, &mp_type_tuple)) {
        mp_obj_tuple_get(old_defaults, &len, &items);
    }
    // (more defaults than the new code has slots: the last ones)
    size_t n = len < n_def_pos_args ? len : n_def_pos_args;
    fill_positional_defaults(self, n_def_pos_args, mp_obj_new_tuple(n, items + len - n));
    if (scope_flags & MP_SCOPE_FLAG_DEFKWARGS) {
        self->extra_args[n_def_pos_args] = kw_defaults != mp_const_none ? kw_defaults : mp_obj_new_dict(0);
    } else if (kw_defaults != mp_const_none) {
        // code without keyword-only defaults of its own: the call finds
        // them among the function's attributes (py/bc.c)
        mp_obj_dict_store(self->attrs, MP_OBJ_NEW_QSTR(MP_QSTR___kwdefaults__), kw_defaults);
    }
    return true;
}

bool pywasm_fun_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);

// f.__get__(obj, type=None), for functions and closures: a function is a
// descriptor, as in CPython. A class-based decorator's own __get__ calls it
// to bind the function it wraps. The VM binds methods without it (patch
// 0265 keeps its descriptor lookups to instances of classes).
static mp_obj_t fun_get(size_t n_args, const mp_obj_t *args) {
    if (args[1] != mp_const_none) {
        return mp_obj_new_bound_meth(args[0], args[1]);
    }
    if (n_args < 3 || args[2] == mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("__get__(None, None) is invalid"));
    }
    return args[0];
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_fun_get_obj, 2, 3, fun_get);

// What the function types hold (patch 0276): __get__, so that
// type(f).__get__(f, obj, cls) binds as CPython's does.
static const mp_rom_map_elem_t fun_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&pywasm_fun_get_obj) },
};
MP_DEFINE_CONST_DICT(pywasm_fun_locals_dict, fun_locals_table);

// Answers for the attributes no attribute dict overrides; false for the
// rest (__name__, __globals__, missing ones).
static bool fun_builtin_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_fun_bc_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_dict_t *globals = self->context->module.globals;
    switch (attr) {
        case MP_QSTR___doc__:
            dest[0] = mp_const_none;  // no docstring (one is set as the function is made)
            return true;
        case MP_QSTR___annotations__: {
            // none (the compiler sets them as the function is made, patch
            // 0104): an empty dict, kept, so that it can be filled in
            mp_obj_t empty = mp_obj_new_dict(0);
            mp_obj_t store[2] = {MP_OBJ_SENTINEL, empty};
            pywasm_fun_attr(self_in, attr, store);
            dest[0] = empty;
            return true;
        }
        case MP_QSTR___defaults__:
        case MP_QSTR___kwdefaults__:
            dest[0] = fun_defaults(self, attr == MP_QSTR___kwdefaults__);
            return true;
        case MP_QSTR___module__: {
            mp_map_elem_t *elem = mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
            dest[0] = elem != NULL ? elem->value : mp_const_none;
            return true;
        }
        case MP_QSTR___qualname__:
            dest[0] = pywasm_fun_qualname(self_in, mp_obj_fun_get_name(self_in), globals);
            return true;
        case MP_QSTR___code__:
            dest[0] = pywasm_code_of(self);
            return true;
        case MP_QSTR___closure__:
            dest[0] = mp_const_none;  // a closure answers its cells (patch 0232)
            return true;
        case MP_QSTR___get__:
            dest[0] = MP_OBJ_FROM_PTR(&pywasm_fun_get_obj);
            dest[1] = self_in;
            return true;
        default:
            return false;
    }
}

// f.__dict__ = d, as CPython allows (decorator's FunctionMaker): d becomes
// the function's attributes. What CPython keeps in the function's own slots
// and this in the same dict (a __name__ or __doc__ functools.wraps set,
// replaced defaults, code.replace's names) moves into d.
static void set_dict(mp_obj_fun_bc_t *self, mp_obj_t dict) {
    if (!mp_obj_is_dict_or_ordereddict(dict)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__dict__ must be set to a dictionary, not a '%s'"),
            mp_obj_get_type_str(dict));
    }
    static const uint16_t own[] = {
        MP_QSTR___name__, MP_QSTR___doc__, MP_QSTR___module__, MP_QSTR___defaults__, MP_QSTR___kwdefaults__,
        MP_QSTR___annotations__, MP_QSTR_co_name, MP_QSTR_co_qualname,
    };
    if (self->attrs != MP_OBJ_NULL && self->attrs != dict) {
        mp_map_t *from = mp_obj_dict_get_map(self->attrs);
        for (size_t i = 0; i < MP_ARRAY_SIZE(own); i++) {
            mp_map_elem_t *elem = mp_map_lookup(from, MP_OBJ_NEW_QSTR(own[i]), MP_MAP_LOOKUP);
            if (elem != NULL && mp_map_lookup(mp_obj_dict_get_map(dict), elem->key, MP_MAP_LOOKUP) == NULL) {
                mp_obj_dict_store(dict, elem->key, elem->value);
            }
        }
    }
    self->attrs = dict;
}

// Returns true if it handled the load, store or delete of attr.
bool pywasm_fun_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_fun_bc_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t *attrs = &self->attrs;
    if (attr == MP_QSTR___qualname__ && dest[0] != MP_OBJ_NULL) {
        // its own slot, out of __dict__ as in CPython: the compiler sets it
        // on every method and nested function, at no allocation
        if (dest[1] != MP_OBJ_NULL && !mp_obj_is_str(dest[1])) {
            mp_raise_TypeError(MP_ERROR_TEXT("__qualname__ must be set to a string object"));
        }
        self->qualname = dest[1];
        dest[0] = MP_OBJ_NULL;
        return true;
    }
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___dict__) {
            if (*attrs == MP_OBJ_NULL) {
                *attrs = mp_obj_new_dict(0);
            }
            dest[0] = *attrs;
            return true;
        }
        if (attr == MP_QSTR___qualname__ && self->qualname != MP_OBJ_NULL) {
            dest[0] = self->qualname;
            return true;
        }
        // what the call uses comes before a __dict__ entry of the name
        // (networkx's f.__dict__.update(g.__dict__) brings g's in)
        if ((attr == MP_QSTR___code__ || attr == MP_QSTR___kwdefaults__)
            && fun_builtin_attr(self_in, attr, dest) && dest[0] != mp_const_none) {
            return true;
        }
        if (*attrs != MP_OBJ_NULL) {
            mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(*attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
            if (elem != NULL) {
                dest[0] = elem->value;
                return true;
            }
        }
        return fun_builtin_attr(self_in, attr, dest);
    }
    if (dest[1] == MP_OBJ_NULL) {
        // del f.name
        if (*attrs != MP_OBJ_NULL
            && mp_map_lookup(mp_obj_dict_get_map(*attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MP_OBJ_NULL;
        }
        return true;
    }
    if (attr == MP_QSTR___dict__) {
        set_dict(self, dest[1]);
        dest[0] = MP_OBJ_NULL;
        return true;
    }
    if (attr == MP_QSTR___globals__) {
        return true;  // read-only, as in CPython (dest[0] stays set: AttributeError)
    }
    if (attr == MP_QSTR___code__) {
        mp_map_elem_t *set = *attrs == MP_OBJ_NULL ? NULL
            : mp_map_lookup(mp_obj_dict_get_map(*attrs), MP_OBJ_NEW_QSTR(MP_QSTR___defaults__), MP_MAP_LOOKUP);
        mp_obj_t defaults = set != NULL ? set->value : fun_defaults(self, false);
        if (!replace_code(self, dest[1], defaults)) {
            mp_raise_msg(&mp_type_NotImplementedError,
                MP_ERROR_TEXT("__code__: that code has more parameters with defaults than this function has room for"));
        }
        if (set != NULL && mp_obj_equal(fun_defaults(self, false), defaults)) {
            // the defaults set before now fit (the calls take them)
            mp_map_lookup(mp_obj_dict_get_map(*attrs), MP_OBJ_NEW_QSTR(MP_QSTR___defaults__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
        dest[0] = MP_OBJ_NULL;
        return true;
    }
    if ((attr == MP_QSTR___defaults__ || attr == MP_QSTR___kwdefaults__)
        && replace_defaults(self, attr == MP_QSTR___kwdefaults__, dest[1])) {
        if (*attrs != MP_OBJ_NULL) {  // an earlier value that did not fit
            mp_map_lookup(mp_obj_dict_get_map(*attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
        dest[0] = MP_OBJ_NULL;
        return true;
    }
    if (*attrs == MP_OBJ_NULL) {
        *attrs = mp_obj_new_dict(1);
    }
    mp_obj_dict_store(*attrs, MP_OBJ_NEW_QSTR(attr), dest[1]);
    dest[0] = MP_OBJ_NULL;
    return true;
}
