// pywasm's MicroPython configuration: a WASI command module for Node and wasmer.
//
// Start from MicroPython's "extra features" level (close to the unix port's
// standard variant) and state here only what differs or what we rely on.

#include <stdint.h>
#include <alloca.h>
#include <stdlib.h>

#define MICROPY_CONFIG_ROM_LEVEL            (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)
// Our patches to MicroPython (port/patches) call into the port only where this
// is defined, so mpy-cross, built from the same patched tree, needs none of it.
#define MICROPY_PYWASM                      (1)

// ---- core -----------------------------------------------------------------
// nlr over setjmp/longjmp, which clang lowers to wasm exceptions.
#define MICROPY_NLR_SETJMP                  (1)
#define MICROPY_LONGINT_IMPL                (MICROPY_LONGINT_IMPL_MPZ)
#define MICROPY_FLOAT_IMPL                  (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_ERROR_REPORTING             (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_WARNINGS                    (1)
// range(3) == range(0, 3), as in CPython (off below the "everything" level).
#define MICROPY_PY_BUILTINS_RANGE_BINOP     (1)
// memoryview.itemsize (and format, patch 0346), as CPython's views have.
#define MICROPY_PY_BUILTINS_MEMORYVIEW_ITEMSIZE (1)
// The C stack is 1 MiB (Makefile). The stack check's limit leaves headroom
// for C code that runs between two of MicroPython's checks (the parser, the
// compiler, printing), and is low enough that a Python recursion raises
// RecursionError before the engine's own stack runs out on Node's main
// thread (~984 KB, less than a recursion through C takes for 640 KiB of C
// stack: docs/interpreter.md). sys.setrecursionlimit() lowers it (sys_extra.c).
#define PYWASM_C_STACK_LIMIT                (640 * 1024)
// Linux's errno numbering, as CPython reports it (errors.c).
#define MICROPY_USE_INTERNAL_ERRNO          (1)
// The errno module names every error WASI can report, and a few aliases, as
// CPython's does on Linux (MicroPython's list has 22: `errno.ENOTEMPTY` was
// an AttributeError). py/mperrno.h numbers the first 34 and the network
// ones; these are the rest, in Linux's numbers. errno.errorcode names a
// number as CPython's does (EAGAIN, ENOTSUP, EDEADLOCK); the other names of
// those numbers are aliases, module attributes only (patch 0212).
#define MP_EDEADLK          (35)
#define MP_EDEADLOCK        (35)
#define MP_ENAMETOOLONG     (36)
#define MP_ENOLCK           (37)
#define MP_ENOSYS           (38)
#define MP_ENOTEMPTY        (39)
#define MP_ELOOP            (40)
#define MP_ENOMSG           (42)
#define MP_EIDRM            (43)
#define MP_ENODATA          (61)
#define MP_ETIME            (62)
#define MP_ENOLINK          (67)
#define MP_EPROTO           (71)
#define MP_EMULTIHOP        (72)
#define MP_EBADMSG          (74)
#define MP_EOVERFLOW        (75)
#define MP_EILSEQ           (84)
#define MP_ENOTSOCK         (88)
#define MP_EDESTADDRREQ     (89)
#define MP_EMSGSIZE         (90)
#define MP_EPROTOTYPE       (91)
#define MP_ENOPROTOOPT      (92)
#define MP_EPROTONOSUPPORT  (93)
#define MP_ENOTSUP          (95)
#define MP_EADDRNOTAVAIL    (99)
#define MP_ENETDOWN         (100)
#define MP_ENETUNREACH      (101)
#define MP_ENETRESET        (102)
#define MP_ESHUTDOWN        (108)
#define MP_EHOSTDOWN        (112)
#define MP_ESTALE           (116)
#define MP_EDQUOT           (122)
#define MP_EOWNERDEAD       (130)
#define MP_ENOTRECOVERABLE  (131)
#define MICROPY_PY_ERRNO_LIST \
    X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(EIO) X(ENXIO) X(E2BIG) X(ENOEXEC) X(EBADF) \
    X(ECHILD) X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) X(ENOTBLK) X(EBUSY) \
    X(EEXIST) X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL) X(ENFILE) X(EMFILE) \
    X(ENOTTY) X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE) X(EROFS) X(EMLINK) X(EPIPE) X(EDOM) \
    X(ERANGE) X(EDEADLOCK) X(ENAMETOOLONG) X(ENOLCK) X(ENOSYS) X(ENOTEMPTY) \
    X(ELOOP) X(ENOMSG) X(EIDRM) X(ENODATA) X(ETIME) X(ENOLINK) X(EPROTO) X(EMULTIHOP) \
    X(EBADMSG) X(EOVERFLOW) X(EILSEQ) X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE) \
    X(EPROTOTYPE) X(ENOPROTOOPT) X(EPROTONOSUPPORT) X(ENOTSUP) \
    X(EAFNOSUPPORT) X(EADDRINUSE) X(EADDRNOTAVAIL) X(ENETDOWN) X(ENETUNREACH) X(ENETRESET) \
    X(ECONNABORTED) X(ECONNRESET) X(ENOBUFS) X(EISCONN) X(ENOTCONN) X(ESHUTDOWN) \
    X(ETIMEDOUT) X(ECONNREFUSED) X(EHOSTDOWN) X(EHOSTUNREACH) X(EALREADY) X(EINPROGRESS) \
    X(ESTALE) X(EDQUOT) X(ECANCELED) X(EOWNERDEAD) X(ENOTRECOVERABLE)
#define MICROPY_PY_ERRNO_ALIASES X(EWOULDBLOCK) X(EDEADLK) X(EOPNOTSUPP)
// Builtins CPython has and MicroPython lacks, in C so that no Python runs at
// boot: RecursionError (errors.c), OSError's subclasses (exceptions.c),
// UnicodeDecodeError/UnicodeEncodeError (codecs.c),
// format/vars/ascii (builtins.c).
#define PYWASM_EXC(name) { MP_ROM_QSTR(MP_QSTR_##name), MP_ROM_PTR(&mp_type_##name) },
#define PYWASM_FUN(name) { MP_ROM_QSTR(MP_QSTR_##name), MP_ROM_PTR(&pywasm_builtin_##name##_obj) },
extern const struct _mp_obj_type_t mp_type_RecursionError, mp_type_BlockingIOError, mp_type_ChildProcessError,
    mp_type_ConnectionError, mp_type_BrokenPipeError, mp_type_ConnectionAbortedError,
    mp_type_ConnectionRefusedError, mp_type_ConnectionResetError, mp_type_FileExistsError,
    mp_type_FileNotFoundError, mp_type_InterruptedError, mp_type_IsADirectoryError,
    mp_type_NotADirectoryError, mp_type_PermissionError, mp_type_ProcessLookupError, mp_type_TimeoutError,
    mp_type_UnicodeDecodeError, mp_type_UnicodeEncodeError,
    mp_type_ModuleNotFoundError, mp_type_UnboundLocalError, mp_type_SystemError, mp_type_ReferenceError,
    mp_type_TabError, mp_type_UnicodeTranslateError, mp_type_FloatingPointError, mp_type_BufferError,
    mp_type_Warning,
    mp_type_UserWarning, mp_type_DeprecationWarning, mp_type_PendingDeprecationWarning,
    mp_type_RuntimeWarning, mp_type_SyntaxWarning, mp_type_FutureWarning, mp_type_ImportWarning,
    mp_type_UnicodeWarning, mp_type_BytesWarning, mp_type_ResourceWarning, mp_type_EncodingWarning;
extern const struct _mp_obj_fun_builtin_var_t pywasm_builtin_format_obj, pywasm_builtin_vars_obj, pywasm_builtin_anext_obj;
extern const struct _mp_obj_fun_builtin_fixed_t pywasm_builtin_ascii_obj, pywasm_builtin_aiter_obj;
extern const struct _pywasm_quitter_t pywasm_builtin_exit_obj, pywasm_builtin_quit_obj;
extern struct _mp_obj_str_t pywasm_builtins_doc_obj; // port/builtins.c
#define MICROPY_PORT_BUILTINS \
    PYWASM_EXC(RecursionError) \
    PYWASM_EXC(BlockingIOError) PYWASM_EXC(ChildProcessError) PYWASM_EXC(ConnectionError) \
    PYWASM_EXC(BrokenPipeError) PYWASM_EXC(ConnectionAbortedError) PYWASM_EXC(ConnectionRefusedError) \
    PYWASM_EXC(ConnectionResetError) PYWASM_EXC(FileExistsError) PYWASM_EXC(FileNotFoundError) \
    PYWASM_EXC(InterruptedError) PYWASM_EXC(IsADirectoryError) PYWASM_EXC(NotADirectoryError) \
    PYWASM_EXC(PermissionError) PYWASM_EXC(ProcessLookupError) PYWASM_EXC(TimeoutError) \
    PYWASM_EXC(UnicodeDecodeError) PYWASM_EXC(UnicodeEncodeError) \
    PYWASM_EXC(ModuleNotFoundError) PYWASM_EXC(UnboundLocalError) PYWASM_EXC(SystemError) \
    PYWASM_EXC(ReferenceError) PYWASM_EXC(TabError) PYWASM_EXC(UnicodeTranslateError) \
    PYWASM_EXC(FloatingPointError) PYWASM_EXC(BufferError) \
    PYWASM_EXC(Warning) PYWASM_EXC(UserWarning) PYWASM_EXC(DeprecationWarning) \
    PYWASM_EXC(PendingDeprecationWarning) PYWASM_EXC(RuntimeWarning) PYWASM_EXC(SyntaxWarning) \
    PYWASM_EXC(FutureWarning) PYWASM_EXC(ImportWarning) PYWASM_EXC(UnicodeWarning) \
    PYWASM_EXC(BytesWarning) PYWASM_EXC(ResourceWarning) PYWASM_EXC(EncodingWarning) \
    { MP_ROM_QSTR(MP_QSTR_EnvironmentError), MP_ROM_PTR(&mp_type_OSError) }, \
    { MP_ROM_QSTR(MP_QSTR_IOError), MP_ROM_PTR(&mp_type_OSError) }, \
    PYWASM_FUN(format) PYWASM_FUN(vars) PYWASM_FUN(ascii) PYWASM_FUN(exit) PYWASM_FUN(quit) \
    PYWASM_FUN(aiter) PYWASM_FUN(anext) \
    { MP_ROM_QSTR(MP_QSTR___doc__), MP_ROM_PTR(&pywasm_builtins_doc_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___debug__), MP_ROM_TRUE },
// Module and class docstrings are kept as __doc__ (ArgumentParser(
// description=__doc__)); frozen modules are compiled by mpy-cross, which
// drops theirs, so they cost no bytes in the module.
#define MICROPY_ENABLE_DOC_STRING           (1)
// The library beside the module is .mpy files (scripts/build-pylib.py).
#define MICROPY_PERSISTENT_CODE_LOAD        (1)
#define MICROPY_STACK_CHECK                 (1)
// Room to raise MemoryError/RecursionError when the heap itself is exhausted.
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE (256)
#define MICROPY_KBD_EXCEPTION               (1)
#define MICROPY_ENABLE_SCHEDULER            (1)
#define MICROPY_MODULE_OVERRIDE_MAIN_IMPORT (1)
#define MICROPY_ALLOC_PATH_MAX              (4096)
#define MICROPY_PY_SYS_PLATFORM             "wasi"
#define MICROPY_HW_BOARD_NAME               "pywasm"
#define MICROPY_HW_MCU_NAME                 "wasm32"
#define MICROPY_EPOCH_IS_1970               (1)
#define MICROPY_OPT_MAP_LOOKUP_CACHE        (1)
#define MICROPY_OPT_LOAD_ATTR_FAST_PATH     (1)
#define MICROPY_OPT_MPZ_BITWISE             (1)
#define MICROPY_OPT_MATH_FACTORIAL          (1)
// 32-bit str hashes: at 16 bits a dict of 400,000 str keys shared 32,741
// hashes and each lookup compared ~16 strings. The ROM pools' hashes cost
// no image bytes (patch 0161 computes them on first use).
#define MICROPY_QSTR_BYTES_IN_HASH          (4)
// A float hashes by its bits, and as the int of its value when it is whole
// (patch 0065 makes that hold past 2**52); the default cast to an int
// overflowed above 2**31, so hash(2.0**40) != hash(2**40).
#define MICROPY_FLOAT_HIGH_QUALITY_HASH     (1)
// A class's __imul__, __ior__ and the other in-place methods besides
// __iadd__/__isub__ are called (`p *= 2`, `counter |= other`); without one
// the runtime falls back to __mul__/__rmul__ as before.
#define MICROPY_PY_ALL_INPLACE_SPECIAL_METHODS (1)

// ---- memory (heap.c) --------------------------------------------------------
// The GC heap starts small and grows in areas taken from malloc (wasm
// memory.grow) up to the -X heapsize limit, so a small script stays small.
#define MICROPY_ENABLE_GC                   (1)
#define MICROPY_ENABLE_FINALISER            (1)
#define MICROPY_GC_SPLIT_HEAP               (1)
#define MICROPY_GC_SPLIT_HEAP_AUTO          (1)
#define MP_PLAT_ALLOC_HEAP(size)            malloc(size)
#define MP_PLAT_FREE_HEAP(ptr)              free(ptr)
#define MICROPY_GC_ALLOC_THRESHOLD          (1)

// ---- REPL and stdio (stdio.c) -------------------------------------------------
#define MICROPY_HELPER_REPL                 (1)
#define MICROPY_REPL_EMACS_KEYS             (1)
#define MICROPY_REPL_AUTO_INDENT            (1)
#define MICROPY_USE_READLINE                (1)
#define MICROPY_READLINE_HISTORY_SIZE       (50)
#define MICROPY_PY_BUILTINS_INPUT           (1)
#define MICROPY_PY_SYS_STDFILES             (1)
#define MICROPY_PY_SYS_STDIO_BUFFER         (1)
#define MICROPY_PY_SYS_EXIT                 (1)
#define MICROPY_PY_SYS_ATEXIT               (1)
#define MICROPY_PY_SYS_EXC_INFO             (1)
#define MICROPY_PY_SYS_MAXSIZE              (1)
#define MICROPY_PY_SYS_GETSIZEOF            (1)
#define MICROPY_PY_SYS_INTERN               (1)
#define MICROPY_PY_SYS_PATH_ARGV_DEFAULTS   (0)
extern const struct _mp_print_t mp_stderr_print;
#define MICROPY_DEBUG_PRINTER               (&mp_stderr_print)
#define MICROPY_ERROR_PRINTER               (&mp_stderr_print)

// ---- filesystem: the POSIX VFS over wasi-libc, mounted at / ----------------------
#define MICROPY_VFS                         (1)
#define MICROPY_VFS_POSIX                   (1)
#define MICROPY_READER_VFS                  (1)
#define MICROPY_READER_POSIX                (1)
#define MICROPY_HELPER_LEXER_UNIX           (1)
#define MICROPY_PY_OS                       (1)
#define MICROPY_PY_OS_INCLUDEFILE           "modos_wasi.c"
#define MICROPY_PY_OS_GETENV_PUTENV_UNSETENV (1)
#define MICROPY_PY_OS_URANDOM               (1)
#define MICROPY_PY_OS_STATVFS               (0)
#define MICROPY_PY_OS_UNAME                 (1)
#define MICROPY_PY_OS_SYNC                  (0)
#define MICROPY_PY_OS_DUPTERM               (0)

// ---- modules ------------------------------------------------------------------------
#define MICROPY_PY_TIME                     (1)
#define MICROPY_PY_TIME_INCLUDEFILE         "modtime_wasi.c"
#define MICROPY_PY_TIME_TIME_TIME_NS        (1)
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (1)
#define MICROPY_PY_SELECT                   (1)
// WASI's POLL* values differ from MicroPython's, so select uses its generic
// loop, whose wait hook (MICROPY_EVENT_POLL_HOOK below) sleeps a millisecond.
#define MICROPY_PY_SELECT_POSIX_OPTIMISATIONS (0)
#define MICROPY_PY_SELECT_SELECT            (0)
// asyncio's Task is MicroPython's Python one (task.py), to which patch 0073
// adds CPython's Task methods, so no C _asyncio module.
#define MICROPY_PY_ASYNCIO                  (0)
// re is frozen Python over our own engine (modsre.c); MicroPython's re1.5
// module would only add bytes.
#define MICROPY_PY_RE                       (0)
// hashlib is the library's, over port/modhashes.c (MD5, SHA-1, SHA-224,
// SHA-256, states that copy and digest repeatably): no C hashlib module.
#define MICROPY_PY_HASHLIB                  (0)
#define MICROPY_PY_CRYPTOLIB                (0)
#define MICROPY_PY_DEFLATE_COMPRESS         (1)
#define MICROPY_PY_RANDOM_EXTRA_FUNCS       (1)
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC    (pywasm_random_seed())
#define MICROPY_PY_MATH_SPECIAL_FUNCTIONS   (1)
#define MICROPY_PY_MATH_ISCLOSE             (1)
#define MICROPY_PY_CMATH                    (1)
#define MICROPY_PY_COLLECTIONS_DEQUE        (1)
#define MICROPY_PY_COLLECTIONS_DEQUE_ITER   (1)
#define MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR (1)
#define MICROPY_PY_COLLECTIONS_ORDEREDDICT  (1)
#define MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT (1)
#define MICROPY_PY_IO_IOBASE                (1)
#define MICROPY_PY_STRUCT_UNSAFE_TYPECODES  (0)
#define MICROPY_PY_BUILTINS_HELP            (1)
#define MICROPY_PY_BUILTINS_HELP_MODULES    (0)
// Left out to keep the module small: C struct access, the old
// select.select API and io.BufferedWriter are rare in scripts.
#define MICROPY_PY_UCTYPES                  (0)
#define MICROPY_PY_IO_BUFFEREDWRITER        (0)
// Hardware, networking and threads have no meaning in this sandbox.
#define MICROPY_PY_MACHINE                  (0)
#define MICROPY_PY_THREAD                   (0)
#define MICROPY_PY_SOCKET                   (0)
#define MICROPY_PY_NETWORK                  (0)
#define MICROPY_PY_SSL                      (0)
#define MICROPY_PY_WEBSOCKET                (0)
#define MICROPY_PY_WEBREPL                  (0)
#define MICROPY_PY_BTREE                    (0)
#define MICROPY_PY_FRAMEBUF                 (0)
#define MICROPY_PY_BLUETOOTH                (0)
#define MICROPY_PY_ONEWIRE                  (0)
#define MICROPY_PY_LWIP                     (0)

// ---- the VM's periodic hook: interrupts, timeouts and timed stdout flushes ----------
// Every MICROPY_VM_HOOK_COUNT branches or returns the VM calls
// pywasm_vm_poll(), which asks the host (import pywasm.poll) whether to raise
// KeyboardInterrupt; a host enforcing a deadline traps from inside that import.
// The branches' hook is written out in py/vm.c (patch 0198), which also
// returns there to let V8 switch a long-running frame to optimised code.
void pywasm_vm_poll(void);
#define MICROPY_VM_HOOK_COUNT               (4096)
#define MICROPY_VM_HOOK_INIT                static unsigned int vm_hook_divisor = MICROPY_VM_HOOK_COUNT;
#define MICROPY_VM_HOOK_POLL                if (--vm_hook_divisor == 0) { vm_hook_divisor = MICROPY_VM_HOOK_COUNT; pywasm_vm_poll(); }
#define MICROPY_VM_HOOK_RETURN              MICROPY_VM_HOOK_POLL
void pywasm_event_wait(void);
#define MICROPY_EVENT_POLL_HOOK             pywasm_event_wait();

// ---- types --------------------------------------------------------------------------
typedef intptr_t mp_int_t;
typedef uintptr_t mp_uint_t;
typedef long long mp_off_t;
#define MP_STATE_PORT MP_STATE_VM
#define MP_SSIZE_MAX                        (0x7fffffff)

unsigned long pywasm_random_seed(void);
