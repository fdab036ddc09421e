// Names of objects that do not record where they were defined (qualname.c).
#ifndef PYWASM_QUALNAME_H
#define PYWASM_QUALNAME_H

#include "py/obj.h"

// f.__qualname__ of a function defined in globals: "Class.method" for a
// method of a class the module holds, else its own name.
mp_obj_t pywasm_fun_qualname(mp_obj_t fun, qstr name, mp_obj_dict_t *globals);

// len.__name__, str.upper.__qualname__, os.getcwd.__module__, and a type's
// method's __get__ (attr is one of these four): false if the builtin is in
// no namespace searched (or __get__ of a function). owner,
// if not NULL, is the type the method was taken from, searched first.
bool pywasm_builtin_fun_attr(mp_obj_t fun, qstr attr, mp_obj_t *dest, const mp_obj_type_t *owner);

// repr() of a builtin function (self MP_OBJ_NULL) or of the method bound to
// self; owner, if not NULL, the type an unbound method was taken from.
void pywasm_builtin_fun_repr(const mp_print_t *print, mp_obj_t fun, mp_obj_t self, const mp_obj_type_t *owner);

// Raises CPython's TypeError for a call of builtin fun (given args) with a
// wrong number of arguments or with keywords it does not take.
NORETURN void pywasm_builtin_arity_error(mp_obj_t fun, size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw, const mp_obj_t *args);

// "module.qualname()" (or "qualname()" for a builtin), as CPython names a
// callable in the errors of a call.
mp_obj_t pywasm_callable_str(mp_obj_t fun);

// int.__module__ == 'builtins', OrderedDict.__module__ == 'collections':
// the module holding a type that is not a class of a script.
mp_obj_t pywasm_native_type_module(mp_obj_t type);

// The function o wraps if o is a closure, else MP_OBJ_NULL (objclosure.c):
// classes hold methods that call super() as closures.
mp_obj_t pywasm_closure_fun(mp_obj_t closure);

#endif
