// Builtins CPython has and MicroPython lacks: format(), vars(), ascii(),
// exit() and quit(), aiter() and anext().
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

mp_obj_dict_t *pywasm_locals(void);  // frames.c

// vars(): the caller's locals, as locals() gives them; vars(obj): obj.__dict__.
static mp_obj_t builtin_vars(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_FROM_PTR(pywasm_locals());
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

// exit() and quit(): CPython's site module adds them, and scripts call them
// to stop with a status (`exit(1)`) as often as sys.exit. Calling one raises
// SystemExit with the argument, as sys.exit does; printing one gives
// CPython's hint.
typedef struct _pywasm_quitter_t {
    mp_obj_base_t base;
    qstr name;
} pywasm_quitter_t;

static void quitter_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    pywasm_quitter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "Use %q() or Ctrl-D (i.e. EOF) to exit", self->name);
}

static mp_obj_t quitter_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)self_in;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    // SystemExit(None) for exit(), as CPython's Quitter raises it
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_SystemExit, n_args ? args[0] : mp_const_none));
}

static MP_DEFINE_CONST_OBJ_TYPE(pywasm_type_Quitter, MP_QSTR_Quitter, MP_TYPE_FLAG_NONE,
    print, quitter_print, call, quitter_call);

const pywasm_quitter_t pywasm_builtin_exit_obj = { { &pywasm_type_Quitter }, MP_QSTR_exit };
const pywasm_quitter_t pywasm_builtin_quit_obj = { { &pywasm_type_Quitter }, MP_QSTR_quit };

// aiter(obj) and anext(iterator[, default]) (3.10): obj.__aiter__() and
// iterator.__anext__(). With a default, what is returned awaits the item and
// gives the default once the iterator is exhausted: _pywasm_compat's
// anext_default, imported only for that.
static mp_obj_t call_async_method(mp_obj_t obj, qstr method, const char *what) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, method, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not an async %s"), mp_obj_get_type_str(obj), what);
    }
    return mp_call_method_n_kw(0, 0, dest);
}

static mp_obj_t builtin_aiter(mp_obj_t obj) {
    return call_async_method(obj, MP_QSTR___aiter__, "iterable");
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_builtin_aiter_obj, builtin_aiter);

static mp_obj_t builtin_anext(size_t n_args, const mp_obj_t *args) {
    mp_obj_t awaitable = call_async_method(args[0], MP_QSTR___anext__, "iterator");
    if (n_args == 1) {
        return awaitable;
    }
    mp_obj_t compat = mp_import_name(MP_QSTR__pywasm_compat, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t call[2] = { awaitable, args[1] };
    return mp_call_function_n_kw(mp_load_attr(compat, MP_QSTR_anext_default), 2, 0, call);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_builtin_anext_obj, 1, 2, builtin_anext);

// builtins.__doc__ (dir(builtins) lists it, as CPython's does).
MP_DEFINE_STR_OBJ(pywasm_builtins_doc_obj, "Built-in functions, types, exceptions, and other objects.");
