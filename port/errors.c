// CPython's view of errors, on top of wasi-libc and MicroPython.
//
// errno: wasi-libc numbers errors its own way (ENOENT is 44); CPython users
// expect Linux's numbers ([Errno 2]). MicroPython runs with its internal,
// Linux-numbered errno (MICROPY_USE_INTERNAL_ERRNO), and every place that
// reads the C library's errno reads it through pywasm_linux_errno()
// (errno_linux.h is force-included into those files; see Makefile).
//
// RecursionError: MicroPython raises RuntimeError when its stack check fails;
// CPython raises RecursionError, a subclass of it. The stack check's raise is
// redirected here (Makefile) to raise our RecursionError type.
#include <errno.h>
#include <string.h>

#include "py/mperrno.h"
#include "py/qstr.h"
#include "py/runtime.h"

int pywasm_errno_to_linux(int e) {
    switch (e) {
        case EPERM: return MP_EPERM;
        case ENOENT: return MP_ENOENT;
        case EIO: return MP_EIO;
        case EBADF: return MP_EBADF;
        case EAGAIN: return MP_EAGAIN;
        case ENOMEM: return MP_ENOMEM;
        case EACCES: return MP_EACCES;
        case ENOTCAPABLE: return MP_EACCES;  // outside every mount: permission denied
        case EEXIST: return MP_EEXIST;
        case ENODEV: return MP_ENODEV;
        case ENOTDIR: return MP_ENOTDIR;
        case EISDIR: return MP_EISDIR;
        case EINVAL: return MP_EINVAL;
        case ENOSPC: return 28;
        case ESPIPE: return 29;
        case EROFS: return 30;
        case EPIPE: return 32;
        case ERANGE: return MP_ERANGE;
        case ENAMETOOLONG: return 36;
        case ENOSYS: return 38;
        case ENOTEMPTY: return 39;
        case ELOOP: return 40;
        case EXDEV: return 18;
        case EFBIG: return 27;
        case EMFILE: return 24;
        case ENOTTY: return 25;
        case EBUSY: return 16;
        case EINTR: return 4;
        case ENOTSUP: return MP_EOPNOTSUPP;
        case ETIMEDOUT: return MP_ETIMEDOUT;
        case EILSEQ: return 84;
        case EOVERFLOW: return 75;
        default: return e;
    }
}

int pywasm_linux_errno(void) {
    return pywasm_errno_to_linux(errno);
}

// strerror's words for a Linux errno, or NULL: one table for printing
// OSError (below) and for os.strerror (modpywasm.c).
const char *pywasm_strerror(mp_int_t code) {
    static const struct { uint8_t code; const char *text; } messages[] = {
        { 1, "Operation not permitted" },
        { 2, "No such file or directory" },
        { 4, "Interrupted system call" },
        { 5, "Input/output error" },
        { 9, "Bad file descriptor" },
        { 11, "Resource temporarily unavailable" },
        { 12, "Cannot allocate memory" },
        { 13, "Permission denied" },
        { 16, "Device or resource busy" },
        { 17, "File exists" },
        { 18, "Invalid cross-device link" },
        { 19, "No such device" },
        { 20, "Not a directory" },
        { 21, "Is a directory" },
        { 22, "Invalid argument" },
        { 24, "Too many open files" },
        { 25, "Inappropriate ioctl for device" },
        { 27, "File too large" },
        { 28, "No space left on device" },
        { 29, "Illegal seek" },
        { 30, "Read-only file system" },
        { 32, "Broken pipe" },
        { 34, "Numerical result out of range" },
        { 36, "File name too long" },
        { 38, "Function not implemented" },
        { 39, "Directory not empty" },
        { 40, "Too many levels of symbolic links" },
        { 95, "Operation not supported" },
        { 110, "Connection timed out" },
        { 111, "Connection refused" },
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(messages); i++) {
        if (messages[i].code == code) {
            return messages[i].text;
        }
    }
    return NULL;
}

// OverflowError(34, 'Numerical result out of range'): CPython's error (its
// libm's ERANGE) for a float power too large, 2.0 ** 10000 (objfloat.c)
NORETURN void pywasm_raise_erange(void) {
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(34), mp_obj_new_str_from_cstr(pywasm_strerror(34))};
    nlr_raise(mp_obj_new_exception_args(&mp_type_OverflowError, 2, args));
}

// OSError's text: CPython prints strerror's words ("[Errno 2] No such file or
// directory"), MicroPython the errno's name ("[Errno 2] ENOENT"). The words
// are static qstrs (qstrdefsport.h), found without allocating, since this
// runs while printing exceptions, possibly with the heap locked. Replaces
// mp_errno_to_str in py/objexcept.c (see Makefile).
qstr pywasm_errno_message(mp_obj_t errno_val) {
    const char *text = pywasm_strerror(MP_OBJ_SMALL_INT_VALUE(errno_val));
    if (text != NULL) {
        qstr q = qstr_find_strn(text, strlen(text));
        if (q != MP_QSTRnull) {
            return q;
        }
    }
    return mp_errno_to_str(errno_val);
}

MP_DEFINE_EXCEPTION(RecursionError, RuntimeError)

NORETURN void pywasm_raise_recursion_error(void) {
    mp_raise_msg(&mp_type_RecursionError, MP_ERROR_TEXT("maximum recursion depth exceeded"));
}
