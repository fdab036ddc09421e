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
// gc_free forgets any entry inside the blocks it frees, and after a
// collection only the entries whose bytes are a block the sweep kept stay.
// The table is not a GC root: it keeps nothing alive.
//
// Each address maps to a set of two entries, and a miss replaces the one
// for the shorter string: with one entry per address, the slices a loop
// took from a long text (len(text[i:i + 40])) kept evicting the text's
// own entry, and each next slice walked the whole text again (a 650 KB
// text sliced every 7 characters: 42 s).
#include <string.h>
#include "py/gc.h"
#include "py/runtime.h"
#include "strindex.h"
#include "strunicode.h"

// Shorter strings are cheap to walk; leaving them out keeps the slots for
// the strings that need them.
#define MIN_BYTES (64)
#define SETS (4)
#define WAYS (2)
#define SLOTS (SETS * WAYS)

typedef struct {
    const byte *data; // NULL: a free slot
    size_t bytes;
    size_t chars;
    size_t pos_char; // a character index...
    size_t pos_byte; // ...and the byte offset where it starts
} positions_t;

static positions_t table[SLOTS];

static positions_t *set_of(const void *data) {
    return &table[((uintptr_t)data >> 4) % SETS * WAYS];
}

static positions_t *find(const void *data) {
    positions_t *set = set_of(data);
    for (size_t w = 0; w < WAYS; w++) {
        if (set[w].data == data) {
            return &set[w];
        }
    }
    return NULL;
}

static positions_t *positions_of(const byte *data, size_t bytes) {
    positions_t *e = find(data);
    if (e == NULL) {
        // a free entry of the set, else the one for the shorter string
        positions_t *set = set_of(data);
        e = &set[0];
        for (size_t w = 1; w < WAYS && e->data != NULL; w++) {
            if (set[w].data == NULL || set[w].bytes < e->bytes) {
                e = &set[w];
            }
        }
    }
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
    positions_t *e = find(data);
    size_t offset = ptr - data;
    if (e == NULL || offset > e->bytes) {
        // (an entry may be for a shorter str over the same bytes, which an
        // append in place made longer: strappend.c; its prefix still holds)
        return false;
    }
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

// After a collection's sweep (nothing has been allocated since): keep the
// entries whose bytes lie in a block that survived it (gc_nbytes finds the
// block allocated, and large enough); drop the others (swept, or outside
// the heap, where gc_nbytes says 0).
void pywasm_str_positions_after_sweep(void) {
    for (size_t i = 0; i < SLOTS; i++) {
        if (table[i].data != NULL && gc_nbytes(table[i].data) < table[i].bytes) {
            table[i].data = NULL;
        }
    }
}
