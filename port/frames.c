// sys._getframe(): the Python functions running now, outermost last, as
// frame objects with CPython's f_code (co_name, co_filename), f_lineno,
// f_back and f_globals. logging (%(lineno)d, %(funcName)s), warnings
// (stacklevel) and traceback.print_stack() find their caller with it.
//
// MicroPython keeps no chain of frames unless sys.settrace is built in,
// which slows every opcode; patch 0056 links each running code state to
// its caller's (three stores per call) and this reads the chain. A frame
// here is a snapshot taken when _getframe is called: its f_lineno does not
// move on afterwards, and its locals are not kept (f_locals is f_globals
// for a module's own code, and missing in a function).
#include "py/runtime.h"
#include "py/bc.h"
#include "py/objfun.h"

typedef struct _frame_t {
    mp_obj_base_t base;
    qstr file;
    qstr name;
    mp_int_t line;
    mp_obj_dict_t *globals;
    mp_obj_t back;  // the caller's frame, or None
} frame_t;

typedef struct _code_t {
    mp_obj_base_t base;
    qstr file;
    qstr name;
} code_t;

static const mp_obj_type_t frame_type;
static const mp_obj_type_t code_type;

// Where a running code state is: its file, function name and current line
// (as the traceback of an exception raised there would say).
static frame_t *frame_of(const mp_code_state_t *cs) {
    const byte *ip = cs->fun_bc->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    MP_BC_PRELUDE_SIZE_DECODE(ip);
    const byte *line_info_top = ip + n_info;
    const byte *bytecode_start = ip + n_info + n_cell;
    qstr name = mp_decode_uint_value(ip);
    for (size_t i = 0; i < 1 + n_pos_args + n_kwonly_args; ++i) {
        ip = mp_decode_uint_skip(ip);
    }
    frame_t *f = mp_obj_malloc(frame_t, &frame_type);
    const mp_module_constants_t *constants = &cs->fun_bc->context->constants;
    #if MICROPY_EMIT_BYTECODE_USES_QSTR_TABLE
    f->name = constants->qstr_table[name];
    f->file = constants->qstr_table[0];
    #else
    f->name = name;
    f->file = constants->source_file;
    #endif
    f->line = mp_bytecode_get_source_line(ip, line_info_top, cs->ip - bytecode_start);
    f->globals = cs->fun_bc->context->module.globals;
    f->back = mp_const_none;
    return f;
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
        case MP_QSTR_f_code: {
            code_t *code = mp_obj_malloc(code_t, &code_type);
            code->file = self->file;
            code->name = self->name;
            dest[0] = MP_OBJ_FROM_PTR(code);
            break;
        }
        case MP_QSTR_f_lineno:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->line);
            break;
        case MP_QSTR_f_back:
            dest[0] = self->back;
            break;
        case MP_QSTR_f_globals:
            dest[0] = MP_OBJ_FROM_PTR(self->globals);
            break;
        case MP_QSTR_f_locals:
            if (self->name == MP_QSTR__lt_module_gt_) {
                dest[0] = MP_OBJ_FROM_PTR(self->globals);
            }
            break;
    }
}

static void frame_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    frame_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<frame at 0x%p, file '%q', line %d, code %q>", self, self->file, (int)self->line, self->name);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    frame_type, MP_QSTR_frame, MP_TYPE_FLAG_NONE,
    print, frame_print,
    attr, frame_attr
    );

static void code_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    code_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_co_name) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    } else if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_co_filename) {
        dest[0] = MP_OBJ_NEW_QSTR(self->file);
    }
}

static void code_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    code_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<code object %q at 0x%p, file \"%q\">", self->name, self, self->file);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    code_type, MP_QSTR_code, MP_TYPE_FLAG_NONE,
    print, code_print,
    attr, code_attr
    );
