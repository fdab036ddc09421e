// Newer syntax that MicroPython's parser does not have: match statements
// (PEP 634), parenthesised context managers (`with (a as b, c as d):`,
// Python 3.10) and `except*` (PEP 654, 3.11). Every source the lexer reads
// passes through here first (patch 0067, at mp_lexer_new): one with a line
// that may use any of them is handed to the frozen _pywasm_syntax, which
// rewrites those statements into what the parser takes, on the very same
// lines, so line numbers, tracebacks and the source lines they print stay
// the user's (what needs more statements than a line holds puts them on
// that line after 0x1f bytes, which the lexer takes as line breaks that
// start no line: patch 0083). Anything it cannot rewrite is left as
// written, and the parser reports the syntax error there.
#include <string.h>

#include "py/runtime.h"
#include "py/reader.h"
#include "py/lexer.h"
#include "py/unicode.h"

static bool is_name_char(byte c) {
    return unichar_isalnum(c) || c == '_' || c >= 0x80;
}

// src[i..] starts with the word w (and not a longer name).
static bool word_at(const byte *src, size_t len, size_t i, const char *w) {
    size_t n = strlen(w);
    return len - i > n && memcmp(src + i, w, n) == 0 && !is_name_char(src[i + n]);
}

static size_t skip_blanks(const byte *src, size_t len, size_t i) {
    while (i < len && (src[i] == ' ' || src[i] == '\t')) {
        i++;
    }
    return i;
}

// From src[i] to the end of the physical line (or a comment): whether the
// line ends with ':', leaves a bracket open, and holds ',' or " as " inside
// the first bracket.
typedef struct {
    bool colon_last, left_open, listed;
} line_shape_t;

static line_shape_t line_shape(const byte *src, size_t len, size_t i) {
    line_shape_t shape = { false, false, false };
    int depth = 0;
    byte last = 0;
    for (; i < len && src[i] != '\n' && src[i] != '#'; i++) {
        byte c = src[i];
        depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
        if (depth == 1 && (c == ',' || (c == ' ' && word_at(src, len, i + 1, "as")))) {
            shape.listed = true;
        }
        if (c != ' ' && c != '\t' && c != '\r') {
            last = c;
        }
    }
    shape.colon_last = last == ':';
    shape.left_open = depth > 0;
    return shape;
}

// Could the physical line at src[i..] start a statement to rewrite? Cheap
// tests, so that most scripts never load the rewriter, which decides
// exactly:
//  - match: the first word is "match", not followed by what makes it a name
//    (`match = ...`, `match.group`, `match: str`), and the line ends with ':'
//    or leaves a bracket open (a subject over several lines);
//  - with: "with (" or "async with (", with a ',' or " as " inside the
//    bracket or the bracket left open at the end of the line.
//  - except*: "except" then "*".
static bool may_start_newer(const byte *src, size_t len, size_t i) {
    i = skip_blanks(src, len, i);
    if (word_at(src, len, i, "match")) {
        i = skip_blanks(src, len, i + 5);
        if (i == len || strchr("=.,:;)]}\r\n#", src[i]) != NULL) {
            return false;
        }
        line_shape_t shape = line_shape(src, len, i);
        return shape.colon_last || shape.left_open;
    }
    if (word_at(src, len, i, "except")) {
        i = skip_blanks(src, len, i + 6);
        return i < len && src[i] == '*';
    }
    if (word_at(src, len, i, "async")) {
        i = skip_blanks(src, len, i + 5);
    }
    if (word_at(src, len, i, "with")) {
        i = skip_blanks(src, len, i + 4);
        if (i < len && src[i] == '(') {
            line_shape_t shape = line_shape(src, len, i);
            return shape.listed || shape.left_open;
        }
    }
    return false;
}

static bool may_use_newer(const byte *src, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if ((i == 0 || src[i - 1] == '\n') && may_start_newer(src, len, i)) {
            return true;
        }
    }
    return false;
}

// The rewritten source, or MP_OBJ_NULL to lex the source as it is.
static mp_obj_t rewritten(const vstr_t *src) {
    if (!utf8_check((const byte *)src->buf, src->len)) {
        return MP_OBJ_NULL;  // the lexer reports it as it would have
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t mod = mp_import_name(MP_QSTR__pywasm_syntax, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t out = mp_call_function_1(mp_load_attr(mod, MP_QSTR_transform), mp_obj_new_str(src->buf, src->len));
        nlr_pop();
        return out == mp_const_none ? MP_OBJ_NULL : out;
    }
    return MP_OBJ_NULL;
}

// Replaces *reader with one over the whole source, rewritten if it uses
// newer syntax; true if it was rewritten with 0x1f line breaks. The source is read in full first,
// as the rewriter needs all of it; the parser reads all of it before
// anything runs anyway.
bool pywasm_syntax_rewrite(mp_reader_t *reader, const char **text, size_t *text_len) {
    vstr_t src;
    vstr_init(&src, 256);
    for (mp_uint_t c; (c = reader->readbyte(reader->data)) != MP_READER_EOF;) {
        vstr_add_byte(&src, c);
    }
    reader->close(reader->data);
    bool changed = false;
    // 0x1f marks the rewriter's line breaks (patch 0083) only in a source
    // that had none of its own; the rewriter adds none to such a source.
    bool has_marks = memchr(src.buf, 0x1f, src.len) != NULL;
    if (may_use_newer((const byte *)src.buf, src.len)) {
        mp_obj_t out = rewritten(&src);
        if (out != MP_OBJ_NULL) {
            size_t n;
            const char *text = mp_obj_str_get_data(out, &n);
            vstr_reset(&src);
            vstr_add_strn(&src, text, n);
            changed = true;
        }
    }
    mp_reader_new_mem(reader, (const byte *)src.buf, src.len, src.alloc);
    *text = src.buf;  // the lexer keeps it, for pywasm_syntax_explain
    *text_len = src.len;
    return changed && !has_marks;
}

// The SyntaxError CPython would raise where the parser stopped with
// "invalid syntax" (patch 0215): the library's _pywasm_syntax_hint reads
// the source and gives CPython's message for the common mistakes ("expected
// ':'", "'(' was never closed", ...) with the place and line text a caret
// is printed under; *line becomes the line it names. exc stays as it is if
// that cannot be worked out (no library, a source that is not UTF-8, an
// error while explaining, or an explanation of an explanation).
mp_obj_t pywasm_syntax_explain(mp_lexer_t *lex, mp_obj_t exc, size_t *line) {
    static bool explaining;
    if (explaining || lex->pywasm_text == NULL || !utf8_check((const byte *)lex->pywasm_text, lex->pywasm_text_len)) {
        return exc;
    }
    explaining = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t mod = mp_import_name(MP_QSTR__pywasm_syntax_hint, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t args[4] = {
            mp_obj_new_str(lex->pywasm_text, lex->pywasm_text_len), MP_OBJ_NEW_QSTR(lex->source_name),
            MP_OBJ_NEW_SMALL_INT(lex->tok_line), MP_OBJ_NEW_SMALL_INT(lex->tok_column),
        };
        mp_obj_t out = mp_call_function_n_kw(mp_load_attr(mod, MP_QSTR_explain), 4, 0, args);
        if (mp_obj_is_exception_instance(out)) {
            mp_obj_t lineno = mp_load_attr(out, MP_QSTR_lineno);
            if (mp_obj_is_small_int(lineno) && MP_OBJ_SMALL_INT_VALUE(lineno) > 0) {
                *line = MP_OBJ_SMALL_INT_VALUE(lineno);
                exc = out;
            }
        }
        nlr_pop();
    }
    explaining = false;
    return exc;
}
