// One exception's traceback in CPython's format, for uncaught exceptions, the
// REPL and sys.print_exception (exceptions.c prints the chain of causes and
// contexts and calls this for each link). Beyond MicroPython's own printer:
// - each frame's source line under it, stripped, as CPython prints it, when
//   the file can be read (a script or module on a mount; never frozen code,
//   whose source is not shipped, nor "<stdin>" or "<string>");
// - the last line is "Type: str(exc)", so a class's own __str__ is used (the
//   message is all most custom exceptions have), "Type" alone when that is
//   empty, and a class defined in a module other than __main__ is named with
//   its module, as CPython names it ("mymod.Error: ...");
// - more than three identical frames in a row (deep recursion) are folded
//   into "[Previous line repeated N more times]", as CPython folds them.
// Nothing here allocates on MicroPython's heap except what a class's own
// __str__ does, so a MemoryError still prints.
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "py/nlr.h"
#include "py/objexcept.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/objmodule.h"
#include "py/unicode.h"

#if MICROPY_MODULE_FROZEN
extern const char mp_frozen_names[];
#endif

static bool is_frozen(const char *name) {
    #if MICROPY_MODULE_FROZEN  // not in the bare build bench/ measures
    for (const char *entry = mp_frozen_names; *entry != '\0'; entry += strlen(entry) + 1) {
        if (strcmp(entry, name) == 0) {
            return true;
        }
    }
    #endif
    (void)name;
    return false;
}

// Line `line` (from 1) of `name`, without its leading and trailing
// whitespace, indented by four spaces. Read in chunks and streamed: a
// whitespace run is held back until something follows it on the line.
static void print_source_line(const mp_print_t *print, const char *name, size_t line) {
    if (name[0] == '<' || line == 0 || is_frozen(name)) {
        return;
    }
    int fd = open(name, O_RDONLY);
    if (fd < 0) {
        return;
    }
    char buf[256];
    char pending[32];  // whitespace seen inside the line, not yet printed
    size_t n_pending = 0;
    size_t current = 1;
    bool started = false;
    bool done = false;
    ssize_t got;
    while (!done && (got = read(fd, buf, sizeof(buf))) > 0) {
        for (ssize_t i = 0; i < got && !done; i++) {
            char c = buf[i];
            if (current < line) {
                current += c == '\n';
                continue;
            }
            if (c == '\n') {
                done = true;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                if (started) {
                    if (n_pending == sizeof(pending)) {
                        mp_print_strn(print, pending, n_pending, 0, ' ', 0);
                        n_pending = 0;
                    }
                    pending[n_pending++] = c;
                }
            } else {
                if (!started) {
                    mp_print_str(print, "    ");
                    started = true;
                }
                if (n_pending > 0) {
                    mp_print_strn(print, pending, n_pending, 0, ' ', 0);
                    n_pending = 0;
                }
                mp_print_strn(print, &c, 1, 0, ' ', 0);
            }
        }
    }
    close(fd);
    if (started) {
        mp_print_str(print, "\n");
    }
}

// The module a user-defined exception class was defined in, when CPython
// would print it: not for built-in types, __main__ or builtins.
static const char *qualifying_module(const mp_obj_type_t *type) {
    if (!mp_obj_is_instance_type(type)) {
        return NULL;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(MP_OBJ_FROM_PTR(type), MP_QSTR___module__, dest);
    if (dest[0] == MP_OBJ_NULL || !mp_obj_is_str(dest[0])) {
        return NULL;
    }
    const char *module = mp_obj_str_get_str(dest[0]);
    if (strcmp(module, "__main__") == 0 || strcmp(module, "builtins") == 0) {
        return NULL;
    }
    return module;
}

mp_obj_t pywasm_syntax_error_details(mp_obj_exception_t *self); // exceptions.c
bool pywasm_syntax_error_place(mp_obj_exception_t *self, mp_obj_t *file, mp_obj_t *line); // exceptions.c

static mp_int_t small_int_or(mp_obj_tuple_t *t, size_t i, mp_int_t otherwise) {
    return i < t->len && mp_obj_is_small_int(t->items[i]) ? MP_OBJ_SMALL_INT_VALUE(t->items[i]) : otherwise;
}

// Where a SyntaxError is, from its details, as CPython prints it: the file
// and line, the line's text without its indentation, and carets under
// offset..end_offset (1-based, counted in characters; none where the
// offset falls in the indentation or is 0; one for an IndentationError).
static void print_syntax_place(const mp_print_t *print, mp_obj_t exc, mp_obj_t details_in) {
    mp_obj_tuple_t *details = MP_OBJ_TO_PTR(details_in);
    mp_int_t line = small_int_or(details, 1, -1);
    if (line < 0) {
        return;
    }
    const char *file = details->len > 0 && mp_obj_is_str(details->items[0]) ? mp_obj_str_get_str(details->items[0]) : "<string>";
    mp_printf(print, "  File \"%s\", line %d\n", file, (int)line);
    if (details->len < 4 || !mp_obj_is_str(details->items[3])) {
        return;
    }
    mp_int_t given_offset = small_int_or(details, 2, 0);
    mp_int_t offset = given_offset - 1;
    mp_int_t end = small_int_or(details, 5, 0) - 1;
    mp_int_t carets = end > offset ? end - offset : 1;
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_IndentationError))) {
        carets = 1;
    }
    size_t len;
    const char *text = mp_obj_str_get_data(details->items[3], &len);
    const char *stop = text + len;
    while (text < stop && (*text == ' ' || *text == '\t' || *text == '\f')) {
        text++;
        offset--;
    }
    while (stop > text && stop[-1] == '\n') {
        stop--;
    }
    mp_print_str(print, "    ");
    print->print_strn(print->data, text, stop - text);
    mp_print_str(print, "\n");
    if (offset < 0 || given_offset <= 0) {
        return;
    }
    mp_int_t chars = utf8_charlen((const byte *)text, stop - text);
    offset = offset > chars ? chars : offset;
    mp_print_str(print, "    ");
    for (mp_int_t i = 0; i < offset; i++) {
        mp_print_str(print, " ");
    }
    for (mp_int_t i = 0; i < carets; i++) {
        mp_print_str(print, "^");
    }
    mp_print_str(print, "\n");
}

mp_obj_t pywasm_name_suggestion(mp_obj_t exc); // suggestions.c

// A printer that puts ": " before the first text of str(exc), so that an
// empty message leaves the type name alone on its line.
typedef struct {
    const mp_print_t *out;
    bool started;
} message_printer_t;

static void message_strn(void *data, const char *str, size_t len) {
    message_printer_t *self = data;
    if (len == 0) {
        return;
    }
    if (!self->started) {
        mp_print_str(self->out, ": ");
        self->started = true;
    }
    self->out->print_strn(self->out->data, str, len);
}

static void print_last_line(const mp_print_t *print, mp_obj_t exc) {
    mp_obj_t file, line;  // a placed SyntaxError's place is printed above it
    bool placed = pywasm_syntax_error_place(mp_obj_exception_native(exc), &file, &line);
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    nlr_buf_t nlr;
    const char *module = NULL;
    if (nlr_push(&nlr) == 0) {
        module = qualifying_module(type);
        nlr_pop();
    }
    if (module != NULL) {
        mp_printf(print, "%s.", module);
    }
    mp_printf(print, "%q", (qstr)type->name);
    message_printer_t message = { print, false };
    mp_print_t message_print = { &message, message_strn };
    if (nlr_push(&nlr) == 0) {
        // a SyntaxError's place is printed above it: its line has the message
        mp_obj_print_helper(&message_print, placed ? mp_load_attr(exc, MP_QSTR_msg) : exc, PRINT_STR);
        mp_obj_t near = pywasm_name_suggestion(exc);
        if (near != MP_OBJ_NULL) {
            mp_printf(print, ". Did you mean: '%s'?", mp_obj_str_get_str(near));
        }
        nlr_pop();
    } else if (!message.started) {
        mp_print_str(print, ": <exception str() failed>");
    }
    mp_print_str(print, "\n");
}

// The notes of e.add_note() (3.11), a line each after the exception's; a
// __notes__ that is not a list or tuple is shown by its repr, as CPython does
// (each note by its str()).
static void print_notes(const mp_print_t *print, mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[2];
        mp_load_method_maybe(exc, MP_QSTR___notes__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            if (mp_obj_is_type(dest[0], &mp_type_list) || mp_obj_is_type(dest[0], &mp_type_tuple)) {
                size_t n;
                mp_obj_t *notes;
                mp_obj_get_array(dest[0], &n, &notes);
                for (size_t i = 0; i < n; i++) {
                    mp_obj_print_helper(print, notes[i], PRINT_STR);
                    mp_print_str(print, "\n");
                }
            } else {
                mp_obj_print_helper(print, dest[0], PRINT_REPR);
                mp_print_str(print, "\n");
            }
        }
        nlr_pop();
    }
}

void pywasm_print_one_exception(const mp_print_t *print, mp_obj_t exc) {
    if (!mp_obj_is_exception_instance(exc)) {
        mp_obj_print_exception(print, exc);
        return;
    }
    size_t n, *values;
    mp_obj_exception_get_traceback(exc, &n, &values);
    mp_obj_t details = pywasm_syntax_error_details(mp_obj_exception_native(exc));
    // sys.tracebacklimit (assigned by a script: patch 0109) keeps the
    // innermost entries, as CPython's printer does; 0 or less keeps none.
    mp_obj_t limit = pywasm_sys_assigned(MP_QSTR_tracebacklimit);
    if (limit != MP_OBJ_NULL && mp_obj_is_small_int(limit)) {  // a huge one limits nothing
        mp_int_t keep = MP_OBJ_SMALL_INT_VALUE(limit);
        n = keep <= 0 ? 0 : (size_t)keep < n / 3 ? (size_t)keep * 3 : n;
    }
    if (n > 0) {
        // Only frames make a traceback. The parser's entry for where a
        // SyntaxError is has no block name, and a script that does not
        // compile has no frame at all: CPython prints no header for it.
        bool frames = false;
        for (size_t i = 2; i < n; i += 3) {
            frames |= values[i] != MP_QSTRnull;
        }
        if (frames) {
            mp_print_str(print, "Traceback (most recent call last):\n");
        }
        size_t repeats = 0;  // of the frame printed last, as CPython folds deep recursion
        for (int i = n - 3; i >= 0; i -= 3) {
            bool same = (size_t)i + 3 < n && memcmp(&values[i], &values[i + 3], 3 * sizeof(size_t)) == 0;
            repeats = same ? repeats + 1 : 0;
            if (repeats >= 3) {
                if (i == 0 || memcmp(&values[i], &values[i - 3], 3 * sizeof(size_t)) != 0) {
                    mp_printf(print, "  [Previous line repeated %u more times]\n", (unsigned)(repeats - 2));
                }
                continue;
            }
            qstr block = values[i + 2];
            if (block == MP_QSTRnull && details != MP_OBJ_NULL) {
                continue;  // printed from the details below, with the caret
            }
            mp_printf(print, "  File \"%q\", line %d", values[i], (int)values[i + 1]);
            if (block == MP_QSTRnull) {
                mp_print_str(print, "\n");
            } else {
                mp_printf(print, ", in %q\n", block);
            }
            print_source_line(print, qstr_str(values[i]), values[i + 1]);
        }
    }
    if (details != MP_OBJ_NULL) {
        print_syntax_place(print, exc, details);
    }
    print_last_line(print, exc);
    print_notes(print, exc);
}

// _pywasm.format_one_exception(exc): the text above for one exception, no
// cause or context: what _pywasm_exceptiongroup.format_exception indents
// under each branch of an exception group's tree.
static mp_obj_t format_one_exception(mp_obj_t exc) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 128, &print);
    pywasm_print_one_exception(&print, exc);
    return mp_obj_new_str_from_vstr(&vstr);
}
MP_DEFINE_CONST_FUN_OBJ_1(pywasm_format_one_exception_obj, format_one_exception);

// _pywasm.set_traceback(exc, source): exc's traceback becomes a copy of
// source's (None: no traceback). For `except*` (_pywasm_exceptiongroup's
// _Star): a group it derives carries the traceback of the group it came
// from, as CPython's do, and what it raises at the end of the statement
// keeps the traceback it had, without a line for the raise itself.
static mp_obj_t set_traceback(mp_obj_t exc, mp_obj_t source) {
    if (!mp_obj_is_exception_instance(exc) || (source != mp_const_none && !mp_obj_is_exception_instance(source))) {
        mp_raise_TypeError(MP_ERROR_TEXT("exceptions expected"));
    }
    if (exc == source) {
        return mp_const_none;
    }
    size_t n = 0, *values = NULL;
    if (source != mp_const_none) {
        mp_obj_exception_get_traceback(source, &n, &values);
    }
    mp_obj_exception_clear_traceback(exc);
    for (size_t i = 0; i + 2 < n; i += 3) {
        mp_obj_exception_add_traceback(exc, values[i], values[i + 1], values[i + 2]);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(pywasm_set_traceback_obj, set_traceback);
