// Working-directory and number helpers that make the POSIX VFS and the time
// module behave as CPython does on top of wasi-libc.
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <math.h>

#include "py/runtime.h"

// A path made absolute against the working directory and resolved
// lexically ("." dropped, ".." popped), as wasi-libc resolves every path;
// out holds PATH_MAX bytes. 0, or -1 with errno set.
int pywasm_normalize_path(const char *path, char *out) {
    char joined[PATH_MAX];
    if (path[0] == '/') {
        if (strlen(path) >= sizeof(joined)) {
            errno = ENAMETOOLONG;
            return -1;
        }
        strcpy(joined, path);
    } else {
        if (getcwd(joined, sizeof(joined)) == NULL) {
            return -1;
        }
        size_t len = strlen(joined);
        if (len + 1 + strlen(path) >= sizeof(joined)) {
            errno = ENAMETOOLONG;
            return -1;
        }
        joined[len] = '/';
        strcpy(joined + len + 1, path);
    }
    // Rebuild the path from its components, dropping "." and popping on "..".
    size_t out_len = 0;
    for (char *part = strtok(joined, "/"); part != NULL; part = strtok(NULL, "/")) {
        if (strcmp(part, ".") == 0) {
            continue;
        }
        if (strcmp(part, "..") == 0) {
            while (out_len > 0 && out[out_len - 1] != '/') {
                out_len--;
            }
            if (out_len > 0) {
                out_len--;
            }
            continue;
        }
        out[out_len++] = '/';
        size_t n = strlen(part);
        memcpy(out + out_len, part, n);
        out_len += n;
    }
    if (out_len == 0) {
        out[out_len++] = '/';
    }
    out[out_len] = '\0';
    return 0;
}

// wasi-libc keeps the working directory as a string and stores what chdir is
// given, so os.chdir("..") would leave getcwd() returning "/a/b/..". Resolve
// the path lexically before changing to it. Replaces chdir() in
// extmod/vfs_posix.c (see Makefile).
int pywasm_chdir(const char *path) {
    char out[PATH_MAX];
    if (pywasm_normalize_path(path, out) != 0) {
        return -1;
    }
    return chdir(out);
}

// time.gmtime/localtime/mktime take seconds as int in MicroPython and as int
// or float in CPython (time.gmtime(time.time()) is common). Replaces
// mp_obj_get_int in extmod/modtime.c (see Makefile).
mp_int_t pywasm_obj_get_int_or_float(mp_const_obj_t arg) {
    if (mp_obj_is_float(arg)) {
        return (mp_int_t)floor(mp_obj_get_float((mp_obj_t)arg));
    }
    return mp_obj_get_int(arg);
}
