// Builtins CPython has and MicroPython lacks: format(), vars(), ascii().
// In C so that plain scripts see them without importing any compat module
// and without running Python at boot (registered in mpconfigport.h).
#include "py/objstr.h"
#include "py/runtime.h"

// format(value, spec=''): what "{:spec}".format(value) gives, which calls a
// class's __format__ (patch 0014) and formats numbers and strings itself.
static mp_obj_t builtin_format(size_t n_args, const mp_obj_t *args) {
    vstr_t fmt;
    vstr_init(&fmt, 8);
    vstr_add_str(&fmt, "{:");
    if (n_args > 1) {
        size_t len;
        const char *spec = mp_obj_str_get_data(args[1], &len);
        vstr_add_strn(&fmt, spec, len);
    }
    vstr_add_char(&fmt, '}');
    mp_obj_t call[2] = { mp_obj_new_str_from_vstr(&fmt), args[0] };
    return mp_obj_str_format(2, call, NULL);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_builtin_format_obj, 1, 2, builtin_format);

// vars(): the caller's locals; vars(obj): obj.__dict__.
static mp_obj_t builtin_vars(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_FROM_PTR(mp_locals_get());
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___dict__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("vars() argument must have __dict__ attribute"));
    }
    return dest[0];
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_builtin_vars_obj, 0, 1, builtin_vars);

// The text in vstr with every non-ASCII character escaped as \xhh, \uhhhh or
// \Uhhhhhhhh, in place: ascii(), the '!a' conversion and '%a' (py/objstr.c).
void pywasm_ascii_escape(vstr_t *vstr) {
    vstr_t out;
    vstr_init(&out, vstr->len);
    const byte *s = (const byte *)vstr->buf, *top = s + vstr->len;
    while (s < top) {
        unichar c = utf8_get_char(s);
        s = utf8_next_char(s);
        if (c < 0x80) {
            vstr_add_byte(&out, c);
        } else {
            vstr_printf(&out, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
        }
    }
    vstr_clear(vstr);
    *vstr = out;
}

// ascii(obj): repr(obj), escaped as above.
static mp_obj_t builtin_ascii(mp_obj_t obj) {
    vstr_t repr;
    mp_print_t print;
    vstr_init_print(&repr, 16, &print);
    mp_obj_print_helper(&print, obj, PRINT_REPR);
    pywasm_ascii_escape(&repr);
    return mp_obj_new_str_from_vstr(&repr);
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_builtin_ascii_obj, builtin_ascii);
