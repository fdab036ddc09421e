// bytes.decode() and str.encode() with CPython's arguments and behaviour:
// encoding and errors by position or keyword; the utf-8, ascii and latin-1
// codecs (with their usual aliases, and utf-8-sig); the strict, ignore,
// replace and backslashreplace handlers (and xmlcharrefreplace to encode);
// UnicodeDecodeError/UnicodeEncodeError with CPython's messages and
// attributes. MicroPython ignored both arguments: every decode was UTF-8,
// strict, and accepted overlong forms and surrogates. Patch 0032 puts these
// functions in the bytes and str method tables.
//
// Any other encoding goes to the frozen codecs layer
// (_pywasm_codecs_table.decode_text/encode_text: utf-16, utf-32, the code
// pages, unicode_escape...), imported only then; it raises LookupError for
// a name it does not know either.
#include <stdio.h>
#include <string.h>

#include "py/objstr.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "strunicode.h"

// *FORMAT-OFF*
MP_DEFINE_EXCEPTION(UnicodeDecodeError, UnicodeError)
MP_DEFINE_EXCEPTION(UnicodeEncodeError, UnicodeError)
// *FORMAT-ON*

typedef enum { CODEC_UTF8, CODEC_UTF8_SIG, CODEC_ASCII, CODEC_LATIN1, CODEC_PYTHON } codec_t;
typedef enum { ERRORS_STRICT, ERRORS_IGNORE, ERRORS_REPLACE, ERRORS_BACKSLASH, ERRORS_XMLCHARREF } errors_t;

static const char *const codec_names[] = { "utf-8", "utf-8-sig", "ascii", "latin-1" };

// CPython's lookup: case, '-', '_' and ' ' do not matter. CODEC_PYTHON: a
// name for the codecs layer.
static codec_t codec_lookup(mp_obj_t name_obj) {
    size_t len;
    const char *name = mp_obj_str_get_data(name_obj, &len);
    char key[12];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c == '-' || c == '_' || c == ' ') {
            continue;
        }
        if (n == sizeof(key) - 1) {
            n = 0;
            break;
        }
        key[n++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    key[n] = '\0';
    static const struct { const char *alias; codec_t codec; } aliases[] = {
        { "utf8", CODEC_UTF8 }, { "u8", CODEC_UTF8 }, { "utf", CODEC_UTF8 }, { "cp65001", CODEC_UTF8 },
        { "utf8sig", CODEC_UTF8_SIG },
        { "ascii", CODEC_ASCII }, { "usascii", CODEC_ASCII }, { "646", CODEC_ASCII },
        { "latin1", CODEC_LATIN1 }, { "latin", CODEC_LATIN1 }, { "l1", CODEC_LATIN1 },
        { "iso88591", CODEC_LATIN1 }, { "8859", CODEC_LATIN1 }, { "cp819", CODEC_LATIN1 },
    };
    for (size_t i = 0; n > 0 && i < MP_ARRAY_SIZE(aliases); i++) {
        if (strcmp(key, aliases[i].alias) == 0) {
            return aliases[i].codec;
        }
    }
    return CODEC_PYTHON;
}

// One of _pywasm_codecs_table's functions for the codecs C lacks.
static mp_obj_t python_codecs(qstr func, size_t n_args, mp_obj_t *args) {
    mp_obj_t module = mp_import_name(MP_QSTR__pywasm_codecs_table, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_n_kw(mp_load_attr(module, func), n_args, 0, args);
}

// Looked up only when there is an error to handle, as CPython does.
static errors_t errors_lookup(mp_obj_t name_obj, bool encoding) {
    const char *name = mp_obj_str_get_str(name_obj);
    if (strcmp(name, "strict") == 0) {
        return ERRORS_STRICT;
    } else if (strcmp(name, "ignore") == 0) {
        return ERRORS_IGNORE;
    } else if (strcmp(name, "replace") == 0) {
        return ERRORS_REPLACE;
    } else if (strcmp(name, "backslashreplace") == 0) {
        return ERRORS_BACKSLASH;
    } else if (encoding && strcmp(name, "xmlcharrefreplace") == 0) {
        return ERRORS_XMLCHARREF;
    } else if (!encoding && (strcmp(name, "xmlcharrefreplace") == 0 || strcmp(name, "namereplace") == 0)) {
        // handlers that only know how to encode
        mp_raise_TypeError(MP_ERROR_TEXT("don't know how to handle UnicodeDecodeError in error callback"));
    } else if (strcmp(name, "surrogateescape") == 0 || strcmp(name, "surrogatepass") == 0
               || strcmp(name, "namereplace") == 0) {
        mp_raise_msg_varg(&mp_type_NotImplementedError,
            MP_ERROR_TEXT("error handler '%s' is not supported (pywasm's str holds only valid UTF-8)"), name);
    }
    mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown error handler name '%s'"), name);
}

// The exception CPython raises, made of what a handler of it reads; its
// message is what str() writes from them (port/exceptions.c).
static NORETURN void raise_unicode_error(bool decoding, codec_t codec, mp_obj_t object,
    size_t start, size_t end, const char *reason) {
    const char *name = codec_names[codec == CODEC_UTF8_SIG ? CODEC_UTF8 : codec];
    mp_obj_t args[5] = {
        mp_obj_new_str(name, strlen(name)), object, MP_OBJ_NEW_SMALL_INT(start), MP_OBJ_NEW_SMALL_INT(end),
        mp_obj_new_str(reason, strlen(reason))
    };
    nlr_raise(mp_obj_new_exception_args(decoding ? &mp_type_UnicodeDecodeError : &mp_type_UnicodeEncodeError, 5, args));
}

// One UTF-8 sequence at p (n bytes left), by the Unicode standard's table of
// well-formed sequences: no overlong forms, surrogates or values past
// U+10FFFF. Returns its length, or 0 with *bad set to the length of the
// maximal ill-formed part (what CPython replaces with one U+FFFD) and
// *reason to CPython's word for it.
static size_t utf8_sequence(const byte *p, size_t n, size_t *bad, const char **reason) {
    byte b = p[0];
    size_t len;
    byte lo = 0x80, hi = 0xbf;
    if (b < 0x80) {
        return 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
        len = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
        len = 3;
        lo = b == 0xe0 ? 0xa0 : 0x80;
        hi = b == 0xed ? 0x9f : 0xbf;
    } else if (b >= 0xf0 && b <= 0xf4) {
        len = 4;
        lo = b == 0xf0 ? 0x90 : 0x80;
        hi = b == 0xf4 ? 0x8f : 0xbf;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if (i == n) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        if (p[i] < lo || p[i] > hi) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
        lo = 0x80;
        hi = 0xbf;
    }
    return len;
}

static void add_backslashed(vstr_t *out, unichar c) {
    if (c < 0x100) {
        vstr_printf(out, "\\x%02x", (unsigned)c);
    } else if (c < 0x10000) {
        vstr_printf(out, "\\u%04x", (unsigned)c);
    } else {
        vstr_printf(out, "\\U%08x", (unsigned)c);
    }
}

static mp_obj_t decode(mp_obj_t object, const byte *p, size_t n, codec_t codec, mp_obj_t errors_obj) {
    vstr_t out;
    vstr_init(&out, n);
    size_t i = 0;
    if (codec == CODEC_UTF8_SIG && n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
        i = 3;
    }
    while (i < n) {
        size_t bad = 0;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_LATIN1) {
            vstr_add_char(&out, p[i++]);
            continue;
        }
        // The longest run of good text is copied at once: usually all of it.
        size_t run = i;
        while (run < n) {
            size_t len = p[run] < 0x80 ? 1 : codec == CODEC_ASCII ? 0 : utf8_sequence(p + run, n - run, &bad, &reason);
            if (len == 0) {
                bad = bad ? bad : 1;
                break;
            }
            run += len;
        }
        vstr_add_strn(&out, (const char *)p + i, run - i);
        i = run;
        if (bad == 0) {
            continue;
        }
        switch (errors_lookup(errors_obj, false)) {
            case ERRORS_IGNORE:
                break;
            case ERRORS_REPLACE:
                vstr_add_str(&out, "\xef\xbf\xbd");
                break;
            case ERRORS_BACKSLASH:
                for (size_t k = 0; k < bad; k++) {
                    add_backslashed(&out, p[i + k]);
                }
                break;
            default:
                raise_unicode_error(true, codec, object, i, i + bad, reason);
        }
        i += bad;
    }
    return mp_obj_new_str_from_utf8_vstr(&out);
}

static mp_obj_t encode(mp_obj_t object, const byte *p, size_t n, codec_t codec, mp_obj_t errors_obj) {
    if (codec == CODEC_UTF8 || codec == CODEC_UTF8_SIG) {
        vstr_t out;
        vstr_init(&out, n + 3);
        if (codec == CODEC_UTF8_SIG) {
            vstr_add_str(&out, "\xef\xbb\xbf");
        }
        vstr_add_strn(&out, (const char *)p, n);
        return mp_obj_new_bytes_from_vstr(&out);
    }
    unichar limit = codec == CODEC_ASCII ? 0x80 : 0x100;
    vstr_t out;
    vstr_init(&out, n);
    const byte *end = p + n;
    for (size_t pos = 0; p < end; pos++) {
        unichar c = utf8_get_char(p);
        p = utf8_next_char(p);
        if (c < limit) {
            vstr_add_byte(&out, (byte)c);
            continue;
        }
        switch (errors_lookup(errors_obj, true)) {
            case ERRORS_IGNORE:
                break;
            case ERRORS_REPLACE:
                vstr_add_byte(&out, '?');
                break;
            case ERRORS_BACKSLASH:
                add_backslashed(&out, c);
                break;
            case ERRORS_XMLCHARREF:
                vstr_printf(&out, "&#%u;", (unsigned)c);
                break;
            default: {
                // CPython reports the whole run of characters it cannot encode.
                size_t run_end = pos + 1;
                while (p < end && utf8_get_char(p) >= limit) {
                    p = utf8_next_char(p);
                    run_end++;
                }
                raise_unicode_error(false, codec, object, pos, run_end,
                    codec == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)");
            }
        }
    }
    return mp_obj_new_bytes_from_vstr(&out);
}

static const mp_arg_t codec_args[] = {
    { MP_QSTR_encoding, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_utf_hyphen_8)} },
    { MP_QSTR_errors, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_strict)} },
};

static mp_obj_t pywasm_bytes_decode(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t args[MP_ARRAY_SIZE(codec_args)];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(codec_args), codec_args, args);
    mp_buffer_info_t data;
    mp_get_buffer_raise(pos_args[0], &data, MP_BUFFER_READ);
    codec_t codec = codec_lookup(args[0].u_obj);
    if (codec == CODEC_PYTHON) {
        mp_obj_t call_args[3] = { pos_args[0], args[0].u_obj, args[1].u_obj };
        return python_codecs(MP_QSTR_decode_text, 3, call_args);
    }
    return decode(pos_args[0], data.buf, data.len, codec, args[1].u_obj);
}
MP_DEFINE_CONST_FUN_OBJ_KW(pywasm_bytes_decode_obj, 1, pywasm_bytes_decode);

static mp_obj_t pywasm_str_encode(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    if (n_args == 1 && (kw_args == NULL || kw_args->used == 0)) {
        // s.encode() of ASCII text, the usual call: its bytes as they are,
        // without parsing arguments or looking up the codec
        size_t len;
        const byte *text = (const byte *)mp_obj_str_get_data(pos_args[0], &len);
        if (pywasm_all_ascii(text, len)) {
            return mp_obj_new_bytes(text, len);
        }
    }
    mp_arg_val_t args[MP_ARRAY_SIZE(codec_args)];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(codec_args), codec_args, args);
    size_t len;
    const char *text = mp_obj_str_get_data(pos_args[0], &len);
    codec_t codec = codec_lookup(args[0].u_obj);
    if (codec == CODEC_PYTHON) {
        mp_obj_t call_args[3] = { pos_args[0], args[0].u_obj, args[1].u_obj };
        return python_codecs(MP_QSTR_encode_text, 3, call_args);
    }
    return encode(pos_args[0], (const byte *)text, len, codec, args[1].u_obj);
}
MP_DEFINE_CONST_FUN_OBJ_KW(pywasm_str_encode_obj, 1, pywasm_str_encode);

// For open(): whether an encoding names UTF-8 itself (utf-8-sig does not:
// it strips or writes a BOM). LookupError for a name no text codec has.
bool pywasm_codec_is_utf8(mp_obj_t name) {
    codec_t codec = codec_lookup(name);
    if (codec == CODEC_PYTHON) {
        python_codecs(MP_QSTR_text_codec, 1, &name);
    }
    return codec == CODEC_UTF8;
}

// Bytes that were to become text and are not UTF-8 (a read from a file
// opened in text mode, mostly): CPython's UnicodeDecodeError, with the
// position and reason, instead of MicroPython's bare UnicodeError
// (patch 0033). The strict decoder refuses everything utf8_check refuses.
NORETURN void pywasm_raise_utf8_error(const byte *p, size_t n) {
    decode(mp_obj_new_bytes(p, n), p, n, CODEC_UTF8, MP_OBJ_NEW_QSTR(MP_QSTR_strict));
    mp_raise_msg(&mp_type_UnicodeError, NULL);
}
