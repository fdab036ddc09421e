// Import lookups in the library beside the module (PYWASM_LIBRARY_DIR, the
// last entry of sys.path: see main.c and scripts/build-pylib.py).
//
// An import asks, for each entry of sys.path, whether "name" is a directory
// and then whether "name.py" or "name.mpy" is a file: three host calls per
// entry, and a host's stat of a missing file is its slowest kind. The
// library is built with the module and read-only, so its names are compiled
// in (pylib_index.h, from scripts/build-pylib.py) and answer every such
// question about it without the host. Replaces mp_vfs_import_stat in
// py/builtinimport.c (see Makefile).
//
// A module found there is read whole, in one host call, into memory that
// is never freed, and loaded from it as from ROM, as a frozen module is: its
// bytecode and names are used in place instead of being copied byte by byte
// through a file reader into the heap. Replaces mp_reader_new_file in
// py/persistentcode.c (see Makefile).
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "py/builtin.h"
#include "py/reader.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "library.h"
#include "pylib_index.h"

// Whether `path` names something in the library, spelled plainly.
static bool in_library(const char *path) {
    size_t root_len = strlen(PYWASM_LIBRARY_DIR);
    return strncmp(path, PYWASM_LIBRARY_DIR, root_len) == 0 && path[root_len] == '/'
           && strrchr(path, '/')[1] != '\0' && strstr(path + root_len, "//") == NULL
           && strstr(path + root_len, "/.") == NULL;
}

static bool library_has(const char *name) {
    size_t low = 0, high = MP_ARRAY_SIZE(pywasm_library_names);
    while (low < high) {
        size_t mid = (low + high) / 2;
        int cmp = strcmp(name, pywasm_library_names[mid]);
        if (cmp == 0) {
            return true;
        }
        if (cmp < 0) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    return false;
}

// Whether the engine mounted the library: asked of the host once, so that a
// module run without it (another WASI host) finds no names in the index.
static bool library_mounted(void) {
    static int mounted = -1;
    if (mounted < 0) {
        struct stat st;
        mounted = stat(PYWASM_LIBRARY_DIR, &st) == 0 && S_ISDIR(st.st_mode);
    }
    return mounted;
}

// The top-level modules the library stands in for: a copy of the PyPI
// package on sys.path cannot run here (typing_extensions reaches into
// CPython's typing internals), so import looks for these in the library
// first (patch 0284), as CPython finds its frozen modules before the path.
static const char *const stand_ins[] = { "typing_extensions" };

const char *pywasm_library_first(qstr mod_name) {
    const char *name = qstr_str(mod_name);
    for (size_t i = 0; i < MP_ARRAY_SIZE(stand_ins); i++) {
        if (strcmp(name, stand_ins[i]) == 0) {
            return library_mounted() ? PYWASM_LIBRARY_DIR : NULL;
        }
    }
    return NULL;
}

mp_import_stat_t pywasm_import_stat(const char *path) {
    if (!in_library(path)) {
        return mp_vfs_import_stat(path);
    }
    if (!library_mounted()) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    const char *name = path + strlen(PYWASM_LIBRARY_DIR) + 1;
    char dir[MICROPY_ALLOC_PATH_MAX + 1];
    size_t len = strlen(name);
    if (len < MICROPY_ALLOC_PATH_MAX) {
        memcpy(dir, name, len);
        strcpy(dir + len, "/");
        if (library_has(dir)) {
            return MP_IMPORT_STAT_DIR;
        }
    }
    return library_has(name) ? MP_IMPORT_STAT_FILE : MP_IMPORT_STAT_NO_EXIST;
}

void pywasm_reader_new_file(mp_reader_t *reader, qstr filename) {
    const char *path = qstr_str(filename);
    if (!in_library(path)) {
        mp_reader_new_file(reader, filename);
        return;
    }
    // The size from seeking to the end: the engines' WASI has no fstat.
    int fd = open(path, O_RDONLY);
    off_t size = fd < 0 ? -1 : lseek(fd, 0, SEEK_END);
    if (size < 0 || lseek(fd, 0, SEEK_SET) != 0) {
        int err = errno;
        if (fd >= 0) {
            close(fd);
        }
        mp_raise_OSError(err);
    }
    byte *data = malloc(size ? size : 1);
    size_t got = 0;
    while (data != NULL && got < (size_t)size) {
        ssize_t n = read(fd, data + got, size - got);
        if (n <= 0) {
            break;
        }
        got += n;
    }
    close(fd);
    if (data == NULL) {
        m_malloc_fail(size);
    }
    if (got < (size_t)size) {
        free(data);
        mp_raise_OSError(MP_EIO);
    }
    mp_reader_new_mem(reader, data, got, MP_READER_IS_ROM);
}
