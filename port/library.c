// Import lookups in the library beside the module (PYWASM_LIBRARY_DIR, the
// last entry of sys.path: see main.c and scripts/build-pylib.py).
//
// An import asks, for each entry of sys.path, whether "name" is a directory
// and then whether "name.py" or "name.mpy" is a file: three host calls per
// entry, and a host's stat of a missing file is its slowest kind. The
// library is read-only and never changes while the interpreter runs, so
// each of its directories is listed once, on its first lookup, and the
// listing answers every later question without the host. Replaces
// mp_vfs_import_stat in py/builtinimport.c (see Makefile).
//
// A module found there is read whole, in one host call, into memory that
// is never freed, and loaded from it as from ROM, as a frozen module is: its
// bytecode and names are used in place instead of being copied byte by byte
// through a file reader into the heap. Replaces mp_reader_new_file in
// py/persistentcode.c (see Makefile).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "py/builtin.h"
#include "py/reader.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "library.h"

// One listed directory: its path, then its entries, each a type byte
// ('d' or 'f') and a NUL-terminated name, packed one after the other.
typedef struct _listing_t {
    struct _listing_t *next;
    char *path;
    char *entries;
    size_t entries_len;
} listing_t;

static listing_t *listings;

// The listing of directory `path` (of length `len`), read on first use;
// NULL when it cannot be read (no such directory, or no library mounted).
static listing_t *listing_of(const char *path, size_t len) {
    for (listing_t *l = listings; l != NULL; l = l->next) {
        if (strlen(l->path) == len && memcmp(l->path, path, len) == 0) {
            return l;
        }
    }
    listing_t *l = calloc(1, sizeof(listing_t));
    if (l == NULL || (l->path = strndup(path, len)) == NULL) {
        free(l);
        return NULL;
    }
    DIR *dir = opendir(l->path);
    size_t room = 0;
    struct dirent *e;
    while (dir != NULL && (e = readdir(dir)) != NULL) {
        size_t need = l->entries_len + strlen(e->d_name) + 2;
        if (need > room) {
            room = need * 2;
            char *grown = realloc(l->entries, room);
            if (grown == NULL) {
                break;
            }
            l->entries = grown;
        }
        l->entries[l->entries_len] = e->d_type == DT_DIR ? 'd' : 'f';
        strcpy(l->entries + l->entries_len + 1, e->d_name);
        l->entries_len = need;
    }
    if (dir != NULL) {
        closedir(dir);
    }
    // A directory that cannot be read is remembered as empty: the library's
    // absence does not change during a run either.
    l->next = listings;
    listings = l;
    return l;
}

// Whether `path` names a file in the library, spelled plainly.
static bool in_library(const char *path) {
    size_t root_len = strlen(PYWASM_LIBRARY_DIR);
    return strncmp(path, PYWASM_LIBRARY_DIR, root_len) == 0 && path[root_len] == '/'
           && strrchr(path, '/')[1] != '\0' && strstr(path + root_len, "//") == NULL
           && strstr(path + root_len, "/.") == NULL;
}

mp_import_stat_t pywasm_import_stat(const char *path) {
    if (!in_library(path)) {
        return mp_vfs_import_stat(path);
    }
    const char *slash = strrchr(path, '/');
    listing_t *l = listing_of(path, slash - path);
    if (l == NULL) {
        return mp_vfs_import_stat(path);
    }
    for (size_t at = 0; at < l->entries_len; at += strlen(l->entries + at + 1) + 2) {
        if (strcmp(l->entries + at + 1, slash + 1) == 0) {
            return l->entries[at] == 'd' ? MP_IMPORT_STAT_DIR : MP_IMPORT_STAT_FILE;
        }
    }
    return MP_IMPORT_STAT_NO_EXIST;
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
