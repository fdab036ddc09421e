// Hardware abstraction for the WASI port: time, stdio and syscall retry.
#include <errno.h>
#include <unistd.h>

int pywasm_linux_errno(void);

// WASI has no signals, so EINTR never arrives; the loop form is kept because
// extmod's POSIX VFS is written against it.
#define MP_HAL_RETRY_SYSCALL(ret, syscall, raise) { \
        for (;;) { \
            ret = syscall; \
            if (ret == -1) { \
                int err = pywasm_linux_errno(); \
                if (err == EINTR) { \
                    mp_handle_pending(true); \
                    continue; \
                } \
                raise; \
            } \
            break; \
        } \
}

static inline void mp_hal_set_interrupt_char(char c) {
    (void)c;
}

// Flush buffered stdout (stdio.c); called before anything that lets the host
// observe order: stderr writes, stdin reads, host calls, sleeping, exit.
void pywasm_stdout_flush(void);
// Send what files opened by name hold in their write buffers (patch 0170).
void pywasm_files_flush(void);
void pywasm_stdout_set_unbuffered(void);  // -u, PYTHONUNBUFFERED
void pywasm_random_bytes(void *buf, size_t len);  // hal.c: the host's random_get

// Nanoseconds on the monotonic clock, all 64 bits (hal.c).
uint64_t pywasm_monotonic_ns(void);
