// The backtracking stack of _pywasm_sre's matcher (match.h): growing it,
// keeping it between calls, and dropping entries when lookaround or an
// atomic group commits. Entries are pushed by the inline helpers in match.h.
#include "match.h"

// The stack a pattern keeps between calls, up to this many entries (20 KB):
// most matches need a few dozen, and allocating them afresh on every call
// (and growing them) cost more than many a match.
#define KEEP_ENTRIES 1024

// A call's first push takes the stack its pattern kept, later ones grow it.
// Growing can collect garbage or raise MemoryError: out of line, so that
// the hot paths that push make no call that can reach the collector (the
// build spills pointer-sized locals around every such call).
MP_NOINLINE void sre_grow(state_t *st) {
    prog_t *p = (prog_t *)st->p;
    if (st->cap == 0 && p->spare) {
        st->stack = p->spare;
        st->cap = p->spare_cap;
        p->spare = NULL;
        return;
    }
    // 20-byte entries in a heap of at most 4 GiB (wasm32's size_t)
    if (st->cap >= 0x4000000) {
        m_malloc_fail((size_t)st->cap * 2 * sizeof(entry_t));
    }
    int cap = st->cap ? st->cap * 2 : 64;
    st->stack = m_renew(entry_t, st->stack, st->cap, cap);
    st->cap = cap;
}

// A lookaround or atomic body matched: the ways it has not tried are dropped
// with the entry at `base`, but the captures it set stay, as do their undo
// records, for a failure after it to put back.
void sre_keep_undos(state_t *st, int base) {
    int to = base;
    for (int x = base + 1; x < st->top; x++) {
        if (st->stack[x].kind == E_UNDO) {
            st->stack[to++] = st->stack[x];
        }
    }
    st->top = to;
}

// Everything from `base` up is dropped, its captures put back.
void sre_unwind(state_t *st, int base) {
    while (st->top > base) {
        entry_t *e = &st->stack[--st->top];
        if (e->kind == E_UNDO) {
            undo(st, e);
        }
    }
}

// Out of line: it can raise (KeyboardInterrupt, the time limit).
MP_NOINLINE void sre_poll(void) {
    pywasm_vm_poll();
    mp_handle_pending(true);
}

// The pattern keeps the stack for its next call, cut down to KEEP_ENTRIES.
void pywasm_sre_release(state_t *st) {
    prog_t *p = (prog_t *)st->p;
    if (st->stack && !p->spare) {
        int keep = st->cap < KEEP_ENTRIES ? st->cap : KEEP_ENTRIES;
        p->spare = keep < st->cap ? m_renew(entry_t, st->stack, st->cap, keep) : st->stack;
        p->spare_cap = keep;
    } else {
        m_del(entry_t, st->stack, st->cap);
    }
    st->stack = NULL;
    st->cap = st->top = 0;
}
