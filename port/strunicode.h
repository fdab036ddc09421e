// str methods over all of Unicode (strunicode.c).
#ifndef PYWASM_STRUNICODE_H
#define PYWASM_STRUNICODE_H

#include "py/obj.h"
#include "uniprops.h"

// The code point before p (p > start), in UTF-8.
static inline const byte *utf8_prev(const byte *start, const byte *p) {
    do {
        p--;
    } while (p > start && (*p & 0xc0) == 0x80);
    return p;
}

// Whether every byte of s[0..len) is below 0x80 (eight at a time).
bool pywasm_all_ascii(const byte *s, size_t len);

// pywasm_str_case(s, kind): str.lower(), upper(), casefold(), title(),
// capitalize(), swapcase().
enum {
    PYWASM_STR_LOWER,
    PYWASM_STR_UPPER,
    PYWASM_STR_CASEFOLD,
    PYWASM_STR_TITLE,
    PYWASM_STR_CAPITALIZE,
    PYWASM_STR_SWAPCASE,
};
mp_obj_t pywasm_str_case(mp_obj_t self_in, int kind);

// pywasm_str_is(s, kind): the is*() tests. Those that ask every char for
// one property are that property's bit; the others come after all bits.
#define PYWASM_STR_IS_ALPHA PYWASM_UNI_ALPHA
#define PYWASM_STR_IS_DECIMAL PYWASM_UNI_DECIMAL
#define PYWASM_STR_IS_DIGIT PYWASM_UNI_DIGIT
#define PYWASM_STR_IS_NUMERIC PYWASM_UNI_NUMERIC
#define PYWASM_STR_IS_SPACE PYWASM_UNI_SPACE
#define PYWASM_STR_IS_ALNUM (1 << 16)
#define PYWASM_STR_IS_UPPER ((1 << 16) + 1)
#define PYWASM_STR_IS_LOWER ((1 << 16) + 2)
#define PYWASM_STR_IS_TITLE ((1 << 16) + 3)
#define PYWASM_STR_IS_PRINTABLE ((1 << 16) + 4)
#define PYWASM_STR_IS_IDENTIFIER ((1 << 16) + 5)
mp_obj_t pywasm_str_is(mp_obj_t self_in, int kind);

// str and bytes split() and rsplit() with no separator, and strip(),
// lstrip() and rstrip() (strsplit.c): by code point for str, whose
// whitespace is Unicode's, as in CPython.
mp_obj_t pywasm_str_split_space(mp_obj_t self_in, mp_int_t maxsplit, bool from_right);
enum { PYWASM_STRIP_LEFT = 1, PYWASM_STRIP_RIGHT = 2 };
mp_obj_t pywasm_str_strip(mp_obj_t self_in, mp_obj_t chars, int sides);
// The string an instance of a str or bytes subclass holds; anything else as
// it is (patch 0108, py/objstr.c).
mp_obj_t pywasm_str_native(mp_obj_t obj);

#endif
