// Time, randomness, sleeping and the VM's periodic poll, over WASI.
#include <stdlib.h>
#include <time.h>
#include <wasi/api.h>

#include "py/mphal.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "modpywasm.h"

static uint64_t clock_ns(__wasi_clockid_t id) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(id, 1000, &t) != 0) {
        return 0;
    }
    return t;
}

uint64_t mp_hal_time_ns(void) {
    return clock_ns(__WASI_CLOCKID_REALTIME);
}

mp_uint_t mp_hal_ticks_ms(void) {
    return clock_ns(__WASI_CLOCKID_MONOTONIC) / 1000000;
}

mp_uint_t mp_hal_ticks_us(void) {
    return clock_ns(__WASI_CLOCKID_MONOTONIC) / 1000;
}

mp_uint_t mp_hal_ticks_cpu(void) {
    return clock_ns(__WASI_CLOCKID_MONOTONIC);
}

// The whole 64-bit count: mp_uint_t is 32 bits on wasm32, so ticks_cpu wraps
// every 4.3 s, which time.monotonic()/perf_counter() must not.
uint64_t pywasm_monotonic_ns(void) {
    return clock_ns(__WASI_CLOCKID_MONOTONIC);
}

// Sleep in slices so a host interrupt (Ctrl-C, AbortSignal) ends a long sleep.
void mp_hal_delay_us(mp_uint_t us) {
    pywasm_stdout_flush();
    uint64_t end = clock_ns(__WASI_CLOCKID_MONOTONIC) + (uint64_t)us * 1000;
    for (;;) {
        uint64_t now = clock_ns(__WASI_CLOCKID_MONOTONIC);
        if (now >= end) {
            break;
        }
        uint64_t slice = end - now;
        if (slice > 100000000) {
            slice = 100000000;
        }
        struct timespec ts = { .tv_sec = slice / 1000000000, .tv_nsec = slice % 1000000000 };
        nanosleep(&ts, NULL);
        pywasm_vm_poll();
        mp_handle_pending(true);
    }
}

void mp_hal_delay_ms(mp_uint_t ms) {
    mp_hal_delay_us(ms * 1000);
}

// The host's random bytes (WASI random_get: the OS's generator on both
// engines). wasi-libc's arc4random_buf would run ChaCha20 over them, ~2.5 KB
// of code that adds nothing here.
void pywasm_random_bytes(void *buf, size_t len) {
    if (__wasi_random_get(buf, len) != 0) {
        mp_raise_OSError(MP_EIO);
    }
}

unsigned long pywasm_random_seed(void) {
    unsigned long seed;
    pywasm_random_bytes(&seed, sizeof(seed));
    return seed;
}

// Called by the VM every MICROPY_VM_HOOK_COUNT jumps/returns (mpconfigport.h).
void pywasm_vm_poll(void) {
    pywasm_stdout_flush_if_stale();
    if (pywasm_host_poll() == 1) {
        mp_sched_keyboard_interrupt();
    }
}

// Waiting loops (select.poll, asyncio with nothing ready) call this between
// checks: yield the CPU for a millisecond rather than spin.
void pywasm_event_wait(void) {
    pywasm_vm_poll();
    mp_handle_pending(true);
    struct timespec ts = { .tv_sec = 0, .tv_nsec = 1000000 };
    nanosleep(&ts, NULL);
}
