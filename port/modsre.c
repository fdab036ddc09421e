// _pywasm_sre: the regular-expression engine under the frozen re module.
//
// MicroPython's own engine (re1.5) has no lookaround, no backreferences, no
// counted repeats and only ASCII classes, and it matches bytes, not
// characters. This one takes CPython's pattern syntax (3.11) and answers as
// CPython's sre does; re.py keeps the Python API (Pattern, Match, sub's
// templates) and calls:
//
//   compile(pattern, flags) -> (prog, groups, [(name, index), ...], flags)
//       a bad pattern raises ValueError(message, position) for re.error
//   prog.match(string, pos, endpos, mode) -> None or (lastindex, start0,
//       end0, ..., group0, group1, ...), -1 and None for an unset group;
//       mode 0 match, 1 fullmatch, 2 search
//   prog.scan(string, pos, endpos, limit, gaps) -> [such tuples]: the
//       successive matches of finditer/sub/split (CPython 3.7+'s rules for
//       empty ones), with gaps also the text between them (see below)
//   prog.match(..., mode, Match, pattern), prog.scan(..., kind, Match,
//       pattern): re.Match instances over the results, made here (below)
//   group(m, ...), groups(m, default): re.Match's methods of those names
//
// A pattern is parsed into nodes (a small tree kept in one array, linked by
// index) and matched by backtracking with a stack of the matcher's own on
// the GC heap, as CPython's sre does, so a match's depth is not bounded by
// the C stack. The text is decoded to code points once per call, so
// positions are CPython's indices.
#include <string.h>

#include "py/gc.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/smallint.h"
#include "sre/sre.h"

static MP_DEFINE_CONST_FUN_OBJ_2(sre_compile_obj, pywasm_sre_compile);

// The subject of one call: its code points (bytes for a bytes pattern)
// cut at endpos, and where each one starts in the object's own bytes, so
// that groups are cut out in C (slicing a MicroPython str by index counts
// characters from its start, which made findall quadratic).
typedef struct {
    mp_obj_t string;
    const byte *data;
    uint32_t *text;
    uint32_t *offset;   // n + 1 byte offsets (str only)
    uint32_t *extra;    // the caller's words after them when the arrays are the scratch
                        // block (below), given back after the call; else NULL
    size_t alloc;
    int n;
    bool is_str;
    bool cached;        // the arrays are the cache's (below): not freed after the call
} text_t;

// A short subject's arrays and the call's group positions share one block
// that calls hand on to each other: a search per line of a log made three
// allocations and three frees of a few hundred bytes, a third of its time.
// A call takes the block from its root pointer and puts it back when done;
// one that raises (KeyboardInterrupt from the matcher's poll) just drops it.
#define SCRATCH_MAX_WORDS 4096
MP_REGISTER_ROOT_POINTER(void *pywasm_sre_scratch);

static uint32_t *take_scratch(size_t words) {
    uint32_t *block = MP_STATE_VM(pywasm_sre_scratch);
    MP_STATE_VM(pywasm_sre_scratch) = NULL;
    if (block != NULL && gc_nbytes(block) >= words * sizeof(uint32_t)) {
        return block;
    }
    m_free(block);
    return pywasm_m_malloc_no_scan(MAX(words, 256) * sizeof(uint32_t));
}

// The last long str or bytes a pattern ran over, decoded whole. A scanner
// calls pattern.match(s, pos) again and again on one string, and decoding
// it on every call made such a loop quadratic (a 200 KB page: 92 s in
// html.parser). The cache holds the string itself, so the object cannot be
// freed and its address reused while it is the key; a call on another long
// string replaces it. Short strings are decoded per call, as that is cheap.
#define CACHE_MIN_BYTES 1024
MP_REGISTER_ROOT_POINTER(void *pywasm_sre_cache);

// extra: words the caller wants after a short subject's arrays (t->extra)
static void get_text(const prog_t *p, mp_obj_t string, mp_int_t endpos, text_t *t, size_t extra) {
    if (!mp_obj_is_str(string) && mp_obj_is_instance_type(mp_obj_get_type(string))) {
        // an instance of a str (or bytes) subclass is matched as the str
        // inside it (markdown's AtomicString, markupsafe's Markup)
        mp_obj_t inner = mp_obj_cast_to_native_base(string, MP_OBJ_FROM_PTR(&mp_type_str));
        if (inner == MP_OBJ_NULL) {
            inner = mp_obj_cast_to_native_base(string, MP_OBJ_FROM_PTR(&mp_type_bytes));
        }
        if (inner != MP_OBJ_NULL) {
            string = inner;
        }
    }
    bool is_str = mp_obj_is_str(string);
    mp_buffer_info_t buf;
    if (!is_str && !mp_get_buffer(string, &buf, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected string or bytes-like object, got '%s'"),
            mp_obj_get_type_str(string));
    }
    if (p->is_bytes == is_str) {
        mp_raise_TypeError(is_str ? MP_ERROR_TEXT("cannot use a bytes pattern on a string-like object")
            : MP_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
    }
    size_t len;
    if (is_str) {
        t->data = (const byte *)mp_obj_str_get_data(string, &len);
    } else {
        t->data = buf.buf;
        len = buf.len;
    }
    t->string = string;
    t->is_str = is_str;
    t->cached = false;
    bool cacheable = len >= CACHE_MIN_BYTES && (is_str || mp_obj_is_type(string, &mp_type_bytes));
    text_t *cache = MP_STATE_VM(pywasm_sre_cache);
    if (cacheable && cache != NULL && cache->string == string) {
        *t = *cache;
        t->n = endpos < cache->n ? endpos : cache->n;
        return;
    }
    mp_int_t limit = endpos;
    if (cacheable) {
        endpos = MP_SMALL_INT_MAX;  // the whole string, for the calls to come
    }
    t->alloc = len + 1;
    size_t words = (is_str ? 2 : 1) * t->alloc + extra;
    if (!cacheable && words <= SCRATCH_MAX_WORDS) {
        t->text = take_scratch(words);
        t->offset = is_str ? t->text + t->alloc : NULL;
        t->extra = t->text + (is_str ? 2 : 1) * t->alloc;
    } else {
        // code points and byte offsets: numbers the collector must not read
        // as pointers (a long text's would look like heap addresses, and
        // cost eight bytes a character to scan at every collection)
        t->text = pywasm_m_malloc_no_scan(t->alloc * sizeof(uint32_t));
        t->offset = is_str ? pywasm_m_malloc_no_scan(t->alloc * sizeof(uint32_t)) : NULL;
        t->extra = NULL;
    }
    int n = 0;
    const byte *b = t->data, *end = t->data + len;
    while (b < end && n < endpos) {
        if (is_str) {
            t->offset[n] = b - t->data;
            t->text[n++] = utf8_get_char(b);
            b = utf8_next_char(b);
        } else {
            t->text[n++] = *b++;
        }
    }
    if (is_str) {
        t->offset[n] = b - t->data;
    }
    t->n = n;
    if (cacheable) {
        if (cache == NULL) {
            cache = m_new_obj(text_t);
            MP_STATE_VM(pywasm_sre_cache) = cache;
        } else {
            m_del(uint32_t, cache->text, cache->alloc);
            if (cache->offset) {
                m_del(uint32_t, cache->offset, cache->alloc);
            }
        }
        t->cached = true;
        *cache = *t;
        if (t->n > limit) {
            t->n = limit;
        }
    }
}

static void free_text(text_t *t, state_t *st) {
    if (t->extra != NULL) {
        MP_STATE_VM(pywasm_sre_scratch) = t->text;  // the caps were in it too
    } else {
        if (!t->cached) {
            m_del(uint32_t, t->text, t->alloc);
            if (t->offset) {
                m_del(uint32_t, t->offset, t->alloc);
            }
        }
        m_del(int, st->caps, 2 * (st->p->ngroups + 1));
    }
    pywasm_sre_release(st);
}

// string[a:b]: a str for a str, bytes for any other buffer (a bytearray
// too, as CPython's groups, findall and split give them).
static mp_obj_t cut(const text_t *t, int a, int b) {
    if (t->is_str) {
        return mp_obj_new_str((const char *)t->data + t->offset[a], t->offset[b] - t->offset[a]);
    }
    return mp_obj_new_bytes(t->data + a, b - a);
}

// (lastindex, start0, end0, ..., startN, endN, group0, ..., groupN[, gap]):
// -1 and None for a group that did not take part; gap (scan with gaps) is
// the text between the previous match (or gap_from) and this one.
static mp_obj_t result(state_t *st, const text_t *t, int gap_from) {
    int ng = st->p->ngroups;
    size_t len = 1 + 3 * (ng + 1) + (gap_from >= 0);
    mp_obj_t tuple = mp_obj_new_tuple(len, NULL);
    mp_obj_t *items = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tuple))->items;
    items[0] = st->lastindex > 0 ? MP_OBJ_NEW_SMALL_INT(st->lastindex) : mp_const_none;
    for (int g = 0; g <= ng; g++) {
        int a = st->caps[2 * g], b = st->caps[2 * g + 1];
        bool set = a >= 0 && b >= 0;
        items[1 + 2 * g] = MP_OBJ_NEW_SMALL_INT(set ? a : -1);
        items[2 + 2 * g] = MP_OBJ_NEW_SMALL_INT(set ? b : -1);
        items[2 * ng + 3 + g] = set ? cut(t, a, b) : mp_const_none;
    }
    if (gap_from >= 0) {
        items[len - 1] = cut(t, gap_from, st->caps[0]);
    }
    return tuple;
}

// Shared by match() and scan(): the text, the state and pos.
static mp_int_t setup(const mp_obj_t *args, state_t *st, text_t *t) {
    const prog_t *p = MP_OBJ_TO_PTR(args[0]);
    mp_int_t pos = mp_obj_get_int(args[2]);
    mp_int_t endpos = args[3] == mp_const_none ? MP_SMALL_INT_MAX : mp_obj_get_int(args[3]);
    size_t n_caps = 2 * (p->ngroups + 1);
    get_text(p, args[1], endpos < 0 ? 0 : endpos, t, n_caps);
    memset(st, 0, sizeof(*st));
    st->p = p;
    st->s = t->text;
    st->n = t->n;
    st->caps = t->extra != NULL ? (int *)t->extra : m_new(int, n_caps);
    return pos < 0 ? 0 : pos;
}

// A re.Match (the Python class, port/python/re.py, which has no __init__)
// over result r: finditer and sub make one per match, and a Python call,
// the generator around it and the growth of the instance's table of
// attributes cost more than the match. pos and endpos are stored only when
// they are not the defaults, which the class holds.
static mp_obj_t new_match(const mp_obj_t *cls_pattern, mp_obj_t r, const mp_obj_t *args) {
    const mp_obj_type_t *native_base;
    mp_obj_instance_t *m = mp_obj_new_instance(MP_OBJ_TO_PTR(cls_pattern[0]), &native_base);
    mp_map_init(&m->members, 4);
    mp_map_lookup(&m->members, MP_OBJ_NEW_QSTR(MP_QSTR_re), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = cls_pattern[1];
    mp_map_lookup(&m->members, MP_OBJ_NEW_QSTR(MP_QSTR__r), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = r;
    mp_map_lookup(&m->members, MP_OBJ_NEW_QSTR(MP_QSTR_string), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[1];
    if (mp_obj_get_int(args[2]) > 0) {
        mp_map_lookup(&m->members, MP_OBJ_NEW_QSTR(MP_QSTR_pos), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[2];
    }
    if (args[3] != mp_const_none) {
        mp_map_lookup(&m->members, MP_OBJ_NEW_QSTR(MP_QSTR__endpos), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[3];
    }
    return MP_OBJ_FROM_PTR(m);
}

static mp_obj_t prog_match(size_t n_args, const mp_obj_t *args) {
    state_t st;
    text_t t;
    mp_int_t pos = setup(args, &st, &t);
    mp_int_t mode = mp_obj_get_int(args[4]);
    bool found = false;
    if (pos <= st.n) {
        if (mode == 2) {
            found = pywasm_sre_search(&st, pos, false);
        } else {
            found = pywasm_sre_try_at(&st, pos, mode == 1 ? st.n : -1, -1);
        }
    }
    mp_obj_t r = found ? result(&st, &t, -1) : mp_const_none;
    free_text(&t, &st);
    return n_args == 7 && found ? new_match(args + 5, r, args) : r;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(prog_match_obj, 5, 7, prog_match);

// A match as findall() lists it: the whole match with no groups, the
// group with one, else a tuple of them; a group that took no part is empty.
static mp_obj_t findall_item(state_t *st, const text_t *t) {
    int ng = st->p->ngroups;
    if (ng == 0) {
        return cut(t, st->caps[0], st->caps[1]);
    }
    mp_obj_t empty = t->is_str ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_const_empty_bytes;
    mp_obj_t groups[ng];
    for (int g = 1; g <= ng; g++) {
        int a = st->caps[2 * g], b = st->caps[2 * g + 1];
        groups[g - 1] = a >= 0 && b >= 0 ? cut(t, a, b) : empty;
    }
    return ng == 1 ? groups[0] : mp_obj_new_tuple(ng, groups);
}

// scan(string, pos, endpos, limit, kind[, Match, pattern]): kind SCAN_GAPS
// (sub and split): each match carries the text before it, and the list ends
// with the text after the last one; SCAN_FINDALL: each match as findall()
// lists it (no result tuple per match); else each match's result(). Given
// Match and pattern, each result is a Match over it (finditer, and sub with
// a function).
#define SCAN_GAPS (1)
#define SCAN_FINDALL (2)

// Successive matches from `from` on, at most `limit` (0: any number), by
// CPython 3.7+'s rules: an empty match may follow a non-empty one, but not
// start where the previous match ended if that was empty too.
typedef struct {
    int from, last;     // where to search next; the end of the latest match (0 before the first)
    bool must_advance;
    mp_int_t found, limit;
} scan_t;

// The next match into st->caps, or false; *gap_from is where the text
// before it starts (the end of the match before it).
static bool scan_next(state_t *st, scan_t *sc, int *gap_from) {
    if (sc->from > st->n || (sc->limit > 0 && sc->found >= sc->limit)
        || !pywasm_sre_search(st, sc->from, sc->must_advance)) {
        return false;
    }
    *gap_from = sc->last;
    sc->found++;
    sc->must_advance = st->caps[1] == st->caps[0];
    sc->from = sc->last = st->caps[1];
    return true;
}

static mp_obj_t prog_scan(size_t n_args, const mp_obj_t *args) {
    state_t st;
    text_t t;
    scan_t sc = { .from = setup(args, &st, &t) };
    sc.limit = mp_obj_get_int(args[4]);
    mp_int_t kind = mp_obj_get_int(args[5]);
    bool gaps = kind == SCAN_GAPS;
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (int gap_from; scan_next(&st, &sc, &gap_from);) {
        mp_obj_t item = kind == SCAN_FINDALL ? findall_item(&st, &t) : result(&st, &t, gaps ? gap_from : -1);
        mp_obj_list_append(list, n_args == 8 ? new_match(args + 6, item, args) : item);
    }
    if (gaps) {
        mp_obj_list_append(list, cut(&t, sc.last, st.n));
    }
    free_text(&t, &st);
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(prog_scan_obj, 6, 8, prog_scan);

// The text of string[a:b] (character positions) onto out.
static void add_span(vstr_t *out, const text_t *t, int a, int b) {
    if (t->is_str) {
        vstr_add_strn(out, (const char *)t->data + t->offset[a], t->offset[b] - t->offset[a]);
    } else {
        vstr_add_strn(out, (const char *)t->data + a, b - a);
    }
}

// subt(string, count, template): sub() with a template (re.py's _template:
// literal pieces of the string's type and group numbers) expanded here,
// into one buffer, rather than a result tuple and a Match per match.
// Returns (new string, number of matches).
static mp_obj_t prog_subt(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    state_t st;
    text_t t;
    const mp_obj_t setup_args[4] = { args[0], args[1], MP_OBJ_NEW_SMALL_INT(0), mp_const_none };
    scan_t sc = { .from = setup(setup_args, &st, &t) };
    sc.limit = mp_obj_get_int(args[2]);
    size_t n_pieces;
    mp_obj_t *pieces;
    mp_obj_get_array(args[3], &n_pieces, &pieces);
    vstr_t out;
    vstr_init(&out, 16);
    for (int gap_from; scan_next(&st, &sc, &gap_from);) {
        add_span(&out, &t, gap_from, st.caps[0]);
        for (size_t i = 0; i < n_pieces; i++) {
            if (mp_obj_is_small_int(pieces[i])) {
                mp_int_t g = MP_OBJ_SMALL_INT_VALUE(pieces[i]);
                int a = st.caps[2 * g], b = st.caps[2 * g + 1];
                if (a >= 0 && b >= 0) {
                    add_span(&out, &t, a, b);
                }
            } else {
                size_t len;
                const char *piece = mp_obj_str_get_data(pieces[i], &len);
                vstr_add_strn(&out, piece, len);
            }
        }
    }
    add_span(&out, &t, sc.last, st.n);
    bool is_str = t.is_str;
    free_text(&t, &st);
    mp_obj_t result[2] = {
        is_str ? mp_obj_new_str_from_utf8_vstr(&out) : mp_obj_new_bytes_from_vstr(&out),
        mp_obj_new_int(sc.found),
    };
    return mp_obj_new_tuple(2, result);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(prog_subt_obj, 4, 4, prog_subt);

static const mp_rom_map_elem_t prog_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&prog_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_scan), MP_ROM_PTR(&prog_scan_obj) },
    { MP_ROM_QSTR(MP_QSTR_subt), MP_ROM_PTR(&prog_subt_obj) },
};
static MP_DEFINE_CONST_DICT(prog_locals, prog_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(pywasm_sre_prog_type, MP_QSTR_Program, MP_TYPE_FLAG_NONE,
    locals_dict, &prog_locals);

// A Match's result tuple (its _r) and number of groups: the tuple is
// (lastindex, 2 * (groups + 1) positions, groups + 1 strings[, gap]).
static mp_obj_tuple_t *match_result(mp_obj_t self_in, mp_int_t *ngroups) {
    if (!mp_obj_is_instance_type(mp_obj_get_type(self_in))) {
        return NULL;
    }
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *elem = mp_map_lookup(pywasm_instance_members(self), MP_OBJ_NEW_QSTR(MP_QSTR__r), MP_MAP_LOOKUP);
    if (elem == NULL || !mp_obj_is_exact_type(elem->value, &mp_type_tuple)) {
        return NULL;
    }
    mp_obj_tuple_t *r = MP_OBJ_TO_PTR(elem->value);
    *ngroups = (mp_int_t)(r->len - 1) / 3 - 1;
    return r;
}

// Match.group(g=0, *more) and Match[g] for a group number, the most common
// calls on a match; names and several groups go to re.py's _group.
static mp_obj_t match_group(size_t n_args, const mp_obj_t *args) {
    mp_int_t ng;
    mp_obj_tuple_t *r = match_result(args[0], &ng);
    if (r != NULL && n_args <= 2) {
        mp_int_t g = n_args == 1 ? 0 : mp_obj_is_small_int(args[1]) ? MP_OBJ_SMALL_INT_VALUE(args[1]) : -1;
        if (g >= 0 && g <= ng) {
            return r->items[2 * ng + 3 + g];
        }
    }
    mp_obj_t call[2 + n_args];
    mp_load_method(args[0], MP_QSTR__group, call);
    memcpy(call + 2, args + 1, (n_args - 1) * sizeof(mp_obj_t));
    return mp_call_method_n_kw(n_args - 1, 0, call);
}

// Match.groups(default=None)
static mp_obj_t match_groups(size_t n_args, const mp_obj_t *args) {
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("groups() takes at most 1 argument (%d given)"), (int)n_args - 1);
    }
    mp_int_t ng;
    mp_obj_tuple_t *r = match_result(args[0], &ng);
    if (r == NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor 'groups' requires a 're.Match' object"));
    }
    mp_obj_t groups = mp_obj_new_tuple(ng, r->items + 2 * ng + 4);
    mp_obj_t *items = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(groups))->items;
    for (mp_int_t i = 0; n_args == 2 && i < ng; i++) {
        items[i] = items[i] == mp_const_none ? args[1] : items[i];
    }
    return groups;
}

// A C function that a Python class binds to its instances as it binds its
// own methods: MicroPython's built-in function objects stay unbound in a
// class (as a staticmethod would), so m.group(1) would not see m.
typedef struct {
    mp_obj_base_t base;
    mp_fun_var_t fun;
    qstr keyword;       // the one keyword argument taken (groups' default), or 0
} method_t;

static mp_obj_t method_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const method_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("unbound method needs an argument"));
    }
    if (n_kw == 0) {
        return self->fun(n_args, args);
    }
    if (n_kw > 1 || self->keyword == 0 || args[n_args] != MP_OBJ_NEW_QSTR(self->keyword)) {
        mp_raise_TypeError(MP_ERROR_TEXT("unexpected keyword argument"));
    }
    mp_obj_t all[n_args + 1];
    memcpy(all, args, n_args * sizeof(mp_obj_t));
    all[n_args] = args[n_args + 1];
    return self->fun(n_args + 1, all);
}

static MP_DEFINE_CONST_OBJ_TYPE(method_type, MP_QSTR_method_descriptor, MP_TYPE_FLAG_BINDS_SELF, call, method_call);

static const method_t match_group_obj = { { &method_type }, match_group, 0 };
static const method_t match_groups_obj = { { &method_type }, match_groups, MP_QSTR_default };

static const mp_rom_map_elem_t sre_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm_sre) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&sre_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&match_group_obj) },
    { MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&match_groups_obj) },
};
static MP_DEFINE_CONST_DICT(sre_globals, sre_globals_table);

const mp_obj_module_t mp_module_pywasm_sre = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&sre_globals,
};
MP_REGISTER_MODULE(MP_QSTR__pywasm_sre, mp_module_pywasm_sre);
