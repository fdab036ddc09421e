// _pywasm_bisect: the searches under the frozen bisect module, in C.
//
// bisect.py in Python spent ~4 us a call on the wasm engine (a dozen
// loop iterations of bytecode for a list of 200,000), 5x CPython, whose
// bisect is C too. Semantics are CPython 3.10+'s: lo and hi bound the
// search, key (keyword only) applies to the list's items, never to x, and
// a comparison is `<` (pywasm_less, patches 0186 and 0190: small ints,
// strs, floats and tuples of them compared in place, anything else through
// the operator, so a class's __lt__ runs as in CPython).
#include "py/objlist.h"
#include "py/runtime.h"

static mp_obj_t item_at(mp_obj_t seq, mp_int_t i) {
    if (mp_obj_is_exact_type(seq, &mp_type_list)) {
        // re-read each time: a key or __lt__ may change the list
        mp_obj_list_t *list = MP_OBJ_TO_PTR(seq);
        if ((size_t)i < list->len) {
            return list->items[i];
        }
    }
    return mp_obj_subscr(seq, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL);
}

enum { ARG_a, ARG_x, ARG_lo, ARG_hi, ARG_key };
static const mp_arg_t bisect_args[] = {
    { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_x, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_lo, MP_ARG_INT, {.u_int = 0} },
    { MP_QSTR_hi, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    { MP_QSTR_key, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
};

// The insertion point for x (already keyed) in a[lo:hi]: before items equal
// to it (right == false) or after them.
static mp_int_t search(mp_arg_val_t *args, mp_obj_t x, bool right) {
    mp_obj_t a = args[ARG_a].u_obj, key = args[ARG_key].u_obj;
    mp_int_t lo = args[ARG_lo].u_int;
    if (lo < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("lo must be non-negative"));
    }
    mp_int_t hi = args[ARG_hi].u_obj == mp_const_none ? mp_obj_get_int(mp_obj_len(a)) : mp_obj_get_int(args[ARG_hi].u_obj);
    while (lo < hi) {
        mp_int_t mid = lo + (hi - lo) / 2;
        mp_obj_t item = item_at(a, mid);
        if (key != mp_const_none) {
            item = mp_call_function_1(key, item);
        }
        // left: past items below x; right: past items x is not below
        if (right ? !pywasm_less(x, item) : pywasm_less(item, x)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static mp_obj_t bisect_common(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, bool right, bool insert) {
    mp_arg_val_t args[MP_ARRAY_SIZE(bisect_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(bisect_args), bisect_args, args);
    mp_obj_t x = args[ARG_x].u_obj;
    mp_obj_t keyed = insert && args[ARG_key].u_obj != mp_const_none ? mp_call_function_1(args[ARG_key].u_obj, x) : x;
    mp_int_t at = search(args, keyed, right);
    if (!insert) {
        return MP_OBJ_NEW_SMALL_INT(at);
    }
    // a.insert(at, x), as CPython calls it (a list subclass's insert runs)
    mp_obj_t dest[4];
    mp_load_method(args[ARG_a].u_obj, MP_QSTR_insert, dest);
    dest[2] = MP_OBJ_NEW_SMALL_INT(at);
    dest[3] = x;
    mp_call_method_n_kw(2, 0, dest);
    return mp_const_none;
}

static mp_obj_t bisect_left(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return bisect_common(n_args, pos_args, kw_args, false, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(bisect_left_obj, 2, bisect_left);

static mp_obj_t bisect_right(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return bisect_common(n_args, pos_args, kw_args, true, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(bisect_right_obj, 2, bisect_right);

static mp_obj_t insort_left(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return bisect_common(n_args, pos_args, kw_args, false, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(insort_left_obj, 2, insort_left);

static mp_obj_t insort_right(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return bisect_common(n_args, pos_args, kw_args, true, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(insort_right_obj, 2, insort_right);

static const mp_rom_map_elem_t bisect_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm_bisect) },
    { MP_ROM_QSTR(MP_QSTR_bisect_left), MP_ROM_PTR(&bisect_left_obj) },
    { MP_ROM_QSTR(MP_QSTR_bisect_right), MP_ROM_PTR(&bisect_right_obj) },
    { MP_ROM_QSTR(MP_QSTR_insort_left), MP_ROM_PTR(&insort_left_obj) },
    { MP_ROM_QSTR(MP_QSTR_insort_right), MP_ROM_PTR(&insort_right_obj) },
};
static MP_DEFINE_CONST_DICT(bisect_globals, bisect_globals_table);

const mp_obj_module_t mp_module_pywasm_bisect = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bisect_globals,
};
MP_REGISTER_MODULE(MP_QSTR__pywasm_bisect, mp_module_pywasm_bisect);
