// The matcher of _pywasm_sre, shared by its files: match.c (the loop,
// alternation, lookaround), repeat.c (repeats), stack.c (the backtracking
// stack) and chars.c (what one node matches at one position).
//
// The matcher backtracks with a stack of its own on the GC heap. Each node
// matches at a position and goes on to the next; where a sequence ends, a
// continuation frame on the stack says what comes after it (the rest of an
// enclosing group, another iteration of a repeat...). A way not taken yet
// is a choice point on the stack, and a capture changed is an undo record:
// failing pops to the newest choice point, putting captures back on the
// way, and goes on from there. No C call nests per iteration or per
// alternative, so a match is as deep as the GC heap allows (MemoryError
// past it), as in CPython's sre, and nothing in the matcher recurses.
#ifndef PYWASM_SRE_MATCH_H
#define PYWASM_SRE_MATCH_H

#include "py/runtime.h"
#include "sre.h"

// ---- chars.c

bool sre_one(const prog_t *p, const node_t *n, uint32_t c);
bool sre_assert(const state_t *st, const node_t *nd, int i);
bool sre_backref(const state_t *st, const node_t *nd, int i, int *end);

// ---- the stack (stack.c)

// Entries are all one size, so that popping needs no sizes and an atomic
// group's cut (sre_keep_undos) can walk them. Frames are never changed once
// pushed, and a choice point refers only to frames below it, so popping
// back to a choice point leaves everything it needs in place.
enum {
    // match.c's; continuation frames have `up`, the frame after them
    E_STOP,       // the match's end: pos, the end required (-1 any); count, an end refused + 1
    E_NEXT,       // node: where the match goes on
    E_GROUP,      // node: a capturing group begun at pos
    E_LOOK,       // node: a lookaround or atomic group entered at pos, and the
                  // frame its body ends with; popped, the body failed
    E_ALT,        // a choice point: node, the next branch to try at pos
    // repeat.c's, from E_REPEAT to E_LAZY_STEPS
    E_REPEAT,     // node: a repeat whose iteration `count` began at pos; popped, a
                  // greedy one that may stop there goes on after it from pos
    E_LAZY,       // node: a lazy repeat trying the rest at pos; popped, it turns
                  // into the E_REPEAT of iteration `count`
    E_SIMPLE,     // node: a repeat of one character from pos, trying `count` of them
    E_STEPS,      // node: a greedy stepped repeat trying `count` iterations, whose
                  // ends are in the E_DATA entries from pos up to it
    E_LAZY_STEPS, // node: a lazy stepped repeat trying the rest after `count`
                  // iterations, which end at pos
    // the rest
    E_UNDO,       // a capture to put back
    E_DATA,       // where four counts of a stepped repeat's iterations end
};

typedef struct entry {
    int32_t kind;
    union {
        struct {
            int32_t node, pos, up;
            uint32_t count;
        };
        struct {
            int32_t group, start, end, last;
        } undo;
        int32_t ends[4];
    };
} entry_t;

// Where the match goes on: at node, position i, with frame k after the
// sequence that node starts.
typedef struct {
    int node, i, k;
} pc_t;

void sre_grow(state_t *st);
void sre_poll(void);
void sre_keep_undos(state_t *st, int base);
void sre_unwind(state_t *st, int base);

// A new entry on top (valid until the next push).
static MP_ALWAYSINLINE inline entry_t *push(state_t *st, int32_t kind) {
    if (MP_UNLIKELY(st->top == st->cap)) {
        sre_grow(st);
    }
    entry_t *e = &st->stack[st->top++];
    e->kind = kind;
    return e;
}

// A frame or choice point: its index.
static MP_ALWAYSINLINE inline int push_at(state_t *st, int32_t kind, int node, int pos, int up, uint32_t count) {
    entry_t *e = push(st, kind);
    e->node = node;
    e->pos = pos;
    e->up = up;
    e->count = count;
    return st->top - 1;
}

// Group num spans start..end from now on; backtracking puts the old span back.
static MP_ALWAYSINLINE inline void set_span(state_t *st, int num, int start, int end) {
    entry_t *u = push(st, E_UNDO);
    u->undo.group = num;
    u->undo.start = st->caps[2 * num];
    u->undo.end = st->caps[2 * num + 1];
    u->undo.last = st->lastindex;
    st->caps[2 * num] = start;
    st->caps[2 * num + 1] = end;
    st->lastindex = num;
}

static inline void undo(state_t *st, const entry_t *u) {
    st->caps[2 * u->undo.group] = u->undo.start;
    st->caps[2 * u->undo.group + 1] = u->undo.end;
    st->lastindex = u->undo.last;
}

// Ctrl-C and the time limit, every 16K steps (a step: an attempt, an
// iteration or a way back), so a catastrophic pattern can be stopped.
static MP_ALWAYSINLINE inline void tick(state_t *st) {
    if (MP_UNLIKELY((++st->steps & 0x3fff) == 0)) {
        sre_poll();
    }
}

// ---- repeat.c: entering repeat rn at i, the end of an iteration's body at
// frame f, and backtracking to one of the repeats' entries (stack index x).

const node_t *sre_leading(const prog_t *p, int n);
bool sre_repeat_enter(state_t *st, pc_t *pc, int rn, int i, int k);
bool sre_repeat_frame(state_t *st, pc_t *pc, int f, int i);
bool sre_repeat_resume(state_t *st, pc_t *pc, const entry_t *e, int x);

#endif
