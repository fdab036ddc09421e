// The matcher of _pywasm_sre (match.h says how it works): the loop that
// matches node after node, alternation, lookaround, and the attempts that
// modsre.c asks for.
#include "match.h"

// ---- alternation and lookaround ---------------------------------------------

// The first branch from b that could match at i: a branch that starts with
// a character other than the subject's is passed over, as trying it would
// fail at once.
static int viable_branch(const state_t *st, int b, int i) {
    const prog_t *p = st->p;
    for (; b != NONE; b = p->nodes[b].b) {
        const node_t *first = sre_leading(p, p->nodes[b].a);
        if (first == NULL || (i < st->n && sre_one(p, first, st->s[i]))) {
            break;
        }
    }
    return b;
}

// Branch b at i, with an E_ALT choice point for the next one that could match.
static void alt_try(state_t *st, pc_t *pc, int b, int i, int k) {
    const prog_t *p = st->p;
    int later = viable_branch(st, p->nodes[b].b, i);
    if (later != NONE) {
        push_at(st, E_ALT, later, i, k, 0);
    }
    *pc = (pc_t){ p->nodes[b].a, i, k };
}

static bool alt_enter(state_t *st, pc_t *pc, const node_t *nd, int i, int k) {
    int b = viable_branch(st, nd->a, i);
    if (b == NONE) {
        return false;
    }
    if (nd->next != NONE) {
        k = push_at(st, E_NEXT, nd->next, 0, k, 0);
    }
    alt_try(st, pc, b, i, k);
    return true;
}

static bool negative(const node_t *nd) {
    return nd->kind == N_LOOK && (nd->flags & F_NEG);
}

// Lookaround and atomic groups: the body is matched from an E_LOOK, which it
// ends with (look_done) or which failing pops (backtrack).
static bool look_enter(state_t *st, pc_t *pc, int node, int i, int k) {
    const node_t *nd = &st->p->nodes[node];
    int at = nd->kind == N_LOOK && (nd->flags & F_BEHIND) ? i - nd->b : i;
    if (at < 0) {
        // a lookbehind before the start of the text
        *pc = (pc_t){ nd->next, i, k };
        return negative(nd);
    }
    int f = push_at(st, E_LOOK, node, i, k, 0);
    *pc = (pc_t){ nd->a, at, f };
    return true;
}

// The body of the lookaround or atomic group entered at frame f ended at i:
// a lookbehind's must end where it was entered. The other ways the body
// could match are dropped; a negative lookaround then fails, after putting
// back the captures its body set.
static bool look_done(state_t *st, pc_t *pc, int f, int i) {
    entry_t e = st->stack[f];
    const node_t *nd = &st->p->nodes[e.node];
    bool look = nd->kind == N_LOOK;
    if (look && (nd->flags & F_BEHIND) && i != e.pos) {
        return false;
    }
    if (negative(nd)) {
        sre_unwind(st, f);
        return false;
    }
    sre_keep_undos(st, f);
    *pc = (pc_t){ nd->next, look ? e.pos : i, e.up };
    return true;
}

// ---- the matcher ------------------------------------------------------------

// Fail: pop to the newest choice point, putting captures back on the way,
// and go on from there; false when there is none left.
static bool backtrack(state_t *st, pc_t *pc) {
    const prog_t *p = st->p;
    while (st->top > 0) {
        int x = --st->top;
        const entry_t *e = &st->stack[x];
        if (e->kind == E_UNDO) {
            undo(st, e);
            continue;
        }
        if (e->kind == E_LOOK) {
            // the body failed, which a negative lookaround wanted
            if (negative(&p->nodes[e->node])) {
                *pc = (pc_t){ p->nodes[e->node].next, e->pos, e->up };
                return true;
            }
        } else if (e->kind == E_ALT) {
            tick(st);
            entry_t alt = *e;
            alt_try(st, pc, alt.node, alt.pos, alt.up);
            return true;
        } else if (e->kind >= E_REPEAT && e->kind <= E_LAZY_STEPS) {
            // a copy: resuming may push where it was
            entry_t rep = *e;
            if (sre_repeat_resume(st, pc, &rep, x)) {
                return true;
            }
        }
        // other frames and data: nothing to undo
    }
    return false;
}

// Match from `node` at i, with frame k after its sequence, until the match's
// E_STOP accepts an end (true) or no choice point is left (false). Nodes
// that need no choice point are matched here; the others leave one.
static bool run(state_t *st, int node, int i, int k) {
    const prog_t *p = st->p;
    pc_t pc;
    bool ok;
    for (;;) {
        if (node == NONE) {
            // the end of a sequence: what frame k says comes next
            const entry_t *f = &st->stack[k];
            if (f->kind == E_NEXT) {
                node = f->node;
                k = f->up;
                continue;
            }
            if (f->kind == E_GROUP) {
                const node_t *g = &p->nodes[f->node];
                int start = f->pos;
                k = f->up;
                set_span(st, g->b, start, i);
                node = g->next;
                continue;
            }
            if (f->kind == E_REPEAT) {
                ok = sre_repeat_frame(st, &pc, k, i);
            } else if (f->kind == E_LOOK) {
                ok = look_done(st, &pc, k, i);
            } else if ((f->pos < 0 || i == f->pos) && !(f->count && i == (int)f->count - 1)) {
                // E_STOP: pos, the end required; count, an end refused + 1
                st->stop_end = i;
                return true;
            } else {
                ok = false;
            }
            goto resume;
        }
        const node_t *nd = &p->nodes[node];
        switch (nd->kind) {
            case N_CHAR:
            case N_ANY:
            case N_CLASS:
                if (i >= st->n || !sre_one(p, nd, st->s[i])) {
                    goto fail;
                }
                i++;
                break;
            case N_BACKREF:
                if (!sre_backref(st, nd, i, &i)) {
                    goto fail;
                }
                break;
            case N_GROUP:
                if (nd->b > 0) {
                    k = push_at(st, E_GROUP, node, i, k, 0);
                } else if (nd->next != NONE) {
                    k = push_at(st, E_NEXT, nd->next, 0, k, 0);
                }
                // (?:...) last in its sequence: its body is matched as if written out
                node = nd->a;
                continue;
            case N_COND: {
                const node_t *yes = &p->nodes[nd->b];
                int branch = st->caps[2 * nd->a + 1] >= 0 ? yes->a : (yes->b == NONE ? NONE : p->nodes[yes->b].a);
                if (nd->next != NONE) {
                    k = push_at(st, E_NEXT, nd->next, 0, k, 0);
                }
                node = branch;
                continue;
            }
            case N_ALT:
                ok = alt_enter(st, &pc, nd, i, k);
                goto resume;
            case N_REPEAT:
                ok = sre_repeat_enter(st, &pc, node, i, k);
                goto resume;
            case N_ATOMIC:
            case N_LOOK:
                ok = look_enter(st, &pc, node, i, k);
                goto resume;
            default:
                if (!sre_assert(st, nd, i)) {
                    goto fail;
                }
                break;
        }
        node = nd->next;
        continue;
    fail:
        ok = false;
    resume:
        if (!ok && !backtrack(st, &pc)) {
            return false;
        }
        node = pc.node;
        i = pc.i;
        k = pc.k;
    }
}

// One attempt at position i: true with st->caps[0..1] set. full_end: the
// end a fullmatch needs (-1: any); refused_end: an end not taken (-1: none).
bool pywasm_sre_try_at(state_t *st, int i, int full_end, int refused_end) {
    for (int g = 0; g < 2 * (st->p->ngroups + 1); g++) {
        st->caps[g] = -1;
    }
    st->lastindex = -1;
    st->top = 0;
    tick(st);
    int stop = push_at(st, E_STOP, NONE, full_end, NONE, (uint32_t)(refused_end + 1));
    if (!run(st, st->p->start, i, stop)) {
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
