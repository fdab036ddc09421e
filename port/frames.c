// sys._getframe(): the Python functions running now, outermost last, as
// frame objects with CPython's f_code, f_lineno, f_back and f_globals; and
// the code objects of f_code and of a function's __code__ (co_name,
// co_filename, co_varnames, co_argcount, co_flags...), from what the
// bytecode prelude keeps. logging (%(lineno)d, %(funcName)s), warnings
// (stacklevel) and traceback.print_stack() find their caller with it. A
// generator's gi_frame (patch 0338) is such a frame too.
//
// MicroPython keeps no chain of frames unless sys.settrace is built in,
// which slows every opcode; patch 0056 links each running code state to
// its caller's (three stores per call) and this reads the chain. A frame
// here is a snapshot taken when _getframe is called: its f_lineno does not
// move on afterwards. f_locals is f_globals for a module's own code, and in
// a function a dict of its variables while the call still runs (as
// locals() makes it); once it has returned they are gone, and so is
// f_locals.
//
// The names of a function's locals, which the compiler keeps after the
// line table (patch 0222), serve co_varnames here, the errors of unbound
// locals, a NameError's suggestions and locals() (patch 0224).
#include "py/runtime.h"
#include "py/bc.h"
#include "py/bc0.h"
#include "py/objfun.h"
#include "py/objcode.h"
#include "qualname.h"

typedef struct _frame_t {
    mp_obj_base_t base;
    const mp_obj_fun_bc_t *fun;  // the running function (for a module, its body)
    const mp_code_state_t *cs;   // its state: read only while it is still running
    mp_int_t line;
    mp_obj_t back;  // the caller's frame, or None
    mp_obj_t generator;  // for a generator's frame (gi_frame) the generator, else MP_OBJ_NULL
} frame_t;

typedef struct _code_t {
    mp_obj_base_t base;
    const mp_obj_fun_bc_t *fun;
} code_t;

static const mp_obj_type_t frame_type;
static const mp_obj_type_t code_type;

// What a function's bytecode prelude says: its name, file, argument counts
// and names, flags, and where its line table and bytecode start.
typedef struct {
    qstr name, file;
    size_t n_pos_args, n_kwonly_args, scope_flags;
    const byte *arg_names;  // n_pos_args + n_kwonly_args encoded qstrs
    const byte *line_info, *line_info_top, *bytecode;
} prelude_t;

static qstr code_qstr(const mp_obj_fun_bc_t *fun, size_t index) {
    #if MICROPY_EMIT_BYTECODE_USES_QSTR_TABLE
    return fun->context->constants.qstr_table[index];
    #else
    return index;
    #endif
}

static prelude_t prelude_of(const mp_obj_fun_bc_t *fun) {
    prelude_t p;
    const byte *ip = fun->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    MP_BC_PRELUDE_SIZE_DECODE(ip);
    p.n_pos_args = n_pos_args;
    p.n_kwonly_args = n_kwonly_args;
    p.scope_flags = scope_flags;
    p.line_info_top = ip + n_info;
    p.bytecode = ip + n_info + n_cell;
    p.name = code_qstr(fun, mp_decode_uint_value(ip));
    #if MICROPY_EMIT_BYTECODE_USES_QSTR_TABLE
    p.file = fun->context->constants.qstr_table[0];
    #else
    p.file = fun->context->constants.source_file;
    #endif
    ip = mp_decode_uint_skip(ip);
    p.arg_names = ip;
    for (size_t i = 0; i < n_pos_args + n_kwonly_args; ++i) {
        ip = mp_decode_uint_skip(ip);
    }
    p.line_info = ip;
    return p;
}

// A function's local names (patch 0222). The compiler keeps, for the
// functions it compiles (not frozen or .mpy code, which mpy-cross made), a
// 0 byte after the line table and then, per local slot, its name's qstr
// shifted left by two over the slot's kind.
#define LOCAL_KIND_BITS 2
#define LOCAL_KIND_MASK 3
#define LOCAL_KIND_PLAIN 0      // an argument, or a local no inner function reads
#define LOCAL_KIND_CELL 1       // a local an inner function reads
#define LOCAL_KIND_FREE 2       // an enclosing scope's variable
#define LOCAL_KIND_PARAM_CELL 3 // an argument an inner function reads
// A function with positional-only parameters (patch 0235) has, first, the
// number of argument slots they end at.
static const byte *local_table_of(const prelude_t *p) {
    for (const byte *ip = p->line_info; ip < p->line_info_top; ip += (*ip & 0x80) ? 2 : 1) {
        if (*ip == 0) {
            return ip + 1;
        }
    }
    return NULL;
}

static const byte *local_names_of(const prelude_t *p) {
    const byte *ip = local_table_of(p);
    return ip != NULL && (p->scope_flags & MP_SCOPE_FLAG_POSONLY) ? mp_decode_uint_skip(ip) : ip;
}

static size_t posonly_end_of(const prelude_t *p) {
    const byte *ip = local_table_of(p);
    return ip != NULL && (p->scope_flags & MP_SCOPE_FLAG_POSONLY) ? mp_decode_uint(&ip) : 0;
}

size_t pywasm_posonly_end(const mp_obj_fun_bc_t *fun) {
    prelude_t p = prelude_of(fun);
    return posonly_end_of(&p);
}

// CPython's TypeError for keywords naming positional-only parameters (all
// of them, in the call's order), when the function has no **kwargs to take
// them; nothing if none does.
void pywasm_check_posonly_keywords(const mp_obj_fun_bc_t *fun, qstr name, size_t n_kw, const mp_obj_t *kwargs) {
    prelude_t p = prelude_of(fun);
    size_t end = posonly_end_of(&p);
    vstr_t names;
    vstr_init(&names, 16);
    for (size_t i = 0; i < n_kw; i++) {
        const byte *ip = p.arg_names;
        for (size_t j = 0; j < end; j++) {
            if (kwargs[2 * i] == MP_OBJ_NEW_QSTR(code_qstr(fun, mp_decode_uint(&ip)))) {
                vstr_add_str(&names, names.len ? ", " : "");
                vstr_add_str(&names, qstr_str(MP_OBJ_QSTR_VALUE(kwargs[2 * i])));
                break;
            }
        }
    }
    if (names.len) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q() got some positional-only arguments passed as keyword arguments: '%s'"),
            name, vstr_null_terminated_str(&names));
    }
    vstr_clear(&names);
}

// A dict of the variables of the function running in cs, made now, as
// CPython's snapshot (arguments and locals, then those inner functions
// read, then the enclosing scopes'); NULL when its code keeps no names.
static mp_obj_dict_t *locals_of(const mp_code_state_t *cs) {
    prelude_t p = prelude_of(cs->fun_bc);
    const byte *names = local_names_of(&p);
    if (names == NULL) {
        return NULL;
    }
    mp_obj_t dict = mp_obj_new_dict(0);
    const mp_obj_t *fastn = &cs->state[cs->n_state - 1];
    static const byte pass_kinds[3][2] = {
        { LOCAL_KIND_PLAIN, LOCAL_KIND_PARAM_CELL }, { LOCAL_KIND_CELL, LOCAL_KIND_CELL }, { LOCAL_KIND_FREE, LOCAL_KIND_FREE },
    };
    for (size_t pass = 0; pass < 3; pass++) {
        const byte *ip = names;
        for (mp_int_t slot = 0; ip < p.line_info_top; slot++) {
            mp_uint_t entry = mp_decode_uint(&ip);
            mp_uint_t kind = entry & LOCAL_KIND_MASK;
            mp_obj_t value = fastn[-slot];
            if (kind != pass_kinds[pass][0] && kind != pass_kinds[pass][1]) {
                continue;
            }
            if (kind != LOCAL_KIND_PLAIN && value != MP_OBJ_NULL) {
                value = mp_obj_cell_get(value);
            }
            qstr name = code_qstr(cs->fun_bc, entry >> LOCAL_KIND_BITS);
            if (name == MP_QSTR_) {
                name = MP_QSTR__dot_0;  // a comprehension's iterator, as CPython names it
            }
            if (value != MP_OBJ_NULL && name != MP_QSTR__star_) {
                mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(name), value);
            }
        }
    }
    return MP_OBJ_TO_PTR(dict);
}

// locals(), vars(), dir() and eval()'s and exec()'s default namespace
// (patch 0224): in a function whose names the compiler kept, a new dict of
// its variables; elsewhere (a module, a class body, frozen code)
// MicroPython's locals dict.
mp_obj_dict_t *pywasm_locals(void) {
    const mp_code_state_t *cs = MP_STATE_THREAD(current_code_state);
    mp_obj_dict_t *locals = cs == NULL ? NULL : locals_of(cs);
    return locals != NULL ? locals : mp_locals_get();
}

// Whether a frame's call is still running: its state is in the chain of
// running ones, for the same function (a returned call's state may have
// been reused). A generator's frame lives as long as the generator has not
// finished, running or suspended (the frame holds the generator, whose
// state is inside it).
static bool still_running(const frame_t *f) {
    if (f->generator != MP_OBJ_NULL) {
        return f->cs->ip != 0;
    }
    for (const mp_code_state_t *cs = MP_STATE_THREAD(current_code_state); cs != NULL; cs = cs->prev_state) {
        if (cs == f->cs) {
            return cs->fun_bc == f->fun;
        }
    }
    return false;
}

// A running code state's frame: its function and current line (as the
// traceback of an exception raised there would say).
static frame_t *frame_of(const mp_code_state_t *cs) {
    prelude_t p = prelude_of(cs->fun_bc);
    frame_t *f = mp_obj_malloc(frame_t, &frame_type);
    f->fun = cs->fun_bc;
    f->cs = cs;
    f->line = mp_bytecode_get_source_line(p.line_info, p.line_info_top, cs->ip - p.bytecode);
    f->back = mp_const_none;
    f->generator = MP_OBJ_NULL;
    return f;
}

// A generator's gi_frame (py/objgenerator.c, patch 0338), made now: its
// function, the line it is suspended at, and its variables while it has
// not finished. Its f_back is None, as a suspended generator's is.
mp_obj_t pywasm_generator_frame(mp_obj_t generator, const mp_code_state_t *cs) {
    frame_t *f = frame_of(cs);
    f->generator = generator;
    return MP_OBJ_FROM_PTR(f);
}

mp_obj_fun_bc_t *pywasm_fun_copy(const mp_obj_fun_bc_t *fun);  // funattrs.c

// The function a function's code object describes, or NULL for another
// object: types.FunctionType makes a new one from it.
const mp_obj_fun_bc_t *pywasm_code_fun(mp_obj_t code) {
    return mp_obj_is_type(code, &code_type) ? ((const code_t *)MP_OBJ_TO_PTR(code))->fun : NULL;
}

// f.__code__ (port/funattrs.c) and frame.f_code.
mp_obj_t pywasm_code_of(const mp_obj_fun_bc_t *fun) {
    code_t *code = mp_obj_malloc(code_t, &code_type);
    code->fun = fun;
    return MP_OBJ_FROM_PTR(code);
}

static mp_obj_t sys_getframe(size_t n_args, const mp_obj_t *args) {
    mp_int_t depth = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    const mp_code_state_t *cs = MP_STATE_THREAD(current_code_state);
    for (; depth > 0 && cs != NULL; depth--) {
        cs = cs->prev_state;
    }
    if (cs == NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("call stack is not deep enough"));
    }
    frame_t *top = frame_of(cs);
    for (frame_t *f = top; (cs = cs->prev_state) != NULL; f = MP_OBJ_TO_PTR(f->back)) {
        f->back = MP_OBJ_FROM_PTR(frame_of(cs));
    }
    return MP_OBJ_FROM_PTR(top);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(pywasm_sys_getframe_obj, 0, 1, sys_getframe);

static void frame_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    frame_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;  // read-only
    }
    switch (attr) {
        case MP_QSTR_f_code:
            dest[0] = pywasm_code_of(self->fun);
            break;
        case MP_QSTR_f_lineno:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->line);
            break;
        case MP_QSTR_f_back:
            dest[0] = self->back;
            break;
        case MP_QSTR_f_globals:
            dest[0] = MP_OBJ_FROM_PTR(self->fun->context->module.globals);
            break;
        case MP_QSTR_f_locals:
            if (prelude_of(self->fun).name == MP_QSTR__lt_module_gt_) {
                dest[0] = MP_OBJ_FROM_PTR(self->fun->context->module.globals);
            } else if (still_running(self)) {
                mp_obj_dict_t *locals = locals_of(self->cs);
                if (locals != NULL) {
                    dest[0] = MP_OBJ_FROM_PTR(locals);
                }
            }
            break;
    }
}

static void frame_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    frame_t *self = MP_OBJ_TO_PTR(self_in);
    prelude_t p = prelude_of(self->fun);
    mp_printf(print, "<frame at 0x%p, file '%q', line %d, code %q>", self, p.file, (int)self->line, p.name);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    frame_type, MP_QSTR_frame, MP_TYPE_FLAG_NONE,
    print, frame_print,
    attr, frame_attr
    );

// CPython's co_flags bits that MicroPython's scope flags can tell
#define CO_VARARGS 0x04
#define CO_VARKEYWORDS 0x08
#define CO_GENERATOR 0x20

// How many of the positional arguments are the variables a closure closes
// over (such as __class__ for super()): the compiler passes them first, named
// '*', and CPython counts none of them.
static size_t closed_over_count(const mp_obj_fun_bc_t *fun, const prelude_t *p) {
    const byte *ip = p->arg_names;
    size_t n = 0;
    while (n < p->n_pos_args && code_qstr(fun, mp_decode_uint(&ip)) == MP_QSTR__star_) {
        n++;
    }
    return n;
}

// The same for types.FunctionType (funattrs.c), which needs as many cells.
size_t pywasm_code_n_closed(const mp_obj_fun_bc_t *fun) {
    prelude_t p = prelude_of(fun);
    return closed_over_count(fun, &p);
}

// CPython's co_varnames: the positional and keyword-only argument names,
// those of *args and **kwargs, then the plain locals. Those last two come
// from the names patch 0222 keeps; in frozen or .mpy code, which keeps
// none, 'args' and 'kwargs' stand for the first and the locals are missing.
static mp_obj_t code_varnames(const mp_obj_fun_bc_t *fun, const prelude_t *p) {
    size_t n = p->n_pos_args + p->n_kwonly_args;
    mp_obj_t names = mp_obj_new_list(0, NULL);
    const byte *ip = p->arg_names;
    for (size_t i = 0; i < n; i++) {
        mp_obj_list_append(names, MP_OBJ_NEW_QSTR(code_qstr(fun, mp_decode_uint(&ip))));
    }
    if ((p->scope_flags & MP_SCOPE_FLAG_VARARGS) && p->n_kwonly_args > 1) {
        // the compiler moved *args after the other parameters by swapping
        // it with the last one (scope_compute_things): the last keyword-only
        // name is first among them, and goes back to the end
        mp_obj_list_t *list = MP_OBJ_TO_PTR(names);
        mp_obj_t moved = list->items[p->n_pos_args];
        memmove(&list->items[p->n_pos_args], &list->items[p->n_pos_args + 1], (p->n_kwonly_args - 1) * sizeof(mp_obj_t));
        list->items[n - 1] = moved;
    }
    if (p->scope_flags & MP_SCOPE_FLAG_VARARGS) {
        mp_obj_list_append(names, MP_OBJ_NEW_QSTR(MP_QSTR_args));
    }
    if (p->scope_flags & MP_SCOPE_FLAG_VARKEYWORDS) {
        mp_obj_list_append(names, MP_OBJ_NEW_QSTR(MP_QSTR_kwargs));
    }
    const byte *locals = local_names_of(p);
    if (locals != NULL) {
        // slots n and on: *args, **kwargs, then the locals and cells
        mp_obj_list_t *list = MP_OBJ_TO_PTR(names);
        size_t n_star = list->len - n;
        for (size_t slot = 0; locals < p->line_info_top; slot++) {
            mp_uint_t entry = mp_decode_uint(&locals);
            mp_obj_t name = MP_OBJ_NEW_QSTR(code_qstr(fun, entry >> LOCAL_KIND_BITS));
            if (slot >= n && slot < n + n_star) {
                list->items[slot] = name;
            } else if (slot >= n + n_star && (entry & LOCAL_KIND_MASK) == LOCAL_KIND_PLAIN) {
                mp_obj_list_append(names, name);
            }
        }
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(names, &len, &items);
    size_t closed = closed_over_count(fun, p);
    return mp_obj_new_tuple(len - closed, items + closed);
}

// CPython's co_cellvars (the locals an inner function reads) or co_freevars
// (the enclosing scopes' variables this code reads, in the order of its
// __closure__'s cells), by the names patch 0222 keeps; empty in frozen or
// .mpy code, which keeps none.
static mp_obj_t code_cell_names(const mp_obj_fun_bc_t *fun, const prelude_t *p, bool free) {
    mp_obj_t names = mp_obj_new_list(0, NULL);
    const byte *ip = local_names_of(p);
    while (ip != NULL && ip < p->line_info_top) {
        mp_uint_t entry = mp_decode_uint(&ip);
        mp_uint_t kind = entry & LOCAL_KIND_MASK;
        if (free ? kind == LOCAL_KIND_FREE : (kind == LOCAL_KIND_CELL || kind == LOCAL_KIND_PARAM_CELL)) {
            mp_obj_list_append(names, MP_OBJ_NEW_QSTR(code_qstr(fun, entry >> LOCAL_KIND_BITS)));
        }
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(names, &len, &items);
    return mp_obj_new_tuple(len, items);
}

// The co_name or co_qualname code.replace gave a copy of the code (kept
// among its function's attributes), else MP_OBJ_NULL.
static mp_obj_t replaced_name(const mp_obj_fun_bc_t *fun, qstr attr) {
    if (fun->attrs == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(fun->attrs), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    return elem != NULL ? elem->value : MP_OBJ_NULL;
}

// code.replace(co_name=...), which jinja2 uses to name the frame of a
// template's error: a copy of the code (for compile()'s code, the kind exec
// takes) answering the new co_name and co_qualname. The bytecode keeps its
// own name, which tracebacks print; the other fields cannot change here.
static mp_obj_t code_replace(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    if (n_args != 1) {
        mp_raise_TypeError(MP_ERROR_TEXT("replace() takes no positional arguments"));
    }
    const code_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t names[2] = { replaced_name(self->fun, MP_QSTR_co_name), replaced_name(self->fun, MP_QSTR_co_qualname) };
    for (size_t i = 0; i < kwargs->alloc; i++) {
        if (!mp_map_slot_is_filled(kwargs, i)) {
            continue;
        }
        qstr key = mp_obj_str_get_qstr(kwargs->table[i].key);
        if (key == MP_QSTR_co_name || key == MP_QSTR_co_qualname) {
            if (!mp_obj_is_str(kwargs->table[i].value)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("replace() argument '%q' must be str"), key);
            }
            names[key == MP_QSTR_co_qualname] = kwargs->table[i].value;
        } else if (strncmp(qstr_str(key), "co_", 3) == 0) {
            mp_raise_msg_varg(&mp_type_NotImplementedError,
                MP_ERROR_TEXT("code.replace(%q=...): only co_name and co_qualname can be replaced here"), key);
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("replace() got an unexpected keyword argument '%q'"), key);
        }
    }
    mp_obj_fun_bc_t *copy = pywasm_fun_copy(self->fun);
    copy->attrs = mp_obj_new_dict(2);
    if (names[0] != MP_OBJ_NULL) {
        mp_obj_dict_store(copy->attrs, MP_OBJ_NEW_QSTR(MP_QSTR_co_name), names[0]);
    }
    if (names[1] != MP_OBJ_NULL) {
        mp_obj_dict_store(copy->attrs, MP_OBJ_NEW_QSTR(MP_QSTR_co_qualname), names[1]);
    }
    if (prelude_of(self->fun).name == MP_QSTR__lt_module_gt_) {
        return mp_obj_new_code(MP_OBJ_FROM_PTR(copy));
    }
    return pywasm_code_of(copy);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(code_replace_obj, 1, code_replace);

static void code_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    code_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;  // read-only
    }
    prelude_t p = prelude_of(self->fun);
    mp_obj_t renamed = replaced_name(self->fun, attr);
    switch (attr) {
        case MP_QSTR_replace:
            dest[0] = MP_OBJ_FROM_PTR(&code_replace_obj);
            dest[1] = self_in;
            break;
        case MP_QSTR_co_name:
            dest[0] = renamed != MP_OBJ_NULL ? renamed : MP_OBJ_NEW_QSTR(p.name);
            break;
        case MP_QSTR_co_filename:
            dest[0] = MP_OBJ_NEW_QSTR(p.file);
            break;
        case MP_QSTR_co_qualname:
            dest[0] = renamed != MP_OBJ_NULL ? renamed : p.name == MP_QSTR__lt_module_gt_ ? MP_OBJ_NEW_QSTR(p.name)
                : pywasm_fun_qualname(MP_OBJ_FROM_PTR(self->fun), p.name, self->fun->context->module.globals);
            break;
        case MP_QSTR_co_firstlineno:
            // the line of the first statement run (MicroPython keeps no
            // line for the def itself)
            dest[0] = MP_OBJ_NEW_SMALL_INT(mp_bytecode_get_source_line(p.line_info, p.line_info_top, 0));
            break;
        case MP_QSTR_co_argcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(p.n_pos_args - closed_over_count(self->fun, &p));
            break;
        case MP_QSTR_co_kwonlyargcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(p.n_kwonly_args);
            break;
        case MP_QSTR_co_posonlyargcount: {
            // recorded where the compiler keeps names (patch 0235), else 0
            size_t end = posonly_end_of(&p);
            dest[0] = MP_OBJ_NEW_SMALL_INT(end ? end - closed_over_count(self->fun, &p) : 0);
            break;
        }
        case MP_QSTR_co_varnames:
            dest[0] = code_varnames(self->fun, &p);
            break;
        case MP_QSTR_co_cellvars:
        case MP_QSTR_co_freevars:
            dest[0] = code_cell_names(self->fun, &p, attr == MP_QSTR_co_freevars);
            break;
        case MP_QSTR_co_nlocals:
            dest[0] = mp_obj_len(code_varnames(self->fun, &p));
            break;
        case MP_QSTR_co_flags:
            dest[0] = MP_OBJ_NEW_SMALL_INT(((p.scope_flags & MP_SCOPE_FLAG_VARARGS) ? CO_VARARGS : 0)
                | ((p.scope_flags & MP_SCOPE_FLAG_VARKEYWORDS) ? CO_VARKEYWORDS : 0)
                | ((p.scope_flags & MP_SCOPE_FLAG_GENERATOR) ? CO_GENERATOR : 0));
            break;
    }
}

static void code_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    code_t *self = MP_OBJ_TO_PTR(self_in);
    prelude_t p = prelude_of(self->fun);
    mp_printf(print, "<code object %q at 0x%p, file \"%q\", line %u>", p.name, self, p.file,
        (unsigned)mp_bytecode_get_source_line(p.line_info, p.line_info_top, 0));
}

// Each read of __code__ makes a new code object, where CPython has one per
// def: they compare and hash by the bytecode they describe, so that
// `f.__code__ == c` and a dict keyed by code objects (a registry of
// handlers, a cache) work as there; only `is` tells them apart.
static const byte *code_bytecode(mp_obj_t code) {
    return ((const code_t *)MP_OBJ_TO_PTR(code))->fun->bytecode;
}

static mp_obj_t code_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_EQUAL && mp_obj_is_type(rhs, &code_type)) {
        return mp_obj_new_bool(code_bytecode(lhs) == code_bytecode(rhs));
    }
    return MP_OBJ_NULL;
}

static mp_obj_t code_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op == MP_UNARY_OP_HASH) {
        return MP_OBJ_NEW_SMALL_INT((mp_uint_t)code_bytecode(self_in) >> 2);
    }
    return MP_OBJ_NULL;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    code_type, MP_QSTR_code, MP_TYPE_FLAG_NONE,
    print, code_print,
    attr, code_attr,
    binary_op, code_binary_op,
    unary_op, code_unary_op
    );

mp_obj_t pywasm_unbound_local_error(const mp_code_state_t *cs) {
    const byte *ip = cs->ip;  // at the opcode that found the slot empty
    byte op = *ip++;
    bool multi = op >= MP_BC_LOAD_FAST_MULTI && op < MP_BC_LOAD_FAST_MULTI + MP_BC_LOAD_FAST_MULTI_NUM;
    size_t slot = multi ? (size_t)(op - MP_BC_LOAD_FAST_MULTI) : mp_decode_uint_value(ip);
    prelude_t p = prelude_of(cs->fun_bc);
    const byte *names = local_names_of(&p);
    for (size_t i = 0; names != NULL && i < slot && names < p.line_info_top; i++) {
        names = mp_decode_uint_skip(names);
    }
    if (names == NULL || names >= p.line_info_top) {
        // no names kept: a closure's variable is a NameError, as in CPython
        bool deref = op == MP_BC_LOAD_DEREF || op == MP_BC_DELETE_DEREF;
        return mp_obj_new_exception_msg(deref ? &mp_type_NameError : &mp_type_UnboundLocalError,
            MP_ERROR_TEXT("local variable referenced before assignment"));
    }
    mp_uint_t entry = mp_decode_uint_value(names);
    qstr name = code_qstr(cs->fun_bc, entry >> LOCAL_KIND_BITS);
    if ((entry & LOCAL_KIND_MASK) == LOCAL_KIND_FREE) {
        return mp_obj_new_exception_msg_varg(&mp_type_NameError,
            MP_ERROR_TEXT("cannot access free variable '%q' where it is not associated with a value in enclosing scope"), name);
    }
    return mp_obj_new_exception_msg_varg(&mp_type_UnboundLocalError,
        MP_ERROR_TEXT("cannot access local variable '%q' where it is not associated with a value"), name);
}

// A function's co_varnames, where a NameError's "Did you mean" looks first
// (suggestions.c, as CPython 3.11); MP_OBJ_NULL for code without names,
// whose *args and **kwargs names would be stand-ins.
mp_obj_t pywasm_local_varnames(const mp_obj_fun_bc_t *fun) {
    prelude_t p = prelude_of(fun);
    return local_names_of(&p) == NULL ? MP_OBJ_NULL : code_varnames(fun, &p);
}

// sys.exc_info()'s exception (patch 0111): the one the innermost running
// except or finally handler is handling, in the running frame or one of its
// callers, or MP_OBJ_NULL. A frame's exception stack sits after its state,
// zeroed when the frame is set up; an entry keeps its handler's exception
// only while that handler runs (the VM clears it when it pops the block).
mp_obj_t pywasm_handled_exception(void) {
    for (const mp_code_state_t *cs = MP_STATE_THREAD(current_code_state); cs != NULL; cs = cs->prev_state) {
        const byte *ip = cs->fun_bc->bytecode;
        MP_BC_PRELUDE_SIG_DECODE(ip);
        const mp_exc_stack_t *stack = (const mp_exc_stack_t *)(cs->state + cs->n_state);
        for (size_t i = n_exc_stack; i-- > 0;) {
            if (stack[i].prev_exc != NULL) {
                return MP_OBJ_FROM_PTR(stack[i].prev_exc);
            }
        }
    }
    return MP_OBJ_NULL;
}
