// Character positions in long strings, remembered between calls (patch 0064).
//
// MicroPython keeps a str as UTF-8 and finds its n-th character by walking
// from the start: s[i], s[a:b], len(s) and the index s.find() returns each
// cost O(n), so a loop over a long string by index was quadratic (100,000
// characters: minutes). A str's bytes never change while it is allocated,
// so what one walk learnt stays true for the next: for a few recently used
// strings, keyed by the address of their bytes, we keep the number of
// characters (when it equals the number of bytes the text is ASCII and an
// index is a byte offset) and the last position reached (a walk starts from
// the nearest of it, the start and the end).
//
// A freed block may come back as another string at the same address, so
// gc_free forgets any entry inside the blocks it frees and a collection
// clears the table. The table is not a GC root: it keeps nothing alive.
#include <string.h>
#include "py/runtime.h"
#include "strindex.h"
#include "strunicode.h"

// Shorter strings are cheap to walk; leaving them out keeps the slots for
// the strings that need them.
#define MIN_BYTES (32)
#define SLOTS (4)

typedef struct {
    const byte *data; // NULL: a free slot
    size_t bytes;
    size_t chars;
    size_t pos_char; // a character index...
    size_t pos_byte; // ...and the byte offset where it starts
} positions_t;

static positions_t table[SLOTS];

static positions_t *slot_of(const void *data) {
    return &table[((uintptr_t)data >> 4) % SLOTS];
}

static positions_t *positions_of(const byte *data, size_t bytes) {
    positions_t *e = slot_of(data);
    if (e->data != data || e->bytes != bytes) {
        e->data = data;
        e->bytes = bytes;
        e->chars = utf8_charlen(data, bytes);
        e->pos_char = 0;
        e->pos_byte = 0;
    }
    return e;
}

size_t pywasm_str_chars(const byte *data, size_t bytes) {
    if (bytes < MIN_BYTES) {
        return utf8_charlen(data, bytes);
    }
    return positions_of(data, bytes)->chars;
}

const byte *pywasm_str_char_at(const byte *data, size_t bytes, size_t index) {
    if (bytes < MIN_BYTES) {
        const byte *p = data;
        for (; index; index--) {
            p = utf8_next_char(p);
        }
        return p;
    }
    positions_t *e = positions_of(data, bytes);
    if (e->chars == bytes) {
        return data + index;
    }
    // start from the nearest of the start, the end and the known position
    size_t c = 0;
    const byte *p = data;
    size_t from_pos = index > e->pos_char ? index - e->pos_char : e->pos_char - index;
    if (from_pos < index) {
        c = e->pos_char;
        p = data + e->pos_byte;
    }
    if (e->chars - index < (from_pos < index ? from_pos : index)) {
        c = e->chars;
        p = data + bytes;
    }
    for (; c < index; c++) {
        p = utf8_next_char(p);
    }
    for (; c > index; c--) {
        p = utf8_prev(data, p);
    }
    e->pos_char = index;
    e->pos_byte = p - data;
    return p;
}

bool pywasm_str_index_of(const byte *data, const byte *ptr, size_t *index) {
    positions_t *e = slot_of(data);
    if (e->data != data) {
        return false;
    }
    size_t offset = ptr - data;
    if (e->chars == e->bytes) {
        *index = offset;
        return true;
    }
    if (offset >= e->pos_byte) {
        *index = e->pos_char + utf8_charlen(data + e->pos_byte, offset - e->pos_byte);
    } else if (offset <= e->pos_byte - offset) {
        *index = utf8_charlen(data, offset);
    } else {
        *index = e->pos_char - utf8_charlen(ptr, e->pos_byte - offset);
    }
    e->pos_char = *index;
    e->pos_byte = offset;
    return true;
}

void pywasm_str_positions_forget(const void *start, const void *end) {
    for (size_t i = 0; i < SLOTS; i++) {
        if ((const void *)table[i].data >= start && (const void *)table[i].data < end) {
            table[i].data = NULL;
        }
    }
}

void pywasm_str_positions_clear(void) {
    memset(table, 0, sizeof(table));
}
