// object.__reduce_ex__(protocol) and object.__reduce__(): how pickle and
// copy take apart an instance of a class, as CPython's object answers.
// The work is in Python (_pywasm_reduce in the library, imported on the
// first call); object's table holds these two (patch 0266), so that a
// class can name them (dateutil: __reduce__ = object.__reduce__) and
// pickle and copy can tell a class's own from object's.
#include "py/runtime.h"

static mp_obj_t call_reduce(qstr name, size_t n_args, const mp_obj_t *args) {
    mp_obj_t module = mp_import_name(MP_QSTR__pywasm_reduce, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_n_kw(mp_load_attr(module, name), n_args, 0, args);
}

static mp_obj_t object_reduce_ex(mp_obj_t self, mp_obj_t protocol) {
    mp_obj_t args[2] = {self, protocol};
    return call_reduce(MP_QSTR_object_reduce_ex, 2, args);
}
MP_DEFINE_CONST_FUN_OBJ_2(pywasm_object___reduce_ex___obj, object_reduce_ex);

static mp_obj_t object_reduce(mp_obj_t self) {
    return call_reduce(MP_QSTR_object_reduce, 1, &self);
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_object___reduce___obj, object_reduce);
