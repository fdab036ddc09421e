// The matcher of _pywasm_sre: backtracking over the parser's nodes. Each
// node matches at a position and hands the rest of the match on as a
// continuation (cont_t), so alternatives, repeats, groups and lookaround all
// backtrack alike; a repeat of one character loops instead of recursing.
#include <string.h>

#include "py/runtime.h"
#include "py/cstack.h"
#include "../uniprops.h"
#include "sre.h"

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
static bool one(const prog_t *p, const node_t *n, uint32_t c) {
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

// ---- matching -----------------------------------------------------------

static bool run(state_t *st, int node, int i, const cont_t *k);

static bool word_at(state_t *st, int i, bool ascii) {
    return i >= 0 && i < st->n && is_word(st->s[i], ascii);
}

static bool assert_ok(state_t *st, const node_t *nd, int i) {
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

static bool backref_at(state_t *st, const node_t *nd, int i, int *end) {
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

// Saving and restoring the captures around lookaround and atomic groups,
// whose bodies succeed and return before the rest of the match is tried.
typedef struct {
    int *saved;
    int small[16];
    int last;
} caps_copy_t;

static void caps_save(state_t *st, caps_copy_t *c) {
    int n = 2 * (st->p->ngroups + 1);
    c->saved = n <= 16 ? c->small : m_new(int, n);
    memcpy(c->saved, st->caps, n * sizeof(int));
    c->last = st->lastindex;
}

static void caps_restore(state_t *st, caps_copy_t *c) {
    memcpy(st->caps, c->saved, 2 * (st->p->ngroups + 1) * sizeof(int));
    st->lastindex = c->last;
}

static bool repeat_simple(state_t *st, const node_t *r, int i, const cont_t *k);
static bool repeat_stepped(state_t *st, const node_t *r, int i, const cont_t *k, bool *ok);

// Lookaround and atomic groups: the body is matched on its own (it stops at
// a K_STOP), then the rest from where it ended (atomic) or from i.
static MP_NOINLINE bool run_look(state_t *st, const node_t *nd, int i, const cont_t *k) {
    bool look = nd->kind == N_LOOK;
    bool behind = look && (nd->flags & F_BEHIND);
    int at = behind ? i - nd->b : i;
    caps_copy_t saved;
    caps_save(st, &saved);
    bool matched = false;
    if (at >= 0) {
        cont_t stop = { K_STOP, NONE, behind ? i : -1, 0, NULL };
        matched = run(st, nd->a, at, &stop);
    }
    if (look && (nd->flags & F_NEG)) {
        caps_restore(st, &saved);
        return !matched && run(st, nd->next, i, k);
    }
    if (matched && run(st, nd->next, look ? i : st->stop_end, k)) {
        return true;
    }
    caps_restore(st, &saved);
    return false;
}

static MP_NOINLINE bool run_alt(state_t *st, const node_t *nd, int i, const cont_t *k) {
    const prog_t *p = st->p;
    cont_t c = { K_NEXT, nd->next, -1, 0, k };
    const cont_t *after = nd->next == NONE ? k : &c;
    for (int b = nd->a; b != NONE; b = p->nodes[b].b) {
        if (run(st, p->nodes[b].a, i, after)) {
            return true;
        }
    }
    return false;
}

// Group num spans start..end: set it, match node at i and then k, and put
// the old span back if that fails.
static bool run_with_span(state_t *st, int num, int start, int end, int node, int i, const cont_t *k) {
    int os = st->caps[2 * num], oe = st->caps[2 * num + 1], ol = st->lastindex;
    st->caps[2 * num] = start;
    st->caps[2 * num + 1] = end;
    st->lastindex = num;
    if (run(st, node, i, k)) {
        return true;
    }
    st->caps[2 * num] = os;
    st->caps[2 * num + 1] = oe;
    st->lastindex = ol;
    return false;
}

// A capturing group's end: its span, then the rest.
static MP_NOINLINE bool close_group(state_t *st, int i, const cont_t *k) {
    const node_t *g = &st->p->nodes[k->node];
    return run_with_span(st, g->b, k->start, i, g->next, i, k->up);
}

// Match the sequence from `node` at i, then whatever k says comes after.
// Steps that need no undoing loop here instead of recursing: the calls a
// match nests are what bounds it (NATIVE_SHARE).
static bool run(state_t *st, int node, int i, const cont_t *k) {
    // Each nested call takes C stack (~100-180 bytes, which the interpreter
    // bounds) and native stack, which wasm code cannot measure: up to ~330
    // bytes once V8 has optimised the matcher, and a match 3,000 to 7,700
    // calls deep overflowed it (the run ended with no Python exception to
    // catch). So each call counts NATIVE_SHARE more bytes against the
    // interpreter's C stack limit, which also counts the Python frames below
    // the match: RecursionError comes first, at ~1,900 calls from an empty
    // Python stack.
    if (++st->depth * NATIVE_SHARE + mp_cstack_usage() > MP_STATE_THREAD(stack_limit)) {
        mp_raise_msg(&mp_type_RecursionError, MP_ERROR_TEXT("maximum recursion depth exceeded in a regular expression"));
    }
    if ((++st->steps & 0x3fff) == 0) {
        pywasm_vm_poll();
        mp_handle_pending(true);
    }
    bool ok = false;
    const prog_t *p = st->p;
    int rn;
    uint32_t count;
    for (;;) {
        if (node == NONE) {
            // the end of a sequence: what the continuation says
            if (k->kind == K_NEXT) {
                node = k->node;
                k = k->up;
                continue;
            }
            if (k->kind == K_STOP) {
                // start: the end required (-1: any); count: an end refused, + 1
                ok = (k->start < 0 || i == k->start) && !(k->count && i == (int)k->count - 1);
                if (ok) {
                    st->stop_end = i;
                }
            } else if (k->kind == K_GROUP) {
                ok = close_group(st, i, k);
            } else {
                // K_REPEAT: one more iteration matched, from k->start to i
                const node_t *r = &p->nodes[k->node];
                if (i == k->start && k->count > r->min) {
                    // an empty iteration: it counts, but looping on would
                    // not get anywhere, so the rest of the match follows
                    node = r->next;
                    k = k->up;
                    continue;
                }
                rn = k->node;
                count = k->count;
                k = k->up;
                goto repeat;
            }
            break;
        }
        const node_t *nd = &p->nodes[node];
        int kind = nd->kind;
        if (kind <= N_CLASS) {
            if (i >= st->n || !one(p, nd, st->s[i])) {
                break;
            }
            i++;
        } else if (kind <= N_NWORDB) {
            if (!assert_ok(st, nd, i)) {
                break;
            }
        } else if (kind == N_BACKREF) {
            if (!backref_at(st, nd, i, &i)) {
                break;
            }
        } else if (kind == N_GROUP) {
            if (nd->b > 0) {
                cont_t c = { K_GROUP, node, i, 0, k };
                ok = run(st, nd->a, i, &c);
                break;
            }
            if (nd->next != NONE) {
                cont_t c = { K_NEXT, nd->next, -1, 0, k };
                ok = run(st, nd->a, i, &c);
                break;
            }
            node = nd->a;   // (?:...) last in its sequence: its body is
            continue;       // matched as if written out
        } else if (kind == N_ALT) {
            if (nd->next == NONE) {
                // all but the last alternative are tried by recursion; the
                // last one (often the common case) goes on here
                int b = nd->a;
                while (p->nodes[b].b != NONE) {
                    if (run(st, p->nodes[b].a, i, k)) {
                        ok = true;
                        break;
                    }
                    b = p->nodes[b].b;
                }
                if (ok) {
                    break;
                }
                node = p->nodes[b].a;
                continue;
            }
            ok = run_alt(st, nd, i, k);
            break;
        } else if (kind == N_REPEAT) {
            if (nd->flags & F_SIMPLE) {
                ok = repeat_simple(st, nd, i, k);
                break;
            }
            if (nd->b && repeat_stepped(st, nd, i, k, &ok)) {
                break;
            }
            rn = node;
            count = 0;
        repeat: {
                // `count` iterations of repeat rn end at i: another one, or
                // the rest (greedy tries another first, lazy the rest). One
                // call per iteration; the other way on loops here.
                const node_t *r = &p->nodes[rn];
                cont_t c = { K_REPEAT, rn, i, count + 1, k };
                bool can_more = count < r->max, can_stop = count >= r->min;
                if (r->flags & F_LAZY) {
                    if (!can_more) {
                        if (!can_stop) {
                            break;
                        }
                        node = r->next;
                        continue;
                    }
                    if (can_stop && run(st, r->next, i, k)) {
                        ok = true;
                        break;
                    }
                    ok = run(st, r->a, i, &c);
                    break;
                }
                if (can_more && run(st, r->a, i, &c)) {
                    ok = true;
                    break;
                }
                if (!can_stop) {
                    break;
                }
                node = r->next;
                continue;
            }
        } else if (kind == N_COND) {
            const node_t *yes = &p->nodes[nd->b];
            int branch = st->caps[2 * nd->a + 1] >= 0 ? yes->a : (yes->b == NONE ? NONE : p->nodes[yes->b].a);
            if (nd->next != NONE) {
                cont_t c = { K_NEXT, nd->next, -1, 0, k };
                ok = run(st, branch, i, &c);
                break;
            }
            node = branch;
            continue;
        } else {
            ok = run_look(st, nd, i, k);
            break;
        }
        node = nd->next;
    }
    st->depth--;
    return ok;
}

// The literal character the rest of a match must start with, or -1. When
// the sequence ends, the rest is what its continuation goes on to: past a
// group's end (which only records a span, so (\w+)_ still knows the _) or
// to the node after an alternation. A repeat's continuation may loop or
// leave, so nothing is known past it.
static int32_t literal_after(const prog_t *p, int next, const cont_t *k) {
    while (next == NONE && k != NULL) {
        if (k->kind == K_GROUP) {
            next = p->nodes[k->node].next;
        } else if (k->kind == K_NEXT) {
            next = k->node;
        } else {
            return -1;
        }
        k = k->up;
    }
    if (next != NONE && p->nodes[next].kind == N_CHAR && !(p->nodes[next].flags & F_ICASE)) {
        return p->nodes[next].a;
    }
    return -1;
}

// Can the rest start at i, when it must start with next_char (-1: anything)?
static bool literal_fits(const state_t *st, int32_t next_char, int i) {
    return next_char < 0 || (i < st->n && st->s[i] == (uint32_t)next_char);
}

// A repeat of one character: count how far it can go, then try the rest
// from each length, without one call per character.
static bool repeat_simple(state_t *st, const node_t *r, int i, const cont_t *k) {
    const node_t *body = &st->p->nodes[r->a];
    const prog_t *p = st->p;
    uint32_t room = (uint32_t)(st->n - i);
    uint32_t max = r->max < room ? r->max : room;
    // The character the rest must start with, if it is a literal: lengths
    // that do not put it next are skipped.
    int32_t next_char = literal_after(p, r->next, k);
    if (r->flags & F_LAZY) {
        uint32_t c = 0;
        while (c < r->min) {
            if (c >= max || !one(p, body, st->s[i + c])) {
                return false;
            }
            c++;
        }
        for (;;) {
            if (literal_fits(st, next_char, i + c) && run(st, r->next, i + c, k)) {
                return true;
            }
            if (c >= max || !one(p, body, st->s[i + c])) {
                return false;
            }
            c++;
        }
    }
    uint32_t c = 0;
    while (c < max && one(p, body, st->s[i + c])) {
        c++;
    }
    if (c < r->min) {
        return false;
    }
    for (;;) {
        if (literal_fits(st, next_char, i + c) && run(st, r->next, i + c, k)) {
            return true;
        }
        if (c == r->min) {
            return false;
        }
        c--;
    }
}

// One attempt at position i: true with st->caps[0..1] set. full_end: the
// end a fullmatch needs (-1: any); refused_end: an end not taken (-1: none).
bool pywasm_sre_try_at(state_t *st, int i, int full_end, int refused_end) {
    for (int g = 0; g < 2 * (st->p->ngroups + 1); g++) {
        st->caps[g] = -1;
    }
    st->lastindex = -1;
    st->depth = 0;
    cont_t stop = { K_STOP, NONE, full_end, (uint32_t)(refused_end + 1), NULL };
    if (!run(st, st->p->start, i, &stop)) {
        return false;
    }
    st->caps[0] = i;
    st->caps[1] = st->stop_end;
    return true;
}

// The first match starting in [from, n]. must_advance (after an empty
// match at from): one starting at from must not be empty there.
bool pywasm_sre_search(state_t *st, int from, bool must_advance) {
    const prog_t *p = st->p;
    for (int i = from; i <= st->n; i++) {
        if (p->anchored && i > 0) {
            return false;
        }
        if (p->first_char >= 0) {
            while (i < st->n && st->s[i] != (uint32_t)p->first_char) {
                i++;
            }
            if (i >= st->n) {
                return false;
            }
        }
        if (pywasm_sre_try_at(st, i, -1, must_advance && i == from ? from : -1)) {
            return true;
        }
    }
    return false;
}

// ---- repeats of a stepped body --------------------------------------------

// Where a sequence of one-character nodes from n ends, matched at i, or -1;
// -2 if it holds a repeat (parse.c, one_char_seq) that took a character the
// node after it would also match, so that another length could matter.
static int seq_end(state_t *st, int n, int i) {
    const prog_t *p = st->p;
    while (n != NONE) {
        const node_t *nd = &p->nodes[n];
        if (nd->kind == N_REPEAT) {
            const node_t *body = &p->nodes[nd->a], *after = &p->nodes[nd->next];
            uint32_t c = 0;
            while (c < nd->max && i < st->n && one(p, body, st->s[i])) {
                if (one(p, after, st->s[i])) {
                    return -2;
                }
                c++;
                i++;
            }
            if (c < nd->min) {
                return -1;
            }
        } else {
            if (i >= st->n || !one(p, nd, st->s[i])) {
                return -1;
            }
            i++;
        }
        n = nd->next;
    }
    return i;
}

// Where one iteration of a stepped body g (parse.c, stepped_body) ends,
// matched at i: -1 if it does not match, -2 if alternatives that end in
// different places both fit (which one a match takes could then matter).
static int step_end(state_t *st, const node_t *g, int i) {
    const prog_t *p = st->p;
    if (p->nodes[g->a].kind != N_ALT) {
        return seq_end(st, g->a, i);
    }
    int end = -1;
    for (int b = p->nodes[g->a].a; b != NONE; b = p->nodes[b].b) {
        int e = seq_end(st, p->nodes[b].a, i);
        if (e == -2) {
            return -2;
        }
        if (e >= 0 && end >= 0 && e != end) {
            return -2;
        }
        if (e >= 0) {
            end = e;
        }
    }
    return end;
}

// A repeat of a stepped body, when each iteration matches one way: the
// iterations are found in a loop and the rest of the match is tried after
// each count in turn, most first (fewest first if lazy), as backtracking
// would try them, but without a nested call per iteration, so a string of
// 100,000 escapes and characters matches "(?:\\.|[^"\\])*" like any other.
// False (and nothing tried) if an iteration could match two ways: the
// general repeat then does the work.
// The rest of a match after a stepped repeat whose last iteration ran from
// `from` to `at` (from < 0: no iteration). A capturing body records that
// iteration's span first, as the group's end would, and puts the old one
// back if the rest fails.
static bool stepped_rest(state_t *st, const node_t *r, int from, int at, const cont_t *k, int32_t next_char) {
    if (!literal_fits(st, next_char, at)) {
        return false;
    }
    int num = st->p->nodes[r->a].b;
    if (num == 0 || from < 0) {
        return run(st, r->next, at, k);
    }
    return run_with_span(st, num, from, at, r->next, at, k);
}

static bool repeat_stepped(state_t *st, const node_t *r, int i, const cont_t *k, bool *ok) {
    const node_t *g = &st->p->nodes[r->a];
    int32_t next_char = literal_after(st->p, r->next, k);
    *ok = false;
    if (r->flags & F_LAZY) {
        // iterations are taken one at a time. One that could match two ways
        // hands the repeat over to the general one, which tries again the
        // counts already tried here (they failed and left nothing behind)
        uint32_t count = 0;
        int from = -1;
        for (;;) {
            if (count >= r->min && stepped_rest(st, r, from, i, k, next_char)) {
                *ok = true;
                return true;
            }
            if (count >= r->max) {
                return true;
            }
            int e = step_end(st, g, i);
            if (e == -2) {
                return false;
            }
            if (e < 0) {
                return true;
            }
            from = i;
            i = e;
            count++;
        }
    }
    // greedy: where each count of iterations ends, then the rest from each
    int local[64];
    int *ends = local;
    size_t cap = MP_ARRAY_SIZE(local), m = 0;
    ends[0] = i;
    while (m < r->max) {
        int e = step_end(st, g, ends[m]);
        if (e == -2) {
            return false;
        }
        if (e < 0) {
            break;
        }
        if (m + 1 == cap) {
            int *grown = m_new(int, cap * 2);
            memcpy(grown, ends, cap * sizeof(int));
            if (ends != local) {
                m_del(int, ends, cap);
            }
            ends = grown;
            cap *= 2;
        }
        ends[++m] = e;
    }
    for (size_t c = m; c >= r->min && !*ok; c--) {
        *ok = stepped_rest(st, r, c > 0 ? ends[c - 1] : -1, ends[c], k, next_char);
        if (c == 0) {
            break;
        }
    }
    if (ends != local) {
        m_del(int, ends, cap);
    }
    return true;
}
