// sys attributes CPython scripts use that MicroPython's sys lacks; patch 0028
// lists them in sys's globals. Only what can be true here: the recursion
// limit is recorded and reported, but the depth a script reaches is set by
// the stack (RecursionError comes from the stack check, see main.c).
#include <float.h>

#include "py/obj.h"
#include "py/objtuple.h"
#include "py/runtime.h"

static mp_int_t recursion_limit = 1000;  // CPython's default

static mp_obj_t sys_getrecursionlimit(void) {
    return MP_OBJ_NEW_SMALL_INT(recursion_limit);
}
MP_DEFINE_CONST_FUN_OBJ_0(pywasm_sys_getrecursionlimit_obj, sys_getrecursionlimit);

static mp_obj_t sys_setrecursionlimit(mp_obj_t limit_in) {
    mp_int_t limit = mp_obj_get_int(limit_in);
    if (limit < 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("recursion limit must be greater or equal than 1"));
    }
    recursion_limit = limit;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_sys_setrecursionlimit_obj, sys_setrecursionlimit);

// Both are UTF-8: the port reads and writes text as UTF-8 only.
static mp_obj_t sys_getdefaultencoding(void) {
    return MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
}
MP_DEFINE_CONST_FUN_OBJ_0(pywasm_sys_getdefaultencoding_obj, sys_getdefaultencoding);

// The double's limits, as CPython's sys.float_info names them. Constant
// float objects, laid out as objfloat.c's (private) mp_obj_float_t.
typedef struct {
    mp_obj_base_t base;
    mp_float_t value;
} float_constant_t;
static const float_constant_t float_max = {{&mp_type_float}, DBL_MAX};
static const float_constant_t float_min = {{&mp_type_float}, DBL_MIN};
static const float_constant_t float_epsilon = {{&mp_type_float}, DBL_EPSILON};
static const qstr float_info_fields[] = {
    MP_QSTR_max, MP_QSTR_max_exp, MP_QSTR_max_10_exp, MP_QSTR_min, MP_QSTR_min_exp, MP_QSTR_min_10_exp,
    MP_QSTR_dig, MP_QSTR_mant_dig, MP_QSTR_epsilon, MP_QSTR_radix, MP_QSTR_rounds,
};
MP_DEFINE_ATTRTUPLE(pywasm_sys_float_info_obj, float_info_fields, 11,
    MP_ROM_PTR(&float_max), MP_ROM_INT(DBL_MAX_EXP), MP_ROM_INT(DBL_MAX_10_EXP),
    MP_ROM_PTR(&float_min), MP_ROM_INT(DBL_MIN_EXP), MP_ROM_INT(DBL_MIN_10_EXP),
    MP_ROM_INT(DBL_DIG), MP_ROM_INT(DBL_MANT_DIG), MP_ROM_PTR(&float_epsilon), MP_ROM_INT(FLT_RADIX), MP_ROM_INT(1));
