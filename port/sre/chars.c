// What one node of _pywasm_sre's matcher matches at one position: a
// character (literal, '.', class; case-insensitive as sre is), an assertion
// or a backreference. No choice is involved, so nothing here backtracks.
#include "../uniprops.h"
#include "match.h"

// ---- characters ---------------------------------------------------------

static uint32_t simple_case(uint32_t c, int mapping) {
    uint32_t out[3];
    return pywasm_uni_case(c, mapping, out) == 1 ? out[0] : c;
}

// Case-insensitive comparisons as sre makes them: simple (one-character)
// case mappings, ASCII only for bytes and re.ASCII.
static uint32_t lower1(uint32_t c, int flags) {
    if (c < 128 || (flags & F_ASCII)) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return c == 0x130 ? 'i' : simple_case(c, PYWASM_UNI_MAP_LOWER);
}

static uint32_t upper1(uint32_t c, int flags) {
    if (c < 128 || (flags & F_ASCII)) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    return simple_case(c, PYWASM_UNI_MAP_UPPER);
}

// Two characters that are one under IGNORECASE: the same lower case, or
// the same upper case ('s', 'S' and the long s; sigma's two small forms).
static bool same_icase(uint32_t a, uint32_t b, int flags) {
    return lower1(a, flags) == lower1(b, flags)
        || (!(flags & F_ASCII) && upper1(a, flags) == upper1(b, flags));
}

static bool is_digit(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return c >= '0' && c <= '9';
    }
    return pywasm_uni_props(c) & PYWASM_UNI_DECIMAL;
}

static bool is_word(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return (c | 32) - 'a' < 26 || c - '0' < 10 || c == '_';
    }
    return pywasm_uni_props(c) & (PYWASM_UNI_ALPHA | PYWASM_UNI_DECIMAL | PYWASM_UNI_DIGIT | PYWASM_UNI_NUMERIC);
}

static bool is_space(uint32_t c, bool ascii) {
    if (c < 128 || ascii) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
    }
    return pywasm_uni_props(c) & PYWASM_UNI_SPACE;
}

static bool class_has(const prog_t *p, const node_t *n, uint32_t c) {
    const uint32_t *item = p->cls + n->a;
    bool ascii = n->flags & F_ASCII;
    for (int k = 0; k < n->b; k++, item += 2) {
        if (item[0] >= CAT) {
            bool in;
            switch (item[0] - CAT) {
                case CAT_DIGIT: in = is_digit(c, ascii); break;
                case CAT_NOT_DIGIT: in = !is_digit(c, ascii); break;
                case CAT_WORD: in = is_word(c, ascii); break;
                case CAT_NOT_WORD: in = !is_word(c, ascii); break;
                case CAT_SPACE: in = is_space(c, ascii); break;
                default: in = !is_space(c, ascii); break;
            }
            if (in) {
                return true;
            }
        } else if (c >= item[0] && c <= item[1]) {
            return true;
        }
    }
    return false;
}

// Does the one-character node n match c?
bool sre_one(const prog_t *p, const node_t *n, uint32_t c) {
    switch (n->kind) {
        case N_CHAR:
            return c == (uint32_t)n->a || ((n->flags & F_ICASE) && same_icase(c, n->a, n->flags));
        case N_ANY:
            return c != '\n' || (n->flags & F_DOTALL);
        default: { // N_CLASS
            bool in = class_has(p, n, c);
            if (!in && (n->flags & F_ICASE)) {
                uint32_t lo = lower1(c, n->flags), up = upper1(c, n->flags);
                in = (lo != c && class_has(p, n, lo)) || (up != c && class_has(p, n, up));
                if (!in && !(n->flags & F_ASCII)) {
                    uint32_t f = lower1(up, n->flags);
                    in = f != c && f != lo && class_has(p, n, f);
                }
            }
            return in != !!(n->flags & F_NEG);
        }
    }
}

static bool word_at(const state_t *st, int i, bool ascii) {
    return i >= 0 && i < st->n && is_word(st->s[i], ascii);
}

// Does the assertion nd (^, $, \A, \Z, \b, \B) hold at i?
bool sre_assert(const state_t *st, const node_t *nd, int i) {
    switch (nd->kind) {
        case N_BOL:
            return i == 0 || ((nd->flags & F_MULTI) && st->s[i - 1] == '\n');
        case N_EOL:
            return i == st->n || (st->s[i] == '\n' && ((nd->flags & F_MULTI) || i == st->n - 1));
        case N_BOS:
            return i == 0;
        case N_EOS:
            return i == st->n;
        case N_WORDB:
        case N_NWORDB: {
            bool ascii = nd->flags & F_ASCII;
            bool b = st->n > 0 && word_at(st, i - 1, ascii) != word_at(st, i, ascii);
            return b == (nd->kind == N_WORDB);
        }
    }
    return false;
}

// Does the backreference nd match at i? Its end in *end.
bool sre_backref(const state_t *st, const node_t *nd, int i, int *end) {
    int g = nd->a;
    int a = st->caps[2 * g], b = st->caps[2 * g + 1];
    if (a < 0 || b < 0) {
        return false;
    }
    int len = b - a;
    if (i + len > st->n) {
        return false;
    }
    for (int k = 0; k < len; k++) {
        uint32_t x = st->s[a + k], y = st->s[i + k];
        if (x != y && !((nd->flags & F_ICASE) && lower1(x, nd->flags) == lower1(y, nd->flags))) {
            return false;
        }
    }
    *end = i + len;
    return true;
}
