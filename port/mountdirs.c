// The directories above the mounts. wasi-libc finds an absolute path only
// inside a preopened mount, so the directories leading down to one (/home
// and /home/runner above a workspace mounted at /home/runner/work/r/r) did
// not exist for the script: os.stat('/home') and os.listdir('/') raised
// ENOENT though the host has them, and tools that walk up from the working
// directory looking for their configuration (flake8) failed. Such a
// directory now reads as a directory holding only the next names down to
// the mounts; nothing else of the host shows, and nothing can be written
// there. Replaces stat() and the directory functions in extmod/vfs_posix.c
// (see Makefile).
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wasi/api.h>

int pywasm_stat(const char *path, struct stat *out);       // filemode.c
int pywasm_normalize_path(const char *path, char *out);    // vfs_paths.c

// Calls found(name, len, ctx) for each name that leads from the directory
// dir (absolute, normalized) down to a mount, once per mount below it;
// false when no mount lies below dir.
static bool mount_children(const char *dir, void (*found)(const char *, size_t, void *), void *ctx) {
    size_t dir_len = strcmp(dir, "/") == 0 ? 0 : strlen(dir);
    bool any = false;
    for (__wasi_fd_t fd = 3;; fd++) {
        __wasi_prestat_t prestat;
        if (__wasi_fd_prestat_get(fd, &prestat) != 0) {
            break; // the preopens are the first descriptors, in a row
        }
        char mount[PATH_MAX];
        size_t len = prestat.u.dir.pr_name_len;
        if (prestat.tag != __WASI_PREOPENTYPE_DIR || len >= sizeof(mount)
            || __wasi_fd_prestat_dir_name(fd, (uint8_t *)mount, len) != 0) {
            continue;
        }
        mount[len] = '\0';
        if (mount[0] != '/' || len <= dir_len + 1 || mount[dir_len] != '/'
            || strncmp(mount, dir, dir_len) != 0) {
            continue;
        }
        const char *name = mount + dir_len + 1;
        const char *end = strchr(name, '/');
        if (end != name) {
            found(name, end == NULL ? strlen(name) : (size_t)(end - name), ctx);
            any = true;
        }
    }
    return any;
}

static void ignore_name(const char *name, size_t len, void *ctx) {
    (void)name;
    (void)len;
    (void)ctx;
}

// Whether path (as given to stat) is a directory above a mount.
static bool is_above_mount(const char *path) {
    char dir[PATH_MAX];
    return pywasm_normalize_path(path, dir) == 0 && mount_children(dir, ignore_name, NULL);
}

int pywasm_stat_or_mount_parent(const char *path, struct stat *out) {
    int saved = errno;
    if (pywasm_stat(path, out) == 0) {
        return 0;
    }
    int err = errno;
    if (err != ENOENT && err != ENOTCAPABLE) {
        return -1;
    }
    if (!is_above_mount(path)) {
        errno = err;
        return -1;
    }
    memset(out, 0, sizeof(*out));
    out->st_mode = S_IFDIR | 0555;
    out->st_nlink = 2;
    errno = saved;
    return 0;
}

// A directory handle: the host's, or the names below a directory above the
// mounts, NUL-separated.
typedef struct {
    DIR *host;
    char *names;
    size_t names_len, pos;
    union {
        struct dirent entry;
        char space[sizeof(struct dirent) + NAME_MAX + 1];
    } out;
} mount_dir_t;

static void add_name(const char *name, size_t len, void *ctx) {
    mount_dir_t *d = ctx;
    if (len > NAME_MAX) {
        return; // no directory entry holds it
    }
    for (size_t i = 0; i < d->names_len; i += strlen(d->names + i) + 1) {
        if (strlen(d->names + i) == len && memcmp(d->names + i, name, len) == 0) {
            return; // two mounts below the same name
        }
    }
    char *grown = realloc(d->names, d->names_len + len + 1);
    if (grown == NULL) {
        return;
    }
    d->names = grown;
    memcpy(d->names + d->names_len, name, len);
    d->names[d->names_len + len] = '\0';
    d->names_len += len + 1;
}

DIR *pywasm_opendir(const char *path) {
    mount_dir_t *d = calloc(1, sizeof(mount_dir_t));
    if (d == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    d->host = opendir(path);
    if (d->host != NULL) {
        return (DIR *)d;
    }
    int err = errno;
    char dir[PATH_MAX];
    if ((err == ENOENT || err == ENOTCAPABLE) && pywasm_normalize_path(path, dir) == 0
        && mount_children(dir, add_name, d)) {
        return (DIR *)d;
    }
    free(d->names);
    free(d);
    errno = err;
    return NULL;
}

struct dirent *pywasm_readdir(DIR *handle) {
    mount_dir_t *d = (mount_dir_t *)handle;
    if (d->host != NULL) {
        return readdir(d->host);
    }
    if (d->pos >= d->names_len) {
        return NULL;
    }
    const char *name = d->names + d->pos;
    d->pos += strlen(name) + 1;
    d->out.entry.d_ino = 0;
    d->out.entry.d_type = DT_DIR;
    strcpy(d->out.entry.d_name, name);
    return &d->out.entry;
}

int pywasm_closedir(DIR *handle) {
    mount_dir_t *d = (mount_dir_t *)handle;
    int ret = d->host != NULL ? closedir(d->host) : 0;
    free(d->names);
    free(d);
    return ret;
}
