// WASI fixture for the wasm engine's sandbox tests: calls preview1 functions
// directly (no wasi-libc path mapping in between) on the first preopen, fd 3,
// and prints each result as "<op> <path> <errno>".
//   paths.wasm open:PATH  create:PATH  stat:PATH  lstat:PATH  mkdir:PATH
//              unlink:PATH  rmdir:PATH  rename:FROM>TO  read:PATH  prestat
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static const __wasi_rights_t READ = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK;
static const __wasi_rights_t WRITE = __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK;

static int open_at(const char *path, __wasi_oflags_t oflags, __wasi_rights_t rights, __wasi_fd_t *fd) {
    return __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, oflags, rights, rights, 0, fd);
}

static int run(const char *op, const char *path) {
    __wasi_fd_t fd;
    __wasi_filestat_t st;
    if (strcmp(op, "open") == 0) {
        int e = open_at(path, 0, READ, &fd);
        if (e == 0) __wasi_fd_close(fd);
        return e;
    }
    if (strcmp(op, "read") == 0) {
        int e = open_at(path, 0, READ, &fd);
        if (e != 0) return e;
        char buf[256];
        __wasi_iovec_t iov = { (uint8_t *)buf, sizeof(buf) - 1 };
        __wasi_size_t n = 0;
        e = __wasi_fd_read(fd, &iov, 1, &n);
        buf[n] = 0;
        printf("content %s\n", buf);
        __wasi_fd_close(fd);
        return e;
    }
    if (strcmp(op, "create") == 0) {
        int e = open_at(path, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, WRITE, &fd);
        if (e != 0) return e;
        __wasi_ciovec_t iov = { (const uint8_t *)"written", 7 };
        __wasi_size_t n;
        e = __wasi_fd_write(fd, &iov, 1, &n);
        __wasi_fd_close(fd);
        return e;
    }
    if (strcmp(op, "stat") == 0) return __wasi_path_filestat_get(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, &st);
    if (strcmp(op, "lstat") == 0) return __wasi_path_filestat_get(3, 0, path, &st);
    if (strcmp(op, "mkdir") == 0) return __wasi_path_create_directory(3, path);
    if (strcmp(op, "unlink") == 0) return __wasi_path_unlink_file(3, path);
    if (strcmp(op, "rmdir") == 0) return __wasi_path_remove_directory(3, path);
    if (strcmp(op, "rename") == 0) {
        char from[256];
        const char *arrow = strchr(path, '>');
        if (arrow == NULL || (size_t)(arrow - path) >= sizeof(from)) return -1;
        memcpy(from, path, arrow - path);
        from[arrow - path] = 0;
        return __wasi_path_rename(3, from, 3, arrow + 1);
    }
    return -1;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "prestat") == 0) {
            __wasi_prestat_t pre;
            for (__wasi_fd_t fd = 3; __wasi_fd_prestat_get(fd, &pre) == 0; fd++) {
                char name[256] = {0};
                __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, pre.u.dir.pr_name_len < 255 ? pre.u.dir.pr_name_len : 255);
                printf("preopen %u %s\n", fd, name);
            }
            continue;
        }
        char op[16];
        const char *colon = strchr(argv[i], ':');
        size_t len = colon ? (size_t)(colon - argv[i]) : 0;
        if (!colon || len >= sizeof(op)) {
            printf("bad %s\n", argv[i]);
            continue;
        }
        memcpy(op, argv[i], len);
        op[len] = 0;
        printf("%s %s %d\n", op, colon + 1, run(op, colon + 1));
    }
    return 0;
}
