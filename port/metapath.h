// sys.meta_path: the finders a script adds, which imports ask first
// (metapath.c, patch 0318).
#ifndef PYWASM_METAPATH_H
#define PYWASM_METAPATH_H
#include "py/obj.h"

// The module a finder in sys.meta_path loads for `name` (the submodule of
// `outer`, or a top-level module when outer is MP_OBJ_NULL), or MP_OBJ_NULL
// when sys.meta_path is empty or no finder knows the name.
mp_obj_t pywasm_import_from_meta_path(qstr name, mp_obj_t outer);

#endif
