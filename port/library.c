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
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
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

mp_import_stat_t pywasm_import_stat(const char *path) {
    size_t root_len = strlen(PYWASM_LIBRARY_DIR);
    const char *slash = strrchr(path, '/');
    if (strncmp(path, PYWASM_LIBRARY_DIR, root_len) != 0 || path[root_len] != '/' || slash[1] == '\0'
        || strstr(path + root_len, "//") != NULL || strstr(path + root_len, "/.") != NULL) {
        return mp_vfs_import_stat(path);
    }
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
