// Entry point of the interpreter module: parse the command line, set up the
// heap, VFS and sys, run a script, -c code, -m module, stdin or the REPL, and
// turn the outcome into CPython's exit codes (docs/module-interface.md).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "py/builtin.h"
#include "py/compile.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/mphal.h"
#include "py/objmodule.h"
#include "py/runtime.h"
#include "py/stackctrl.h"
#include "extmod/vfs.h"
#include "extmod/vfs_posix.h"
#include "shared/runtime/pyexec.h"
#include "library.h"
#include "genhdr/mpversion.h"
#include "heap.h"

int pywasm_errno_to_linux(int e);
void pywasm_print_exception(const mp_print_t *print, mp_obj_t exc);

#define EXIT_USAGE (2)
#define EXIT_KEYBOARD_INTERRUPT (130)
#define HEAP_INITIAL (2 * 1024 * 1024)
#define HEAP_LIMIT_DEFAULT ((size_t)3 << 30)  // bounded in practice by the engine's memory limit

static const char *progname = "pywasm";

static int usage_error(const char *fmt, const char *arg) {
    mp_printf(&mp_stderr_print, "%s: ", progname);
    mp_printf(&mp_stderr_print, fmt, arg);
    mp_printf(&mp_stderr_print, "\nusage: %s [-u] [-O] [-E] [-I] [-W arg] [-X heapsize=N] [-c cmd | -m mod | file | -] [arg] ...\n", progname);
    return EXIT_USAGE;
}

// Parses sizes like 4194304, 512k, 64m, 1g.
static bool parse_size(const char *s, size_t *out) {
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
    if (end == s) {
        return false;
    }
    switch (*end | 0x20) {
        case 'k': n <<= 10; end++; break;
        case 'm': n <<= 20; end++; break;
        case 'g': n <<= 30; end++; break;
    }
    if (*end != '\0' || n < 16 * 1024 || n > ((size_t)-1)) {
        return false;
    }
    *out = n;
    return true;
}

extern const struct _stdio_obj_t mp_sys_stderr_obj; // port/stdio.c

// What the script's sys.stderr writes, when it replaced the stream
// (sys.stderr = sys.stdout, a StringIO): CPython reports an uncaught
// exception there. A write that fails is dropped.
static void print_to_write_method(void *write, const char *str, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_call_function_1(MP_OBJ_FROM_PTR(write), mp_obj_new_str(str, len));
        nlr_pop();
    }
}

// Where an uncaught exception and sys.exit()'s message go: the script's
// sys.stderr, or the process's stderr
static mp_print_t stderr_print(void) {
    mp_print_t print = mp_stderr_print;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t err = mp_load_attr(MP_OBJ_FROM_PTR(&mp_module_sys), MP_QSTR_stderr);
        if (err != MP_OBJ_FROM_PTR(&mp_sys_stderr_obj) && err != mp_const_none) {
            print.data = MP_OBJ_TO_PTR(mp_load_attr(err, MP_QSTR_write));
            print.print_strn = print_to_write_method;
        }
        nlr_pop();
    }
    return print;
}

// An exception no handler caught goes to sys.excepthook when the script set
// one, as CPython's; else, or when the hook fails, its traceback is printed
// (with its cause or context, exceptions.c) to sys.stderr.
static void report_uncaught(mp_obj_t exc) {
    mp_print_t err = stderr_print();
    mp_obj_t hook = pywasm_sys_assigned(MP_QSTR_excepthook);
    if (hook != MP_OBJ_NULL) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t args[3] = { MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), exc, mp_load_attr(exc, MP_QSTR___traceback__) };
            mp_call_function_n_kw(hook, 3, 0, args);
            nlr_pop();
            return;
        }
        mp_print_str(&err, "Error in sys.excepthook:\n");
        pywasm_print_exception(&err, MP_OBJ_FROM_PTR(nlr.ret_val));
        mp_print_str(&err, "\nOriginal exception was:\n");
    }
    pywasm_print_exception(&err, exc);
}

// Exit code for an exception that reached the top; prints the traceback.
static int exit_code_for(mp_obj_t exc) {
    // no Python code runs any more: sys._getframe() (frames.c) must not
    // walk frames the exception unwound
    MP_STATE_THREAD(current_code_state) = NULL;
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
        // As CPython: None is 0, an int is itself, anything else is printed and is 1.
        mp_obj_t value = mp_obj_exception_get_value(exc);
        mp_int_t code = 0;
        if (value != mp_const_none && !mp_obj_get_int_maybe(value, &code)) {
            mp_print_t err = stderr_print();
            mp_obj_print_helper(&err, value, PRINT_STR);
            mp_print_str(&err, "\n");
            code = 1;
        }
        return code & 255;
    }
    report_uncaught(exc);
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_KeyboardInterrupt))) {
        return EXIT_KEYBOARD_INTERRUPT;
    }
    return 1;
}

// Runs sys.atexit's function, if any; its own failure is reported, not fatal.
static int run_atexit(int code) {
    #if MICROPY_PY_SYS_ATEXIT
    if (mp_obj_is_callable(MP_STATE_VM(sys_exitfunc))) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_function_0(MP_STATE_VM(sys_exitfunc));
            nlr_pop();
        } else {
            int atexit_code = exit_code_for(MP_OBJ_FROM_PTR(nlr.ret_val));
            if (code == 0) {
                code = atexit_code;
            }
        }
    }
    #endif
    return code;
}

enum source_kind { SOURCE_FILE, SOURCE_STRING, SOURCE_STDIN };

static int run_source(enum source_kind kind, const char *source) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_lexer_t *lex;
        if (kind == SOURCE_FILE) {
            lex = mp_lexer_new_from_file(qstr_from_str(source));
        } else if (kind == SOURCE_STRING) {
            lex = mp_lexer_new_from_str_len(MP_QSTR__lt_string_gt_, source, strlen(source), false);
        } else {
            lex = mp_lexer_new_from_fd(MP_QSTR__lt_stdin_gt_, STDIN_FILENO, false);
        }
        qstr source_name = lex->source_name;
        if (kind == SOURCE_FILE) {
            mp_store_global(MP_QSTR___file__, MP_OBJ_NEW_QSTR(source_name));
        }
        // as CPython's __main__ for a script, -c or stdin: scripts that also
        // run as part of a package test `if not __package__:`
        mp_store_global(MP_QSTR___package__, mp_const_none);
        mp_store_global(MP_QSTR___spec__, mp_const_none);
        mp_parse_tree_t tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
        mp_obj_t module_fun = mp_compile(&tree, source_name, false);
        mp_call_function_0(module_fun);
        nlr_pop();
        return 0;
    }
    return exit_code_for(MP_OBJ_FROM_PTR(nlr.ret_val));
}

// __import__(name) with False as `level`: MicroPython's way to run a plain
// module as __main__ (and patch 0095 puts its file in sys.argv[0]); a package
// it imports as usual, under its own name.
static mp_obj_t import_as_main(mp_obj_t name) {
    mp_obj_t import_args[4] = { name, mp_const_none, mp_const_none, mp_const_false };
    return mp_builtin___import__(MP_ARRAY_SIZE(import_args), import_args);
}

// Whether exc is the import system's "No module named 'NAME'" for NAME itself
// (and not for a module that NAME's own code imports).
static bool is_not_found(mp_obj_t exc, mp_obj_t name) {
    if (!mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_ModuleNotFoundError))) {
        return false;
    }
    vstr_t expected;
    vstr_init(&expected, 32);
    vstr_printf(&expected, "No module named '%s'", mp_obj_str_get_str(name));
    mp_obj_t text = mp_obj_new_str_from_vstr(&expected);
    mp_obj_t args = mp_obj_exception_get_value(exc);
    return mp_obj_is_str(args) && mp_obj_equal(args, text);
}

// -m NAME as CPython's runpy: a module runs as __main__; a package is
// imported and its __main__ submodule runs.
static int run_module(const char *name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module = import_as_main(mp_obj_new_str_from_cstr(name));
        // a package has __path__ among its globals (looked up there, not as
        // an attribute: a module's own __getattr__ would answer for it)
        mp_obj_dict_t *globals = mp_obj_module_get_globals(module);
        if (mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___path__), MP_MAP_LOOKUP) != NULL) {
            vstr_t main_name;
            vstr_init(&main_name, strlen(name) + 10);
            vstr_printf(&main_name, "%s.__main__", name);
            mp_obj_t sub = mp_obj_new_str_from_vstr(&main_name);
            nlr_buf_t inner;
            if (nlr_push(&inner) == 0) {
                import_as_main(sub);
                nlr_pop();
            } else if (is_not_found(MP_OBJ_FROM_PTR(inner.ret_val), sub)) {
                // CPython's words for a package without a __main__
                mp_raise_msg_varg(&mp_type_ModuleNotFoundError,
                    MP_ERROR_TEXT("No module named %s.__main__; '%s' is a package and cannot be directly executed"), name, name);
            } else {
                nlr_jump(inner.ret_val);
            }
        }
        nlr_pop();
        return 0;
    }
    return exit_code_for(MP_OBJ_FROM_PTR(nlr.ret_val));
}

static void set_sys_argv(char **args, int count) {
    for (int i = 0; i < count; i++) {
        mp_obj_list_append(mp_sys_argv, mp_obj_new_str_from_cstr(args[i]));
    }
}

// CPython's -E and -I: no environment variable changes how the interpreter
// runs (MICROPYPATH, PYTHONUNBUFFERED, PYTHONWARNINGS); -I also leaves the script's
// directory off sys.path.
static bool ignore_environment;
static bool isolated;

// The fields of an environment variable's value (MICROPYPATH's ':'-separated
// directories, PYTHONWARNINGS's ','-separated options) appended to a list.
static void append_fields(mp_obj_t list, const char *text, char sep, bool skip_empty) {
    while (*text) {
        const char *end = strchr(text, sep);
        size_t len = end ? (size_t)(end - text) : strlen(text);
        if (len > 0 || !skip_empty) {
            mp_obj_list_append(list, mp_obj_new_str(text, len));
        }
        text += end ? len + 1 : len;
    }
}

// With -W or PYTHONWARNINGS, the warnings module turns them into filters
// before the program runs and reports the invalid ones, as CPython does at
// start-up.
static void apply_warnoptions(void) {
    size_t n_options;
    mp_obj_t *unused;
    mp_obj_list_get(MP_STATE_VM(sys_mutable)[MP_SYS_MUTABLE_WARNOPTIONS], &n_options, &unused);
    if (n_options > 0) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_import_name(MP_QSTR_warnings, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
            nlr_pop();
        } else {
            mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
}

// sys.path: the script's directory (or ''; nothing with -I), then
// MICROPYPATH's entries if it is set (MicroPython's test runner relies on
// it), else the frozen modules, and last the library the engines mount beside
// the module (scripts/build-pylib.py, library.h).
static void set_sys_path(const char *first) {
    mp_sys_path = mp_obj_new_list(0, NULL);
    if (!isolated) {
        mp_obj_list_append(mp_sys_path, mp_obj_new_str_from_cstr(first));
    }
    const char *extra = ignore_environment ? NULL : getenv("MICROPYPATH");
    if (extra == NULL) {
        mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR__dot_frozen));
    } else {
        append_fields(mp_sys_path, extra, ':', false);
    }
    mp_obj_list_append(mp_sys_path, mp_obj_new_str_from_cstr(PYWASM_LIBRARY_DIR));
    // Every program's sys.path is set here, right before it runs, and the
    // warnings module lives in the library it just reached.
    apply_warnoptions();
}

// sys.warnoptions (patch 0094), as CPython builds it: PYTHONWARNINGS's
// comma-separated entries (unless -E), then each -W option, in order.
// set_sys_path imports the warnings module when the list is not empty.
static void set_warnoptions(const char **options, int count) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    const char *env = ignore_environment ? NULL : getenv("PYTHONWARNINGS");
    if (env != NULL) {
        append_fields(list, env, ',', true);
    }
    for (int i = 0; i < count; i++) {
        mp_obj_list_append(list, mp_obj_new_str_from_cstr(options[i]));
    }
    MP_STATE_VM(sys_mutable)[MP_SYS_MUTABLE_WARNOPTIONS] = list;
}

// The host's file system is visible through one POSIX VFS at "/": wasi-libc
// maps absolute paths onto the preopened mounts, and refuses the rest.
static void mount_root(void) {
    mp_obj_t args[2] = {
        MP_OBJ_TYPE_GET_SLOT(&mp_type_vfs_posix, make_new)(&mp_type_vfs_posix, 0, 0, NULL),
        MP_OBJ_NEW_QSTR(MP_QSTR__slash_),
    };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
    MP_STATE_VM(vfs_cur) = MP_STATE_VM(vfs_mount_table);
    const char *pwd = getenv("PWD");
    if (pwd != NULL && pwd[0] == '/') {
        chdir(pwd);
    }
}

// The script's directory goes first on sys.path, as CPython does.
static char *dirname_of(const char *path) {
    const char *slash = strrchr(path, '/');
    if (slash == NULL) {
        return strdup("");
    }
    if (slash == path) {
        return strdup("/");
    }
    return strndup(path, slash - path);
}

// A script's path as CPython (3.9+) gives it to __file__ and to tracebacks:
// absolute, the working directory joined as it is ("./x.py" is
// "/cwd/./x.py"), so that it still names the file after os.chdir().
static char *absolute_path(const char *path) {
    char cwd[MICROPY_ALLOC_PATH_MAX];
    if (path[0] == '/' || getcwd(cwd, sizeof(cwd)) == NULL) {
        return strdup(path);
    }
    size_t n = strlen(cwd);
    while (n > 0 && cwd[n - 1] == '/') {
        n--;  // the root is "/"
    }
    char *out = malloc(n + strlen(path) + 2);
    memcpy(out, cwd, n);
    out[n] = '/';
    strcpy(out + n + 1, path);
    return out;
}

// An absolute path with "." and ".." resolved and no repeated "/", in
// place: sys.path[0] is the script's directory in that form, as CPython's.
static void normalize_path(char *path) {
    size_t len = 0;  // of the result so far, which starts with "/"
    for (const char *p = path; *p;) {
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && path[--len] != '/') {
            }
        } else if (n > 0 && !(n == 1 && p[0] == '.')) {
            path[len] = '/';
            memmove(path + len + 1, p, n);
            len += n + 1;
        }
        p += n + (end != NULL);
    }
    if (len == 0) {
        path[len++] = '/';
    }
    path[len] = '\0';
}

static int check_script(const char *path) {
    struct stat st;
    int err = 0;
    if (stat(path, &st) != 0) {
        err = errno;
    } else if (S_ISDIR(st.st_mode)) {
        err = EISDIR;
    }
    if (err) {
        char cwd[MICROPY_ALLOC_PATH_MAX];
        bool relative = path[0] != '/' && getcwd(cwd, sizeof(cwd)) != NULL;
        mp_printf(&mp_stderr_print, "%s: can't open file '%s%s%s': [Errno %d] %s\n", progname,
            relative ? cwd : "", relative && strcmp(cwd, "/") != 0 ? "/" : "", path,
            pywasm_errno_to_linux(err), strerror(err));
        return EXIT_USAGE;
    }
    return 0;
}

int main(int argc, char **argv) {
    size_t heap_limit = HEAP_LIMIT_DEFAULT;
    int optimise = 0;
    bool unbuffered = false;
    const char *warn_options[argc];  // the -W options' words, in order
    int num_warn_options = 0;
    int a = 1;
    for (; a < argc && argv[a][0] == '-' && argv[a][1] != '\0'; a++) {
        const char *opt = argv[a];
        if (strcmp(opt, "-c") == 0 || strcmp(opt, "-m") == 0) {
            break;
        } else if (strcmp(opt, "--version") == 0 || strcmp(opt, "-V") == 0) {
            printf("MicroPython %s (pywasm)\n", MICROPY_VERSION_STRING);
            return 0;
        } else if (strcmp(opt, "-u") == 0) {
            unbuffered = true;
        } else if (strcmp(opt, "-O") == 0 || strcmp(opt, "-OO") == 0) {
            // assert statements compile to nothing and __debug__ is False.
            // (MicroPython keeps no docstrings, so -OO has nothing more to
            // strip; its level 3 would drop line numbers from tracebacks.)
            optimise = 1;
        } else if (strcmp(opt, "-W") == 0 && a + 1 < argc) {
            warn_options[num_warn_options++] = argv[++a];
        } else if (strcmp(opt, "-E") == 0) {
            ignore_environment = true;
        } else if (strcmp(opt, "-I") == 0) {
            ignore_environment = isolated = true;
        } else if (strcmp(opt, "-X") == 0 && a + 1 < argc) {
            const char *x = argv[++a];
            if (strncmp(x, "heapsize=", 9) == 0) {
                if (!parse_size(x + 9, &heap_limit)) {
                    return usage_error("invalid heap size '%s' (want e.g. 64m, at least 16k)", x + 9);
                }
            } else if (strcmp(x, "emit=bytecode") != 0) {
                // emit=bytecode is the only code emitter there is; accepted for
                // compatibility with MicroPython's test runner.
                return usage_error("unknown -X option '%s'", x);
            }
        } else {
            return usage_error("unknown option '%s'", opt);
        }
    }

    mp_stack_ctrl_init();
    mp_stack_set_limit(PYWASM_C_STACK_LIMIT);
    pywasm_heap_init(HEAP_INITIAL, heap_limit);
    mp_init();
    MP_STATE_VM(mp_optimise_value) = optimise;
    set_warnoptions(warn_options, num_warn_options);
    // sys.meta_path starts empty: the interpreter's own search needs no
    // finder objects, and scripts add theirs (metapath.c)
    MP_STATE_VM(sys_mutable)[MP_SYS_MUTABLE_META_PATH] = mp_obj_new_list(0, NULL);
    const char *unbuffered_env = ignore_environment ? NULL : getenv("PYTHONUNBUFFERED");
    if (unbuffered || (unbuffered_env != NULL && unbuffered_env[0] != '\0')) {
        pywasm_stdout_set_unbuffered();
    }
    mount_root();
    mp_obj_list_init(MP_OBJ_TO_PTR(mp_sys_argv), 0);
    if (!(a < argc && strcmp(argv[a], "-m") == 0)) {
        // sys.modules['__main__'] is the running script, as in CPython
        // (-m imports its module as __main__ itself, so it must not be there)
        mp_obj_dict_store(MP_OBJ_FROM_PTR(&MP_STATE_VM(mp_loaded_modules_dict)),
            MP_OBJ_NEW_QSTR(MP_QSTR___main__), MP_OBJ_FROM_PTR(&mp_module___main__));
    }

    int code;
    if (a < argc && (strcmp(argv[a], "-c") == 0 || strcmp(argv[a], "-m") == 0)) {
        bool is_module = argv[a][1] == 'm';
        if (a + 1 >= argc) {
            return usage_error("argument expected for the %s option", argv[a]);
        }
        if (is_module) {
            // as CPython: -m puts the working directory's path first on
            // sys.path (so the module's __file__ and sys.argv[0] are
            // absolute), -c an empty string
            char cwd[MICROPY_ALLOC_PATH_MAX];
            set_sys_path(getcwd(cwd, sizeof(cwd)) != NULL ? cwd : "");
            set_sys_argv(&argv[a + 1], argc - a - 1);
            code = run_module(argv[a + 1]);
        } else {
            set_sys_path("");
            mp_obj_list_append(mp_sys_argv, mp_obj_new_str_from_cstr("-c"));
            set_sys_argv(&argv[a + 2], argc - a - 2);
            code = run_source(SOURCE_STRING, argv[a + 1]);
        }
    } else if (a < argc && strcmp(argv[a], "-") != 0) {
        code = check_script(argv[a]);
        if (code == 0) {
            char *script = absolute_path(argv[a]);
            char *dir = dirname_of(script);
            normalize_path(dir);
            set_sys_path(dir);
            free(dir);
            set_sys_argv(&argv[a], argc - a);  // sys.argv[0] as it was given
            code = run_source(SOURCE_FILE, script);
            free(script);
        }
    } else {
        set_sys_path("");
        if (a < argc) {
            set_sys_argv(&argv[a], argc - a);  // "-" and what follows
        } else {
            mp_obj_list_append(mp_sys_argv, MP_OBJ_NEW_QSTR(MP_QSTR_));
        }
        if (a >= argc && isatty(STDIN_FILENO)) {
            code = pyexec_friendly_repl() == PYEXEC_FORCED_EXIT ? 0 : 0;
        } else {
            code = run_source(SOURCE_STDIN, NULL);
        }
    }

    code = run_atexit(code);
    pywasm_files_flush();
    pywasm_stdout_flush();
    // No mp_deinit/gc teardown: the process ends here, and the host frees it all.
    return code;
}

// MicroPython calls these on unrecoverable errors (a failed nlr jump, an
// assertion); they end the process with a message rather than trapping.
void nlr_jump_fail(void *val) {
    pywasm_stdout_flush();
    mp_printf(&mp_stderr_print, "pywasm: fatal error: uncaught exception %p\n", val);
    exit(1);
}

void NORETURN __fatal_error(const char *msg) {
    pywasm_stdout_flush();
    mp_printf(&mp_stderr_print, "pywasm: fatal error: %s\n", msg);
    exit(1);
}
