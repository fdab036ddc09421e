// Port additions to the os module (included by extmod/modos.c):
// environment variables and urandom, over wasi-libc; and file times, which
// the frozen os module reaches through _pywasm.
#include <stdlib.h>

#include "py/runtime.h"
#include "py/mphal.h"

static mp_obj_t mp_os_getenv(size_t n_args, const mp_obj_t *args) {
    const char *value = getenv(mp_obj_str_get_str(args[0]));
    if (value == NULL) {
        return n_args == 2 ? args[1] : mp_const_none;
    }
    return mp_obj_new_str_from_cstr(value);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_os_getenv_obj, 1, 2, mp_os_getenv);

static mp_obj_t mp_os_putenv(mp_obj_t key_in, mp_obj_t value_in) {
    if (setenv(mp_obj_str_get_str(key_in), mp_obj_str_get_str(value_in), 1) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(mp_os_putenv_obj, mp_os_putenv);

static mp_obj_t mp_os_unsetenv(mp_obj_t key_in) {
    if (unsetenv(mp_obj_str_get_str(key_in)) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_os_unsetenv_obj, mp_os_unsetenv);

static mp_obj_t mp_os_urandom(mp_obj_t size_in) {
    mp_int_t size = mp_obj_get_int(size_in);
    if (size < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative argument not allowed"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, size);
    pywasm_random_bytes(vstr.buf, size);
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_os_urandom_obj, mp_os_urandom);

// _pywasm.set_file_times(path, atime, mtime, follow_symlinks), for os.utime
// (port/python/os): each time a (seconds, nanoseconds) pair, or None for
// now. WASI's path_filestat_set_times, which both engines give a mounted
// directory the script may write to.
#include <fcntl.h>
#include <sys/stat.h>

static void file_time(mp_obj_t pair, struct timespec *out) {
    if (pair == mp_const_none) {
        out->tv_sec = 0;
        out->tv_nsec = UTIME_NOW;
        return;
    }
    mp_obj_t *items;
    mp_obj_get_array_fixed_n(pair, 2, &items);
    // a float holds every whole second a file can have (2**53 of them)
    out->tv_sec = (time_t)mp_obj_get_float(items[0]);
    out->tv_nsec = mp_obj_get_int(items[1]);
}

static mp_obj_t set_file_times(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    struct timespec times[2];
    file_time(args[1], &times[0]);
    file_time(args[2], &times[1]);
    int flags = mp_obj_is_true(args[3]) ? 0 : AT_SYMLINK_NOFOLLOW;
    if (utimensat(AT_FDCWD, mp_obj_str_get_str(args[0]), times, flags) != 0) {
        mp_raise_OSError_with_filename(errno, mp_obj_str_get_str(args[0]));
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_set_file_times_obj, 4, 4, set_file_times);
