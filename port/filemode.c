// Permission bits, which WASI preview1 does not carry: os.stat's st_mode
// gets them, and os.chmod sets them (docs/module-interface.md, "Permission
// bits"). Both our engines write a file's bits (st_mode & 0o7777) into the
// two bytes of filestat's padding after its filetype, and serve
// pywasm_fs.path_permissions_set. Reading the padding costs nothing: a stat
// stays one WASI call. wasi-libc's stat() and fstat() build st_mode from the
// filetype alone, so these take their place in os (see Makefile).
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <wasi/api.h>
#include <wasi/libc-find-relpath.h>

#include "py/runtime.h"

int pywasm_errno_to_linux(int e);  // errors.c

__attribute__((import_module("pywasm_fs"), import_name("path_permissions_set")))
int32_t pywasm_fs_path_permissions_set(int32_t dir_fd, int32_t lookup, const char *path, int32_t path_len, int32_t mode);

#define PERMISSIONS_OFFSET 18  // in __wasi_filestat_t: after filetype (16), before nlink (24)
_Static_assert(offsetof(__wasi_filestat_t, nlink) == 24, "filestat layout");

// The preopened directory a path lies in, and the path relative to it, as
// wasi-libc's own path functions find them (the working directory included).
// The _alloc variant is a weak symbol, linked in because the port uses chdir.
static int find_dir(const char *path, char **relative) {
    static char *buf;
    static size_t len;
    const char *prefix;
    int fd = __wasilibc_find_relpath_alloc(path, &prefix, &buf, &len, 1);
    *relative = buf;
    if (fd < 0) {
        errno = ENOENT;  // outside every mount: there is no such file
    }
    return fd;
}

static struct timespec timespec_of(__wasi_timestamp_t ns) {
    return (struct timespec) { .tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000 };
}

static int to_stat(__wasi_errno_t err, const __wasi_filestat_t *in, struct stat *out) {
    if (err != 0) {
        errno = err;
        return -1;
    }
    static const mode_t type_bits[] = {
        [__WASI_FILETYPE_BLOCK_DEVICE] = S_IFBLK,
        [__WASI_FILETYPE_CHARACTER_DEVICE] = S_IFCHR,
        [__WASI_FILETYPE_DIRECTORY] = S_IFDIR,
        [__WASI_FILETYPE_REGULAR_FILE] = S_IFREG,
        [__WASI_FILETYPE_SOCKET_DGRAM] = S_IFSOCK,
        [__WASI_FILETYPE_SOCKET_STREAM] = S_IFSOCK,
        [__WASI_FILETYPE_SYMBOLIC_LINK] = S_IFLNK,
    };
    uint16_t permissions;
    memcpy(&permissions, (const char *)in + PERMISSIONS_OFFSET, sizeof(permissions));
    *out = (struct stat) {
        .st_dev = in->dev,
        .st_ino = in->ino,
        .st_nlink = in->nlink,
        .st_size = in->size,
        .st_mode = (in->filetype < MP_ARRAY_SIZE(type_bits) ? type_bits[in->filetype] : 0) | (permissions & 07777),
        .st_atim = timespec_of(in->atim),
        .st_mtim = timespec_of(in->mtim),
        .st_ctim = timespec_of(in->ctim),
    };
    return 0;
}

int pywasm_stat(const char *path, struct stat *out) {
    char *relative;
    int dir_fd = find_dir(path, &relative);
    if (dir_fd < 0) {
        return -1;
    }
    __wasi_filestat_t st = { 0 };
    return to_stat(__wasi_path_filestat_get(dir_fd, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, relative, &st), &st, out);
}

int pywasm_fstat(int fd, struct stat *out) {
    __wasi_filestat_t st = { 0 };
    return to_stat(__wasi_fd_filestat_get(fd, &st), &st, out);
}

// _pywasm_os.chmod(path, mode): the path's own bits, a symlink followed.
static mp_obj_t pywasm_chmod(mp_obj_t path_in, mp_obj_t mode_in) {
    const char *path = mp_obj_str_get_str(path_in);
    mp_int_t mode = mp_obj_get_int(mode_in);
    char *relative;
    int dir_fd = find_dir(path, &relative);
    if (dir_fd < 0) {
        mp_raise_OSError(pywasm_errno_to_linux(errno));
    }
    int err = pywasm_fs_path_permissions_set(dir_fd, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW,
        relative, strlen(relative), mode & 07777);
    if (err != 0) {
        mp_raise_OSError(pywasm_errno_to_linux(err));
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(pywasm_chmod_obj, pywasm_chmod);
