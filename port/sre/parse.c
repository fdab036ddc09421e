// The parser of _pywasm_sre: CPython's pattern syntax (3.11) into nodes,
// with sre's error messages and positions. One pass, recursive descent:
// an alternation is sequences of items, an item an atom and a quantifier.
#include <stdarg.h>
#include <string.h>

#include "py/mpprint.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "../uniprops.h"
#include "sre.h"

typedef struct {
    const uint32_t *pat;
    int len;
    int i;
    int flags;          // flags in force at i
    int global_flags;   // flags given and set by (?x) at the start
    bool is_bytes;
    node_t *nodes;
    int nnodes, node_cap;
    uint32_t *cls;
    int ncls, cls_cap;
    int ngroups;
    mp_obj_t names;     // [(name, number)] in order
    uint8_t open[32];   // groups not yet closed (bit per group, first 256)
    int depth;
    bool at_start;      // only global flag groups seen so far
} parser_t;

static NORETURN void parse_error(parser_t *ps, int pos, const char *fmt, ...) {
    vstr_t msg;
    vstr_init(&msg, 48);
    mp_print_t print;
    vstr_init_print(&msg, 48, &print);
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&print, fmt, ap);
    va_end(ap);
    mp_obj_t args[2] = { mp_obj_new_str_from_vstr(&msg), pos < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(pos) };
    nlr_raise(mp_obj_new_exception_args(&mp_type_ValueError, 2, args));
}

static int new_node(parser_t *ps, int kind) {
    if (ps->nnodes == ps->node_cap) {
        int cap = ps->node_cap * 2;
        ps->nodes = m_renew(node_t, ps->nodes, ps->node_cap, cap);
        ps->node_cap = cap;
    }
    node_t *n = &ps->nodes[ps->nnodes];
    memset(n, 0, sizeof(*n));
    n->kind = kind;
    n->next = NONE;
    n->a = n->b = NONE;
    n->flags = ((ps->flags & FL_I) ? F_ICASE : 0) | ((ps->flags & FL_S) ? F_DOTALL : 0)
        | ((ps->flags & FL_M) ? F_MULTI : 0) | ((ps->flags & FL_A) || ps->is_bytes ? F_ASCII : 0);
    return ps->nnodes++;
}

static void add_item(parser_t *ps, uint32_t lo, uint32_t hi) {
    if (ps->ncls + 2 > ps->cls_cap) {
        int cap = ps->cls_cap * 2;
        ps->cls = m_renew(uint32_t, ps->cls, ps->cls_cap, cap);
        ps->cls_cap = cap;
    }
    ps->cls[ps->ncls++] = lo;
    ps->cls[ps->ncls++] = hi;
}

static bool more(parser_t *ps) {
    return ps->i < ps->len;
}

static uint32_t peek(parser_t *ps) {
    return ps->i < ps->len ? ps->pat[ps->i] : 0;
}

static bool eat(parser_t *ps, uint32_t c) {
    if (ps->i < ps->len && ps->pat[ps->i] == c) {
        ps->i++;
        return true;
    }
    return false;
}

// A piece of the pattern as text, for messages.
static mp_obj_t pat_text(parser_t *ps, int from, int to) {
    vstr_t v;
    vstr_init(&v, to - from + 1);
    for (int k = from; k < to; k++) {
        if (ps->is_bytes) {
            vstr_add_byte(&v, ps->pat[k]);
        } else {
            vstr_add_char(&v, ps->pat[k]);
        }
    }
    return mp_obj_new_str_from_vstr(&v);
}

static const char *text_at(parser_t *ps, int from, int to) {
    return mp_obj_str_get_str(pat_text(ps, from, to > ps->len ? ps->len : to));
}

static void skip_verbose(parser_t *ps) {
    if (!(ps->flags & FL_X)) {
        return;
    }
    while (more(ps)) {
        uint32_t c = peek(ps);
        if (c == '#') {
            while (more(ps) && peek(ps) != '\n') {
                ps->i++;
            }
        } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ps->i++;
        } else {
            break;
        }
    }
}

static int hexval(uint32_t c) {
    if (c - '0' < 10) {
        return c - '0';
    }
    if ((c | 32) - 'a' < 6) {
        return (c | 32) - 'a' + 10;
    }
    return -1;
}

static bool is_octal(uint32_t c) {
    return c >= '0' && c <= '7';
}

// Escapes that name one character, in and outside classes: the value, or
// -1 if pat[ps->i] starts none of them (ps->i is after the backslash).
static int32_t char_escape(parser_t *ps, int at) {
    uint32_t c = ps->pat[ps->i];
    switch (c) {
        case 'a': ps->i++; return 7;
        case 'f': ps->i++; return '\f';
        case 'n': ps->i++; return '\n';
        case 'r': ps->i++; return '\r';
        case 't': ps->i++; return '\t';
        case 'v': ps->i++; return '\v';
        case '\\': ps->i++; return '\\';
        case 'x': case 'u': case 'U': {
            if (c != 'x' && ps->is_bytes) {
                return -1;
            }
            ps->i++;
            int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < n; k++) {
                int h = ps->i < ps->len ? hexval(ps->pat[ps->i]) : -1;
                if (h < 0) {
                    parse_error(ps, at, "incomplete escape %s", text_at(ps, at, ps->i));
                }
                v = v * 16 + h;
                ps->i++;
            }
            if (v > 0x10ffff) {
                parse_error(ps, at, "bad escape %s", text_at(ps, at, ps->i));
            }
            return v;
        }
    }
    return -1;
}

static void bad_escape(parser_t *ps, int at) {
    parse_error(ps, at, "bad escape %s", text_at(ps, at, at + 2));
}

static int category_of(uint32_t c) {
    switch (c) {
        case 'd': return CAT_DIGIT;
        case 'D': return CAT_NOT_DIGIT;
        case 'w': return CAT_WORD;
        case 'W': return CAT_NOT_WORD;
        case 's': return CAT_SPACE;
        case 'S': return CAT_NOT_SPACE;
    }
    return 0;
}

// Octal escape digits after a backslash at `at`, ps->i at the first digit.
static uint32_t octal_escape(parser_t *ps, int at, int max_digits) {
    uint32_t v = 0;
    int k = 0;
    while (k < max_digits && more(ps) && is_octal(peek(ps))) {
        v = v * 8 + (peek(ps) - '0');
        ps->i++;
        k++;
    }
    if (v > 0377) {
        parse_error(ps, at, "octal escape value \\%o outside of range 0-0o377", v);
    }
    return v;
}

// The category escape at ps->i (\d, \W...), taken: its number; 0 (nothing
// taken) for any other escape. An escape at the end of the pattern is an
// error. `at` is the '\'.
static int category_escape(parser_t *ps, int at) {
    if (!more(ps)) {
        parse_error(ps, at, "bad escape (end of pattern)");
    }
    int cat = category_of(peek(ps));
    if (cat) {
        ps->i++;
    }
    return cat;
}

// An escaped character c at ps->i that stands for itself, taken; an ASCII
// letter or digit with no meaning as an escape is an error.
static int32_t literal_escape(parser_t *ps, int at, uint32_t c) {
    if (c < 128 && ((c | 32) - 'a' < 26 || c - '0' < 10)) {
        bad_escape(ps, at);
    }
    ps->i++;
    return c;
}

// One member of a class: a character (returned), or a category (added,
// -1 returned). ps->i is after the '\'.
static int32_t class_escape(parser_t *ps, int at) {
    int cat = category_escape(ps, at);
    if (cat) {
        add_item(ps, CAT | cat, 0);
        return -1;
    }
    uint32_t c = peek(ps);
    if (c == 'b') {
        ps->i++;
        return '\b';
    }
    int32_t v = char_escape(ps, at);
    if (v >= 0) {
        return v;
    }
    if (is_octal(c)) {
        return octal_escape(ps, at, 3);
    }
    return literal_escape(ps, at, c);
}

// Whether a '-' at ps->i makes a range (it does not before the closing ']').
static bool range_follows(parser_t *ps) {
    return peek(ps) == '-' && ps->i + 1 < ps->len && ps->pat[ps->i + 1] != ']';
}

static int parse_class(parser_t *ps) {
    int at = ps->i - 1;
    int n = new_node(ps, N_CLASS);
    int first = ps->ncls;
    if (eat(ps, '^')) {
        ps->nodes[n].flags |= F_NEG;
    }
    bool start = true;
    for (;;) {
        if (!more(ps)) {
            parse_error(ps, at, "unterminated character set");
        }
        int here = ps->i;
        uint32_t c = ps->pat[ps->i++];
        if (c == ']' && !start) {
            break;
        }
        start = false;
        int32_t lo = c;
        if (c == '\\') {
            lo = class_escape(ps, here);
            if (lo < 0) {
                if (range_follows(ps)) {
                    parse_error(ps, here, "bad character range %s", text_at(ps, here, ps->i + 2));
                }
                continue;
            }
        }
        if (range_follows(ps)) {
            ps->i++;
            int there = ps->i;
            uint32_t d = ps->pat[ps->i++];
            int32_t hi = d;
            if (d == '\\') {
                hi = class_escape(ps, there);
            }
            if (hi < 0 || hi < lo) {
                parse_error(ps, here, "bad character range %s", text_at(ps, here, ps->i));
            }
            add_item(ps, lo, hi);
        } else {
            add_item(ps, lo, lo);
        }
    }
    // Under IGNORECASE a range of letters matches the other case too; the
    // matcher tries c, its lower and upper case forms against the items.
    ps->nodes[n].a = first;
    ps->nodes[n].b = (ps->ncls - first) / 2;
    return n;
}

static int parse_alt(parser_t *ps);
static int parse_seq(parser_t *ps);

static bool name_ok(parser_t *ps, int from, int to) {
    if (from == to) {
        return false;
    }
    for (int k = from; k < to; k++) {
        uint32_t c = ps->pat[k];
        uint32_t props = c < 128 ? 0 : pywasm_uni_props(c);
        bool start = c < 128 ? ((c | 32) - 'a' < 26 || c == '_') : (props & PYWASM_UNI_ID_START);
        bool cont = c < 128 ? (start || c - '0' < 10) : (props & PYWASM_UNI_ID_CONTINUE);
        if (!(k == from ? start : cont)) {
            return false;
        }
    }
    return true;
}

// The number of the group called name, or 0.
static int group_named(parser_t *ps, mp_obj_t name) {
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(ps->names, &len, &items);
    for (size_t k = 0; k < len; k++) {
        mp_obj_t *pair;
        mp_obj_get_array_fixed_n(items[k], 2, &pair);
        if (mp_obj_equal(pair[0], name)) {
            return MP_OBJ_SMALL_INT_VALUE(pair[1]);
        }
    }
    return 0;
}

// The group a name or number names (for (?P=...) and (?(...)...)).
static int group_ref(parser_t *ps, int from, int to, int at, bool cond) {
    mp_obj_t name = pat_text(ps, from, to);
    bool digits = from < to;
    int num = 0;
    for (int k = from; k < to; k++) {
        if (ps->pat[k] - '0' >= 10) {
            digits = false;
            break;
        }
        num = num * 10 + (ps->pat[k] - '0');
    }
    if (digits && cond) {
        if (num == 0 || num >= 100) {
            parse_error(ps, at, "bad group number");
        }
        return num;
    }
    if (from == to) {
        parse_error(ps, at, "missing group name");
    }
    if (!name_ok(ps, from, to)) {
        parse_error(ps, at, "bad character in group name '%s'", mp_obj_str_get_str(name));
    }
    int g = group_named(ps, name);
    if (g == 0) {
        parse_error(ps, at, "unknown group name '%s'", mp_obj_str_get_str(name));
    }
    return g;
}

static bool group_open(parser_t *ps, int g) {
    return g < 256 && (ps->open[g >> 3] & (1 << (g & 7)));
}

// A backreference to group g. sre places its errors differently for \N:
// a bad number at the digits (`at`), an open group at the backslash (`open_at`).
static int backref(parser_t *ps, int g, int at, int open_at) {
    if (g > ps->ngroups) {
        parse_error(ps, at, "invalid group reference %d", g);
    }
    if (group_open(ps, g)) {
        parse_error(ps, open_at, "cannot refer to an open group");
    }
    int n = new_node(ps, N_BACKREF);
    ps->nodes[n].a = g;
    return n;
}

static int parse_flags(parser_t *ps, int at, int *add, int *remove) {
    // (?aiLmsux) or (?aiLmsux-imsx:...): letters at ps->i.
    static const char letters[] = "aiLmsux";
    static const int values[] = { FL_A, FL_I, FL_L, FL_M, FL_S, FL_U, FL_X };
    int *into = add;
    for (;;) {
        if (!more(ps)) {
            parse_error(ps, ps->i, "missing -, : or )");
        }
        uint32_t c = peek(ps);
        if (c == ')' || c == ':') {
            return c;
        }
        if (c == '-') {
            if (into == remove) {
                parse_error(ps, ps->i, "unknown flag");
            }
            into = remove;
            ps->i++;
            if (!more(ps) || strchr("imsx", peek(ps)) == NULL || peek(ps) == 0) {
                parse_error(ps, ps->i, more(ps) && (peek(ps) < 128 && ((peek(ps) | 32) - 'a' < 26)) ? "unknown flag" : "missing flag");
            }
            continue;
        }
        const char *f = c < 128 && c ? strchr(letters, c) : NULL;
        if (f == NULL) {
            parse_error(ps, ps->i, c < 128 && ((c | 32) - 'a' < 26) ? "unknown flag" : "missing -, : or )");
        }
        if (into == remove && strchr("imsx", c) == NULL) {
            parse_error(ps, ps->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        }
        *into |= values[f - letters];
        ps->i++;
    }
}

// A name from ps->i up to `close`, which is consumed: the name's end.
static int scan_name(parser_t *ps, uint32_t close, const char *unterminated) {
    int from = ps->i;
    while (more(ps) && peek(ps) != close) {
        ps->i++;
    }
    if (!more(ps)) {
        parse_error(ps, from, unterminated);
    }
    return ps->i++;
}

// After '(': a group or an extension. Returns its node, or NONE for one
// that matches nothing ((?#...), global flags).
static bool one_char(parser_t *ps, int n) {
    int kind = n == NONE ? -1 : ps->nodes[n].kind;
    return kind == N_CHAR || kind == N_ANY || kind == N_CLASS;
}

// A sequence of one or more one-character nodes, where a repeat of one
// character may stand when a one-character node follows it (`[a-z]+,`: the
// matcher checks that no character the repeat takes could be the comma, so
// giving some back could never help)?
static bool one_char_seq(parser_t *ps, int n) {
    if (n == NONE) {
        return false;
    }
    for (; n != NONE; n = ps->nodes[n].next) {
        const node_t *nd = &ps->nodes[n];
        if (!one_char(ps, n) && !(nd->kind == N_REPEAT && (nd->flags & F_SIMPLE) && one_char(ps, nd->next))) {
            return false;
        }
    }
    return true;
}

// Is node n, the body of a repeat, a group holding such a sequence, or
// alternatives that each are one (`(?:ab)`, `(?:\\.|[^"\\])`, `([^,]*,)`)?
// (A capture is then the whole body: its span is the last iteration's.)
// Then an iteration can match in one way only, unless two alternatives fit
// at once, and the matcher finds the iterations in a loop instead of
// pushing a frame for each (repeat.c, steps_greedy).
static bool stepped_body(parser_t *ps, int n) {
    const node_t *g = &ps->nodes[n];
    if (g->kind != N_GROUP) {
        return false;
    }
    int body = g->a;
    if (body != NONE && ps->nodes[body].kind == N_ALT && ps->nodes[body].next == NONE) {
        for (int b = ps->nodes[body].a; b != NONE; b = ps->nodes[b].b) {
            if (!one_char_seq(ps, ps->nodes[b].a)) {
                return false;
            }
        }
        return true;
    }
    return one_char_seq(ps, body);
}

// One level deeper into groups: the parser recurses once per level, so the
// depth is bounded (CPython's limit is its own recursion limit, ~1,000).
static void enter_group(parser_t *ps, int at) {
    if (++ps->depth > 200) {
        parse_error(ps, at, "too many nested groups");
    }
}

static int parse_group(parser_t *ps) {
    int at = ps->i - 1;
    int kind = N_GROUP, flags = 0, group = 0;
    int saved_flags = ps->flags;
    if (eat(ps, '?')) {
        if (!more(ps)) {
            parse_error(ps, ps->i, "unexpected end of pattern");
        }
        uint32_t c = ps->pat[ps->i++];
        if (c == ':') {
            // non-capturing
        } else if (c == 'P') {
            if (eat(ps, '<')) {
                int from = ps->i;
                int to = scan_name(ps, '>', "missing >, unterminated name");
                if (from == to) {
                    parse_error(ps, from, "missing group name");
                }
                mp_obj_t name = pat_text(ps, from, to);
                if (!name_ok(ps, from, to)) {
                    parse_error(ps, from, "bad character in group name '%s'", mp_obj_str_get_str(name));
                }
                int was = group_named(ps, name);
                if (was) {
                    parse_error(ps, from, "redefinition of group name '%s' as group %d; was group %d",
                        mp_obj_str_get_str(name), ps->ngroups + 1, was);
                }
                group = ++ps->ngroups;
                mp_obj_t pair[2] = { name, MP_OBJ_NEW_SMALL_INT(group) };
                mp_obj_list_append(ps->names, mp_obj_new_tuple(2, pair));
            } else if (eat(ps, '=')) {
                int from = ps->i;
                int to = scan_name(ps, ')', "missing ), unterminated name");
                return backref(ps, group_ref(ps, from, to, from, false), from, from);
            } else {
                if (!more(ps)) {
                    parse_error(ps, ps->i, "unexpected end of pattern");
                }
                parse_error(ps, ps->i - 2, "unknown extension ?P%s", text_at(ps, ps->i, ps->i + 1));
            }
        } else if (c == '=' || c == '!') {
            kind = N_LOOK;
            flags = c == '!' ? F_NEG : 0;
        } else if (c == '<') {
            if (!more(ps)) {
                parse_error(ps, ps->i, "unexpected end of pattern");
            }
            if (peek(ps) != '=' && peek(ps) != '!') {
                // (?<name>...) is other engines' syntax; 3.11 has only (?P<name>...)
                parse_error(ps, at + 1, "unknown extension ?<%s", text_at(ps, ps->i, ps->i + 1));
            }
            kind = N_LOOK;
            flags = F_BEHIND | (ps->pat[ps->i++] == '!' ? F_NEG : 0);
        } else if (c == '>') {
            kind = N_ATOMIC;
        } else if (c == '#') {
            while (more(ps) && peek(ps) != ')') {
                ps->i++;
            }
            if (!more(ps)) {
                parse_error(ps, at, "missing ), unterminated comment");
            }
            ps->i++;
            return NONE;
        } else if (c == '(') {
            int from = ps->i;
            int to = scan_name(ps, ')', "missing ), unterminated name");
            int g = group_ref(ps, from, to, from, true);
            if (g > ps->ngroups) {
                parse_error(ps, from, "invalid group reference %d", g);
            }
            int n = new_node(ps, N_COND);
            ps->nodes[n].a = g;
            enter_group(ps, at);
            int yes = new_node(ps, N_BRANCH);
            ps->nodes[n].b = yes;
            ps->nodes[yes].a = parse_seq(ps);
            if (eat(ps, '|')) {
                int no = new_node(ps, N_BRANCH);
                ps->nodes[no].a = parse_seq(ps);
                ps->nodes[yes].b = no;
                if (peek(ps) == '|' && more(ps)) {
                    parse_error(ps, ps->i, "conditional backref with more than two branches");
                }
            }
            ps->depth--;
            if (!eat(ps, ')')) {
                parse_error(ps, at, "missing ), unterminated subpattern");
            }
            return n;
        } else if (c < 128 && c && strchr("aiLmsux-", c)) {
            ps->i--;
            int add = 0, remove = 0;
            int end = parse_flags(ps, at, &add, &remove);
            ps->i++;
            if (end == ')') {
                // 3.11: global flags only at the start (compile() lets
                // a run of them through there).
                if (!ps->at_start) {
                    parse_error(ps, at, "global flags not at the start of the expression");
                }
                if ((add & FL_A) && (add & FL_U)) {
                    parse_error(ps, at, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                }
                if ((add & FL_U) && ps->is_bytes) {
                    parse_error(ps, at, "bad inline flags: cannot use 'u' flag with a bytes pattern");
                }
                if ((add & FL_L) && !ps->is_bytes) {
                    parse_error(ps, at, "bad inline flags: cannot use 'L' flag with a str pattern");
                }
                ps->flags |= add;
                ps->global_flags |= add;
                return NONE;
            }
            ps->flags = (ps->flags | add) & ~remove;
        } else {
            parse_error(ps, at + 1, "unknown extension ?%s", text_at(ps, ps->i - 1, ps->i));
        }
    } else {
        group = ++ps->ngroups;
    }
    if (group && group < 256) {
        ps->open[group >> 3] |= 1 << (group & 7);
    }
    int n = new_node(ps, kind);
    ps->nodes[n].flags |= flags;
    enter_group(ps, at);
    int body = parse_alt(ps);
    ps->depth--;
    if (!eat(ps, ')')) {
        parse_error(ps, at, "missing ), unterminated subpattern");
    }
    ps->flags = saved_flags;
    if (group && group < 256) {
        ps->open[group >> 3] &= ~(1 << (group & 7));
    }
    ps->nodes[n].a = body;
    if (kind == N_GROUP) {
        ps->nodes[n].b = group;
    }
    return n;
}

// Outside a class, after '\' at `at`.
static int parse_escape(parser_t *ps, int at) {
    int cat = category_escape(ps, at);
    if (cat) {
        int n = new_node(ps, N_CLASS);
        ps->nodes[n].a = ps->ncls;
        ps->nodes[n].b = 1;
        add_item(ps, CAT | cat, 0);
        return n;
    }
    uint32_t c = peek(ps);
    int kind = c == 'A' ? N_BOS : c == 'Z' ? N_EOS : c == 'b' ? N_WORDB : c == 'B' ? N_NWORDB : -1;
    if (kind >= 0) {
        ps->i++;
        return new_node(ps, kind);
    }
    int32_t v = char_escape(ps, at);
    if (v < 0 && c == '0') {
        v = octal_escape(ps, at, 3);
    } else if (v < 0 && c - '1' < 9) {
        // \1-\99 is a group; three octal digits are a character
        if (ps->i + 2 < ps->len && is_octal(c) && is_octal(ps->pat[ps->i + 1]) && is_octal(ps->pat[ps->i + 2])) {
            v = octal_escape(ps, at, 3);
        } else {
            int g = c - '0';
            ps->i++;
            if (more(ps) && peek(ps) - '0' < 10) {
                g = g * 10 + (peek(ps) - '0');
                ps->i++;
            }
            return backref(ps, g, at + 1, at);
        }
    }
    if (v < 0) {
        v = literal_escape(ps, at, c);
    }
    int n = new_node(ps, N_CHAR);
    ps->nodes[n].a = v;
    return n;
}

static bool repeatable(int kind) {
    return kind != N_BOL && kind != N_EOL && kind != N_BOS && kind != N_EOS && kind != N_WORDB && kind != N_NWORDB;
}

// {m}, {m,}, {,n}, {m,n} at ps->i (on the '{'): true with the counts, or
// false (and ps->i unchanged) if this '{' is a literal.
static bool parse_count(parser_t *ps, uint32_t *min, uint32_t *max) {
    int k = ps->i + 1;
    uint64_t lo = 0, hi = 0;
    bool has_lo = false, has_hi = false, comma = false;
    while (k < ps->len && ps->pat[k] - '0' < 10) {
        lo = lo * 10 + (ps->pat[k++] - '0');
        has_lo = true;
        if (lo > INF) {
            lo = INF;
        }
    }
    if (k < ps->len && ps->pat[k] == ',') {
        comma = true;
        k++;
        while (k < ps->len && ps->pat[k] - '0' < 10) {
            hi = hi * 10 + (ps->pat[k++] - '0');
            has_hi = true;
            if (hi > INF) {
                hi = INF;
            }
        }
    }
    if (k >= ps->len || ps->pat[k] != '}' || (!has_lo && !comma)) {
        return false;
    }
    if (lo >= INF || (has_hi && hi >= INF)) {
        parse_error(ps, ps->i + 1, "the repetition number is too large");
    }
    *min = (uint32_t)lo;
    *max = !comma ? (uint32_t)lo : has_hi ? (uint32_t)hi : INF;
    if (*max < *min) {
        parse_error(ps, ps->i + 1, "min repeat greater than max repeat");
    }
    ps->i = k + 1;
    return true;
}

// A sequence of items up to '|', ')' or the end: its first node.
static int parse_seq(parser_t *ps) {
    int first = NONE, last = NONE;
    for (;;) {
        skip_verbose(ps);
        if (!more(ps)) {
            break;
        }
        int at = ps->i;
        uint32_t c = ps->pat[ps->i];
        if (c == '|' || c == ')') {
            break;
        }
        ps->i++;
        int n;
        switch (c) {
            case '(':
                n = parse_group(ps);
                break;
            case '[':
                n = parse_class(ps);
                break;
            case '.':
                n = new_node(ps, N_ANY);
                break;
            case '^':
                n = new_node(ps, N_BOL);
                break;
            case '$':
                n = new_node(ps, N_EOL);
                break;
            case '\\':
                n = parse_escape(ps, at);
                break;
            case '*': case '+': case '?':
                parse_error(ps, at, "nothing to repeat");
            case '{': {
                uint32_t mn, mx;
                ps->i--;
                if (parse_count(ps, &mn, &mx)) {
                    parse_error(ps, at, "nothing to repeat");
                }
                ps->i++;
                n = new_node(ps, N_CHAR);
                ps->nodes[n].a = c;
                break;
            }
            default:
                n = new_node(ps, N_CHAR);
                ps->nodes[n].a = c;
                break;
        }
        if (n == NONE) {
            continue;
        }
        // quantifiers
        skip_verbose(ps);
        if (more(ps)) {
            int qat = ps->i;
            uint32_t q = peek(ps);
            uint32_t mn = 0, mx = 0;
            bool quant = true;
            if (q == '*') {
                mn = 0, mx = INF, ps->i++;
            } else if (q == '+') {
                mn = 1, mx = INF, ps->i++;
            } else if (q == '?') {
                mn = 0, mx = 1, ps->i++;
            } else if (q != '{' || !parse_count(ps, &mn, &mx)) {
                quant = false;
            }
            if (quant) {
                if (!repeatable(ps->nodes[n].kind)) {
                    parse_error(ps, qat, "nothing to repeat");
                }
                int r = new_node(ps, N_REPEAT);
                node_t *rn = &ps->nodes[r];
                rn->a = n;
                rn->min = mn;
                rn->max = mx;
                if (one_char(ps, n)) {
                    rn->flags |= F_SIMPLE;
                } else {
                    rn->b = stepped_body(ps, n);
                }
                bool possessive = false;
                if (eat(ps, '?')) {
                    rn->flags |= F_LAZY;
                } else if (eat(ps, '+')) {
                    possessive = true;
                }
                n = r;
                if (possessive) {
                    int at2 = new_node(ps, N_ATOMIC);
                    ps->nodes[at2].a = r;
                    n = at2;
                }
                skip_verbose(ps);
                if (more(ps)) {
                    uint32_t q2 = peek(ps);
                    uint32_t a, b;
                    int save = ps->i;
                    if (q2 == '*' || q2 == '+' || q2 == '?' || (q2 == '{' && parse_count(ps, &a, &b))) {
                        parse_error(ps, save, "multiple repeat");
                    }
                }
            }
        }
        if (first == NONE) {
            first = n;
        } else {
            ps->nodes[last].next = n;
        }
        last = n;
    }
    return first;
}

static int parse_alt(parser_t *ps) {
    int seq = parse_seq(ps);
    if (peek(ps) != '|' || !more(ps)) {
        return seq;
    }
    int alt = new_node(ps, N_ALT);
    int branch = new_node(ps, N_BRANCH);
    ps->nodes[alt].a = branch;
    ps->nodes[branch].a = seq;
    while (eat(ps, '|')) {
        int b = new_node(ps, N_BRANCH);
        ps->nodes[b].a = parse_seq(ps);
        ps->nodes[branch].b = b;
        branch = b;
    }
    return alt;
}

// The (min, max) length of what the sequence from n matches; max INF when
// unbounded, or when it cannot be known (a backreference).
static void seq_width(const node_t *nodes, int n, uint32_t *mn, uint32_t *mx) {
    uint64_t lo = 0, hi = 0;
    for (; n != NONE; n = nodes[n].next) {
        const node_t *nd = &nodes[n];
        uint32_t a = 0, b = 0;
        switch (nd->kind) {
            case N_CHAR: case N_ANY: case N_CLASS:
                a = b = 1;
                break;
            case N_GROUP: case N_ATOMIC:
                seq_width(nodes, nd->a, &a, &b);
                break;
            case N_ALT: case N_COND: {
                int br = nd->kind == N_ALT ? nd->a : nd->b;
                a = INF, b = 0;
                bool two = nd->kind == N_COND && nodes[br].b == NONE;
                for (; br != NONE; br = nodes[br].b) {
                    uint32_t x, y;
                    seq_width(nodes, nodes[br].a, &x, &y);
                    a = x < a ? x : a;
                    b = y > b ? y : b;
                }
                if (two) {
                    a = 0;  // the missing 'no' branch matches nothing
                }
                break;
            }
            case N_REPEAT: {
                uint32_t x, y;
                seq_width(nodes, nd->a, &x, &y);
                a = (uint64_t)x * nd->min > INF ? INF : x * nd->min;
                b = y == 0 ? 0 : (nd->max == INF || y == INF || (uint64_t)y * nd->max >= INF) ? INF : y * nd->max;
                break;
            }
            case N_BACKREF:
                a = 0, b = INF;
                break;
            default:
                break;
        }
        lo += a;
        hi = (hi == INF || b == INF) ? INF : hi + b;
    }
    *mn = lo > INF ? INF : (uint32_t)lo;
    *mx = hi > INF ? INF : (uint32_t)hi;
}

// Lookbehinds: check they have one width, and store it.
static void check_lookbehinds(parser_t *ps) {
    for (int k = 0; k < ps->nnodes; k++) {
        node_t *nd = &ps->nodes[k];
        if (nd->kind == N_LOOK && (nd->flags & F_BEHIND)) {
            uint32_t mn, mx;
            seq_width(ps->nodes, nd->a, &mn, &mx);
            if (mn != mx || mx == INF) {
                parse_error(ps, -1, "look-behind requires fixed-width pattern");
            }
            nd->b = mn;
        }
    }
}

mp_obj_t pywasm_sre_compile(mp_obj_t pattern_in, mp_obj_t flags_in) {
    parser_t ps;
    memset(&ps, 0, sizeof(ps));
    ps.is_bytes = !mp_obj_is_str(pattern_in);
    size_t blen;
    const byte *bytes;
    if (ps.is_bytes) {
        mp_buffer_info_t buf;
        mp_get_buffer_raise(pattern_in, &buf, MP_BUFFER_READ);
        bytes = buf.buf;
        blen = buf.len;
    } else {
        bytes = (const byte *)mp_obj_str_get_data(pattern_in, &blen);
    }
    uint32_t *pat = m_new(uint32_t, blen + 1);
    int len = 0;
    for (const byte *b = bytes, *end = bytes + blen; b < end;) {
        if (ps.is_bytes) {
            pat[len++] = *b++;
        } else {
            pat[len++] = utf8_get_char(b);
            b = utf8_next_char(b);
        }
    }
    ps.pat = pat;
    ps.len = len;
    ps.flags = ps.global_flags = mp_obj_get_int(flags_in);
    if ((ps.flags & FL_U) && ps.is_bytes) {
        mp_raise_ValueError(MP_ERROR_TEXT("cannot use UNICODE flag with a bytes pattern"));
    }
    if ((ps.flags & FL_A) && (ps.flags & FL_U)) {
        mp_raise_ValueError(MP_ERROR_TEXT("ASCII and UNICODE flags are incompatible"));
    }
    ps.node_cap = 16;
    ps.nodes = m_new(node_t, ps.node_cap);
    ps.cls_cap = 16;
    ps.cls = m_new(uint32_t, ps.cls_cap);
    ps.names = mp_obj_new_list(0, NULL);
    // Global flag groups, (?i)(?x)..., may only come first.
    for (;;) {
        skip_verbose(&ps);
        int k = ps.i + 2;
        if (k >= ps.len || ps.pat[ps.i] != '(' || ps.pat[ps.i + 1] != '?') {
            break;
        }
        while (k < ps.len && ps.pat[k] < 128 && ps.pat[k] && strchr("aiLmsux", ps.pat[k])) {
            k++;
        }
        if (k == ps.i + 2 || k >= ps.len || ps.pat[k] != ')') {
            break;
        }
        ps.at_start = true;
        ps.i++;
        parse_group(&ps);
        ps.at_start = false;
    }
    int start = parse_alt(&ps);
    if (more(&ps)) {
        parse_error(&ps, ps.i, "unbalanced parenthesis");
    }
    check_lookbehinds(&ps);

    prog_t *p = mp_obj_malloc(prog_t, &pywasm_sre_prog_type);
    p->nodes = ps.nodes;
    p->cls = ps.cls;
    p->start = start;
    p->ngroups = ps.ngroups;
    p->is_bytes = ps.is_bytes;
    p->first_char = -1;
    p->anchored = false;
    p->spare = NULL;
    p->spare_cap = 0;
    if (start != NONE) {
        const node_t *n = &p->nodes[start];
        if (n->kind == N_CHAR && !(n->flags & F_ICASE)) {
            p->first_char = n->a;
        }
        p->anchored = n->kind == N_BOS || (n->kind == N_BOL && !(n->flags & F_MULTI));
    }
    m_del(uint32_t, pat, blen + 1);
    int out_flags = ps.global_flags;
    if (!ps.is_bytes && !(out_flags & FL_A)) {
        out_flags |= FL_U;
    }
    // the (min, max) length of a match, max -1 when unbounded
    // (sre_parse's getwidth(), which lark asks of its terminals)
    uint32_t mn = 0, mx = 0;
    seq_width(p->nodes, start, &mn, &mx);
    mp_obj_t result[6] = { MP_OBJ_FROM_PTR(p), MP_OBJ_NEW_SMALL_INT(ps.ngroups), ps.names, MP_OBJ_NEW_SMALL_INT(out_flags),
                           mp_obj_new_int_from_uint(mn), mx == INF ? MP_OBJ_NEW_SMALL_INT(-1) : mp_obj_new_int_from_uint(mx) };
    return mp_obj_new_tuple(6, result);
}
