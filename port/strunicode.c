// str methods over all of Unicode, with CPython 3.11's answers: case
// conversion (upper, lower, casefold, title, capitalize, swapcase, with
// full mappings such as 'ß'.upper() == 'SS' and the final-sigma rule) and
// the is*() tests. MicroPython's own know ASCII only. The per-character data
// is port/uniprops.c; patch 0046 routes str.upper/lower/isalpha/isdigit/
// isspace/isupper/islower here, and _pywasm.str_case/str_is serve the
// methods written in Python (_pywasm_methods.py). bytes keep their ASCII
// methods, as in CPython.
#include "py/runtime.h"
#include "py/objstr.h"
#include "py/parsenum.h"
#include "py/unicode.h"
#include "uniprops.h"
#include "strunicode.h"

// U+03A3 at [at, next) lowers to final ς when a cased letter precedes it and
// none follows, looking past case-ignorable chars (apostrophes, combining
// marks) on both sides.
static bool sigma_is_final(const byte *start, const byte *at, const byte *next, const byte *top) {
    const byte *p = at;
    uint32_t props = 0;
    do {
        if (p == start) {
            return false;
        }
        p = utf8_prev(start, p);
        props = pywasm_uni_props(utf8_get_char(p));
    } while (props & PYWASM_UNI_CASE_IGNORABLE);
    if (!(props & PYWASM_UNI_CASED)) {
        return false;
    }
    for (p = next; p < top; p = utf8_next_char(p)) {
        props = pywasm_uni_props(utf8_get_char(p));
        if (!(props & PYWASM_UNI_CASE_IGNORABLE)) {
            return !(props & PYWASM_UNI_CASED);
        }
    }
    return true;
}

bool pywasm_all_ascii(const byte *s, size_t len) {
    size_t i = 0;
    for (uint64_t w; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull) {
            return false;
        }
    }
    for (; i < len; i++) {
        if (s[i] & 0x80) {
            return false;
        }
    }
    return true;
}

mp_obj_t pywasm_str_case(mp_obj_t self_in, int kind) {
    GET_STR_DATA_LEN(self_in, s, len);
    vstr_t vstr;
    if ((kind == PYWASM_STR_LOWER || kind == PYWASM_STR_UPPER) && pywasm_all_ascii(s, len)) {
        // The common case: ASCII in, ASCII out, written in place (with room
        // for the str's nul, so it is not moved to add it)
        vstr_init_len(&vstr, len);
        byte *out = (byte *)vstr.buf;
        byte from = kind == PYWASM_STR_LOWER ? 'A' : 'a';
        for (size_t i = 0; i < len; i++) {
            byte c = s[i];
            out[i] = (byte)(c - from) < 26 ? c ^ 0x20 : c;
        }
        return mp_obj_new_str_from_utf8_vstr(&vstr);
    }
    vstr_init(&vstr, len);
    const byte *top = s + len;
    bool after_cased = false; // title(): the previous char was cased
    for (const byte *p = s; p < top;) {
        unichar c = utf8_get_char(p);
        const byte *next = utf8_next_char(p);
        uint32_t props = pywasm_uni_props(c);
        int mapping = -1; // none: the char as it is
        switch (kind) {
            case PYWASM_STR_LOWER:
                mapping = PYWASM_UNI_MAP_LOWER;
                break;
            case PYWASM_STR_UPPER:
                mapping = PYWASM_UNI_MAP_UPPER;
                break;
            case PYWASM_STR_CASEFOLD:
                mapping = PYWASM_UNI_MAP_FOLD;
                break;
            case PYWASM_STR_TITLE:
                mapping = after_cased ? PYWASM_UNI_MAP_LOWER : PYWASM_UNI_MAP_TITLE;
                after_cased = (props & PYWASM_UNI_CASED) != 0;
                break;
            case PYWASM_STR_CAPITALIZE:
                mapping = p == s ? PYWASM_UNI_MAP_TITLE : PYWASM_UNI_MAP_LOWER;
                break;
            case PYWASM_STR_SWAPCASE:
                mapping = (props & PYWASM_UNI_UPPER) ? PYWASM_UNI_MAP_LOWER
                    : (props & PYWASM_UNI_LOWER) ? PYWASM_UNI_MAP_UPPER : -1;
                break;
        }
        uint32_t out[3] = { c };
        size_t n = 1;
        if (mapping == PYWASM_UNI_MAP_LOWER && c == 0x3a3 && sigma_is_final(s, p, next, top)) {
            out[0] = 0x3c2;
        } else if (mapping >= 0) {
            n = pywasm_uni_case(c, mapping, out);
        }
        for (size_t i = 0; i < n; i++) {
            vstr_add_char(&vstr, out[i]);
        }
        p = next;
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

mp_obj_t pywasm_str_is(mp_obj_t self_in, int kind) {
    GET_STR_DATA_LEN(self_in, s, len);
    const byte *top = s + len;
    if (kind == PYWASM_STR_IS_PRINTABLE || kind == PYWASM_STR_IS_IDENTIFIER) {
        // every char printable (true for ''); an identifier's first char
        // may start one, the others continue it
        bool ok = kind == PYWASM_STR_IS_PRINTABLE || len > 0;
        for (const byte *p = s; ok && p < top; p = utf8_next_char(p)) {
            uint32_t props = pywasm_uni_props(utf8_get_char(p));
            ok = kind == PYWASM_STR_IS_PRINTABLE ? (props & PYWASM_UNI_PRINTABLE)
                : (props & (p == s ? PYWASM_UNI_ID_START : PYWASM_UNI_ID_CONTINUE));
        }
        return mp_obj_new_bool(ok);
    }
    if (kind == PYWASM_STR_IS_UPPER || kind == PYWASM_STR_IS_LOWER) {
        // a cased char, and none of the other case (or title case)
        uint32_t want = kind == PYWASM_STR_IS_UPPER ? PYWASM_UNI_UPPER : PYWASM_UNI_LOWER;
        uint32_t other = (PYWASM_UNI_UPPER | PYWASM_UNI_LOWER | PYWASM_UNI_TITLE) & ~want;
        bool seen = false;
        for (const byte *p = s; p < top; p = utf8_next_char(p)) {
            uint32_t props = pywasm_uni_props(utf8_get_char(p));
            if (props & other) {
                return mp_const_false;
            }
            seen |= (props & want) != 0;
        }
        return mp_obj_new_bool(seen);
    }
    if (kind == PYWASM_STR_IS_TITLE) {
        // words start with an upper- or titlecase char, go on in lower case
        bool in_word = false, seen = false;
        for (const byte *p = s; p < top; p = utf8_next_char(p)) {
            uint32_t props = pywasm_uni_props(utf8_get_char(p));
            if (props & (PYWASM_UNI_UPPER | PYWASM_UNI_TITLE)) {
                if (in_word) {
                    return mp_const_false;
                }
                in_word = seen = true;
            } else if (props & PYWASM_UNI_LOWER) {
                if (!in_word) {
                    return mp_const_false;
                }
            } else {
                in_word = false;
            }
        }
        return mp_obj_new_bool(seen);
    }
    // every char has one of the kind's bits, and there is one at least
    uint32_t bits = (uint32_t)kind;
    if (kind == PYWASM_STR_IS_ALNUM) {
        bits = PYWASM_UNI_ALPHA | PYWASM_UNI_DECIMAL | PYWASM_UNI_DIGIT | PYWASM_UNI_NUMERIC;
    }
    if (len == 0) {
        return mp_const_false;
    }
    for (const byte *p = s; p < top; p = utf8_next_char(p)) {
        if (!(pywasm_uni_props(utf8_get_char(p)) & bits)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}

// _pywasm.str_case(s, name) and _pywasm.str_is(s, name), for the methods
// written in Python (_pywasm_methods.py): str_case(s, 'title') is s.title(),
// str_is(s, 'alnum') is s.isalnum().
typedef struct { qstr name; int kind; } str_kind_t;
static const str_kind_t str_case_kinds[] = {
    { MP_QSTR_casefold, PYWASM_STR_CASEFOLD }, { MP_QSTR_title, PYWASM_STR_TITLE },
    { MP_QSTR_capitalize, PYWASM_STR_CAPITALIZE }, { MP_QSTR_swapcase, PYWASM_STR_SWAPCASE },
}, str_is_kinds[] = {
    { MP_QSTR_alnum, PYWASM_STR_IS_ALNUM }, { MP_QSTR_decimal, PYWASM_STR_IS_DECIMAL },
    { MP_QSTR_numeric, PYWASM_STR_IS_NUMERIC }, { MP_QSTR_title, PYWASM_STR_IS_TITLE },
    { MP_QSTR_printable, PYWASM_STR_IS_PRINTABLE }, { MP_QSTR_identifier, PYWASM_STR_IS_IDENTIFIER },
};

static int str_kind(const str_kind_t *kinds, size_t n, mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    for (size_t i = 0; i < n; i++) {
        if (kinds[i].name == q) {
            return kinds[i].kind;
        }
    }
    mp_raise_ValueError(NULL);
}

static mp_obj_t pywasm_str_case_fun(mp_obj_t s, mp_obj_t name) {
    return pywasm_str_case(s, str_kind(str_case_kinds, MP_ARRAY_SIZE(str_case_kinds), name));
}
MP_DEFINE_CONST_FUN_OBJ_2(pywasm_str_case_obj, pywasm_str_case_fun);

static mp_obj_t pywasm_str_is_fun(mp_obj_t s, mp_obj_t name) {
    return pywasm_str_is(s, str_kind(str_is_kinds, MP_ARRAY_SIZE(str_is_kinds), name));
}
MP_DEFINE_CONST_FUN_OBJ_2(pywasm_str_is_obj, pywasm_str_is_fun);

// int(), float() and complex() of a str with Unicode decimal digits or
// spaces ('٣', '１.５', '\u3000٣'): CPython reads each decimal digit as the
// ASCII digit of its value and each space as ' '. parsenum.c calls this
// where it would raise, so the ASCII path costs nothing: the text parsed
// again so, or MP_OBJ_NULL (pure ASCII, another non-ASCII char, or still no
// number) for parsenum's error quoting the text as given. base is int()'s,
// or -1 for mp_parse_num_decimal. bytes never come here (below).
mp_obj_t pywasm_parse_num_unicode(const char *str, size_t len, int base, bool allow_imag, bool force_complex) {
    const byte *s = (const byte *)str, *top = s + len;
    if (pywasm_all_ascii(s, len) || !utf8_check(s, len)) {
        return MP_OBJ_NULL;
    }
    vstr_t vstr;
    vstr_init(&vstr, len);
    for (; s < top; s = utf8_next_char(s)) {
        uint32_t c = utf8_get_char(s);
        if (c >= 0x80) {
            uint32_t props = pywasm_uni_props(c);
            if (props & PYWASM_UNI_DECIMAL) {
                // Unicode's decimal digits come in runs of 0 to 9
                uint32_t zero = c;
                while (pywasm_uni_props(zero - 1) & PYWASM_UNI_DECIMAL) {
                    zero--;
                }
                c = '0' + (c - zero) % 10;
            } else if (props & PYWASM_UNI_SPACE) {
                c = ' ';
            } else {
                vstr_clear(&vstr);
                return MP_OBJ_NULL;
            }
        }
        vstr_add_byte(&vstr, c);
    }
    mp_obj_t result = MP_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        result = base < 0 ? mp_parse_num_decimal(vstr.buf, vstr.len, allow_imag, force_complex, NULL)
            : mp_parse_num_integer(vstr.buf, vstr.len, base, NULL);
        nlr_pop();
    }
    vstr_clear(&vstr);
    return result;
}


// int() and float() of bytes, a bytearray or another buffer that holds no
// str (patch 0141): ASCII digits and spaces only, as in CPython, where a str
// also takes Unicode ones (above); the error quotes what CPython quotes,
// "invalid literal for int() with base 10: b'\xd9\xa3'", "could not
// convert string to float: bytearray(b'x')". base is int()'s, or -1 for
// float(). MP_OBJ_NULL for a str or an instance of a str subclass, which
// parse as str.
mp_obj_t pywasm_parse_num_buffer(mp_obj_t arg, const char *buf, size_t len, int base) {
    if (mp_obj_is_str(pywasm_str_native(arg))) {
        return MP_OBJ_NULL;
    }
    if (base == 1 || base < -1 || base > 36) {
        return mp_parse_num_integer(buf, len, base, NULL);  // the base's own error
    }
    if (pywasm_all_ascii((const byte *)buf, len)) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t value = base < 0 ? mp_parse_num_float(buf, len, false, NULL)
                : mp_parse_num_integer(buf, len, base, NULL);
            nlr_pop();
            return value;
        }
        if (!mp_obj_exception_match(MP_OBJ_FROM_PTR(nlr.ret_val), MP_OBJ_FROM_PTR(&mp_type_ValueError))) {
            nlr_jump(nlr.ret_val);
        }
    }
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 50, &print);
    if (base < 0) {
        mp_print_str(&print, "could not convert string to float: ");
    } else {
        mp_printf(&print, "invalid literal for int() with base %d: ", base);
        arg = mp_obj_new_bytes((const byte *)buf, len);
    }
    mp_obj_print_helper(&print, arg, PRINT_REPR);
    mp_raise_type_arg(&mp_type_ValueError, mp_obj_new_str_from_utf8_vstr(&vstr));
}
