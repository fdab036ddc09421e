// Attributes on functions, as CPython allows: f.calls = 0, a decorator's
// wrapper.__wrapped__ and __name__ (functools.wraps), f.__dict__. MicroPython
// functions have fixed attributes only; patch 0017 gives each function a
// slot for a dict, made on the first attribute set, and calls this first.
#include "py/runtime.h"

// Returns true if it handled the load, store or delete of attr.
bool pywasm_fun_attr(mp_obj_t *attrs, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___dict__) {
            if (*attrs == MP_OBJ_NULL) {
                *attrs = mp_obj_new_dict(0);
            }
            dest[0] = *attrs;
            return true;
        }
        if (*attrs != MP_OBJ_NULL) {
            mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(*attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
            if (elem != NULL) {
                dest[0] = elem->value;
                return true;
            }
        }
        if (attr == MP_QSTR___doc__) {
            dest[0] = mp_const_none;  // no docstring (one is set as the function is made)
            return true;
        }
        return false;  // __name__, __globals__, __code__ and missing ones
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
    if (*attrs == MP_OBJ_NULL) {
        *attrs = mp_obj_new_dict(1);
    }
    mp_obj_dict_store(*attrs, MP_OBJ_NEW_QSTR(attr), dest[1]);
    dest[0] = MP_OBJ_NULL;
    return true;
}
