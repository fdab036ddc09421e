// A module's __spec__ and __package__ (PEP 451, PEP 366), which the import
// system stores in every module it loads before the module's code runs
// (patch 0263): libraries read them at import (the packaging library,
// `__spec__.parent`; importlib.resources; relative names). MicroPython's
// import has no finders or loaders, so the spec is this small object: the
// module's name, where it was loaded from and, for a package, where its
// submodules are, with importlib.machinery.ModuleSpec's attributes
// (loader, loader_state and cached are None until a script sets them).
// They can be set as CPython's can: six turns itself into a package with
// `__spec__.submodule_search_locations = []` (patch 0318).
#include "py/runtime.h"
#include "modulespec.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t name;    // str
    mp_obj_t origin;  // str: the module's __file__
    mp_obj_t path;    // a package's __path__ (a list of directories), else MP_OBJ_NULL
    mp_obj_t loader;  // these three are None unless set
    mp_obj_t loader_state;
    mp_obj_t cached;
} module_spec_t;

static mp_obj_t spec_parent(const module_spec_t *self) {
    if (self->path != MP_OBJ_NULL) {
        return self->name;  // a package is its own parent
    }
    size_t len;
    const char *name = mp_obj_str_get_data(self->name, &len);
    while (len > 0 && name[len - 1] != '.') {
        len--;
    }
    return mp_obj_new_str(name, len > 0 ? len - 1 : 0);
}

// The attribute's slot, or NULL for a name the spec lacks.
static mp_obj_t *spec_slot(module_spec_t *self, qstr attr) {
    switch (attr) {
        case MP_QSTR_name:
            return &self->name;
        case MP_QSTR_origin:
            return &self->origin;
        case MP_QSTR_submodule_search_locations:
            return &self->path;
        case MP_QSTR_loader:
            return &self->loader;
        case MP_QSTR_loader_state:
            return &self->loader_state;
        case MP_QSTR_cached:
            return &self->cached;
        default:
            return NULL;
    }
}

static void spec_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    module_spec_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t *slot = spec_slot(self, attr);
    if (dest[0] != MP_OBJ_NULL) {
        // storing: a deletion, or a name without a slot, fails with AttributeError
        if (dest[1] != MP_OBJ_NULL && slot != NULL) {
            // None is no package: kept as MP_OBJ_NULL, as for a module
            *slot = attr == MP_QSTR_submodule_search_locations && dest[1] == mp_const_none ? MP_OBJ_NULL : dest[1];
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (attr == MP_QSTR_parent) {
        dest[0] = spec_parent(self);
    } else if (attr == MP_QSTR_has_location) {
        dest[0] = mp_const_true;
    } else if (slot != NULL) {
        // a package's __path__ is the spec's list itself, as CPython's
        // module and spec share it
        dest[0] = *slot == MP_OBJ_NULL ? mp_const_none : *slot;
    }
}

static void spec_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const module_spec_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "ModuleSpec(name=%r, loader=%r, origin=%r", self->name, self->loader, self->origin);
    if (self->path != MP_OBJ_NULL) {
        mp_printf(print, ", submodule_search_locations=%r", self->path);
    }
    mp_print_str(print, ")");
}

static MP_DEFINE_CONST_OBJ_TYPE(
    module_spec_type,
    MP_QSTR_ModuleSpec,
    MP_TYPE_FLAG_NONE,
    print, spec_print,
    attr, spec_attr
    );

void pywasm_module_spec_store(mp_obj_dict_t *globals) {
    mp_map_t *map = &globals->map;
    mp_map_elem_t *name = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    mp_map_elem_t *file = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_MAP_LOOKUP);
    mp_map_elem_t *path = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___path__), MP_MAP_LOOKUP);
    if (name == NULL || file == NULL) {
        return;
    }
    // run with -m: __name__ is __main__, and the real name is kept beside it
    mp_map_elem_t *main_name = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___main__), MP_MAP_LOOKUP);
    module_spec_t *spec = mp_obj_malloc(module_spec_t, &module_spec_type);
    spec->name = main_name != NULL && name->value == MP_OBJ_NEW_QSTR(MP_QSTR___main__) ? main_name->value : name->value;
    spec->origin = file->value;
    spec->path = path != NULL ? path->value : MP_OBJ_NULL;
    spec->loader = spec->loader_state = spec->cached = mp_const_none;
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___spec__), MP_OBJ_FROM_PTR(spec));
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___package__), spec_parent(spec));
}
