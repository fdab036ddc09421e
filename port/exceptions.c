// Exceptions as CPython has them, built into the interpreter (no Python code
// runs at boot, so nothing here costs start-up time).
//
// OSError's subclasses: MicroPython raises plain OSError(errno); CPython picks
// a subclass by errno (FileNotFoundError for ENOENT, ...) and words it
// "[Errno 2] No such file or directory: 'x'". Patch 0011 routes
// mp_raise_OSError here, makes OSError(errno, strerror, filename) choose the
// subclass and keep the filename apart from args, and gives every exception
// instance a dict of attributes (filename, and whatever a script sets).
#include <string.h>

#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objexcept.h"
#include "py/runtime.h"
#include "py/unicode.h"

qstr pywasm_errno_message(mp_obj_t errno_val);
void pywasm_print_one_exception(const mp_print_t *print, mp_obj_t exc);
mp_obj_t pywasm_noted_object(mp_obj_t exc);  // suggestions.c

// *FORMAT-OFF*
MP_DEFINE_EXCEPTION(BlockingIOError, OSError)
MP_DEFINE_EXCEPTION(ChildProcessError, OSError)
MP_DEFINE_EXCEPTION(ConnectionError, OSError)
  MP_DEFINE_EXCEPTION(BrokenPipeError, ConnectionError)
  MP_DEFINE_EXCEPTION(ConnectionAbortedError, ConnectionError)
  MP_DEFINE_EXCEPTION(ConnectionRefusedError, ConnectionError)
  MP_DEFINE_EXCEPTION(ConnectionResetError, ConnectionError)
MP_DEFINE_EXCEPTION(FileExistsError, OSError)
MP_DEFINE_EXCEPTION(FileNotFoundError, OSError)
MP_DEFINE_EXCEPTION(InterruptedError, OSError)
MP_DEFINE_EXCEPTION(IsADirectoryError, OSError)
MP_DEFINE_EXCEPTION(NotADirectoryError, OSError)
MP_DEFINE_EXCEPTION(PermissionError, OSError)
MP_DEFINE_EXCEPTION(ProcessLookupError, OSError)
MP_DEFINE_EXCEPTION(TimeoutError, OSError)
// The rest of CPython's builtin exceptions that MicroPython lacks, built in
// so that `except ModuleNotFoundError:` or `warnings.warn(..., UserWarning)`
// work in any script (they were defined by the frozen _pywasm_compat, which
// plain scripts do not import).
MP_DEFINE_EXCEPTION(ModuleNotFoundError, ImportError)
MP_DEFINE_EXCEPTION(UnboundLocalError, NameError)
MP_DEFINE_EXCEPTION(SystemError, Exception)
MP_DEFINE_EXCEPTION(ReferenceError, Exception)
MP_DEFINE_EXCEPTION(TabError, IndentationError)
MP_DEFINE_EXCEPTION(UnicodeTranslateError, UnicodeError)
MP_DEFINE_EXCEPTION(FloatingPointError, ArithmeticError)
MP_DEFINE_EXCEPTION(BufferError, Exception)
MP_DEFINE_EXCEPTION(Warning, Exception)
  MP_DEFINE_EXCEPTION(UserWarning, Warning)
  MP_DEFINE_EXCEPTION(DeprecationWarning, Warning)
  MP_DEFINE_EXCEPTION(PendingDeprecationWarning, Warning)
  MP_DEFINE_EXCEPTION(RuntimeWarning, Warning)
  MP_DEFINE_EXCEPTION(SyntaxWarning, Warning)
  MP_DEFINE_EXCEPTION(FutureWarning, Warning)
  MP_DEFINE_EXCEPTION(ImportWarning, Warning)
  MP_DEFINE_EXCEPTION(UnicodeWarning, Warning)
  MP_DEFINE_EXCEPTION(BytesWarning, Warning)
  MP_DEFINE_EXCEPTION(ResourceWarning, Warning)
  MP_DEFINE_EXCEPTION(EncodingWarning, Warning)
// *FORMAT-ON*

// errno (Linux numbering, as the port reports it) -> subclass, as CPython's
// Objects/exceptions.c maps them.
static const struct { uint8_t code; const mp_obj_type_t *type; } oserror_types[] = {
    { MP_EPERM, &mp_type_PermissionError },
    { MP_ENOENT, &mp_type_FileNotFoundError },
    { 3, &mp_type_ProcessLookupError },             // ESRCH
    { 4, &mp_type_InterruptedError },               // EINTR
    { 10, &mp_type_ChildProcessError },             // ECHILD
    { MP_EAGAIN, &mp_type_BlockingIOError },
    { MP_EACCES, &mp_type_PermissionError },
    { MP_EEXIST, &mp_type_FileExistsError },
    { MP_ENOTDIR, &mp_type_NotADirectoryError },
    { MP_EISDIR, &mp_type_IsADirectoryError },
    { 32, &mp_type_BrokenPipeError },               // EPIPE
    { MP_ECONNABORTED, &mp_type_ConnectionAbortedError },
    { MP_ECONNRESET, &mp_type_ConnectionResetError },
    { 108, &mp_type_BrokenPipeError },              // ESHUTDOWN
    { MP_ETIMEDOUT, &mp_type_TimeoutError },
    { MP_ECONNREFUSED, &mp_type_ConnectionRefusedError },
    { MP_EALREADY, &mp_type_BlockingIOError },
    { MP_EINPROGRESS, &mp_type_BlockingIOError },
};

static bool is_oserror(const mp_obj_type_t *type) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_OSError));
}

// The type OSError(*args) creates: the errno's subclass for OSError itself
// given at least (errno, strerror), as CPython does; any other type as is.
const mp_obj_type_t *pywasm_oserror_type(const mp_obj_type_t *type, size_t n_args, const mp_obj_t *args) {
    if (type != &mp_type_OSError || n_args < 2 || !mp_obj_is_small_int(args[0])) {
        return type;
    }
    mp_int_t code = MP_OBJ_SMALL_INT_VALUE(args[0]);
    for (size_t i = 0; i < MP_ARRAY_SIZE(oserror_types); i++) {
        if (oserror_types[i].code == code) {
            return oserror_types[i].type;
        }
    }
    return type;
}

static mp_obj_t attr_get(mp_obj_exception_t *self, qstr attr) {
    if (self->attrs == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(self->attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

// Returns false if there is no memory for it (heap locked while raising).
static bool attr_set(mp_obj_exception_t *self, qstr attr, mp_obj_t value) {
    if (self->attrs == MP_OBJ_NULL) {
        if (gc_is_locked()) {
            return false;
        }
        self->attrs = mp_obj_new_dict(1);
    }
    mp_obj_dict_store(self->attrs, MP_OBJ_NEW_QSTR(attr), value);
    return true;
}

// OSError(errno, strerror, filename[, winerror[, filename2]]): CPython keeps
// args to (errno, strerror) and the file names as attributes.
void pywasm_oserror_init(mp_obj_exception_t *self, size_t n_args, const mp_obj_t *args) {
    if (n_args < 3 || n_args > 5 || !is_oserror(self->base.type) || self->args->len != n_args) {
        return;
    }
    bool ok = args[2] == mp_const_none || attr_set(self, MP_QSTR_filename, args[2]);
    if (ok && n_args == 5 && args[4] != mp_const_none) {
        attr_set(self, MP_QSTR_filename2, args[4]);
    }
    self->args->len = 2;
}

// Keyword arguments (patch 0223): CPython's ImportError takes name= and
// path=, AttributeError name= and obj=, NameError name=; the attributes read
// them (import_error_attr, name_attr). Every other exception takes none.
// Errors name the class called, or the one of the three it derives from, as
// CPython's messages do.
static const struct { const mp_obj_type_t *base; qstr second; } keyword_takers[] = {
    { &mp_type_ImportError, MP_QSTR_path },
    { &mp_type_AttributeError, MP_QSTR_obj },
    { &mp_type_NameError, MP_QSTRnull },
};

// The entry of keyword_takers that `type` derives from; raises the
// TypeError naming `name` when it is none of them.
static size_t keyword_taker(const mp_obj_type_t *type, qstr name) {
    for (size_t t = 0; t < MP_ARRAY_SIZE(keyword_takers); t++) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(keyword_takers[t].base))) {
            return t;
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() takes no keyword arguments"), name);
}

// (patch 0355) A class over exception `base` called with keywords and
// without an __init__ of its own: the error names the class.
void pywasm_exception_takes_keywords(const mp_obj_type_t *base, qstr name) {
    keyword_taker(base, name);
}

void pywasm_exception_keywords(mp_obj_exception_t *self, const mp_obj_type_t *called, size_t n_kw, const mp_obj_t *kw) {
    if (n_kw == 0) {
        return;
    }
    size_t t = keyword_taker(called, called->name);
    for (size_t i = 0; i < n_kw; i++) {
        qstr key = mp_obj_str_get_qstr(kw[2 * i]);
        if (key != MP_QSTR_name && key != keyword_takers[t].second) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%q' is an invalid keyword argument for %q()"),
                key, keyword_takers[t].base->name);
        }
        attr_set(self, key, kw[2 * i + 1]);
    }
}

NORETURN void pywasm_raise_oserror(int code, mp_obj_t filename) {
    mp_obj_t args[3] = { MP_OBJ_NEW_SMALL_INT(code), MP_OBJ_NULL, filename };
    qstr text = pywasm_errno_message(args[0]);
    if (text == MP_QSTRnull) {
        // An errno with no words: MicroPython's own OSError(errno).
        nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 1, args));
    }
    args[1] = MP_OBJ_NEW_QSTR(text);
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, filename == MP_OBJ_NULL ? 2 : 3, args));
}

// Gives an OSError raised about a path its filename(s), unless it has one.
mp_obj_t pywasm_oserror_with_filename(mp_obj_t exc, mp_obj_t filename, mp_obj_t filename2) {
    if (!mp_obj_is_exception_instance(exc) || !is_oserror(mp_obj_get_type(exc))) {
        return exc;
    }
    mp_obj_exception_t *self = mp_obj_exception_native(exc);
    if (self->args->len != 2 || attr_get(self, MP_QSTR_filename) != MP_OBJ_NULL) {
        return exc;
    }
    if (attr_set(self, MP_QSTR_filename, filename) && filename2 != MP_OBJ_NULL) {
        attr_set(self, MP_QSTR_filename2, filename2);
    }
    return exc;
}

// str() of an OSError(errno, strerror): "[Errno 2] No such file or directory",
// then ": 'name'" and " -> 'other'" for its file names, as CPython prints.
bool pywasm_oserror_print(const mp_print_t *print, mp_obj_exception_t *self) {
    if (self->args->len != 2 || !mp_obj_is_small_int(self->args->items[0]) || !is_oserror(self->base.type)) {
        return false;
    }
    mp_printf(print, "[Errno " INT_FMT "] ", MP_OBJ_SMALL_INT_VALUE(self->args->items[0]));
    mp_obj_print_helper(print, self->args->items[1], PRINT_STR);
    mp_obj_t name = attr_get(self, MP_QSTR_filename);
    if (name != MP_OBJ_NULL && name != mp_const_none) {
        mp_print_str(print, ": ");
        mp_obj_print_helper(print, name, PRINT_REPR);
        mp_obj_t name2 = attr_get(self, MP_QSTR_filename2);
        if (name2 != MP_OBJ_NULL && name2 != mp_const_none) {
            mp_print_str(print, " -> ");
            mp_obj_print_helper(print, name2, PRINT_REPR);
        }
    }
    return true;
}

// The details tuple of a SyntaxError made as CPython makes them
// (SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
// end_offset)): the parser's since patch 0215, or a script's), else
// MP_OBJ_NULL. Its str(), its attributes and the printer (traceback.c)
// read it.
mp_obj_t pywasm_syntax_error_details(mp_obj_exception_t *self) {
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_SyntaxError))
        || self->args->len != 2 || !mp_obj_is_type(self->args->items[1], &mp_type_tuple)) {
        return MP_OBJ_NULL;
    }
    return self->args->items[1];
}

// Where a SyntaxError is: its details tuple's file and line, else those of
// the entry the parser or the compiler gave it (the first, with no function
// name: patches 0215, 0312). False for one made without either.
bool pywasm_syntax_error_place(mp_obj_exception_t *self, mp_obj_t *file, mp_obj_t *line) {
    *file = *line = MP_OBJ_NULL;
    mp_obj_t details_obj = pywasm_syntax_error_details(self);
    if (details_obj != MP_OBJ_NULL) {
        mp_obj_tuple_t *details = MP_OBJ_TO_PTR(details_obj);
        *file = details->len > 0 && mp_obj_is_str(details->items[0]) ? details->items[0] : MP_OBJ_NULL;
        *line = details->len > 1 && mp_obj_is_small_int(details->items[1]) ? details->items[1] : MP_OBJ_NULL;
        return true;
    }
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_SyntaxError))
        && self->traceback_data != NULL && self->traceback_len >= 3 && self->traceback_data[2] == MP_QSTRnull) {
        *file = MP_OBJ_NEW_QSTR(self->traceback_data[0]);
        *line = MP_OBJ_NEW_SMALL_INT(self->traceback_data[1]);
        return true;
    }
    return false;
}

// str() of a placed SyntaxError: "msg (file.py, line 3)", the file's last
// path component only, as CPython prints it.
bool pywasm_syntax_error_print(const mp_print_t *print, mp_obj_exception_t *self) {
    mp_obj_t file, line;
    if (!pywasm_syntax_error_place(self, &file, &line) || self->args->len == 0) {
        return false;
    }
    mp_obj_print_helper(print, self->args->items[0], PRINT_STR);
    if (file != MP_OBJ_NULL || line != MP_OBJ_NULL) {
        mp_print_str(print, " (");
        if (file != MP_OBJ_NULL) {
            const char *name = mp_obj_str_get_str(file);
            const char *slash = strrchr(name, '/');
            mp_print_str(print, slash != NULL ? slash + 1 : name);
            mp_print_str(print, line != MP_OBJ_NULL ? ", " : "");
        }
        if (line != MP_OBJ_NULL) {
            mp_printf(print, "line " INT_FMT, MP_OBJ_SMALL_INT_VALUE(line));
        }
        mp_print_str(print, ")");
    }
    return true;
}

// UnicodeEncodeError and UnicodeDecodeError are made of (encoding, object,
// start, end, reason), as in CPython; the attributes read them, unless a
// script set one (a codec error handler may move start or end).
static const qstr unicode_error_fields[] = {
    MP_QSTR_encoding, MP_QSTR_object, MP_QSTR_start, MP_QSTR_end, MP_QSTR_reason
};

static bool is_unicode_error(mp_obj_exception_t *self) {
    return self->args->len == 5
           && (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_UnicodeEncodeError))
               || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_UnicodeDecodeError)));
}

static mp_obj_t unicode_error_field(mp_obj_exception_t *self, size_t i) {
    mp_obj_t set = attr_get(self, unicode_error_fields[i]);
    return set != MP_OBJ_NULL ? set : self->args->items[i];
}

// str() of either: CPython's message, naming the one character or byte at
// fault ("can't encode character '\xe9' in position 0: ..."), else the
// range of positions. False, for the plain printer, when the parts are not
// of the kinds CPython requires.
bool pywasm_unicode_error_print(const mp_print_t *print, mp_obj_exception_t *self) {
    if (!is_unicode_error(self)) {
        return false;
    }
    bool decoding = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_UnicodeDecodeError));
    mp_obj_t encoding = unicode_error_field(self, 0), object = unicode_error_field(self, 1);
    mp_obj_t start_obj = unicode_error_field(self, 2), end_obj = unicode_error_field(self, 3);
    mp_obj_t reason = unicode_error_field(self, 4);
    mp_buffer_info_t data;
    if (!mp_obj_is_str(encoding) || !mp_obj_is_str(reason) || !mp_obj_is_small_int(start_obj) || !mp_obj_is_small_int(end_obj)
        || (decoding ? !mp_get_buffer(object, &data, MP_BUFFER_READ) : !mp_obj_is_str(object))) {
        return false;
    }
    mp_int_t start = MP_OBJ_SMALL_INT_VALUE(start_obj), end = MP_OBJ_SMALL_INT_VALUE(end_obj);
    size_t text_len = 0;
    const byte *text = decoding ? NULL : (const byte *)mp_obj_str_get_data(object, &text_len);
    mp_printf(print, "'%s' codec can't %s ", mp_obj_str_get_str(encoding), decoding ? "decode" : "encode");
    bool one = start >= 0 && end == start + 1;
    if (decoding && one && (size_t)start < data.len) {
        mp_printf(print, "byte 0x%02x in position %d: ", ((const byte *)data.buf)[start], (int)start);
    } else if (!decoding && one && (size_t)start < utf8_charlen(text, text_len)) {
        const byte *s = text;
        for (mp_int_t i = 0; i < start; i++) {
            s = utf8_next_char(s);
        }
        unichar c = utf8_get_char(s);
        mp_printf(print, c < 0x100 ? "character '\\x%02x'" : c < 0x10000 ? "character '\\u%04x'" : "character '\\U%08x'", c);
        mp_printf(print, " in position %d: ", (int)start);
    } else {
        mp_printf(print, "%s in position %d-%d: ", decoding ? "bytes" : "characters", (int)start, (int)(end - 1));
    }
    mp_obj_print_helper(print, reason, PRINT_STR);
    return true;
}

// Attributes of exception instances beyond MicroPython's args/value/errno:
// __cause__/__context__/__suppress_context__, SystemExit's code, OSError's
// strerror/filename/filename2, and any attribute a script sets
// (CPython allows e.note = ..., and libraries rely on it). Returns false to
// leave the attribute to MicroPython's own code (args, errno, __traceback__).
static bool chain_attr(mp_obj_exception_t *self, qstr attr, mp_obj_t *dest);
static bool suppress_context(mp_obj_exception_t *self);

// SyntaxError's msg, filename, lineno, offset, text, end_lineno and
// end_offset: from the details tuple CPython's constructor takes
// (SyntaxError(msg, (filename, lineno, offset, text, ...))), else file and
// line from where the compiler raised it, the first traceback entry (the
// compiler's has no function name), else None.
static bool syntax_error_attr(mp_obj_exception_t *self, qstr attr, mp_obj_t *dest) {
    static const qstr fields[] = {
        MP_QSTR_filename, MP_QSTR_lineno, MP_QSTR_offset, MP_QSTR_text, MP_QSTR_end_lineno, MP_QSTR_end_offset,
    };
    size_t field = 0;
    while (field < MP_ARRAY_SIZE(fields) && fields[field] != attr) {
        field++;
    }
    if (attr != MP_QSTR_msg && field == MP_ARRAY_SIZE(fields)) {
        return false;
    }
    // through e.args, which expands a compressed message first
    mp_obj_tuple_t *args = MP_OBJ_TO_PTR(mp_load_attr(MP_OBJ_FROM_PTR(self), MP_QSTR_args));
    if (attr == MP_QSTR_msg) {
        dest[0] = args->len > 0 ? args->items[0] : mp_const_none;
        return true;
    }
    dest[0] = mp_const_none;
    mp_obj_t details_obj = pywasm_syntax_error_details(self);
    if (details_obj != MP_OBJ_NULL) {
        mp_obj_tuple_t *details = MP_OBJ_TO_PTR(details_obj);
        if (field < details->len) {
            dest[0] = details->items[field];
        }
    } else if (field < 2) {
        mp_obj_t place[2];  // file and line of the parser's or compiler's entry
        if (pywasm_syntax_error_place(self, &place[0], &place[1])) {
            dest[0] = place[field];
        }
    }
    return true;
}

// ImportError's msg, name and path. The import system raises it with
// CPython's texts only ("No module named 'x'", "cannot import name 'y'
// from 'x' (...)"), so the module's name is the first quoted one, or the
// second after "cannot import name": what a script's `e.name == 'yaml'`
// reads. path is None (there are no module files to name).
static bool import_error_attr(mp_obj_exception_t *self, qstr attr, mp_obj_t *dest) {
    if (attr != MP_QSTR_msg && attr != MP_QSTR_name && attr != MP_QSTR_path) {
        return false;
    }
    mp_obj_tuple_t *args = MP_OBJ_TO_PTR(mp_load_attr(MP_OBJ_FROM_PTR(self), MP_QSTR_args));
    dest[0] = mp_const_none;
    if (attr == MP_QSTR_msg) {
        if (args->len == 1) {
            dest[0] = args->items[0];
        }
        return true;
    }
    if (attr == MP_QSTR_path || args->len != 1 || !mp_obj_is_str(args->items[0])) {
        return true;
    }
    size_t len;
    const char *text = mp_obj_str_get_data(args->items[0], &len);
    static const char *const forms[] = { "No module named '", "import of ", "cannot import name '" };
    for (size_t i = 0; i < MP_ARRAY_SIZE(forms); i++) {
        size_t n = strlen(forms[i]);
        if (len <= n || strncmp(text, forms[i], n) != 0) {
            continue;
        }
        const char *start = text + n, *end = text + len;
        if (i == 2) {  // cannot import name 'y' from 'x'
            const char *from = strstr(start, "' from '");
            if (from == NULL) {
                return true;
            }
            start = from + 8;
        }
        const char *stop = start;
        while (stop < end && *stop != (i == 1 ? ' ' : '\'')) {
            stop++;
        }
        dest[0] = mp_obj_new_str(start, stop - start);
        return true;
    }
    return true;
}

// NameError's and AttributeError's name (3.10): the name that was not
// found, from the message ("name 'x' is not defined", "cannot access free
// variable 'x' ...", "... has no attribute 'x'"), or None. AttributeError's
// obj is the object, known while this is the error the last failed lookup
// raised (port/suggestions.c), else None. Keywords given to the
// constructor are attributes of their own, read before these.
static bool name_attr(mp_obj_exception_t *self, bool attribute_error, qstr attr, mp_obj_t *dest) {
    if (attr != MP_QSTR_name && (attr != MP_QSTR_obj || !attribute_error)) {
        return false;
    }
    dest[0] = mp_const_none;
    if (attr == MP_QSTR_obj) {
        mp_obj_t obj = pywasm_noted_object(MP_OBJ_FROM_PTR(self));
        dest[0] = obj == MP_OBJ_NULL ? mp_const_none : obj;
        return true;
    }
    mp_obj_tuple_t *args = MP_OBJ_TO_PTR(mp_load_attr(MP_OBJ_FROM_PTR(self), MP_QSTR_args));
    if (args->len != 1 || !mp_obj_is_str(args->items[0])) {
        return true;
    }
    size_t len;
    const char *text = mp_obj_str_get_data(args->items[0], &len);
    const char *end = text + len, *start = NULL;
    if (attribute_error) {
        const char *at = strstr(text, "has no attribute '");
        start = at == NULL ? NULL : at + 18;
    } else {
        static const char *const forms[] = { "name '", "cannot access free variable '" };
        for (size_t i = 0; i < MP_ARRAY_SIZE(forms) && start == NULL; i++) {
            size_t n = strlen(forms[i]);
            start = len > n && strncmp(text, forms[i], n) == 0 ? text + n : NULL;
        }
    }
    const char *stop = start == NULL ? NULL : memchr(start, '\'', end - start);
    if (stop != NULL) {
        dest[0] = mp_obj_new_str(start, stop - start);
    }
    return true;
}

// e.add_note(note) (3.11): appends to e.__notes__, a list made on the first
// note; tracebacks print each after the exception's line (traceback.c).
static mp_obj_t add_note(mp_obj_t self_in, mp_obj_t note) {
    if (!mp_obj_is_str(note)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("note must be a str, not '%s'"), mp_obj_get_type_str(note));
    }
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t notes = attr_get(self, MP_QSTR___notes__);
    if (notes == MP_OBJ_NULL) {
        notes = mp_obj_new_list(0, NULL);
        attr_set(self, MP_QSTR___notes__, notes);
    } else if (!mp_obj_is_type(notes, &mp_type_list)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot add note: __notes__ is not a list"));
    }
    mp_obj_list_append(notes, note);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(add_note_obj, add_note);

// ---- e.__traceback__, e.with_traceback(tb) ------------------------------------
//
// The interpreter keeps (file, line, function) entries per exception, not
// frames. Reading __traceback__ hands them, outermost first, to the
// library's _pywasm_traceback.chain, which builds CPython's linked traceback
// objects; assigning one (or with_traceback) turns its chain back into
// entries. Without the library (a host that mounts none) it is None.

static mp_obj_t traceback_module(void) {
    return mp_import_name(MP_QSTR__pywasm_traceback, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
}

static mp_obj_t traceback_of(mp_obj_exception_t *self) {
    size_t n, *values;
    mp_obj_exception_get_traceback(MP_OBJ_FROM_PTR(self), &n, &values);
    mp_obj_t entries = mp_obj_new_list(0, NULL);
    size_t frames = 0;
    for (size_t i = n; i >= 3; i -= 3) {
        if (values[i - 1] == MP_QSTRnull) {
            continue;  // a SyntaxError's place in the source, not a frame
        }
        mp_obj_t entry[3] = {
            MP_OBJ_NEW_QSTR(values[i - 3]), MP_OBJ_NEW_SMALL_INT(values[i - 2]), MP_OBJ_NEW_QSTR(values[i - 1])
        };
        mp_obj_list_append(entries, mp_obj_new_tuple(3, entry));
        frames++;
    }
    if (frames == 0) {
        return mp_const_none;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t tb = mp_call_function_1(mp_load_attr(traceback_module(), MP_QSTR_chain), entries);
        nlr_pop();
        return tb;
    }
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type), MP_OBJ_FROM_PTR(&mp_type_ImportError))) {
        nlr_jump(nlr.ret_val);
    }
    return mp_const_none;
}

static void set_traceback_from(mp_obj_exception_t *self, mp_obj_t tb) {
    if (tb == mp_const_none) {
        self->traceback_len = 0;
        return;
    }
    mp_obj_t entries = mp_call_function_1(mp_load_attr(traceback_module(), MP_QSTR_entries), tb);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(entries, &n, &items);
    mp_obj_exception_clear_traceback(MP_OBJ_FROM_PTR(self));
    while (n-- > 0) {  // innermost first, as the interpreter adds them
        mp_obj_t *entry;
        mp_obj_tuple_get(items[n], NULL, &entry);
        mp_obj_exception_add_traceback(MP_OBJ_FROM_PTR(self), mp_obj_str_get_qstr(entry[0]),
            mp_obj_get_int(entry[1]), mp_obj_str_get_qstr(entry[2]));
    }
}

// Returns the exception itself: an instance of a class derived from an
// exception type is bound as itself (patch 0323), not as its native part.
static mp_obj_t with_traceback(mp_obj_t self_in, mp_obj_t tb) {
    set_traceback_from(mp_obj_exception_native(self_in), tb);
    return self_in;
}
MP_DEFINE_CONST_FUN_OBJ_2(pywasm_exception_with_traceback_obj, with_traceback);

bool pywasm_exception_attr(mp_obj_exception_t *self, qstr attr, mp_obj_t *dest) {
    if (chain_attr(self, attr, dest)) {
        return true;
    }
    if (attr == MP_QSTR___traceback__) {
        if (dest[0] == MP_OBJ_NULL) {
            dest[0] = traceback_of(self);
        } else if (dest[1] != MP_OBJ_NULL) {
            set_traceback_from(self, dest[1]);
            dest[0] = MP_OBJ_NULL;
        }
        return true;
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_with_traceback) {
        dest[0] = MP_OBJ_FROM_PTR(&pywasm_exception_with_traceback_obj);
        dest[1] = MP_OBJ_FROM_PTR(self);
        return true;
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_add_note) {
        dest[0] = MP_OBJ_FROM_PTR(&add_note_obj);
        dest[1] = MP_OBJ_FROM_PTR(self);
        return true;
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___dict__ && !gc_is_locked()) {
        // the attributes set on it, a live dict as CPython's (pydantic v1
        // reads a ValueError's as its error context); OSError's file names
        // and ImportError's name and path are kept there too
        if (self->attrs == MP_OBJ_NULL) {
            self->attrs = mp_obj_new_dict(0);
        }
        dest[0] = self->attrs;
        return true;
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___suppress_context__ && attr_get(self, attr) == MP_OBJ_NULL) {
        dest[0] = mp_obj_new_bool(suppress_context(self));
        return true;
    }
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_t value = attr_get(self, attr);
        if (value != MP_OBJ_NULL) {
            dest[0] = value;
            return true;
        }
        if (attr == MP_QSTR_code
            && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
            // SystemExit.code: None, the one argument, or the arguments
            size_t n = self->args->len;
            dest[0] = n == 0 ? mp_const_none : n == 1 ? self->args->items[0] : MP_OBJ_FROM_PTR(self->args);
            return true;
        }
        if (is_oserror(self->base.type)) {
            if (attr == MP_QSTR_strerror) {
                dest[0] = self->args->len == 2 ? self->args->items[1] : mp_const_none;
                return true;
            }
            if (attr == MP_QSTR_filename || attr == MP_QSTR_filename2) {
                dest[0] = mp_const_none;
                return true;
            }
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_SyntaxError))) {
            return syntax_error_attr(self, attr, dest);
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_ImportError))) {
            return import_error_attr(self, attr, dest);
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_NameError))) {
            return name_attr(self, false, attr, dest);
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self->base.type), MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
            return name_attr(self, true, attr, dest);
        }
        if (is_unicode_error(self)) {
            for (size_t i = 0; i < MP_ARRAY_SIZE(unicode_error_fields); i++) {
                if (attr == unicode_error_fields[i]) {
                    dest[0] = self->args->items[i];
                    return true;
                }
            }
        }
        if (attr == MP_QSTR_errno && !is_oserror(self->base.type)) {
            // MicroPython gives every exception an errno (its first argument);
            // CPython only OSError: getattr(e, 'errno', None) is None here
            return true;
        }
        return false;
    }
    if (attr == MP_QSTR_args) {
        return false;
    }
    if (dest[1] == MP_OBJ_NULL) {
        // del e.name
        if (self->attrs != MP_OBJ_NULL
            && mp_map_lookup(mp_obj_dict_get_map(self->attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MP_OBJ_NULL;
        }
        return true;
    }
    if (attr_set(self, attr, dest[1])) {
        dest[0] = MP_OBJ_NULL;
    }
    return true;
}

// ---- chaining: __cause__, __context__ (patch 0013) ----------------------------
//
// raise X from Y sets X.__cause__ (the VM calls pywasm_exception_set_cause);
// an exception raised while another is handled gets it as __context__ (the
// VM's exception handler calls pywasm_exception_set_context). Only exceptions
// on the heap are written to: GeneratorExit's shared instance is read-only.

static mp_obj_exception_t *writable(mp_obj_t exc) {
    if (!mp_obj_is_exception_instance(exc)) {
        return NULL;
    }
    mp_obj_exception_t *self = mp_obj_exception_native(exc);
    if (!mp_obj_is_native_exception_instance(MP_OBJ_FROM_PTR(self)) || gc_nbytes(self) == 0) {
        return NULL;
    }
    return self;
}

void pywasm_exception_set_cause(mp_obj_t exc, mp_obj_t cause) {
    if (cause != mp_const_none) {
        if (mp_obj_is_type(cause, &mp_type_type)) {
            cause = mp_make_raise_obj(cause);  // raise X from KeyError: an instance
        }
        if (!mp_obj_is_exception_instance(cause)) {
            mp_raise_TypeError(MP_ERROR_TEXT("exception causes must derive from BaseException"));
        }
    }
    mp_obj_exception_t *self = writable(exc);
    if (self != NULL) {
        self->cause = cause;
    }
}

void pywasm_exception_set_context(mp_obj_t exc, mp_obj_t context) {
    mp_obj_exception_t *self = writable(exc);
    if (self == NULL || exc == context || self->context != MP_OBJ_NULL) {
        return;
    }
    // As CPython: if exc is already in context's chain, cut the chain there
    // rather than make a cycle.
    mp_obj_t o = context;
    for (int depth = 0; depth < 100; depth++) {
        mp_obj_exception_t *c = writable(o);
        if (c == NULL || c->context == MP_OBJ_NULL) {
            break;
        }
        if (c->context == exc) {
            c->context = MP_OBJ_NULL;
            break;
        }
        o = c->context;
    }
    self->context = context;
}

static bool suppress_context(mp_obj_exception_t *self) {
    mp_obj_t v = attr_get(self, MP_QSTR___suppress_context__);
    return v != MP_OBJ_NULL ? mp_obj_is_true(v) : self->cause != MP_OBJ_NULL;
}

static bool chain_attr(mp_obj_exception_t *self, qstr attr, mp_obj_t *dest) {
    if (attr != MP_QSTR___cause__ && attr != MP_QSTR___context__) {
        return false;
    }
    mp_obj_t *field = attr == MP_QSTR___cause__ ? &self->cause : &self->context;
    if (dest[0] == MP_OBJ_NULL) {
        dest[0] = *field == MP_OBJ_NULL ? mp_const_none : *field;
        return true;
    }
    mp_obj_t value = dest[1] == MP_OBJ_NULL ? mp_const_none : dest[1];
    if (value != mp_const_none && !mp_obj_is_exception_instance(value)) {
        mp_raise_TypeError(attr == MP_QSTR___cause__
            ? MP_ERROR_TEXT("exception cause must be None or derive from BaseException")
            : MP_ERROR_TEXT("exception context must be None or derive from BaseException"));
    }
    if (gc_nbytes(self) != 0) {
        // e.__cause__ = x also suppresses the context, as in CPython
        *field = attr == MP_QSTR___context__ && value == mp_const_none ? MP_OBJ_NULL : value;
        dest[0] = MP_OBJ_NULL;
    }
    return true;
}

// The exception printed before exc, its cause or (unless suppressed) its
// context; MP_OBJ_NULL when there is none. *cause tells which.
static mp_obj_t chain_next(mp_obj_t exc, bool *cause) {
    mp_obj_exception_t *self = mp_obj_is_exception_instance(exc) ? mp_obj_exception_native(exc) : NULL;
    if (self == NULL || !mp_obj_is_native_exception_instance(MP_OBJ_FROM_PTR(self))) {
        return MP_OBJ_NULL;
    }
    *cause = self->cause != MP_OBJ_NULL && self->cause != mp_const_none;
    if (*cause) {
        return self->cause;
    }
    return self->context != MP_OBJ_NULL && !suppress_context(self) ? self->context : MP_OBJ_NULL;
}

// The traceback of exc preceded by those of its cause or context, joined by
// CPython's words.
static void print_chain(const mp_print_t *print, mp_obj_t exc, int depth) {
    bool cause;
    mp_obj_t before = depth < 32 ? chain_next(exc, &cause) : MP_OBJ_NULL;
    if (before != MP_OBJ_NULL) {
        print_chain(print, before, depth + 1);
        mp_print_str(print, cause
            ? "\nThe above exception was the direct cause of the following exception:\n\n"
            : "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    pywasm_print_one_exception(print, exc);  // traceback.c
}

// An exception group (PEP 654) in exc's chain is drawn as CPython draws it,
// a tree of its exceptions, by _pywasm_exceptiongroup.format_exception. No
// group exists unless that module was imported, so other exceptions never
// run Python here. The formatter, or MP_OBJ_NULL.
static mp_obj_t group_formatter(mp_obj_t exc) {
    mp_map_elem_t *module = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
        MP_OBJ_NEW_QSTR(MP_QSTR__pywasm_exceptiongroup), MP_MAP_LOOKUP);
    if (module == NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t group = mp_load_attr(module->value, MP_QSTR_BaseExceptionGroup);
    bool cause;
    for (int depth = 0; depth < 32 && exc != MP_OBJ_NULL; depth++, exc = chain_next(exc, &cause)) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), group)) {
            return mp_load_attr(module->value, MP_QSTR_format_exception);
        }
    }
    return MP_OBJ_NULL;
}

// Replaces mp_obj_print_exception for uncaught exceptions, the REPL and
// sys.print_exception (Makefile, main.c). Should drawing a group fail (no
// memory left), the chain is printed without the tree.
void pywasm_print_exception(const mp_print_t *print, mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t format = group_formatter(exc);
        if (format != MP_OBJ_NULL) {
            size_t len;
            const char *text = mp_obj_str_get_data(mp_call_function_1(format, exc), &len);
            mp_print_strn(print, text, len, 0, ' ', 0);
            nlr_pop();
            return;
        }
        nlr_pop();
    }
    print_chain(print, exc, 0);
}
