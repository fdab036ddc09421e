// sys.stdin, sys.stdout, sys.stderr (and their .buffer) over fds 0, 1, 2.
//
// stdout is buffered: host writes are expensive across the wasm boundary, so
// bytes collect in a buffer that is flushed when full, on a newline once 20 ms
// have passed since the last flush (and from the VM's periodic hook), before
// anything on stderr, before reading stdin, before host calls and at exit.
// A long-running script's lines therefore appear promptly and in order, while
// print-heavy loops cost one host write per 8 KiB. On a terminal, and with -u
// or PYTHONUNBUFFERED (main.c), every write is flushed at once. stderr is
// never buffered. stdin is read in chunks.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "py/mphal.h"
#include "py/runtime.h"
#include "py/stream.h"

int pywasm_errno_to_linux(int e);  // errors.c

#define OUT_BUF_SIZE (8192)
#define IN_BUF_SIZE (4096)
#define STALE_NS (20 * 1000000ULL)

static char out_buf[OUT_BUF_SIZE];
static size_t out_len;
static uint64_t out_last_flush_ns;
static int out_unbuffered = -1;  // -1: not known yet (isatty on the first write)

static unsigned char in_buf[IN_BUF_SIZE];
static size_t in_pos, in_len;

static int write_all(int fd, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            return pywasm_errno_to_linux(errno);  // OSError numbers are Linux's (errors.c)
        }
        data += n;
        len -= n;
    }
    return 0;
}

static int stdout_flush_errno(void) {
    size_t len = out_len;
    out_len = 0;
    out_last_flush_ns = mp_hal_time_ns();
    return len ? write_all(STDOUT_FILENO, out_buf, len) : 0;
}

void pywasm_stdout_flush(void) {
    stdout_flush_errno();
}

void pywasm_stdout_set_unbuffered(void) {
    out_unbuffered = 1;
}

// Exported for the host: when a limit stops a run (its time is up, the fuel
// is spent), the host calls this once after the stop, so what the script had
// printed reaches stdout rather than dying in the buffer. It only writes
// bytes already in the buffer (one fd_write), never runs Python.
__attribute__((export_name("pywasm_flush_stdout")))
void pywasm_flush_stdout_export(void) {
    stdout_flush_errno();
}

void pywasm_stdout_flush_if_stale(void) {
    if (out_len && mp_hal_time_ns() - out_last_flush_ns >= STALE_NS) {
        stdout_flush_errno();
    }
}

static int stdout_write(const char *str, size_t len) {
    if (out_unbuffered < 0) {
        out_unbuffered = isatty(STDOUT_FILENO);
    }
    if (len >= OUT_BUF_SIZE) {
        int err = stdout_flush_errno();
        return err ? err : write_all(STDOUT_FILENO, str, len);
    }
    if (out_len + len > OUT_BUF_SIZE) {
        int err = stdout_flush_errno();
        if (err) {
            return err;
        }
    }
    memcpy(out_buf + out_len, str, len);
    out_len += len;
    if (out_unbuffered || (memchr(str, '\n', len) && mp_hal_time_ns() - out_last_flush_ns >= STALE_NS)) {
        return stdout_flush_errno();
    }
    return 0;
}

static int stderr_write(const char *str, size_t len) {
    stdout_flush_errno();
    return write_all(STDERR_FILENO, str, len);
}

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    return stdout_write(str, len) ? 0 : len;
}

void mp_hal_stdout_tx_str(const char *str) {
    stdout_write(str, strlen(str));
}

// The REPL and pyexec call this; the JS front end translates newlines for a
// raw-mode terminal, so no translation happens here.
void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    stdout_write(str, len);
}

static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    stderr_write(str, len);
}

const mp_print_t mp_stderr_print = {NULL, stderr_print_strn};

// Reads up to `size` bytes of stdin; 0 means end of input.
static ssize_t stdin_read(void *dest, size_t size, int *err) {
    pywasm_stdout_flush();
    if (in_pos == in_len) {
        ssize_t n = read(STDIN_FILENO, in_buf, IN_BUF_SIZE);
        if (n < 0) {
            *err = pywasm_errno_to_linux(errno);
            return -1;
        }
        in_pos = 0;
        in_len = n;
    }
    size_t n = in_len - in_pos;
    if (n > size) {
        n = size;
    }
    memcpy(dest, in_buf + in_pos, n);
    in_pos += n;
    return n;
}

// For the REPL's line editor and input(): end of input reads as Ctrl-D.
int mp_hal_stdin_rx_chr(void) {
    unsigned char c;
    int err = 0;
    if (stdin_read(&c, 1, &err) <= 0) {
        return 4;
    }
    return c;
}

// ---- the Python objects ---------------------------------------------------

typedef struct _stdio_obj_t {
    mp_obj_base_t base;
    int fd;
} stdio_obj_t;

static mp_uint_t stdio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd != STDIN_FILENO) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    ssize_t n = stdin_read(buf, size, errcode);
    return n < 0 ? MP_STREAM_ERROR : (mp_uint_t)n;
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    int err;
    if (self->fd == STDOUT_FILENO) {
        err = stdout_write(buf, size);
    } else if (self->fd == STDERR_FILENO) {
        err = stderr_write(buf, size);
    } else {
        err = MP_EBADF;
    }
    if (err) {
        *errcode = err;
        return MP_STREAM_ERROR;
    }
    return size;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_FLUSH) {
        int err = self->fd == STDOUT_FILENO ? stdout_flush_errno() : 0;
        if (err) {
            *errcode = err;
            return MP_STREAM_ERROR;
        }
        return 0;
    }
    if (request == MP_STREAM_CLOSE) {
        // Closing a standard stream leaves the fd open, as an embedded
        // interpreter must not take its host's descriptors away.
        return 0;
    }
    if (request == MP_STREAM_GET_FILENO) {
        return self->fd;
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}

static void stdio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    mp_printf(print, "<_io.%s name='%s'", mp_obj_get_type_str(self_in), names[self->fd]);
    if (mp_obj_get_type(self_in)->name == MP_QSTR_TextIOWrapper) {
        // as CPython's text streams print
        mp_printf(print, " mode='%c' encoding='utf-8'", self->fd ? 'w' : 'r');
    }
    mp_print_str(print, ">");
}

static mp_obj_t stdio_fileno(mp_obj_t self_in) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(self->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_fileno_obj, stdio_fileno);

static mp_obj_t stdio_isatty(mp_obj_t self_in) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_bool(isatty(self->fd));
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_isatty_obj, stdio_isatty);

// sys.stdout.reconfigure(encoding="utf-8"), which CI scripts call so that
// a Windows runner's console writes UTF-8. These streams always read and
// write UTF-8 and flush as described above, so the call checks what it is
// given and changes nothing; asking for another encoding is refused rather
// than ignored, so that no byte is written in an encoding not asked for.
static bool is_utf8_name(const char *name) {
    char norm[8];
    size_t n = 0;
    for (; *name != '\0'; name++) {
        if (*name == '-' || *name == '_') {
            continue;
        }
        if (n == sizeof(norm) - 1) {
            return false;
        }
        norm[n++] = unichar_tolower(*name);
    }
    norm[n] = '\0';
    return strcmp(norm, "utf8") == 0;
}

static mp_obj_t stdio_reconfigure(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_encoding, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_errors, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_newline, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_line_buffering, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_write_through, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t values[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, values);
    mp_obj_t encoding = values[0].u_obj;
    if (encoding != mp_const_none && !is_utf8_name(mp_obj_str_get_str(encoding))) {
        mp_raise_msg_varg(&mp_type_ValueError,
            MP_ERROR_TEXT("pywasm's standard streams are UTF-8 only, not '%s'"), mp_obj_str_get_str(encoding));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(stdio_reconfigure_obj, 1, stdio_reconfigure);

static const mp_rom_map_elem_t stdio_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_reconfigure), MP_ROM_PTR(&stdio_reconfigure_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_unbuffered_readline_obj)},
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_unbuffered_readlines_obj)},
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&stdio_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&stdio_isatty_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_identity_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream___exit___obj) },
};
static MP_DEFINE_CONST_DICT(stdio_locals_dict, stdio_locals_dict_table);

static const mp_stream_p_t stdio_text_stream_p = {
    .read = stdio_read, .write = stdio_write, .ioctl = stdio_ioctl, .is_text = true,
};
static const mp_stream_p_t stdio_binary_stream_p = {
    .read = stdio_read, .write = stdio_write, .ioctl = stdio_ioctl, .is_text = false,
};

static void stdio_text_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_binary_type, MP_QSTR_FileIO, MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print, protocol, &stdio_binary_stream_p, locals_dict, &stdio_locals_dict);

static MP_DEFINE_CONST_OBJ_TYPE(
    stdio_text_type, MP_QSTR_TextIOWrapper, MP_TYPE_FLAG_ITER_IS_STREAM,
    print, stdio_print, protocol, &stdio_text_stream_p, attr, stdio_text_attr,
    locals_dict, &stdio_locals_dict);

static const stdio_obj_t stdio_buffers[3] = {
    {{&stdio_binary_type}, STDIN_FILENO},
    {{&stdio_binary_type}, STDOUT_FILENO},
    {{&stdio_binary_type}, STDERR_FILENO},
};

const stdio_obj_t mp_sys_stdin_obj = {{&stdio_text_type}, STDIN_FILENO};
const stdio_obj_t mp_sys_stdout_obj = {{&stdio_text_type}, STDOUT_FILENO};
const stdio_obj_t mp_sys_stderr_obj = {{&stdio_text_type}, STDERR_FILENO};

// `.buffer` differs per stream, so it is an attribute rather than a dict entry,
// as are CPython's `.name` ('<stdout>'), `.mode` and `.line_buffering` (on a
// terminal); everything else continues to the locals dict.
static void stdio_text_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    stdio_obj_t *self = MP_OBJ_TO_PTR(self_in);
    static const qstr names[3] = { MP_QSTR__lt_stdin_gt_, MP_QSTR__lt_stdout_gt_, MP_QSTR__lt_stderr_gt_ };
    if (dest[0] != MP_OBJ_NULL) {
        dest[1] = MP_OBJ_SENTINEL;
    } else if (attr == MP_QSTR_buffer) {
        dest[0] = MP_OBJ_FROM_PTR(&stdio_buffers[self->fd]);
    } else if (attr == MP_QSTR_encoding) {
        dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
    } else if (attr == MP_QSTR_name) {
        dest[0] = MP_OBJ_NEW_QSTR(names[self->fd]);
    } else if (attr == MP_QSTR_mode) {
        dest[0] = MP_OBJ_NEW_QSTR(self->fd == STDIN_FILENO ? MP_QSTR_r : MP_QSTR_w);
    } else if (attr == MP_QSTR_line_buffering) {
        dest[0] = mp_obj_new_bool(isatty(self->fd));
    } else {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

// input(): MicroPython's builtin calls shared/readline's line editor, which
// echoes what it reads and ends lines on "\r" only. That is right for a
// terminal but not for piped stdin, where CPython reads a line silently.
// Replaces readline() in py/modbuiltins.c (see Makefile).
#include "shared/readline/readline.h"

// Whether the interpreter serves a session (lib/interpreter.js runs
// `-m _pywasm_session`), the REPL's among them.
static bool in_session(void) {
    return mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map, MP_OBJ_NEW_QSTR(MP_QSTR__pywasm_session), MP_MAP_LOOKUP) != NULL;
}

int pywasm_input_readline(vstr_t *line, const char *prompt) {
    if (isatty(STDIN_FILENO)) {
        return readline(line, prompt);
    }
    mp_hal_stdout_tx_str(prompt);
    int err = 0;
    for (;;) {
        char c;
        ssize_t n = stdin_read(&c, 1, &err);
        if (n <= 0 || c == '\n') {
            // An interrupt that came while the read waited (Ctrl-C at an
            // input() prompt) raises KeyboardInterrupt here, as in CPython,
            // rather than passing for an empty line or end of input.
            pywasm_vm_poll();
            mp_handle_pending(true);
        }
        if (n <= 0) {
            // end of input: EOFError if nothing was read, with CPython's
            // text for a stream. Bare in a session (the REPL, lib/repl.js,
            // feeds its terminal's lines through this non-tty path), as
            // CPython's Ctrl-D at a terminal.
            if (line->len == 0 && !in_session()) {
                mp_raise_msg(&mp_type_EOFError, MP_ERROR_TEXT("EOF when reading a line"));
            }
            return CHAR_CTRL_D;
        }
        if (c == '\n') {
            return 0;
        }
        vstr_add_byte(line, c);
    }
}
