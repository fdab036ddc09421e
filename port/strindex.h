// Character positions in long strings, remembered between calls (strindex.c).
#ifndef PYWASM_STRINDEX_H
#define PYWASM_STRINDEX_H

#include "py/misc.h"

// The number of characters in a str's bytes.
size_t pywasm_str_chars(const byte *data, size_t bytes);
// The lead byte of character index (0 <= index < its characters).
const byte *pywasm_str_char_at(const byte *data, size_t bytes, size_t index);
// The character index of ptr in a str whose positions are known; false if
// they are not (the caller walks).
bool pywasm_str_index_of(const byte *data, const byte *ptr, size_t *index);
// Forget the strings whose bytes lie in [start, end) (gc_free).
void pywasm_str_positions_forget(const void *start, const void *end);
// After a collection: forget the strings whose bytes the sweep freed.
void pywasm_str_positions_after_sweep(void);

#endif
