// split() and rsplit() without a separator, and strip(), lstrip() and
// rstrip(), as CPython has them. MicroPython walks bytes: for str that
// splits only at ASCII whitespace (CPython also at U+3000, U+00A0, U+2028
// and the rest of Unicode's), and strip('é') removed the bytes of 'é' one by
// one wherever they appeared, leaving broken UTF-8 behind ('è'.strip('é')).
// Here a str is walked by code point; bytes keep ASCII whitespace. rsplit()
// with no separator and a limit, NotImplementedError before, works too.
#include "py/runtime.h"
#include "py/objstr.h"
#include "strunicode.h"

typedef struct {
    const byte *start, *top;
    bool is_str;
} text_t;

static text_t text_of(mp_obj_t o) {
    GET_STR_DATA_LEN(o, data, len);
    return (text_t) {data, data + len, mp_obj_get_type(o) == &mp_type_str};
}

// The end of the character at p.
static const byte *next_char(const text_t *t, const byte *p) {
    return t->is_str ? utf8_next_char(p) : p + 1;
}

static const byte *prev_char(const text_t *t, const byte *p) {
    return t->is_str ? utf8_prev(t->start, p) : p - 1;
}

// Whether the character at p is whitespace: for bytes ASCII's, for str
// also the separators \x1c-\x1f and Unicode's, as str.isspace() says.
static bool is_space_at(const text_t *t, const byte *p) {
    byte c = *p;
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
        return true;
    }
    if (!t->is_str) {
        return false;
    }
    if (c < 0x80) {
        return c >= 0x1c && c <= 0x1f;
    }
    return (pywasm_uni_props(utf8_get_char(p)) & PYWASM_UNI_SPACE) != 0;
}

static const byte *skip_space_forward(const text_t *t, const byte *p, const byte *top) {
    while (p < top && is_space_at(t, p)) {
        p = next_char(t, p);
    }
    return p;
}

static const byte *skip_space_backward(const text_t *t, const byte *bottom, const byte *p) {
    while (p > bottom) {
        const byte *prev = prev_char(t, p);
        if (!is_space_at(t, prev)) {
            break;
        }
        p = prev;
    }
    return p;
}

mp_obj_t pywasm_str_split_space(mp_obj_t self_in, mp_int_t maxsplit, bool from_right) {
    const mp_obj_type_t *type = mp_obj_get_type(self_in);
    text_t t = text_of(self_in);
    mp_obj_t res = mp_obj_new_list(0, NULL);
    if (!from_right) {
        // what is left after maxsplit splits keeps its trailing whitespace
        for (const byte *p = skip_space_forward(&t, t.start, t.top); p < t.top; maxsplit--) {
            const byte *end = t.top;
            if (maxsplit != 0) {
                end = p;
                do {
                    // printable ASCII (never whitespace, always one byte) a
                    // byte at a time, the rest through is_space_at
                    while (end < t.top && (byte)(*end - 0x21) < 0x5e) {
                        end++;
                    }
                    if (end == t.top || is_space_at(&t, end)) {
                        break;
                    }
                    end = next_char(&t, end);
                } while (true);
            }
            mp_obj_list_append(res, pywasm_new_str_part(type, p, end - p));
            p = skip_space_forward(&t, end, t.top);
        }
        return res;
    }
    // from the right, the words come last first, and what is left keeps
    // its leading whitespace
    for (const byte *end = skip_space_backward(&t, t.start, t.top); end > t.start; maxsplit--) {
        const byte *p = t.start;
        if (maxsplit != 0) {
            for (p = end; p > t.start && !is_space_at(&t, prev_char(&t, p)); p = prev_char(&t, p)) {
            }
        }
        mp_obj_list_append(res, pywasm_new_str_part(type, p, end - p));
        end = skip_space_backward(&t, t.start, p);
    }
    mp_obj_list_t *list = MP_OBJ_TO_PTR(res);
    for (size_t i = 0, j = list->len; i + 1 < j; i++, j--) {
        mp_obj_t item = list->items[i];
        list->items[i] = list->items[j - 1];
        list->items[j - 1] = item;
    }
    return res;
}

// Whether strip() removes the character [p, next): whitespace, or one of
// chars (whole characters: a valid UTF-8 sequence matches only at a
// character boundary, so a substring search finds exactly them).
static bool strips(const text_t *t, const text_t *chars, const byte *p, const byte *next) {
    if (chars == NULL) {
        return is_space_at(t, p);
    }
    size_t n = next - p;
    for (const byte *c = chars->start; c + n <= chars->top; c++) {
        if (memcmp(c, p, n) == 0) {
            return true;
        }
    }
    return false;
}

mp_obj_t pywasm_str_strip(mp_obj_t self_in, mp_obj_t chars_in, int sides) {
    text_t t = text_of(self_in);
    text_t chars;
    if (chars_in != MP_OBJ_NULL && chars_in != mp_const_none) {
        chars_in = pywasm_str_native(chars_in);
        if (t.is_str && !mp_obj_is_str(chars_in)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s arg must be None or str"),
                sides == PYWASM_STRIP_LEFT ? "lstrip" : sides == PYWASM_STRIP_RIGHT ? "rstrip" : "strip");
        }
        if (!t.is_str && !mp_obj_is_type(chars_in, &mp_type_bytes) && !mp_obj_is_type(chars_in, &mp_type_bytearray)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"),
                mp_obj_get_type_str(chars_in));
        }
        chars = text_of(chars_in);
    }
    const text_t *set = chars_in != MP_OBJ_NULL && chars_in != mp_const_none ? &chars : NULL;
    const byte *start = t.start, *end = t.top;
    if (sides & PYWASM_STRIP_LEFT) {
        while (start < end && strips(&t, set, start, next_char(&t, start))) {
            start = next_char(&t, start);
        }
    }
    if (sides & PYWASM_STRIP_RIGHT) {
        while (end > start && strips(&t, set, prev_char(&t, end), end)) {
            end = prev_char(&t, end);
        }
    }
    if (start == t.start && end == t.top && !mp_obj_is_type(self_in, &mp_type_bytearray)) {
        return self_in;  // immutable: no copy needed (a bytearray gets one)
    }
    return pywasm_new_str_part(mp_obj_get_type(self_in), start, end - start);
}
