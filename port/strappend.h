// s += x with spare room (strappend.c).
#ifndef PYWASM_STRAPPEND_H
#define PYWASM_STRAPPEND_H

#include "py/obj.h"

// a + b as a new object of type (str or bytes), on a's buffer when a is the
// longest string on a buffer with room for b, else on a new buffer with
// room; MP_OBJ_NULL if the result is too short to bother (copy it as ever).
mp_obj_t pywasm_str_append(const mp_obj_type_t *type, const byte *a, size_t a_len, const byte *b, size_t b_len);
// str's bytes followed by a NUL, for C code (mp_obj_str_get_str): a string
// that a longer one was appended onto shares its buffer with it, so its
// bytes go on; it gets a copy of its own, which it keeps.
const char *pywasm_str_terminate(mp_obj_t str);
// Forget the buffers in [start, end) (gc_free), or all of them (after a
// collection).
void pywasm_str_append_forget(const void *start, const void *end);
void pywasm_str_append_clear(void);

#endif
