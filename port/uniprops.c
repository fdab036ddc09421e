// Lookups over the Unicode tables in uniprops_data.h (see uniprops.h for the
// API). The tables are encoded for size, since they ship in the wasm:
//
// Properties: the code space is cut into runs of chars with the same mask, or
// alternating between two masks (upper/lower pairs). Run lengths are LEB128
// bytes, so a run is found by decoding forward from the nearest checkpoint
// below the char; checkpoints are found by binary search.
//
// Case mappings: ranges of chars that map by the same delta, either every char
// or every other one, optionally followed by one or two fixed suffix chars
// (as in U+00DF -> "SS"). Title case and case folding store only where they
// differ from upper and lower case.
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "uniprops.h"
#include "uniprops_data.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

uint32_t pywasm_uni_props(uint32_t c) {
    if (c < 0x80) {
        return uni_ascii_props[c];
    }
    if (c > 0x10ffff) {
        return 0;
    }
    // The last checkpoint at or below c; the first is U+0000.
    size_t lo = 0, hi = COUNT(uni_checkpoint_start);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (uni_checkpoint_start[mid] <= c) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    size_t run = lo * UNI_RUNS_PER_CHECKPOINT;
    const uint8_t *length = uni_run_lengths + uni_checkpoint_offset[lo];
    uint32_t start = uni_checkpoint_start[lo];
    for (;; run++) {
        uint32_t n = 0;
        unsigned shift = 0;
        do {
            n |= (uint32_t)(*length & 0x7f) << shift;
            shift += 7;
        } while (*length++ & 0x80);
        uint32_t end = start + n + 1;
        if (c < end) {
            break;
        }
        start = end;
    }
    return uni_prop_classes[uni_run_class[run] * 2 + ((c - start) & 1)];
}

// Looks c up in case table `table`; false if it has no entry for c.
static bool case_lookup(int table, uint32_t c, uint32_t out[3], size_t *len) {
    // The last range starting at or below c, if any.
    size_t lo = uni_case_bounds[table], hi = uni_case_bounds[table + 1];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_case_key[mid] >> 11 <= c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == uni_case_bounds[table]) {
        return false;
    }
    uint32_t key = uni_case_key[lo - 1];
    uint32_t offset = c - (key >> 11);
    uint32_t stride = (key & 1) + 1;
    if (offset % stride != 0 || offset / stride > ((key >> 1) & 0x3ff)) {
        return false;
    }
    uint32_t value = uni_case_value[lo - 1];
    out[0] = c + (value >> 6) - ((uint32_t)1 << 25);
    const uint16_t *suffix = uni_case_suffix + (value & 0x3f) * 2;
    *len = 1;
    for (int i = 0; i < 2 && suffix[i] != 0; i++) {
        out[(*len)++] = suffix[i];
    }
    return true;
}

size_t pywasm_uni_case(uint32_t c, int mapping, uint32_t out[3]) {
    out[0] = c;
    if (c < 0x80) {
        if (mapping == PYWASM_UNI_MAP_LOWER || mapping == PYWASM_UNI_MAP_FOLD) {
            if (c >= 'A' && c <= 'Z') {
                out[0] = c + 32;
            }
        } else if (c >= 'a' && c <= 'z') {
            out[0] = c - 32;
        }
        return 1;
    }
    size_t len = 1;
    if (case_lookup(mapping, c, out, &len)) {
        return len;
    }
    if (mapping == PYWASM_UNI_MAP_TITLE) {
        case_lookup(PYWASM_UNI_MAP_UPPER, c, out, &len);
    } else if (mapping == PYWASM_UNI_MAP_FOLD) {
        case_lookup(PYWASM_UNI_MAP_LOWER, c, out, &len);
    }
    return len;
}
