// _pywasm_json: the common cases of json.loads and json.dumps, in C.
//
// scan():
// json.py decodes JSON in Python, with CPython's error messages and
// positions, hooks and constants; at ~1 us a byte a 200 KB API response took
// a quarter of a second. scan() parses a str holding strict JSON (RFC 8259)
// into the same values that code gives, and returns Ellipsis for anything
// else: a syntax error, NaN/Infinity, a lone surrogate escape, nesting deeper
// than MAX_DEPTH. json.loads then decodes the document in Python, which
// produces the value or the exact error. Numbers go through the functions
// int() and float() use, so both ways agree to the bit.
//
// dump(): json.dumps without indent, sort_keys, default or cls, for
// documents of exact dicts with str keys, lists, tuples, str, int, float,
// bool and None, written as json.py writes them (its escapes, repr() for
// numbers). Anything else (a subclass, a non-str key, NaN, nesting deeper
// than MAX_DEPTH, a cycle) returns Ellipsis, and json.py encodes it.
#include <math.h>

#include "py/objstr.h"
#include "py/parsenum.h"
#include "py/runtime.h"

// Deeper documents are left to json.py (and its RecursionError).
#define MAX_DEPTH (200)

typedef struct {
    const byte *p;
    const byte *end;
    int depth;
} scan_t;

static mp_obj_t scan_value(scan_t *s);

static void skip_ws(scan_t *s) {
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r')) {
        s->p++;
    }
}

static bool is_digit(const scan_t *s, const byte *q) {
    return q < s->end && *q >= '0' && *q <= '9';
}

static int hex4(const byte *q) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        byte c = q[i];
        int d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0) {
            return -1;
        }
        v = v * 16 + d;
    }
    return v;
}

// After the opening quote. Text without escapes is copied once.
static mp_obj_t scan_string(scan_t *s) {
    const byte *start = s->p;
    const byte *q = start;
    while (q < s->end && *q != '"' && *q != '\\' && *q >= 0x20) {
        q++;
    }
    if (q < s->end && *q == '"') {
        s->p = q + 1;
        return mp_obj_new_str((const char *)start, q - start);
    }
    vstr_t v;
    vstr_init(&v, q - start + 16);
    vstr_add_strn(&v, (const char *)start, q - start);
    while (q < s->end) {
        byte c = *q;
        if (c == '"') {
            s->p = q + 1;
            return mp_obj_new_str_from_vstr(&v);
        }
        if (c < 0x20) {
            return MP_OBJ_NULL;  // a control character: json.py's error
        }
        if (c != '\\') {
            vstr_add_byte(&v, c);
            q++;
            continue;
        }
        if (q + 1 >= s->end) {
            return MP_OBJ_NULL;
        }
        c = q[1];
        q += 2;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                vstr_add_byte(&v, c);
                break;
            case 'b':
                vstr_add_byte(&v, '\b');
                break;
            case 'f':
                vstr_add_byte(&v, '\f');
                break;
            case 'n':
                vstr_add_byte(&v, '\n');
                break;
            case 'r':
                vstr_add_byte(&v, '\r');
                break;
            case 't':
                vstr_add_byte(&v, '\t');
                break;
            case 'u': {
                int cp = s->end - q >= 4 ? hex4(q) : -1;
                if (cp < 0) {
                    return MP_OBJ_NULL;
                }
                q += 4;
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    // only a high surrogate followed by a low one is a
                    // character; json.py keeps a lone one as CPython does
                    int lo = cp <= 0xdbff && s->end - q >= 6 && q[0] == '\\' && q[1] == 'u' ? hex4(q + 2) : -1;
                    if (lo < 0xdc00 || lo > 0xdfff) {
                        return MP_OBJ_NULL;
                    }
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                    q += 6;
                }
                vstr_add_char(&v, cp);
                break;
            }
            default:
                return MP_OBJ_NULL;
        }
    }
    return MP_OBJ_NULL;
}

// JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
static mp_obj_t scan_number(scan_t *s) {
    const byte *start = s->p;
    const byte *q = start;
    bool is_float = false;
    if (q < s->end && *q == '-') {
        q++;
    }
    if (!is_digit(s, q)) {
        return MP_OBJ_NULL;  // "-Infinity" and the like
    }
    if (*q++ != '0') {
        while (is_digit(s, q)) {
            q++;
        }
    }
    if (q < s->end && *q == '.') {
        if (!is_digit(s, ++q)) {
            return MP_OBJ_NULL;
        }
        while (is_digit(s, q)) {
            q++;
        }
        is_float = true;
    }
    if (q < s->end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < s->end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (!is_digit(s, q)) {
            return MP_OBJ_NULL;
        }
        while (is_digit(s, q)) {
            q++;
        }
        is_float = true;
    }
    s->p = q;
    if (is_float) {
        return mp_parse_num_float((const char *)start, q - start, false, NULL);
    }
    return mp_parse_num_integer((const char *)start, q - start, 10, NULL);
}

static bool scan_word(scan_t *s, const char *word, size_t len) {
    if ((size_t)(s->end - s->p) >= len && memcmp(s->p, word, len) == 0) {
        s->p += len;
        return true;
    }
    return false;
}

// After '{' or '['.
static mp_obj_t scan_container(scan_t *s, bool is_dict) {
    if (++s->depth > MAX_DEPTH) {
        return MP_OBJ_NULL;
    }
    byte close = is_dict ? '}' : ']';
    mp_obj_t out = is_dict ? mp_obj_new_dict(0) : mp_obj_new_list(0, NULL);
    skip_ws(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
        s->depth--;
        return out;
    }
    for (;;) {
        mp_obj_t key = MP_OBJ_NULL;
        if (is_dict) {
            if (s->p >= s->end || *s->p != '"') {
                return MP_OBJ_NULL;
            }
            s->p++;
            key = scan_string(s);
            if (key == MP_OBJ_NULL) {
                return MP_OBJ_NULL;
            }
            skip_ws(s);
            if (s->p >= s->end || *s->p != ':') {
                return MP_OBJ_NULL;
            }
            s->p++;
            skip_ws(s);
        }
        mp_obj_t value = scan_value(s);
        if (value == MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        if (is_dict) {
            mp_obj_dict_store(out, key, value);
        } else {
            mp_obj_list_append(out, value);
        }
        skip_ws(s);
        if (s->p >= s->end) {
            return MP_OBJ_NULL;
        }
        byte c = *s->p++;
        if (c == close) {
            s->depth--;
            return out;
        }
        if (c != ',') {
            return MP_OBJ_NULL;
        }
        skip_ws(s);
    }
}

static mp_obj_t scan_value(scan_t *s) {
    if (s->p >= s->end) {
        return MP_OBJ_NULL;
    }
    switch (*s->p) {
        case '"':
            s->p++;
            return scan_string(s);
        case '{':
            s->p++;
            return scan_container(s, true);
        case '[':
            s->p++;
            return scan_container(s, false);
        case 't':
            return scan_word(s, "true", 4) ? mp_const_true : MP_OBJ_NULL;
        case 'f':
            return scan_word(s, "false", 5) ? mp_const_false : MP_OBJ_NULL;
        case 'n':
            return scan_word(s, "null", 4) ? mp_const_none : MP_OBJ_NULL;
        default:
            return scan_number(s);
    }
}

// scan(text: str) -> the value, or Ellipsis for json.py to decode.
static mp_obj_t pywasm_json_scan(mp_obj_t text) {
    if (!mp_obj_is_str(text)) {
        return MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj);
    }
    size_t len;
    const char *data = mp_obj_str_get_data(text, &len);
    scan_t s = { (const byte *)data, (const byte *)data + len, 0 };
    skip_ws(&s);
    mp_obj_t value = scan_value(&s);
    skip_ws(&s);
    if (value == MP_OBJ_NULL || s.p != s.end) {
        return MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj);
    }
    return value;
}
static MP_DEFINE_CONST_FUN_OBJ_1(pywasm_json_scan_obj, pywasm_json_scan);

// Writing JSON: false when the value is one json.py must write.
typedef struct {
    vstr_t *out;
    mp_print_t print;
    bool ensure_ascii;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
    int depth;
} dump_t;

static void dump_escape(vstr_t *out, unsigned cp) {
    static const char hex[] = "0123456789abcdef";
    char buf[6] = { '\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15], hex[cp & 15] };
    vstr_add_strn(out, buf, 6);
}

static void dump_str(dump_t *d, mp_obj_t o) {
    size_t len;
    const byte *p = (const byte *)mp_obj_str_get_data(o, &len);
    const byte *end = p + len;
    vstr_t *out = d->out;
    vstr_add_byte(out, '"');
    while (p < end) {
        const byte *run = p;
        while (p < end && *p >= 0x20 && *p != '"' && *p != '\\' && (*p < 0x7f || !d->ensure_ascii)) {
            p++;
        }
        vstr_add_strn(out, (const char *)run, p - run);
        if (p >= end) {
            break;
        }
        byte c = *p;
        const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
            : c == '\t' ? "\\t" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
        if (esc != NULL) {
            vstr_add_strn(out, esc, 2);
            p++;
        } else if (c < 0x80) {
            dump_escape(out, c);  // a control character, or DEL with ensure_ascii
            p++;
        } else {
            // ensure_ascii: a character as \uXXXX, beyond the BMP as a pair
            unsigned cp = utf8_get_char(p);
            p = utf8_next_char(p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                dump_escape(out, 0xd800 | (cp >> 10));
                dump_escape(out, 0xdc00 | (cp & 0x3ff));
            } else {
                dump_escape(out, cp);
            }
        }
    }
    vstr_add_byte(out, '"');
}

static bool dump_value(dump_t *d, mp_obj_t o) {
    if (o == mp_const_none) {
        vstr_add_strn(d->out, "null", 4);
    } else if (o == mp_const_true) {
        vstr_add_strn(d->out, "true", 4);
    } else if (o == mp_const_false) {
        vstr_add_strn(d->out, "false", 5);
    } else if (mp_obj_is_str(o)) {
        dump_str(d, o);
    } else if (mp_obj_is_small_int(o) || mp_obj_is_exact_type(o, &mp_type_int)) {
        mp_obj_print_helper(&d->print, o, PRINT_REPR);
    } else if (mp_obj_is_exact_type(o, &mp_type_float)) {
        mp_float_t f = mp_obj_get_float(o);
        if (isnan(f) || isinf(f)) {
            return false;
        }
        mp_obj_print_helper(&d->print, o, PRINT_REPR);
    } else if (mp_obj_is_exact_type(o, &mp_type_list) || mp_obj_is_exact_type(o, &mp_type_tuple)) {
        if (++d->depth > MAX_DEPTH) {
            return false;
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(o, &n, &items);
        vstr_add_byte(d->out, '[');
        for (size_t i = 0; i < n; i++) {
            if (i > 0) {
                vstr_add_strn(d->out, d->item_sep, d->item_sep_len);
            }
            if (!dump_value(d, items[i])) {
                return false;
            }
        }
        vstr_add_byte(d->out, ']');
        d->depth--;
    } else if (mp_obj_is_exact_type(o, &mp_type_dict)) {
        if (++d->depth > MAX_DEPTH) {
            return false;
        }
        // slot order is insertion order (patch 0001), as dict.items() gives
        mp_map_t *map = mp_obj_dict_get_map(o);
        vstr_add_byte(d->out, '{');
        bool first = true;
        for (size_t i = 0; i < map->alloc; i++) {
            if (!mp_map_slot_is_filled(map, i)) {
                continue;
            }
            mp_obj_t key = map->table[i].key;
            if (!mp_obj_is_str(key)) {
                return false;  // json.py converts or skips it
            }
            if (!first) {
                vstr_add_strn(d->out, d->item_sep, d->item_sep_len);
            }
            first = false;
            dump_str(d, key);
            vstr_add_strn(d->out, d->key_sep, d->key_sep_len);
            if (!dump_value(d, map->table[i].value)) {
                return false;
            }
        }
        vstr_add_byte(d->out, '}');
        d->depth--;
    } else {
        return false;
    }
    return true;
}

// dump(obj, ensure_ascii, item_separator, key_separator) -> str, or Ellipsis
// for json.py to encode.
static mp_obj_t pywasm_json_dump(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    if (!mp_obj_is_str(args[2]) || !mp_obj_is_str(args[3])) {
        return MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj);
    }
    vstr_t out;
    dump_t d;
    vstr_init_print(&out, 64, &d.print);
    d.out = &out;
    d.ensure_ascii = mp_obj_is_true(args[1]);
    d.item_sep = mp_obj_str_get_data(args[2], &d.item_sep_len);
    d.key_sep = mp_obj_str_get_data(args[3], &d.key_sep_len);
    d.depth = 0;
    if (!dump_value(&d, args[0])) {
        vstr_clear(&out);
        return MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj);
    }
    return mp_obj_new_str_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_json_dump_obj, 4, 4, pywasm_json_dump);

static const mp_rom_map_elem_t pywasm_json_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm_json) },
    { MP_ROM_QSTR(MP_QSTR_scan), MP_ROM_PTR(&pywasm_json_scan_obj) },
    { MP_ROM_QSTR(MP_QSTR_dump), MP_ROM_PTR(&pywasm_json_dump_obj) },
};
static MP_DEFINE_CONST_DICT(pywasm_json_globals, pywasm_json_globals_table);

const mp_obj_module_t mp_module_pywasm_json = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&pywasm_json_globals,
};

MP_REGISTER_MODULE(MP_QSTR__pywasm_json, mp_module_pywasm_json);
