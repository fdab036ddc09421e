// match statements (PEP 634), which MicroPython's parser does not have.
// Every source the lexer reads passes through here first (patch 0067, at
// mp_lexer_new): one that may hold a match statement is handed to the
// frozen _pywasm_match, which rewrites each one into if/elif over small
// helpers on the very same lines, so line numbers, tracebacks and the
// source lines they print stay the user's. Anything it cannot rewrite is
// left as written, and the parser then reports the syntax error there.
#include <string.h>

#include "py/runtime.h"
#include "py/reader.h"
#include "py/unicode.h"

static bool is_name_char(byte c) {
    return unichar_isalnum(c) || c == '_' || c >= 0x80;
}

// Could the physical line at src[i..] start a match statement? Its first
// word is "match", not followed by what makes it a name (`match = ...`,
// `match.group`, `match: str`), and the line ends with ':' or leaves a
// bracket open (a subject over several lines). A cheap test, so that most
// scripts, which use `match` only as a name or not at all, never load the
// rewriter; the rewriter decides exactly.
static bool may_start_match(const byte *src, size_t len, size_t i) {
    while (i < len && (src[i] == ' ' || src[i] == '\t')) {
        i++;
    }
    if (len - i < 6 || memcmp(src + i, "match", 5) != 0 || is_name_char(src[i + 5])) {
        return false;
    }
    i += 5;
    while (i < len && (src[i] == ' ' || src[i] == '\t')) {
        i++;
    }
    if (i == len || strchr("=.,:;)]}\r\n#", src[i]) != NULL) {
        return false;
    }
    int open = 0;
    byte last = 0;
    for (; i < len && src[i] != '\n' && src[i] != '#'; i++) {
        byte c = src[i];
        open += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
        if (c != ' ' && c != '\t' && c != '\r') {
            last = c;
        }
    }
    return last == ':' || open > 0;
}

static bool may_hold_match(const byte *src, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if ((i == 0 || src[i - 1] == '\n') && may_start_match(src, len, i)) {
            return true;
        }
    }
    return false;
}

// The rewritten source, or NULL to lex the source as it is.
static mp_obj_t rewritten(const vstr_t *src) {
    if (!utf8_check((const byte *)src->buf, src->len)) {
        return MP_OBJ_NULL;  // the lexer reports it as it would have
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t mod = mp_import_name(MP_QSTR__pywasm_match, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t out = mp_call_function_1(mp_load_attr(mod, MP_QSTR_transform), mp_obj_new_str(src->buf, src->len));
        nlr_pop();
        return out == mp_const_none ? MP_OBJ_NULL : out;
    }
    return MP_OBJ_NULL;
}

// Replaces *reader with one over the whole source, rewritten if it holds
// match statements. The source is read in full first, as the rewriter needs
// all of it; the parser reads all of it before anything runs anyway.
void pywasm_match_rewrite(mp_reader_t *reader) {
    vstr_t src;
    vstr_init(&src, 256);
    for (mp_uint_t c; (c = reader->readbyte(reader->data)) != MP_READER_EOF;) {
        vstr_add_byte(&src, c);
    }
    reader->close(reader->data);
    if (may_hold_match((const byte *)src.buf, src.len)) {
        mp_obj_t out = rewritten(&src);
        if (out != MP_OBJ_NULL) {
            size_t n;
            const char *text = mp_obj_str_get_data(out, &n);
            vstr_reset(&src);
            vstr_add_strn(&src, text, n);
        }
    }
    mp_reader_new_mem(reader, (const byte *)src.buf, src.len, src.alloc);
}
