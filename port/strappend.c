// s += x without copying s each time (patch 0070).
//
// A str or bytes never changes, so s += x makes a new object holding both,
// and a loop that builds a string that way copied it whole at every step:
// 20,000 appends took 17 s. CPython appends in place when s is the only
// reference; without reference counts we get the same effect from spare
// room: the result of += gets a buffer twice its length, and the next +=
// onto that very string writes x into the room and makes a new object over
// the same buffer. Strings are immutable, so sharing a buffer is safe as
// long as only the longest string on it ever appends: for a few recent
// buffers, keyed by their address, we keep their size and how much of them
// is in use, and an append happens in place only from that length.
// Sharing has one cost: a shorter string on the buffer is no longer followed
// by a NUL, which C code asking for a C string (a path, say) relies on, so
// pywasm_str_terminate gives such a string a copy of its own when asked.
//
// Like the positions of strindex.c, the table is not a GC root: gc_free
// forgets the buffers it frees and a collection clears it, so a buffer
// freed and reused at the same address is never taken for the old one.
#include <string.h>
#include "py/runtime.h"
#include "py/objstr.h"
#include "strappend.h"

// Shorter results are copied as before; appends onto them are cheap.
#define MIN_BYTES (64)
#define SLOTS (4)

typedef struct {
    byte *data; // NULL: a free slot
    size_t size;
    size_t used;
} room_t;

static room_t table[SLOTS];

static room_t *slot_of(const void *data) {
    return &table[((uintptr_t)data >> 4) % SLOTS];
}

mp_obj_t pywasm_str_append(const mp_obj_type_t *type, const byte *a, size_t a_len, const byte *b, size_t b_len) {
    size_t len = a_len + b_len;
    room_t *room = slot_of(a);
    byte *data;
    if (room->data == a && room->used == a_len && len < room->size) {
        // b cannot overlap the room: a string on this buffer ends by used
        data = room->data;
        memcpy(data + a_len, b, b_len);
    } else {
        if (len < MIN_BYTES) {
            return MP_OBJ_NULL;
        }
        size_t size = 2 * len + 16;
        data = pywasm_m_malloc_no_scan(size); // bytes only: never read for pointers
        memcpy(data, a, a_len);
        memcpy(data + a_len, b, b_len);
        room = slot_of(data);
        room->data = data;
        room->size = size;
    }
    data[len] = '\0';
    room->used = len;
    mp_obj_str_t *o = mp_obj_malloc(mp_obj_str_t, type);
    o->len = len;
    o->data = data;
    o->hash = 0; // computed when needed: hashing here made the loop quadratic again
    return MP_OBJ_FROM_PTR(o);
}

const char *pywasm_str_terminate(mp_obj_t str) {
    // only strings made by pywasm_str_append lack the NUL: never a qstr,
    // never one in ROM
    mp_obj_str_t *o = MP_OBJ_TO_PTR(str);
    byte *copy = pywasm_m_malloc_no_scan(o->len + 1);
    memcpy(copy, o->data, o->len);
    copy[o->len] = '\0';
    o->data = copy; // the same bytes: nothing that holds o sees a change
    return (const char *)copy;
}

void pywasm_str_append_forget(const void *start, const void *end) {
    for (size_t i = 0; i < SLOTS; i++) {
        if ((const void *)table[i].data >= start && (const void *)table[i].data < end) {
            table[i].data = NULL;
        }
    }
}

void pywasm_str_append_clear(void) {
    memset(table, 0, sizeof(table));
}
