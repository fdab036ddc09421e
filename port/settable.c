// The hash table behind set and frozenset (patch 0243 turns MicroPython's
// own off in py/map.c).
//
// Its layout follows CPython's, because a set's order is its table's order
// and scripts print sets: `print({5, 2})` is `{2, 5}` in CPython. An int
// hashes to itself in both, so with the same table sizes, the same probe
// sequence and the same growth, a set of ints iterates in CPython's order.
// The facts carried over from CPython's set (Objects/setobject.c):
//   - sizes are powers of two from 8; a table grows once a new key makes
//     it three fifths full, counting deleted slots, to the smallest size
//     above four times its keys (twice past 50,000 keys);
//   - a key starts at hash & mask, looks at the 9 slots after that one
//     when they are in the table, then jumps to i * 5 + 1 + perturb, where
//     perturb is the hash shifted right by 5 more bits at each jump;
//   - a deleted key leaves a marker; an added key takes the last marker on
//     its path, else the empty slot that ended it;
//   - a copy or merge into an empty set sizes the table once, for twice
//     the keys, and places them in the source's order.
// MicroPython keeps no hash per slot, so a probe compares keys, and a
// rebuild hashes them again.

#include <string.h>

#include "py/runtime.h"

#if MICROPY_PY_BUILTINS_SET

#define SET_MIN_SIZE (8)
#define LINEAR_PROBES (9)
#define PERTURB_SHIFT (5)

static mp_uint_t key_hash(mp_obj_t key) {
    if (mp_obj_is_small_int(key)) {
        // (the common key without the call: an int is its own hash, but
        // for -1, which is -2 as in CPython)
        mp_int_t value = MP_OBJ_SMALL_INT_VALUE(key);
        return (mp_uint_t)(value == -1 ? -2 : value);
    }
    return (mp_uint_t)MP_OBJ_SMALL_INT_VALUE(mp_unary_op(MP_UNARY_OP_HASH, key));
}

// A hash as CPython's 64-bit one: sign-extended, as perturb shifts it.
static inline uint64_t wide(mp_uint_t hash) {
    return (uint64_t)(int64_t)(mp_int_t)hash;
}

// The slot of the next probe after pos, in the run that started at *start;
// *perturb drives the jumps between runs.
static size_t next_probe(size_t pos, size_t *start, uint64_t *perturb, size_t mask) {
    if (*start + LINEAR_PROBES <= mask && pos < *start + LINEAR_PROBES) {
        return pos + 1;
    }
    *perturb >>= PERTURB_SHIFT;
    *start = (size_t)((*start * 5 + 1 + *perturb) & mask);
    return *start;
}

// Places a key known to be absent into a table without markers.
static void insert_clean(mp_obj_t *table, size_t mask, mp_obj_t key) {
    mp_uint_t hash = key_hash(key);
    uint64_t perturb = wide(hash);
    size_t start = hash & mask, pos = start;
    while (table[pos] != MP_OBJ_NULL) {
        pos = next_probe(pos, &start, &perturb, mask);
    }
    table[pos] = key;
}

// Rebuilds the table at the smallest size above min_keys, dropping markers.
static void set_resize(mp_set_t *set, size_t min_keys) {
    size_t alloc = SET_MIN_SIZE;
    while (alloc <= min_keys) {
        alloc <<= 1;
    }
    mp_obj_t *table = m_new0(mp_obj_t, alloc);
    for (size_t i = 0; i < set->alloc; i++) {
        if (mp_set_slot_is_filled(set, i)) {
            insert_clean(table, alloc - 1, set->table[i]);
        }
    }
    m_del(mp_obj_t, set->table, set->alloc);
    set->table = table;
    set->alloc = alloc;
    set->filled = set->used;
}

static size_t growth_target(size_t used) {
    return used > 50000 ? used * 2 : used * 4;
}

// An empty set. The size hint n is not taken: a table grows from 8 slots as
// keys come, as CPython's does, since its size decides the order.
void mp_set_init(mp_set_t *set, size_t n) {
    (void)n;
    set->alloc = 0;
    set->used = 0;
    set->filled = 0;
    set->table = NULL;
    set->pop_from = 0;
}

mp_obj_t mp_set_lookup(mp_set_t *set, mp_obj_t index, mp_map_lookup_kind_t lookup_kind) {
    // lookup_kind may be MP_MAP_LOOKUP_ADD_IF_NOT_FOUND_OR_REMOVE_IF_FOUND:
    // its bits are tested one by one. The key is hashed first, so that an
    // unhashable one fails even in an empty set.
    mp_uint_t hash = key_hash(index);
    if (set->alloc == 0) {
        if (!(lookup_kind & MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)) {
            return MP_OBJ_NULL;
        }
        set_resize(set, 0);
    }
restart:;
    mp_obj_t *table = set->table;
    size_t mask = set->alloc - 1;
    uint64_t perturb = wide(hash);
    size_t start = hash & mask, pos = start;
    mp_obj_t *marker = NULL;
    for (;; pos = next_probe(pos, &start, &perturb, mask)) {
        mp_obj_t elem = table[pos];
        if (elem == MP_OBJ_NULL) {
            break;
        }
        if (elem == MP_OBJ_SENTINEL) {
            marker = &table[pos];
        } else if (elem == index || mp_obj_equal(elem, index)) {
            if (lookup_kind & MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
                table[pos] = MP_OBJ_SENTINEL;
                set->used--;
            }
            return elem;
        } else if (set->table != table) {
            // an __eq__ changed the set under us: look again
            goto restart;
        }
    }
    if (!(lookup_kind & MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)) {
        return MP_OBJ_NULL;
    }
    set->used++;
    if (marker != NULL) {
        *marker = index;
        return index;
    }
    table[pos] = index;
    set->filled++;
    if (set->filled * 5 >= mask * 3) {
        set_resize(set, growth_target(set->used));
    }
    return index;
}

// set.pop(): the scan starts where the last one stopped and wraps around
// (scanning from slot 0 each time made emptying a set quadratic).
mp_obj_t mp_set_remove_first(mp_set_t *set) {
    if (set->used == 0) {
        return MP_OBJ_NULL;
    }
    size_t mask = set->alloc - 1, pos = set->pop_from & mask;
    while (!mp_set_slot_is_filled(set, pos)) {
        pos = (pos + 1) & mask;
    }
    mp_obj_t elem = set->table[pos];
    set->table[pos] = MP_OBJ_SENTINEL;
    set->used--;
    set->pop_from = pos + 1;
    return elem;
}

void mp_set_clear(mp_set_t *set) {
    m_del(mp_obj_t, set->table, set->alloc);
    mp_set_init(set, 0);
}

// Adds the keys of `other`, sizing the table once for both sets.
void pywasm_set_merge(mp_set_t *set, const mp_set_t *other) {
    if (other == set || other->used == 0) {
        return;
    }
    pywasm_set_reserve(set, other->used);
    if (set->filled == 0) {
        if (set->alloc == other->alloc && other->filled == other->used) {
            memcpy(set->table, other->table, other->alloc * sizeof(mp_obj_t));
        } else {
            for (size_t i = 0; i < other->alloc; i++) {
                if (mp_set_slot_is_filled(other, i)) {
                    insert_clean(set->table, set->alloc - 1, other->table[i]);
                }
            }
        }
        set->filled = set->used = other->used;
        return;
    }
    for (size_t i = 0; i < other->alloc; i++) {
        if (mp_set_slot_is_filled(other, i)) {
            mp_set_lookup(set, other->table[i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
    }
}

// Makes room for n more keys in one rebuild when they would fill the table
// past three fifths (an empty set counts as CPython's 8 slots).
void pywasm_set_reserve(mp_set_t *set, size_t n) {
    if (set->alloc == 0) {
        set_resize(set, 0);
    }
    if ((set->filled + n) * 5 >= (set->alloc - 1) * 3) {
        set_resize(set, (set->used + n) * 2);
    }
}

// After removals: more than a quarter of the slots being markers rebuilds
// the table, as CPython's difference_update does.
void pywasm_set_drop_markers(mp_set_t *set) {
    if (set->alloc > 0 && set->filled - set->used > (set->alloc - 1) / 4) {
        set_resize(set, growth_target(set->used));
    }
}

#endif // MICROPY_PY_BUILTINS_SET
