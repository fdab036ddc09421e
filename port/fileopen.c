// open() with CPython's parameters: file, mode, buffering, encoding, errors,
// newline, closefd, opener. MicroPython's open() took the first four, read
// every text file as UTF-8 whatever the encoding said, and refused errors=
// and newline= (so csv's `open(path, newline='')` failed). Patch 0033 makes
// this the builtin open() and io.open().
//
// The common case, UTF-8 text with strict errors (or binary), is
// MicroPython's own file object, as fast as before. Any other encoding or
// error handler opens the file in binary and wraps it in the frozen
// _pywasm_textfile.TextFile, which decodes and encodes with port/codecs.c.
#include <string.h>
#include <sys/stat.h>

#include "py/builtin.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/stream.h"

bool pywasm_codec_is_utf8(mp_obj_t name);
void pywasm_file_set_origin(mp_obj_t file, mp_obj_t name, mp_obj_t mode, bool crlf_to_lf);
NORETURN void pywasm_raise_oserror(int code, mp_obj_t filename);
void pywasm_check_open_fd(mp_obj_t fd);  // modos_wasi.c
void pywasm_file_keep_fd(mp_obj_t file);  // patch 0115

// CPython's mode rules: one of r/w/a/x, at most one '+', and 'b' or 't'.
// Returns whether the mode is binary; *creating is set for 'x'.
static bool check_mode(mp_obj_t mode_in, bool *creating) {
    size_t len;
    const char *mode = mp_obj_str_get_data(mode_in, &len);
    int kinds = 0, binary = 0, text = 0;
    bool bad = false;
    for (size_t i = 0; i < len; i++) {
        char c = mode[i];
        // A letter given twice is invalid, as in CPython.
        if (memchr(mode, c, i) != NULL) {
            bad = true;
        }
        switch (c) {
            case 'r': case 'w': case 'a': case 'x':
                kinds++;
                break;
            case '+':
                break;
            case 'b':
                binary++;
                break;
            case 't':
                text++;
                break;
            default:
                bad = true;
        }
    }
    if (bad) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("invalid mode: '%s'"), mode);
    }
    if (binary && text) {
        mp_raise_ValueError(MP_ERROR_TEXT("can't have text and binary mode at once"));
    }
    // (Two '+' are a repeated letter, refused above.)
    if (kinds == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if (kinds > 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("must have exactly one of create/read/write/append mode"));
    }
    *creating = memchr(mode, 'x', len) != NULL;
    return binary;
}

static bool is_strict(mp_obj_t errors) {
    return errors == mp_const_none || (mp_obj_is_str(errors) && strcmp(mp_obj_str_get_str(errors), "strict") == 0);
}

// The mode MicroPython's file object understands: 'x' opens like 'w' once
// the file is known not to exist; 'b' is added when a wrapper decodes.
static mp_obj_t raw_mode(mp_obj_t mode_in, bool binary) {
    size_t len;
    const char *mode = mp_obj_str_get_data(mode_in, &len);
    vstr_t out;
    vstr_init(&out, len + 1);
    for (size_t i = 0; i < len; i++) {
        if (mode[i] != 't') {
            vstr_add_char(&out, mode[i] == 'x' ? 'w' : mode[i]);
        }
    }
    if (binary && memchr(mode, 'b', len) == NULL) {
        vstr_add_char(&out, 'b');
    }
    return mp_obj_new_str_from_vstr(&out);
}

static mp_obj_t call_open(mp_obj_t file, mp_obj_t mode) {
    mp_obj_t args[2] = { file, mode };
    return mp_vfs_open(2, args, (mp_map_t *)&mp_const_empty_map);
}

// 'x': FileExistsError when the file is there; a name that can be opened
// for reading exists (a directory too: IsADirectoryError says so).
static void check_absent(mp_obj_t file) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t f = call_open(file, MP_OBJ_NEW_QSTR(MP_QSTR_rb));
        nlr_pop();
        mp_stream_close(f);
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_OSError))) {
            mp_obj_t n = mp_load_attr(exc, MP_QSTR_errno);
            if (n == MP_OBJ_NEW_SMALL_INT(MP_ENOENT)) {
                return;
            }
        }
        nlr_jump(nlr.ret_val);
    }
    pywasm_raise_oserror(MP_EEXIST, file);
}

// opener(file, flags) -> fd, with the flags CPython's FileIO passes (Linux's
// numbers, as the os module's O_* are: port/modos_wasi.c), O_CLOEXEC too.
static mp_obj_t call_opener(mp_obj_t opener, mp_obj_t file, mp_obj_t mode_in) {
    const char *mode = mp_obj_str_get_str(mode_in);
    bool plus = strchr(mode, '+') != NULL;
    mp_int_t flags = 02000000;  // O_CLOEXEC
    if (strchr(mode, 'r')) {
        flags |= plus ? 02 : 00;  // O_RDWR, O_RDONLY
    } else {
        flags |= (plus ? 02 : 01) | 0100;  // O_RDWR or O_WRONLY, O_CREAT
        if (strchr(mode, 'w')) {
            flags |= 01000;  // O_TRUNC
        } else if (strchr(mode, 'a')) {
            flags |= 02000;  // O_APPEND
        } else {
            flags |= 0200;  // 'x': O_EXCL
        }
    }
    mp_obj_t call_args[2] = { file, MP_OBJ_NEW_SMALL_INT(flags) };
    mp_obj_t fd = mp_call_function_n_kw(opener, 2, 0, call_args);
    if (!mp_obj_is_small_int(fd)) {
        mp_raise_TypeError(MP_ERROR_TEXT("expected integer from opener"));
    }
    if (MP_OBJ_SMALL_INT_VALUE(fd) < 0) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("opener returned %d"), (int)MP_OBJ_SMALL_INT_VALUE(fd));
    }
    return fd;
}

// os.devnull, when nothing the sandbox can see is there (a host /dev is
// mounted only if asked for)
static bool is_null_device(mp_obj_t file) {
    struct stat st;
    return mp_obj_is_str(file) && strcmp(mp_obj_str_get_str(file), "/dev/null") == 0 && stat("/dev/null", &st) != 0;
}

static mp_obj_t pywasm_open(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_file, ARG_mode, ARG_buffering, ARG_encoding, ARG_errors, ARG_newline, ARG_closefd, ARG_opener };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_file, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_mode, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_r)} },
        { MP_QSTR_buffering, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_encoding, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_errors, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_newline, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_closefd, MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_opener, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    // open(file='x') names it by keyword; none at all is CPython's error
    if (n_args == 0 && mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_file), MP_MAP_LOOKUP) == NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("open() missing required argument 'file' (pos 1)"));
    }
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);

    // A path-like object (pathlib.Path) gives its path.
    mp_obj_t file = args[ARG_file].u_obj;
    mp_obj_t dest[2];
    mp_load_method_maybe(file, MP_QSTR___fspath__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        file = mp_call_method_n_kw(0, 0, dest);
    }
    const mp_obj_type_t *file_type = mp_obj_get_type(file);
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(file_type), MP_OBJ_FROM_PTR(&mp_type_str))
        && !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(file_type), MP_OBJ_FROM_PTR(&mp_type_bytes))
        && !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(file_type), MP_OBJ_FROM_PTR(&mp_type_int))) {
        // open(None): most often a path read from an unset variable
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected str, bytes or os.PathLike object, not %s"),
            qstr_str(file_type->name));
    }
    bool creating;
    bool binary = check_mode(args[ARG_mode].u_obj, &creating);
    mp_obj_t encoding = args[ARG_encoding].u_obj;
    mp_obj_t errors = args[ARG_errors].u_obj;
    mp_obj_t newline = args[ARG_newline].u_obj;
    if (binary && encoding != mp_const_none) {
        mp_raise_ValueError(MP_ERROR_TEXT("binary mode doesn't take an encoding argument"));
    }
    if (binary && errors != mp_const_none) {
        mp_raise_ValueError(MP_ERROR_TEXT("binary mode doesn't take an errors argument"));
    }
    if (binary && newline != mp_const_none) {
        mp_raise_ValueError(MP_ERROR_TEXT("binary mode doesn't take a newline argument"));
    }
    if (newline != mp_const_none) {
        const char *nl = mp_obj_str_get_str(newline);
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 && strcmp(nl, "\r\n") != 0) {
            mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("illegal newline value: %s"), nl);
        }
    }
    if (errors != mp_const_none && !mp_obj_is_str(errors)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("open() argument 'errors' must be str or None, not %s"),
            mp_obj_get_type_str(errors));
    }
    if (!args[ARG_closefd].u_bool && !mp_obj_is_small_int(file)) {
        mp_raise_ValueError(MP_ERROR_TEXT("Cannot use closefd=False with file name"));
    }
    // Unknown encodings fail before the file is touched, as in CPython.
    bool utf8 = encoding == mp_const_none || pywasm_codec_is_utf8(encoding);
    // Only newline='\r' or '\r\n' changes what a write puts in the file.
    bool translates = newline != mp_const_none && mp_obj_str_get_str(newline)[0] == '\r';
    bool wrapped = !binary && (!utf8 || !is_strict(errors) || translates);
    // open(fd) (os.fdopen) wraps a descriptor from os.open or mkstemp:
    // checked now, as CPython does; 'x' and 'w' neither create nor truncate.
    // An opener makes the descriptor from the name (the file keeps the name).
    mp_obj_t target = file;
    if (args[ARG_opener].u_obj == mp_const_none && is_null_device(file)) {
        // the sandbox has no /dev: the library's null file stands in
        mp_obj_t devnull = mp_import_name(qstr_from_str("_pywasm_devnull"), mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        return mp_call_function_2(mp_load_attr(devnull, qstr_from_str("NullFile")), file, args[ARG_mode].u_obj);
    }
    if (args[ARG_opener].u_obj != mp_const_none) {
        target = call_opener(args[ARG_opener].u_obj, file, args[ARG_mode].u_obj);
    } else if (mp_obj_is_str_or_bytes(file) && mp_obj_len(file) == MP_OBJ_NEW_SMALL_INT(0)) {
        // wasi-libc resolves '' to the working directory; Linux finds nothing
        pywasm_raise_oserror(MP_ENOENT, file);
    }
    bool is_fd = mp_obj_is_small_int(target);
    if (is_fd) {
        pywasm_check_open_fd(target);
    } else if (creating) {
        check_absent(file);
    }
    mp_obj_t raw = call_open(target, raw_mode(args[ARG_mode].u_obj, wrapped));
    if (is_fd && !args[ARG_closefd].u_bool) {
        pywasm_file_keep_fd(raw);  // close() leaves the descriptor open
    }
    if (!wrapped) {
        // f.name and f.mode are what was given, as in CPython.
        pywasm_file_set_origin(raw, file, args[ARG_mode].u_obj, !binary && newline == mp_const_none);
        return raw;
    }
    mp_obj_t textfile = mp_import_name(MP_QSTR__pywasm_textfile, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t wrap_args[6] = {
        raw, file, args[ARG_mode].u_obj,
        encoding == mp_const_none ? MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8) : encoding,
        errors == mp_const_none ? MP_OBJ_NEW_QSTR(MP_QSTR_strict) : errors,
        newline,
    };
    return mp_call_function_n_kw(mp_load_attr(textfile, MP_QSTR_TextFile), 6, 0, wrap_args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(pywasm_builtin_open_obj, 0, pywasm_open);
