// sys attributes CPython scripts use that MicroPython's sys lacks; patch 0028
// lists them in sys's globals. Only what can be true here: RecursionError
// comes from the stack check (see PYWASM_C_STACK_LIMIT), so the recursion
// limit sets that check's limit, not a count of calls.
#include <float.h>

#include "py/obj.h"
#include "py/gc.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/objtuple.h"
#include "py/runtime.h"
#include "py/stackctrl.h"
#include "library.h"

// sys.executable (patch 0113): subprocess.run([sys.executable, ...]) runs a
// child pywasm with this run's mounts and permissions, which the host's
// process.run starts when it sees this path (it names no file).
MP_DEFINE_STR_OBJ(pywasm_sys_executable_obj, PYWASM_EXECUTABLE);

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
    // The stack check's limit becomes the stack that many plain Python calls
    // take (the full limit holds 1,462 of them), so that a recursion ends
    // near the depth the script set, as in CPython; a deeper limit than the
    // stack holds stays the stack's. (Without a call here the depth is the
    // stack's, a little deeper than CPython's default of 1,000.)
    mp_stack_set_limit(limit >= 1462 ? PYWASM_C_STACK_LIMIT : PYWASM_C_STACK_LIMIT / 1462 * limit);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_sys_setrecursionlimit_obj, sys_setrecursionlimit);

// sys.set_int_max_str_digits() (patch 0239): CPython 3.11's limit on the
// decimal digits an int is converted to or from (other bases than powers of
// two), 4,300 unless a script changes it; 0 is no limit.
static size_t int_max_str_digits = 4300;

static mp_obj_t sys_get_int_max_str_digits(void) {
    return MP_OBJ_NEW_SMALL_INT(int_max_str_digits);
}
MP_DEFINE_CONST_FUN_OBJ_0(pywasm_sys_get_int_max_str_digits_obj, sys_get_int_max_str_digits);

static mp_obj_t sys_set_int_max_str_digits(mp_obj_t maxdigits) {
    mp_int_t n = mp_obj_get_int(maxdigits);
    if (n != 0 && n < 640) {
        mp_raise_ValueError(MP_ERROR_TEXT("maxdigits must be 0 or larger than 640"));
    }
    int_max_str_digits = n;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_sys_set_int_max_str_digits_obj, sys_set_int_max_str_digits);

// The ValueError for a conversion of that many digits past the limit:
// parsing names the count, as CPython's int() does.
void pywasm_check_int_str_digits(size_t digits, bool parsing) {
    if (int_max_str_digits == 0 || digits <= int_max_str_digits) {
        return;
    }
    if (parsing) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Exceeds the limit (%u digits) for integer string conversion: "
            "value has %u digits; use sys.set_int_max_str_digits() to increase the limit"), (unsigned)int_max_str_digits, (unsigned)digits);
    }
    mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Exceeds the limit (%u digits) for integer string conversion; "
        "use sys.set_int_max_str_digits() to increase the limit"), (unsigned)int_max_str_digits);
}

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

// sys.getsizeof() for every object: py/modsys.c calls this in place of
// mp_unary_op (port/Makefile), which raised TypeError for most types (str,
// dict, instances of classes) and gave a small int's bitwise inverse. The
// class's own __sizeof__, the type's own size where it has one (lists,
// bytearrays, instances), else what the object takes on the heap, a str's or bytes'
// text included; an object held in the pointer itself (a small int, an
// interned str) is one pointer's size.
mp_obj_t pywasm_sizeof_unary_op(mp_unary_op_t op, mp_obj_t obj) {
    if (!mp_obj_is_obj(obj)) {
        return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_t));
    }
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (mp_obj_is_instance_type(type)) {
        mp_obj_t method[2];
        mp_load_method_maybe(obj, MP_QSTR___sizeof__, method);
        if (method[0] != MP_OBJ_NULL) {
            return mp_call_method_n_kw(0, 0, method);
        }
    }
    if (MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
        mp_obj_t size = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(op, obj);
        if (size != MP_OBJ_NULL) {
            return size;
        }
    }
    size_t n = gc_nbytes(MP_OBJ_TO_PTR(obj));
    if (n == 0) {
        n = sizeof(mp_obj_base_t);  // an object in ROM
    }
    if (mp_obj_is_str_or_bytes(obj)) {
        GET_STR_LEN(obj, len);
        n += len + 1;
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}

extern const struct _mp_dummy_t mp_sys_stdin_obj;  // port/stdio.c

// sys's rarer attributes (flags, prefix, excepthook, orig_argv...) are
// Python in the library's _pywasm_sys, imported on the first name sys's own
// table lacks (patch 0118): nothing to pay until a script asks. A name that
// module lacks too, or a failing import, stays an AttributeError.
void pywasm_sys_more(qstr attr, mp_obj_t *dest) {
    // dunder names are the VM's own probes (sys.__init__ at start-up), not
    // a script's: only sys.__excepthook__ and sys.__displayhook__ are
    // there. sys.__stdin__ is the original stdin, as __stdout__ and
    // __stderr__ in sys's table are the other two (patch 0023).
    const char *name = qstr_str(attr);
    if (attr == MP_QSTR___stdin__) {
        dest[0] = MP_OBJ_FROM_PTR(&mp_sys_stdin_obj);
        return;
    }
    if (name[0] == '_' && name[1] == '_' && attr != MP_QSTR___excepthook__ && attr != MP_QSTR___displayhook__) {
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t more = mp_import_name(MP_QSTR__pywasm_sys, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t found[2];
        mp_load_method_maybe(more, attr, found);
        dest[0] = found[0];
        nlr_pop();
    }
}
