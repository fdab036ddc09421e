// The regular-expression engine of _pywasm_sre (modsre.c): what its parser
// (parse.c) builds and its matcher (match.c and the files match.h names) runs. modsre.c says why it
// exists and how re.py calls it.
#ifndef PYWASM_SRE_H
#define PYWASM_SRE_H

#include "py/obj.h"

// CPython's flag values (re.I and friends).
#define FL_I 2
#define FL_L 4
#define FL_M 8
#define FL_S 16
#define FL_U 32
#define FL_X 64
#define FL_A 256

#define INF 0xffffffffu
#define NONE (-1)

enum {
    N_CHAR,     // a: the code point
    N_ANY,      // '.'
    N_CLASS,    // a: first item in cls, b: item count
    N_BOL,      // '^'
    N_EOL,      // '$'
    N_BOS,      // \A
    N_EOS,      // \Z
    N_WORDB,    // \b
    N_NWORDB,   // \B
    N_GROUP,    // a: body, b: group number (0: non-capturing)
    N_ALT,      // a: first N_BRANCH
    N_BRANCH,   // a: body, b: next N_BRANCH
    N_REPEAT,   // a: body (one node), min, max; b: 1 if stepped (repeat.c, steps_greedy)
    N_ATOMIC,   // a: body
    N_LOOK,     // a: body, b: width to step back (lookbehind)
    N_BACKREF,  // a: group number
    N_COND,     // a: group number, b: N_BRANCH yes (its b: the no branch)
};

// Node flags.
#define F_ICASE 1
#define F_DOTALL 2
#define F_MULTI 4
#define F_ASCII 8
#define F_NEG 16      // class: [^...]; lookaround: negative
#define F_LAZY 32
#define F_BEHIND 64
#define F_SIMPLE 128  // repeat of a one-character node

typedef struct {
    uint8_t kind;
    uint8_t flags;
    int32_t next;
    int32_t a, b;
    uint32_t min, max;
} node_t;

// Class items are (lo, hi) pairs; a category (\d, \W...) is (CAT | n, 0).
#define CAT 0xffffff00u
enum { CAT_DIGIT = 1, CAT_NOT_DIGIT, CAT_WORD, CAT_NOT_WORD, CAT_SPACE, CAT_NOT_SPACE };

struct entry;

typedef struct {
    mp_obj_base_t base;
    node_t *nodes;
    uint32_t *cls;
    int32_t start;      // first node of the pattern
    uint16_t ngroups;
    bool is_bytes;
    int32_t first_char; // a literal every match starts with, or -1
    bool anchored;      // starts with \A or a non-MULTILINE '^'
    struct entry *spare; // the matcher's stack, kept between calls (stack.c)
    int spare_cap;
} prog_t;

extern const mp_obj_type_t pywasm_sre_prog_type;

typedef struct {
    const prog_t *p;
    const uint32_t *s;
    int n;              // the text is s[0..n): endpos cuts it
    int *caps;          // start, end of group g at 2g, 2g+1
    int lastindex;
    int stop_end;       // where the match ended
    uint32_t steps;
    struct entry *stack; // the matcher's backtracking stack (match.h)
    int top, cap;
} state_t;

// parse.c: compile(pattern, flags) -> (prog, groups, [(name, index)], flags);
// a bad pattern raises ValueError(message, position).
mp_obj_t pywasm_sre_compile(mp_obj_t pattern, mp_obj_t flags);

// match.c: one attempt at i (full_end: the end a fullmatch needs, -1 any;
// refused_end: an end not taken, -1 none), and a search from `from`; both
// leave the spans in st->caps. A state starts zeroed but for p, s, n and
// caps; pywasm_sre_release (stack.c) frees what the attempts allocated.
bool pywasm_sre_try_at(state_t *st, int i, int full_end, int refused_end);
bool pywasm_sre_search(state_t *st, int from, bool must_advance);
void pywasm_sre_release(state_t *st);

#endif
