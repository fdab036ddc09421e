// sys.meta_path (patch 0318). CPython's import asks each finder in the list
// for a spec before its own finders; MicroPython has no finders, so the list
// starts empty and holds only what scripts add: six's importer of
// `six.moves`, virtual modules, import hooks. The finder protocol itself
// (find_spec, a loader's create_module and exec_module, the older
// find_module and load_module) is Python, in the library's _pywasm_metapath,
// which nothing imports while the list is empty: imports cost what they did.
#include "py/runtime.h"
#include "metapath.h"

mp_obj_t pywasm_import_from_meta_path(qstr name, mp_obj_t outer) {
    mp_obj_t finders = MP_STATE_VM(sys_mutable)[MP_SYS_MUTABLE_META_PATH];
    if (mp_obj_is_type(finders, &mp_type_list)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(finders, &n, &items);
        if (n == 0) {
            return MP_OBJ_NULL;
        }
    }
    // the protocol's own module is found the usual way, not by a finder
    if (name == MP_QSTR__pywasm_metapath) {
        return MP_OBJ_NULL;
    }
    mp_obj_t path = mp_const_none;
    if (outer != MP_OBJ_NULL) {
        mp_obj_t dest[2];
        mp_load_method_maybe(outer, MP_QSTR___path__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return MP_OBJ_NULL;  // not a package: the usual search says so
        }
        path = dest[0];
    }
    mp_obj_t protocol = mp_import_name(MP_QSTR__pywasm_metapath, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t module = mp_call_function_2(mp_load_attr(protocol, MP_QSTR_find_and_load), MP_OBJ_NEW_QSTR(name), path);
    return module == mp_const_none ? MP_OBJ_NULL : module;
}
