// Repeats in _pywasm_sre's matcher (match.h). A repeat of one character and
// a repeat of a stepped body (parse.c, stepped_body) loop over the subject
// and leave one choice point for all the counts they have not tried; any
// other repeat pushes a frame per iteration, which is also its choice point.
#include "match.h"

// ---- what the rest of a match starts with ------------------------------------

// The one-character node that whatever matches from node n starts with, or
// NULL if that is not known: through the start of groups and of repeats
// that take at least one iteration.
const node_t *sre_leading(const prog_t *p, int n) {
    while (n != NONE) {
        const node_t *nd = &p->nodes[n];
        if (nd->kind <= N_CLASS) {
            return nd;
        }
        if (nd->kind != N_GROUP && nd->kind != N_ATOMIC && !(nd->kind == N_REPEAT && nd->min > 0)) {
            break;
        }
        n = nd->a;
    }
    return NULL;
}

// The one-character node the rest of a match starts with, or NULL: a length
// of a repeat that the subject does not follow with a character it matches
// need not be tried. When the sequence ends, the rest is what its frames go
// on to: past a group's end (which only records a span, so (\w+)_ still
// knows the _) or to the node after an alternation. A repeat's frame may
// loop or leave, so nothing is known past it.
static const node_t *first_after(const state_t *st, int next, int k) {
    while (next == NONE) {
        const entry_t *f = &st->stack[k];
        if (f->kind == E_GROUP) {
            next = st->p->nodes[f->node].next;
        } else if (f->kind == E_NEXT) {
            next = f->node;
        } else {
            return NULL;
        }
        k = f->up;
    }
    return sre_leading(st->p, next);
}

// Can the rest start at i, when it starts with node nn (NULL: anything)?
static inline bool fits(const state_t *st, const node_t *nn, int i) {
    if (nn == NULL) {
        return true;
    }
    if (i >= st->n) {
        return false;
    }
    if (nn->kind == N_CHAR && !(nn->flags & F_ICASE)) {
        return st->s[i] == (uint32_t)nn->a;
    }
    return sre_one(st->p, nn, st->s[i]);
}

// ---- a repeat of one character: how far it can go is counted in a loop,
// then the rest is tried after each length (most first, fewest first if
// lazy) that the character the rest starts with follows. An E_SIMPLE choice
// point holds the length being tried.

// The length to try after c at i, or -1: one fewer (greedy) or one more
// (lazy), until the rest fits.
static int simple_next(const state_t *st, const node_t *r, int i, int c, const node_t *nn) {
    if (r->flags & F_LAZY) {
        const node_t *body = &st->p->nodes[r->a];
        uint32_t room = (uint32_t)(st->n - i);
        int max = r->max < room ? (int)r->max : (int)room;
        do {
            if (c >= max || !sre_one(st->p, body, st->s[i + c])) {
                return -1;
            }
            c++;
        } while (!fits(st, nn, i + c));
        return c;
    }
    if (nn != NULL && nn->kind == N_CHAR && !(nn->flags & F_ICASE)) {
        // the rest starts with a literal (\w+=, [^"]*"): look back for it
        while (c > (int)r->min) {
            if (st->s[i + --c] == (uint32_t)nn->a) {
                return c;
            }
        }
        return -1;
    }
    do {
        if (c <= (int)r->min) {
            return -1;
        }
        c--;
    } while (!fits(st, nn, i + c));
    return c;
}

// Length c of repeat rn at i: the rest after it, and a choice point for the
// next length unless there can be none.
static void simple_try(state_t *st, pc_t *pc, int rn, int i, int c, int k) {
    const node_t *r = &st->p->nodes[rn];
    bool last = (r->flags & F_LAZY) ? (uint32_t)c >= r->max || i + c >= st->n : (uint32_t)c <= r->min;
    if (!last) {
        push_at(st, E_SIMPLE, rn, i, k, c);
    }
    *pc = (pc_t){ r->next, i + c, k };
}

// Repeat rn at i: its first length to try.
static bool simple_enter(state_t *st, pc_t *pc, int rn, int i, int k) {
    const prog_t *p = st->p;
    const node_t *r = &p->nodes[rn], *body = &p->nodes[r->a];
    uint32_t room = (uint32_t)(st->n - i);
    uint32_t max = r->max < room ? r->max : room;
    uint32_t c = 0;
    if (r->flags & F_LAZY) {
        max = r->min < max ? r->min : max;
    }
    while (c < max && sre_one(p, body, st->s[i + c])) {
        c++;
    }
    if (c < r->min) {
        return false;
    }
    const node_t *nn = first_after(st, r->next, k);
    int first = c;
    if (!fits(st, nn, i + first)) {
        first = simple_next(st, r, i, first, nn);
        if (first < 0) {
            return false;
        }
    }
    simple_try(st, pc, rn, i, first, k);
    return true;
}

static bool simple_resume(state_t *st, pc_t *pc, const entry_t *e) {
    const node_t *r = &st->p->nodes[e->node];
    int c = simple_next(st, r, e->pos, e->count, first_after(st, r->next, e->up));
    if (c < 0) {
        return false;
    }
    simple_try(st, pc, e->node, e->pos, c, e->up);
    return true;
}

// ---- any other repeat: an E_REPEAT frame per iteration, which the body's
// end comes back to, and which doubles as the choice point of a greedy
// repeat's other way (the rest without that iteration).

// Iteration count + 1 of repeat rn, at i.
static void iterate(state_t *st, pc_t *pc, int rn, uint32_t count, int i, int k) {
    tick(st);
    int f = push_at(st, E_REPEAT, rn, i, k, count + 1);
    *pc = (pc_t){ st->p->nodes[rn].a, i, f };
}

// `count` iterations of repeat rn end at i: another one, or the rest (greedy
// tries another first, lazy the rest, leaving an E_LAZY for another).
static bool repeat_on(state_t *st, pc_t *pc, int rn, uint32_t count, int i, int k) {
    const node_t *r = &st->p->nodes[rn];
    bool can_more = count < r->max, can_stop = count >= r->min;
    if (can_more && !(can_stop && (r->flags & F_LAZY))) {
        iterate(st, pc, rn, count, i, k);
        return true;
    }
    if (!can_stop) {
        return false;
    }
    if (can_more) {
        push_at(st, E_LAZY, rn, i, k, count + 1);
    }
    *pc = (pc_t){ r->next, i, k };
    return true;
}

// The body's end reached frame f at i: one more iteration matched.
bool sre_repeat_frame(state_t *st, pc_t *pc, int f, int i) {
    entry_t e = st->stack[f];
    const node_t *r = &st->p->nodes[e.node];
    if (i == e.pos && e.count > r->min) {
        // an empty iteration: it counts, but looping on would not get
        // anywhere, so the rest of the match follows
        *pc = (pc_t){ r->next, i, e.up };
        return true;
    }
    return repeat_on(st, pc, e.node, e.count, i, e.up);
}

// ---- a repeat of a stepped body (parse.c, stepped_body), when each
// iteration matches one way: the iterations are found in a loop and the
// rest is tried after each count in turn, most first (fewest first if
// lazy), as backtracking would try them, but with no frame per iteration.
// If an iteration could match two ways, the general repeat takes over.

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
            while (c < nd->max && i < st->n && sre_one(p, body, st->s[i])) {
                if (sre_one(p, after, st->s[i])) {
                    return -2;
                }
                c++;
                i++;
            }
            if (c < nd->min) {
                return -1;
            }
        } else {
            if (i >= st->n || !sre_one(p, nd, st->s[i])) {
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

// The rest after a stepped repeat whose last iteration ran from `from` to
// `at` (from < 0: no iteration). A capturing body records that iteration's
// span first, as the group's end would.
static void steps_rest(state_t *st, pc_t *pc, const node_t *r, int from, int at, int k) {
    int num = st->p->nodes[r->a].b;
    if (num > 0 && from >= 0) {
        set_span(st, num, from, at);
    }
    *pc = (pc_t){ r->next, at, k };
}

// Where `count` iterations end, in the E_DATA entries from `data`.
static int *end_of(state_t *st, int data, uint32_t count) {
    return &st->stack[data + count / 4].ends[count % 4];
}

// The count to try after c, fewer, whose end the rest fits, or -1.
static int steps_next(state_t *st, const node_t *r, int data, uint32_t c, const node_t *nn) {
    do {
        if (c <= r->min) {
            return -1;
        }
        c--;
    } while (!fits(st, nn, *end_of(st, data, c)));
    return c;
}

// Count c of greedy repeat rn: the rest after it, with an E_STEPS choice
// point for fewer unless c is the fewest (then the ends go too).
static void steps_try(state_t *st, pc_t *pc, int rn, int data, uint32_t c, int k) {
    const node_t *r = &st->p->nodes[rn];
    int from = c > 0 ? *end_of(st, data, c - 1) : -1, at = *end_of(st, data, c);
    if (c > r->min) {
        push_at(st, E_STEPS, rn, data, k, c);
    } else {
        st->top = data;
    }
    steps_rest(st, pc, r, from, at, k);
}

// Greedy: where each count of iterations ends (in E_DATA entries), then the
// rest after the most that it can follow.
static bool steps_greedy(state_t *st, pc_t *pc, int rn, int i, int k) {
    const node_t *r = &st->p->nodes[rn], *g = &st->p->nodes[r->a];
    int data = st->top;
    uint32_t m = 0;
    push(st, E_DATA)->ends[0] = i;
    while (m < r->max) {
        int e = step_end(st, g, *end_of(st, data, m));
        if (e == -2) {
            st->top = data;
            return repeat_on(st, pc, rn, 0, i, k);
        }
        if (e < 0) {
            break;
        }
        if (++m % 4 == 0) {
            push(st, E_DATA);
        }
        *end_of(st, data, m) = e;
    }
    int c = steps_next(st, r, data, m + 1, first_after(st, r->next, k));
    if (c < 0) {
        st->top = data;
        return false;
    }
    steps_try(st, pc, rn, data, c, k);
    return true;
}

static bool steps_resume(state_t *st, pc_t *pc, const entry_t *e) {
    const node_t *r = &st->p->nodes[e->node];
    int c = steps_next(st, r, e->pos, e->count, first_after(st, r->next, e->up));
    if (c < 0) {
        st->top = e->pos;
        return false;
    }
    steps_try(st, pc, e->node, e->pos, c, e->up);
    return true;
}

// Lazy: from `count` iterations ending at i (the last from `from`), the rest
// after the next count it can follow (this one first if try_here), with an
// E_LAZY_STEPS choice point to take more. An iteration that could match two
// ways goes on as the general repeat's: its counts below were tried, and
// (each iteration matching one way) they left nothing else to try.
static bool steps_lazy(state_t *st, pc_t *pc, int rn, uint32_t count, int from, int i, int k, bool try_here) {
    const node_t *r = &st->p->nodes[rn], *g = &st->p->nodes[r->a];
    const node_t *nn = first_after(st, r->next, k);
    for (;;) {
        if (try_here && count >= r->min && fits(st, nn, i)) {
            if (count < r->max) {
                push_at(st, E_LAZY_STEPS, rn, i, k, count);
            }
            steps_rest(st, pc, r, from, i, k);
            return true;
        }
        try_here = true;
        if (count >= r->max) {
            return false;
        }
        int e = step_end(st, g, i);
        if (e == -2) {
            iterate(st, pc, rn, count, i, k);
            return true;
        }
        if (e < 0) {
            return false;
        }
        from = i;
        i = e;
        count++;
    }
}

// ---- entering and backtracking -----------------------------------------------

// Repeat rn at i, the way its kind allows (parse.c marks the kinds).
bool sre_repeat_enter(state_t *st, pc_t *pc, int rn, int i, int k) {
    const node_t *r = &st->p->nodes[rn];
    if (r->flags & F_SIMPLE) {
        return simple_enter(st, pc, rn, i, k);
    }
    if (r->b && !(r->flags & F_LAZY)) {
        return steps_greedy(st, pc, rn, i, k);
    }
    if (r->b) {
        return steps_lazy(st, pc, rn, 0, -1, i, k, true);
    }
    return repeat_on(st, pc, rn, 0, i, k);
}

// Backtracking popped entry e, at stack index x: the repeat's next way, or
// false if it had none.
bool sre_repeat_resume(state_t *st, pc_t *pc, const entry_t *e, int x) {
    const node_t *r = &st->p->nodes[e->node];
    tick(st);
    switch (e->kind) {
        case E_REPEAT:
            // a greedy repeat that may stop before this iteration does
            if (!(r->flags & F_LAZY) && e->count - 1 >= r->min) {
                *pc = (pc_t){ r->next, e->pos, e->up };
                return true;
            }
            return false;
        case E_LAZY:
            // one more iteration: the entry stays, as its frame
            st->stack[st->top++].kind = E_REPEAT;
            *pc = (pc_t){ r->a, e->pos, x };
            return true;
        case E_SIMPLE:
            return simple_resume(st, pc, e);
        case E_STEPS:
            return steps_resume(st, pc, e);
        default: // E_LAZY_STEPS
            return steps_lazy(st, pc, e->node, e->count, -1, e->pos, e->up, false);
    }
}
