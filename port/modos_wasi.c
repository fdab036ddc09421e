// Port additions to the os module (included by extmod/modos.c):
// environment variables and urandom, over wasi-libc; file times, which
// the frozen os module reaches through _pywasm; and file descriptors, in
// the built-in _pywasm_os (below).
#include <stdlib.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/mperrno.h"

void pywasm_files_flush(void);  // extmod/vfs_posix_file.c (patch 0170)

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
    const char *path = mp_obj_str_get_str(args[0]);
    // wasi-libc resolves '' to the working directory, where Linux finds
    // nothing; CPython's utime names no file in its errors
    if (!*path) {
        mp_raise_OSError(MP_ENOENT);
    }
    pywasm_files_flush();  // bytes written later would move the times again
    if (utimensat(AT_FDCWD, path, times, flags) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_set_file_times_obj, 4, 4, set_file_times);

// File descriptors: the built-in _pywasm_os, which the frozen os package
// (port/python/os) re-exports as os.open, os.read, os.write, os.close,
// os.lseek, os.fsync, os.ftruncate, os.isatty, os.fstat, os.chmod (filemode.c)
// and the O_* flags.
// A module of its own because the os module's table is extmod's (a patch
// for every name otherwise). Everything goes through wasi-libc, so a
// descriptor opened from a path obeys the same mounts as open(): path_open
// under a preopened directory, in a writable mount for any change.
#include <string.h>
#include <unistd.h>


NORETURN void pywasm_raise_oserror(int code, mp_obj_t filename);

// Linux's numbers (x86-64 and arm64 agree), which scripts and CPython on the
// runner use; wasi-libc's own O_* are WASI's rights and flag bits, and are
// only ever seen inside open_flags below.
#define LINUX_O_ACCMODE   (03)
#define LINUX_O_RDONLY    (00)
#define LINUX_O_WRONLY    (01)
#define LINUX_O_RDWR      (02)
#define LINUX_O_CREAT     (0100)
#define LINUX_O_EXCL      (0200)
#define LINUX_O_NOCTTY    (0400)
#define LINUX_O_TRUNC     (01000)
#define LINUX_O_APPEND    (02000)
#define LINUX_O_NONBLOCK  (04000)
#define LINUX_O_DSYNC     (010000)
#define LINUX_O_DIRECTORY (0200000)
#define LINUX_O_NOFOLLOW  (0400000)
#define LINUX_O_CLOEXEC   (02000000)
#define LINUX_O_SYNC      (04010000)  // O_DSYNC's bit and one of its own

// Linux flags -> wasi-libc's. Bits with no WASI meaning (O_CLOEXEC: there
// is no exec; O_NOCTTY; O_LARGEFILE, which is 0 in CPython anyway) are
// dropped, as Linux ignores flags it has no use for.
static int open_flags(mp_int_t linux_flags) {
    int flags;
    switch (linux_flags & LINUX_O_ACCMODE) {
        case LINUX_O_RDONLY:
            flags = O_RDONLY;
            break;
        case LINUX_O_WRONLY:
            flags = O_WRONLY;
            break;
        case LINUX_O_RDWR:
            flags = O_RDWR;
            break;
        default:
            mp_raise_OSError(MP_EINVAL);
    }
    if (linux_flags & LINUX_O_CREAT) {
        flags |= O_CREAT;
    }
    if (linux_flags & LINUX_O_EXCL) {
        flags |= O_EXCL;
    }
    if (linux_flags & LINUX_O_TRUNC) {
        flags |= O_TRUNC;
    }
    if (linux_flags & LINUX_O_APPEND) {
        flags |= O_APPEND;
    }
    if (linux_flags & LINUX_O_NONBLOCK) {
        flags |= O_NONBLOCK;
    }
    if ((linux_flags & LINUX_O_SYNC) == LINUX_O_SYNC) {
        flags |= O_SYNC;
    } else if (linux_flags & LINUX_O_DSYNC) {
        flags |= O_DSYNC;
    }
    if (linux_flags & LINUX_O_DIRECTORY) {
        flags |= O_DIRECTORY;
    }
    if (linux_flags & LINUX_O_NOFOLLOW) {
        flags |= O_NOFOLLOW;
    }
    return flags;
}

// A descriptor argument: an int (CPython's error for anything else).
static int fd_arg(mp_obj_t fd_in) {
    return (int)mp_obj_get_int(fd_in);
}

// os.fsync and os.fdatasync also take an object with fileno(), as CPython.
static int fd_or_fileno(mp_obj_t fd_in) {
    if (!mp_obj_is_int(fd_in) && !mp_obj_is_bool(fd_in)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(fd_in, MP_QSTR_fileno, dest);
        if (dest[0] != MP_OBJ_NULL) {
            fd_in = mp_call_method_n_kw(0, 0, dest);
        }
    }
    return fd_arg(fd_in);
}

// An offset or size: off_t is 64-bit, MicroPython's small ints 31-bit. A
// float holds every offset a file can reach (2**53 bytes).
static off_t offset_arg(mp_obj_t in) {
    if (mp_obj_is_exact_type(in, &mp_type_int)) {
        return (off_t)mp_obj_get_float(in);
    }
    return (off_t)mp_obj_get_int(in);
}

// What the standard streams already hold must reach the host before a
// descriptor of theirs is written or read directly: output stays in the
// order of the calls, as everywhere in the port (stdio.c).
static void flush_if_stdio(int fd) {
    if (fd >= 0 && fd <= 2) {
        pywasm_stdout_flush();
    }
}

// os.open(path, flags, mode=0o777, *, dir_fd=None) -> fd. WASI creates a
// file with the host's default mode; the frozen os.open applies mode after
// an O_CREAT | O_EXCL open, when the file is new for certain.
static mp_obj_t os_fd_open(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_flags, ARG_mode, ARG_dir_fd };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_path, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_flags, MP_ARG_INT | MP_ARG_REQUIRED, {.u_int = 0} },
        { MP_QSTR_mode, MP_ARG_INT, {.u_int = 0777} },
        { MP_QSTR_dir_fd, MP_ARG_OBJ | MP_ARG_KW_ONLY, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);

    mp_obj_t given = args[ARG_path].u_obj;
    mp_obj_t path_obj = given;
    mp_obj_t dest[2];
    if (!mp_obj_is_str_or_bytes(path_obj)) {
        mp_load_method_maybe(path_obj, MP_QSTR___fspath__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            path_obj = mp_call_method_n_kw(0, 0, dest);
        }
    }
    if (!mp_obj_is_str_or_bytes(path_obj)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("open: path should be string, bytes or os.PathLike, not %s"),
            mp_obj_get_type_str(given));
    }
    size_t len;
    const char *path = mp_obj_str_get_data(path_obj, &len);
    if (strlen(path) != len) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null byte"));
    }
    int flags = open_flags(args[ARG_flags].u_int);
    pywasm_files_flush();  // what open files hold is in the file first (patch 0264)
    int fd;
    if (args[ARG_dir_fd].u_obj != mp_const_none && path[0] != '/') {
        // relative to a directory descriptor (os.open(d, O_DIRECTORY)): WASI
        // resolves it inside that directory's mount, as any path_open
        fd = openat(fd_arg(args[ARG_dir_fd].u_obj), path, flags, (mode_t)args[ARG_mode].u_int);
    } else {
        fd = open(path, flags, (mode_t)args[ARG_mode].u_int);
    }
    if (fd < 0) {
        pywasm_raise_oserror(errno, given);
    }
    return MP_OBJ_NEW_SMALL_INT(fd);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(os_fd_open_obj, 2, os_fd_open);

// os.read(fd, n) -> bytes, at most n of them; b'' at the end of the file.
static mp_obj_t os_fd_read(mp_obj_t fd_in, mp_obj_t n_in) {
    int fd = fd_arg(fd_in);
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_OSError(MP_EINVAL);
    }
    flush_if_stdio(fd);
    vstr_t vstr;
    vstr_init_len(&vstr, n);
    ssize_t got = read(fd, vstr.buf, n);
    if (got < 0) {
        int err = errno;
        vstr_clear(&vstr);
        mp_raise_OSError(err);
    }
    vstr.len = got;
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_fd_read_obj, os_fd_read);

// os.write(fd, data) -> the number of bytes written; data any buffer but str.
static mp_obj_t os_fd_write(mp_obj_t fd_in, mp_obj_t data_in) {
    int fd = fd_arg(fd_in);
    if (mp_obj_is_str(data_in)) {
        // MicroPython's str has the buffer protocol; CPython's does not
        mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
    }
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(data_in, &bufinfo, MP_BUFFER_READ);
    flush_if_stdio(fd);
    ssize_t n = write(fd, bufinfo.buf, bufinfo.len);
    if (n < 0) {
        mp_raise_OSError(errno);
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_fd_write_obj, os_fd_write);

static mp_obj_t os_fd_close(mp_obj_t fd_in) {
    int fd = fd_arg(fd_in);
    flush_if_stdio(fd);
    if (close(fd) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_fd_close_obj, os_fd_close);

// os.closerange(lo, hi): every descriptor in [lo, hi), errors ignored. The
// engines refuse to close a mount's descriptor, so the mounts stay.
static mp_obj_t os_fd_closerange(mp_obj_t lo_in, mp_obj_t hi_in) {
    mp_int_t lo = mp_obj_get_int(lo_in), hi = mp_obj_get_int(hi_in);
    for (mp_int_t fd = lo < 0 ? 0 : lo; fd < hi; fd++) {
        flush_if_stdio(fd);
        close(fd);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_fd_closerange_obj, os_fd_closerange);

static mp_obj_t os_fd_lseek(mp_obj_t fd_in, mp_obj_t pos_in, mp_obj_t how_in) {
    int fd = fd_arg(fd_in);
    off_t pos = offset_arg(pos_in);
    mp_int_t how = mp_obj_get_int(how_in);
    // (lseek) itself: wasi-libc's lseek macro turns lseek(fd, 0, SEEK_CUR)
    // into fd_tell, which the module does not import (the values are not
    // constants here, but the parentheses make sure).
    off_t at = (lseek)(fd, pos, (int)how);
    if (at == (off_t)-1) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_int_from_ll(at);
}
static MP_DEFINE_CONST_FUN_OBJ_3(os_fd_lseek_obj, os_fd_lseek);

// os.fsync, and os.fdatasync with it: fsync does all fdatasync does, and
// one WASI call (fd_sync) serves both.
static mp_obj_t os_fd_fsync(mp_obj_t fd_in) {
    int fd = fd_or_fileno(fd_in);
    flush_if_stdio(fd);
    if (fsync(fd) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_fd_fsync_obj, os_fd_fsync);

// os.ftruncate (WASI's fd_filestat_set_size)
static mp_obj_t os_fd_ftruncate(mp_obj_t fd_in, mp_obj_t length_in) {
    int fd = fd_arg(fd_in);
    off_t length = offset_arg(length_in);
    if (ftruncate(fd, length) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_fd_ftruncate_obj, os_fd_ftruncate);

// os.isatty: wasi-libc's isatty asks fd_fdstat_get for a character device
// that cannot seek, which is what the engines report for a terminal.
static mp_obj_t os_fd_isatty(mp_obj_t fd_in) {
    return mp_obj_new_bool(isatty(fd_arg(fd_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_fd_isatty_obj, os_fd_isatty);

int pywasm_fstat(int fd, struct stat *out);  // filemode.c: with permission bits
MP_DECLARE_CONST_FUN_OBJ_2(pywasm_chmod_obj);

// What os.stat (extmod/vfs_posix.c, patch 0303) and os.fstat give the os
// package: MicroPython's ten items (mode, ino, dev, nlink, uid, gid, size,
// atime, mtime, ctime; the times whole seconds), then the three times'
// nanoseconds, which os.stat_result keeps for st_mtime and st_mtime_ns.
mp_obj_t pywasm_stat_tuple(const struct stat *sb) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(13, NULL));
    t->items[0] = MP_OBJ_NEW_SMALL_INT(sb->st_mode);
    t->items[1] = mp_obj_new_int_from_ull(sb->st_ino);
    t->items[2] = mp_obj_new_int_from_ull(sb->st_dev);
    t->items[3] = mp_obj_new_int_from_ull(sb->st_nlink);
    t->items[4] = mp_obj_new_int_from_uint(sb->st_uid);
    t->items[5] = mp_obj_new_int_from_uint(sb->st_gid);
    t->items[6] = mp_obj_new_int_from_ll(sb->st_size);
    const struct timespec *times[3] = { &sb->st_atim, &sb->st_mtim, &sb->st_ctim };
    for (int i = 0; i < 3; i++) {
        t->items[7 + i] = mp_obj_new_int_from_ll(times[i]->tv_sec);
        t->items[10 + i] = MP_OBJ_NEW_SMALL_INT(times[i]->tv_nsec);
    }
    return MP_OBJ_FROM_PTR(t);
}

// os.fstat: WASI's fd_filestat_get
static mp_obj_t os_fd_fstat(mp_obj_t fd_in) {
    struct stat sb;
    if (pywasm_fstat(fd_arg(fd_in), &sb) != 0) {
        mp_raise_OSError(errno);
    }
    return pywasm_stat_tuple(&sb);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_fd_fstat_obj, os_fd_fstat);

// open(fd) (port/fileopen.c): CPython checks the descriptor first, so a bad
// one is OSError(EBADF) and a directory's IsADirectoryError naming the fd,
// rather than a file object that fails on its first read.
void pywasm_check_open_fd(mp_obj_t fd_in) {
    mp_int_t fd = mp_obj_get_int(fd_in);
    if (fd < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative file descriptor"));
    }
    struct stat sb;
    if (fstat((int)fd, &sb) != 0) {
        mp_raise_OSError(errno);
    }
    if (S_ISDIR(sb.st_mode)) {
        pywasm_raise_oserror(MP_EISDIR, fd_in);
    }
}

static const mp_rom_map_elem_t os_fd_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm_os) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&os_fd_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&os_fd_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&os_fd_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&os_fd_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_closerange), MP_ROM_PTR(&os_fd_closerange_obj) },
    { MP_ROM_QSTR(MP_QSTR_lseek), MP_ROM_PTR(&os_fd_lseek_obj) },
    { MP_ROM_QSTR(MP_QSTR_fsync), MP_ROM_PTR(&os_fd_fsync_obj) },
    { MP_ROM_QSTR(MP_QSTR_ftruncate), MP_ROM_PTR(&os_fd_ftruncate_obj) },
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&os_fd_isatty_obj) },
    { MP_ROM_QSTR(MP_QSTR_fstat), MP_ROM_PTR(&os_fd_fstat_obj) },
    { MP_ROM_QSTR(MP_QSTR_chmod), MP_ROM_PTR(&pywasm_chmod_obj) },
    { MP_ROM_QSTR(MP_QSTR_O_RDONLY), MP_ROM_INT(LINUX_O_RDONLY) },
    { MP_ROM_QSTR(MP_QSTR_O_WRONLY), MP_ROM_INT(LINUX_O_WRONLY) },
    { MP_ROM_QSTR(MP_QSTR_O_RDWR), MP_ROM_INT(LINUX_O_RDWR) },
    { MP_ROM_QSTR(MP_QSTR_O_ACCMODE), MP_ROM_INT(LINUX_O_ACCMODE) },
    { MP_ROM_QSTR(MP_QSTR_O_CREAT), MP_ROM_INT(LINUX_O_CREAT) },
    { MP_ROM_QSTR(MP_QSTR_O_EXCL), MP_ROM_INT(LINUX_O_EXCL) },
    { MP_ROM_QSTR(MP_QSTR_O_NOCTTY), MP_ROM_INT(LINUX_O_NOCTTY) },
    { MP_ROM_QSTR(MP_QSTR_O_TRUNC), MP_ROM_INT(LINUX_O_TRUNC) },
    { MP_ROM_QSTR(MP_QSTR_O_APPEND), MP_ROM_INT(LINUX_O_APPEND) },
    { MP_ROM_QSTR(MP_QSTR_O_NONBLOCK), MP_ROM_INT(LINUX_O_NONBLOCK) },
    { MP_ROM_QSTR(MP_QSTR_O_NDELAY), MP_ROM_INT(LINUX_O_NONBLOCK) },
    { MP_ROM_QSTR(MP_QSTR_O_DSYNC), MP_ROM_INT(LINUX_O_DSYNC) },
    { MP_ROM_QSTR(MP_QSTR_O_SYNC), MP_ROM_INT(LINUX_O_SYNC) },
    { MP_ROM_QSTR(MP_QSTR_O_RSYNC), MP_ROM_INT(LINUX_O_SYNC) },
    { MP_ROM_QSTR(MP_QSTR_O_DIRECTORY), MP_ROM_INT(LINUX_O_DIRECTORY) },
    { MP_ROM_QSTR(MP_QSTR_O_NOFOLLOW), MP_ROM_INT(LINUX_O_NOFOLLOW) },
    { MP_ROM_QSTR(MP_QSTR_O_CLOEXEC), MP_ROM_INT(LINUX_O_CLOEXEC) },
    { MP_ROM_QSTR(MP_QSTR_O_LARGEFILE), MP_ROM_INT(0) },
};
static MP_DEFINE_CONST_DICT(os_fd_module_globals, os_fd_module_globals_table);

const mp_obj_module_t mp_module_pywasm_os = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&os_fd_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__pywasm_os, mp_module_pywasm_os);
