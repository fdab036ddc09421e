// Port additions to the time module (included by extmod/modtime.c).
// WASI has no time zones: local time is UTC.
#include "py/mphal.h"
#include "py/obj.h"
#include "shared/timeutils/timeutils.h"

static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}

static mp_obj_t mp_time_localtime_get(void) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(mp_hal_time_ns() / 1000000000ULL, &tm);
    mp_obj_t fields[8] = {
        mp_obj_new_int(tm.tm_year), mp_obj_new_int(tm.tm_mon), mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour), mp_obj_new_int(tm.tm_min), mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday), mp_obj_new_int(tm.tm_yday),
    };
    return mp_obj_new_tuple(8, fields);
}

static uint64_t monotonic_ns(void) {
    return pywasm_monotonic_ns();
}

static mp_obj_t time_monotonic(void) {
    return mp_obj_new_float((mp_float_t)monotonic_ns() / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_monotonic_obj, time_monotonic);

static mp_obj_t time_monotonic_ns(void) {
    return mp_obj_new_int_from_ull(monotonic_ns());
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_monotonic_ns_obj, time_monotonic_ns);

#define MICROPY_PY_TIME_EXTRA_GLOBALS \
    { MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&time_monotonic_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_perf_counter), MP_ROM_PTR(&time_monotonic_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&time_monotonic_ns_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&time_monotonic_ns_obj) },
