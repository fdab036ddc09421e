// The _pywasm module: what Python needs from the host beyond WASI.
//   host_call(name, args_json) -> response_json   (docs/module-interface.md)
//   environ() -> dict of the process environment (for os.environ)
//   strerror(errno) -> CPython's words for it (os.strerror; errors.c's table)
#include <stdlib.h>
#include <string.h>

#include "py/mperrno.h"
#include "py/binary.h"
#include "py/objarray.h"
#include "py/objstr.h"
#include "py/objmodule.h"
#include "py/runtime.h"
#include "modpywasm.h"
#include "library.h"
#include "py/mphal.h"

extern char **environ;

static mp_obj_t pywasm_host_call_fn(mp_obj_t name_in, mp_obj_t args_json_in) {
    // the host (a process it runs, a request it makes) sees every byte
    // written so far, files' buffered ones too
    pywasm_files_flush();
    pywasm_stdout_flush();
    // {"call": <name as JSON string>, "args": <args_json>}: the name is checked
    // to need no escaping, and args_json is trusted to be JSON from our toolkit.
    size_t name_len, args_len;
    const char *name = mp_obj_str_get_data(name_in, &name_len);
    const char *args = mp_obj_str_get_data(args_json_in, &args_len);
    for (size_t i = 0; i < name_len; i++) {
        if (name[i] == '"' || name[i] == '\\' || (unsigned char)name[i] < 0x20) {
            mp_raise_ValueError(MP_ERROR_TEXT("invalid host call name"));
        }
    }
    vstr_t req;
    vstr_init(&req, name_len + args_len + 24);
    vstr_add_str(&req, "{\"call\":\"");
    vstr_add_strn(&req, name, name_len);
    vstr_add_str(&req, "\",\"args\":");
    vstr_add_strn(&req, args, args_len);
    vstr_add_char(&req, '}');
    int32_t resp_len = pywasm_host_call(req.buf, req.len);
    vstr_clear(&req);
    if (resp_len < 0) {
        mp_raise_OSError(MP_EIO);
    }
    vstr_t resp;
    vstr_init_len(&resp, resp_len);
    pywasm_host_result(resp.buf, resp_len);
    return mp_obj_new_str_from_vstr(&resp);
}
static MP_DEFINE_CONST_FUN_OBJ_2(pywasm_host_call_obj, pywasm_host_call_fn);

static mp_obj_t pywasm_environ(void) {
    mp_obj_t dict = mp_obj_new_dict(0);
    for (char **entry = environ; entry && *entry; entry++) {
        const char *eq = strchr(*entry, '=');
        if (eq != NULL) {
            mp_obj_dict_store(dict, mp_obj_new_str(*entry, eq - *entry), mp_obj_new_str_from_cstr(eq + 1));
        }
    }
    return dict;
}
static MP_DEFINE_CONST_FUN_OBJ_0(pywasm_environ_obj, pywasm_environ);

const char *pywasm_strerror(mp_int_t code);

static mp_obj_t pywasm_strerror_fn(mp_obj_t code_in) {
    mp_int_t code = mp_obj_get_int(code_in);
    const char *text = pywasm_strerror(code);
    if (text == NULL) {
        vstr_t vstr;
        vstr_init(&vstr, 24);
        vstr_printf(&vstr, "Unknown error " INT_FMT, code);
        return mp_obj_new_str_from_vstr(&vstr);
    }
    return mp_obj_new_str_from_cstr(text);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pywasm_strerror_obj, pywasm_strerror_fn);

// os._exit: the process ends here, as CPython's does: no finally blocks, no
// atexit functions, and what sits in stdout's buffer (stdio.c) is lost.
static mp_obj_t pywasm_exit_now(mp_obj_t code_in) {
    _Exit((int)mp_obj_get_int(code_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(pywasm_exit_now_obj, pywasm_exit_now);

// str methods over Unicode for _pywasm_methods.py (strunicode.c)
extern const mp_obj_fun_builtin_fixed_t pywasm_str_case_obj, pywasm_str_is_obj;
// one exception's traceback as text, for _pywasm_exceptiongroup.py (traceback.c)
extern const mp_obj_fun_builtin_fixed_t pywasm_format_one_exception_obj;
// a copy of one exception's traceback on another, for `except*` (traceback.c)
extern const mp_obj_fun_builtin_fixed_t pywasm_set_traceback_obj;
// os.utime's file times (modos_wasi.c)
extern const mp_obj_fun_builtin_var_t pywasm_set_file_times_obj;

// the names of the modules built into the interpreter, for
// sys.builtin_module_names (_pywasm_sys.py)
static mp_obj_t pywasm_builtin_module_names(void) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    const mp_map_t *maps[] = { &mp_builtin_module_map, &mp_builtin_extensible_module_map };
    for (size_t m = 0; m < MP_ARRAY_SIZE(maps); m++) {
        for (size_t i = 0; i < maps[m]->alloc; i++) {
            if (mp_map_slot_is_filled(maps[m], i)) {
                mp_obj_list_append(list, maps[m]->table[i].key);
            }
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_0(pywasm_builtin_module_names_obj, pywasm_builtin_module_names);

// array_info(a): (typecode, itemsize, address of the items) of an
// array.array, for the methods _pywasm_methods.py gives it (typecode,
// itemsize, buffer_info(), byteswap() ...), which MicroPython's lacks.
static mp_obj_t pywasm_array_info(mp_obj_t a) {
    if (!mp_obj_is_type(a, &mp_type_array)) {
        mp_raise_TypeError(MP_ERROR_TEXT("array.array expected"));
    }
    mp_obj_array_t *o = MP_OBJ_TO_PTR(a);
    char typecode = o->typecode;
    mp_obj_t info[3] = {
        mp_obj_new_str(&typecode, 1),
        MP_OBJ_NEW_SMALL_INT(mp_binary_get_size('@', typecode, NULL)),
        mp_obj_new_int_from_uint((uintptr_t)o->items),
    };
    return mp_obj_new_tuple(3, info);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pywasm_array_info_obj, pywasm_array_info);

// count_elements(counts, iterable): counts[x] = counts.get(x, 0) + 1 for
// each x, in a plain dict: Counter(iterable)'s loop (collections), which in
// Python took four times CPython's time (its loop is C too).
static mp_obj_t pywasm_count_elements(mp_obj_t counts, mp_obj_t iterable) {
    if (!mp_obj_is_exact_type(counts, &mp_type_dict)) {
        mp_raise_TypeError(MP_ERROR_TEXT("dict expected"));
    }
    mp_map_t *map = mp_obj_dict_get_map(counts);
    mp_obj_iter_buf_t iter_buf;
    mp_obj_t iter = mp_getiter(iterable, &iter_buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_map_elem_t *elem = mp_map_lookup(map, item, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        elem->value = elem->value == MP_OBJ_NULL ? MP_OBJ_NEW_SMALL_INT(1)
            : mp_binary_op(MP_BINARY_OP_ADD, elem->value, MP_OBJ_NEW_SMALL_INT(1));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(pywasm_count_elements_obj, pywasm_count_elements);

// The value of n ASCII digits at s, or -1 if any is not one.
static int ascii_digits(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// iso_datetime_fields(s): the numbers of YYYY-MM-DD?HH:MM:SS[.f{1,6}]
// [Z|+HH:MM|-HH:MM], what logs and web APIs write, as (year, month, day,
// hour, minute, second, microsecond, zone, zone_minutes): zone is '' for
// none, 'Z', '+' or '-'. None for any other text, which datetime's general
// parser then takes (with its errors). datetime.fromisoformat's fast path
// (_datetime_parse.py): 9 us of slicing and int() in Python.
static mp_obj_t pywasm_iso_datetime_fields(mp_obj_t text) {
    size_t n;
    const char *s = mp_obj_str_get_data(text, &n);
    if (n < 19 || s[4] != '-' || s[7] != '-' || s[13] != ':' || s[16] != ':' || (s[10] & 0x80)) {
        return mp_const_none;
    }
    size_t end = n;
    size_t zone_at = n; // where the zone's designator is ('Z', '+' or '-')
    int zone_minutes = 0;
    if (s[n - 1] == 'Z') {
        end = zone_at = n - 1;
    } else if (n >= 25 && s[n - 3] == ':' && (s[n - 6] == '+' || s[n - 6] == '-')) {
        int hours = ascii_digits(s + n - 5, 2), minutes = ascii_digits(s + n - 2, 2);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) {
            return mp_const_none;
        }
        end = zone_at = n - 6;
        zone_minutes = hours * 60 + minutes;
    }
    int us = 0;
    if (end != 19) {
        size_t digits = end - 20;
        if (end < 21 || (s[19] != '.' && s[19] != ',') || digits > 6) {
            return mp_const_none;
        }
        us = ascii_digits(s + 20, digits);
        if (us < 0) {
            return mp_const_none;
        }
        for (size_t i = digits; i < 6; i++) {
            us *= 10;
        }
    }
    static const uint8_t at[6] = {0, 5, 8, 11, 14, 17}, width[6] = {4, 2, 2, 2, 2, 2};
    mp_obj_t fields[9];
    for (int i = 0; i < 6; i++) {
        int v = ascii_digits(s + at[i], width[i]);
        if (v < 0) {
            return mp_const_none;
        }
        fields[i] = MP_OBJ_NEW_SMALL_INT(v);
    }
    fields[6] = MP_OBJ_NEW_SMALL_INT(us);
    fields[7] = mp_obj_new_str(s + zone_at, zone_at < n); // '' when there is none
    fields[8] = MP_OBJ_NEW_SMALL_INT(zone_minutes);
    return mp_obj_new_tuple(9, fields);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pywasm_iso_datetime_fields_obj, pywasm_iso_datetime_fields);

// A function of the library that stands for one of CPython's builtin
// functions (hashlib.sha256, operator.add): called as the function it
// wraps, named as it is, but not bound as a method when it is a class
// attribute, as builtin functions are not (itsdangerous and wheel keep
// `digest_method = hashlib.sha256` on a class and call self.digest_method
// (data): a Python function got self as its data).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fun;
} pywasm_builtin_fun_t;

static mp_obj_t builtin_fun_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    pywasm_builtin_fun_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_call_function_n_kw(self->fun, n_args, n_kw, args);
}

static void builtin_fun_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    pywasm_builtin_fun_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<built-in function %q>", mp_obj_fun_get_name(self->fun));
}

static void builtin_fun_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        // __name__, __qualname__, __module__, __doc__: the wrapped function's
        pywasm_builtin_fun_t *self = MP_OBJ_TO_PTR(self_in);
        mp_load_method_maybe(self->fun, attr, dest);
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    pywasm_type_builtin_fun,
    MP_QSTR_builtin_function_or_method,
    MP_TYPE_FLAG_NONE,
    call, builtin_fun_call,
    print, builtin_fun_print,
    attr, builtin_fun_attr
    );

static mp_obj_t builtin_function(mp_obj_t fun) {
    pywasm_builtin_fun_t *o = mp_obj_malloc(pywasm_builtin_fun_t, &pywasm_type_builtin_fun);
    o->fun = fun;
    return MP_OBJ_FROM_PTR(o);
}

// as_builtins(globals(), 'pack unpack'): each named Python function of a
// library module that stands for a C function in CPython (struct.pack,
// zlib.compress, os.stat) becomes a builtin function, so that a class
// keeping one as an attribute calls it unbound, as CPython's would
static mp_obj_t pywasm_as_builtins(mp_obj_t globals_in, mp_obj_t names_in) {
    mp_obj_dict_t *globals = MP_OBJ_TO_PTR(globals_in);
    size_t len;
    const char *names = mp_obj_str_get_data(names_in, &len);
    for (size_t start = 0, end; start < len; start = end + 1) {
        for (end = start; end < len && names[end] != ' '; end++) {
        }
        mp_obj_t name = mp_obj_new_str(names + start, end - start);
        mp_map_elem_t *elem = mp_map_lookup(&globals->map, name, MP_MAP_LOOKUP);
        if (elem == NULL) {
            mp_raise_msg_varg(&mp_type_NameError, MP_ERROR_TEXT("name '%s' is not defined"), mp_obj_str_get_str(name));
        }
        const mp_obj_type_t *type = mp_obj_get_type(elem->value);
        if ((type->flags & MP_TYPE_FLAG_BINDS_SELF) && !(type->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
            elem->value = builtin_function(elem->value);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(pywasm_as_builtins_obj, pywasm_as_builtins);

// where the library beside the module is, for a frozen package whose
// submodules live there (json/__init__.py)
static MP_DEFINE_STR_OBJ(pywasm_library_dir_obj, PYWASM_LIBRARY_DIR);

static const mp_rom_map_elem_t pywasm_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm) },
    { MP_ROM_QSTR(MP_QSTR_host_call), MP_ROM_PTR(&pywasm_host_call_obj) },
    { MP_ROM_QSTR(MP_QSTR_environ), MP_ROM_PTR(&pywasm_environ_obj) },
    { MP_ROM_QSTR(MP_QSTR_strerror), MP_ROM_PTR(&pywasm_strerror_obj) },
    { MP_ROM_QSTR(MP_QSTR_exit_now), MP_ROM_PTR(&pywasm_exit_now_obj) },
    { MP_ROM_QSTR(MP_QSTR_str_case), MP_ROM_PTR(&pywasm_str_case_obj) },
    { MP_ROM_QSTR(MP_QSTR_str_is), MP_ROM_PTR(&pywasm_str_is_obj) },
    { MP_ROM_QSTR(MP_QSTR_format_one_exception), MP_ROM_PTR(&pywasm_format_one_exception_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_file_times), MP_ROM_PTR(&pywasm_set_file_times_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_traceback), MP_ROM_PTR(&pywasm_set_traceback_obj) },
    { MP_ROM_QSTR(MP_QSTR_LIBRARY_DIR), MP_ROM_PTR(&pywasm_library_dir_obj) },
    { MP_ROM_QSTR(MP_QSTR_builtin_module_names), MP_ROM_PTR(&pywasm_builtin_module_names_obj) },
    { MP_ROM_QSTR(MP_QSTR_array_info), MP_ROM_PTR(&pywasm_array_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_count_elements), MP_ROM_PTR(&pywasm_count_elements_obj) },
    { MP_ROM_QSTR(MP_QSTR_iso_datetime_fields), MP_ROM_PTR(&pywasm_iso_datetime_fields_obj) },
    { MP_ROM_QSTR(MP_QSTR_as_builtins), MP_ROM_PTR(&pywasm_as_builtins_obj) },
};
static MP_DEFINE_CONST_DICT(pywasm_module_globals, pywasm_module_globals_table);

const mp_obj_module_t mp_module_pywasm = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&pywasm_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__pywasm, mp_module_pywasm);
