// Attributes on functions, as CPython allows: f.calls = 0, a decorator's
// wrapper.__wrapped__ and __name__ (functools.wraps), f.__dict__. MicroPython
// functions have fixed attributes only; patch 0017 gives each function a
// slot for a dict, made on the first attribute set, and calls this first.
// Patch 0054 adds what CPython's functions answer and MicroPython's did not:
// __defaults__, __kwdefaults__, __module__, __qualname__ and __code__
// (frames.c); patch 0104 sets __annotations__.
#include <string.h>

#include "py/runtime.h"
#include "py/bc.h"
#include "py/objfun.h"
#include "qualname.h"

mp_obj_t pywasm_code_of(const mp_obj_fun_bc_t *fun);  // frames.c

// What a function's bytecode prelude says about its arguments.
static mp_obj_t fun_defaults(const mp_obj_fun_bc_t *self, bool keyword_only) {
    const byte *ip = self->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    if (keyword_only) {
        // the dict the call takes keyword-only defaults from, as in CPython
        return (scope_flags & MP_SCOPE_FLAG_DEFKWARGS) ? self->extra_args[n_def_pos_args] : mp_const_none;
    }
    return n_def_pos_args == 0 ? mp_const_none : mp_obj_new_tuple(n_def_pos_args, self->extra_args);
}

// f.__defaults__ = (...) or f.__kwdefaults__ = {...}: the call takes them,
// as CPython's does, when they fit the bytecode (as many positional
// defaults as the function was made with; a keyword-only dict where it
// has one). Other values are kept as attributes only: the prelude fixes
// the number of defaults (false then).
static bool replace_defaults(mp_obj_fun_bc_t *self, bool keyword_only, mp_obj_t value) {
    const byte *ip = self->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    if (keyword_only) {
        if (!(scope_flags & MP_SCOPE_FLAG_DEFKWARGS) || !mp_obj_is_type(value, &mp_type_dict)) {
            return false;
        }
        self->extra_args[n_def_pos_args] = value;
        return true;
    }
    size_t len;
    mp_obj_t *items;
    if (n_def_pos_args == 0 || !mp_obj_is_type(value, &mp_type_tuple)) {
        return false;
    }
    mp_obj_tuple_get(value, &len, &items);
    if (len != n_def_pos_args) {
        return false;
    }
    memcpy(self->extra_args, items, len * sizeof(mp_obj_t));
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
    if (attr == MP_QSTR___dict__ || attr == MP_QSTR___globals__) {
        return true;  // read-only, as in CPython (dest[0] stays set: AttributeError)
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
