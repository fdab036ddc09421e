// Where an object was defined, for the __qualname__ and __module__ of
// objects that do not record it: MicroPython's functions know only their own
// name and its builtin functions no name at all. Rather than store anything
// as every function is made, the answer is found when a script asks (reprs,
// logging, decorators) by searching the namespaces that hold the object.
#include "py/runtime.h"
#include "py/objtype.h"
#include "py/builtin.h"
#include "py/objmodule.h"
#include "qualname.h"

// Whether map's value o is obj itself, or a wrapper that the lookup of its
// key unwraps to obj (staticmethod, classmethod, property, closure).
static bool holds(mp_obj_t o, mp_obj_t obj) {
    if (o == obj) {
        return true;
    }
    if (mp_obj_is_type(o, &mp_type_staticmethod) || mp_obj_is_type(o, &mp_type_classmethod)) {
        return holds(((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(o))->fun, obj);
    }
    #if MICROPY_PY_BUILTINS_PROPERTY
    if (mp_obj_is_type(o, &mp_type_property)) {
        const mp_obj_t *proxy = mp_obj_property_get(o);
        return holds(proxy[0], obj) || holds(proxy[1], obj) || holds(proxy[2], obj);
    }
    #endif
    return pywasm_closure_fun(o) == obj;
}

// The key under which map holds obj, or MP_QSTRnull.
static qstr key_of(const mp_map_t *map, mp_obj_t obj) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i) && mp_obj_is_qstr(map->table[i].key) && holds(map->table[i].value, obj)) {
            return MP_OBJ_QSTR_VALUE(map->table[i].key);
        }
    }
    return MP_QSTRnull;
}

static const mp_map_t *type_dict(mp_obj_t o) {
    if (!mp_obj_is_type(o, &mp_type_type)) {
        return NULL;
    }
    const mp_obj_type_t *type = MP_OBJ_TO_PTR(o);
    const mp_obj_dict_t *dict = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, locals_dict);
    return dict == NULL ? NULL : &dict->map;
}

// A class among map's values, or nested in one up to depth levels down,
// whose own dict holds obj; NULL if none.
static mp_obj_t class_holding(const mp_map_t *map, mp_obj_t obj, int depth) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i)) {
            continue;
        }
        mp_obj_t cls = map->table[i].value;
        const mp_map_t *dict = type_dict(cls);
        if (dict == NULL || dict == map) {
            continue;
        }
        if (key_of(dict, obj) != MP_QSTRnull) {
            return cls;
        }
        if (depth > 0) {
            mp_obj_t inner = class_holding(dict, obj, depth - 1);
            if (inner != MP_OBJ_NULL) {
                return inner;
            }
        }
    }
    return MP_OBJ_NULL;
}

mp_obj_t pywasm_fun_qualname(mp_obj_t fun, qstr name, mp_obj_dict_t *globals) {
    mp_obj_t cls = class_holding(&globals->map, fun, 2);
    if (cls == MP_OBJ_NULL) {
        return MP_OBJ_NEW_QSTR(name);
    }
    // the class's own __qualname__ (its class statement stores one)
    mp_obj_t dest[2];
    mp_load_method(cls, MP_QSTR___qualname__, dest);
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 32, &print);
    mp_printf(&print, "%s.%q", mp_obj_str_get_str(dest[0]), name);
    return mp_obj_new_str_from_vstr(&vstr);
}

static const mp_map_t *module_map(mp_obj_t module) {
    return &mp_obj_module_get_globals(module)->map;
}

static qstr module_name(mp_obj_t module) {
    mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)module_map(module), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    return elem != NULL && mp_obj_is_qstr(elem->value) ? MP_OBJ_QSTR_VALUE(elem->value) : MP_QSTRnull;
}

// Where a builtin is: its name, the type whose method it is (or
// MP_QSTRnull) and its module, searching builtins, then the methods of the
// types builtins holds, then each loaded module and the types it holds.
typedef struct {
    qstr name, owner, module;
    mp_obj_t owner_type; // the type named owner
} place_t;

static bool find_in_module(mp_obj_t module, mp_obj_t obj, place_t *place) {
    const mp_map_t *map = module_map(module);
    place->module = module_name(module);
    place->owner = MP_QSTRnull;
    if ((place->name = key_of(map, obj)) != MP_QSTRnull) {
        return true;
    }
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i)) {
            continue;
        }
        const mp_map_t *dict = type_dict(map->table[i].value);
        if (dict != NULL && (place->name = key_of(dict, obj)) != MP_QSTRnull) {
            place->owner = ((mp_obj_type_t *)MP_OBJ_TO_PTR(map->table[i].value))->name;
            place->owner_type = map->table[i].value;
            return true;
        }
    }
    return false;
}

// Whether a module among modules' values (private ones, whose names start
// with '_', or the others) holds obj.
static bool find_in_modules(const mp_map_t *modules, bool private, mp_obj_t obj, place_t *place) {
    for (size_t i = 0; i < modules->alloc; i++) {
        if (!mp_map_slot_is_filled(modules, i) || !mp_obj_is_qstr(modules->table[i].key)
            || !mp_obj_is_type(modules->table[i].value, &mp_type_module)) {
            continue;
        }
        bool is_private = qstr_str(MP_OBJ_QSTR_VALUE(modules->table[i].key))[0] == '_';
        if (is_private == private && find_in_module(modules->table[i].value, obj, place)) {
            return true;
        }
    }
    return false;
}

static bool find_place(mp_obj_t obj, place_t *place) {
    if (find_in_module(MP_OBJ_FROM_PTR(&mp_module_builtins), obj, place)) {
        return true;
    }
    // the loaded modules, then the built-in ones (not in sys.modules until
    // imported under their name: micropython.const); modules whose names
    // start with '_' are the implementations of others (_pywasm_compat):
    // look in them last
    const mp_map_t *maps[3] = {
        &MP_STATE_VM(mp_loaded_modules_dict).map, &mp_builtin_module_map, &mp_builtin_extensible_module_map
    };
    for (int private = 0; private < 2; private++) {
        for (int m = 0; m < 3; m++) {
            if (find_in_modules(maps[m], private, obj, place)) {
                return true;
            }
        }
    }
    return false;
}

static bool find_builtin(mp_obj_t fun, const mp_obj_type_t *owner, place_t *place) {
    const mp_map_t *dict = owner == NULL ? NULL : type_dict(MP_OBJ_FROM_PTR(owner));
    if (dict != NULL && (place->name = key_of(dict, fun)) != MP_QSTRnull) {
        // str and bytes share methods: the type it was taken from says which
        place->owner = owner->name;
        place->owner_type = MP_OBJ_FROM_PTR(owner);
        place->module = MP_QSTR_builtins;
        return true;
    }
    return find_place(fun, place);
}

// repr() of a builtin function, or with self of the method bound to it, as
// CPython prints them: <built-in function len>, <method 'join' of 'str'
// objects>, <built-in method append of list object at 0x...>; owner, if
// not NULL, is the type an unbound method was taken from
void pywasm_builtin_fun_repr(const mp_print_t *print, mp_obj_t fun, mp_obj_t self, const mp_obj_type_t *owner) {
    place_t place;
    const char *name = "?";
    if (find_builtin(fun, self == MP_OBJ_NULL ? owner : mp_obj_get_type(self), &place)) {
        name = qstr_str(place.name);
    } else {
        place.owner = MP_QSTRnull;
    }
    if (self != MP_OBJ_NULL) {
        mp_printf(print, "<built-in method %s of %s object at 0x%p>", name, mp_obj_get_type_str(self), MP_OBJ_TO_PTR(self));
    } else if (place.owner != MP_QSTRnull) {
        mp_printf(print, "<method '%s' of '%q' objects>", name, place.owner);
    } else {
        mp_printf(print, "<built-in function %s>", name);
    }
}

extern const mp_obj_fun_builtin_var_t pywasm_fun_get_obj;  // funattrs.c

bool pywasm_builtin_fun_attr(mp_obj_t fun, qstr attr, mp_obj_t *dest, const mp_obj_type_t *owner) {
    place_t place;
    if (!find_builtin(fun, owner, &place)) {
        return false;
    }
    if (attr == MP_QSTR___get__) {
        // a type's method binds as a function does; a function (len) has no __get__
        if (place.owner == MP_QSTRnull) {
            return false;
        }
        dest[0] = MP_OBJ_FROM_PTR(&pywasm_fun_get_obj);
        dest[1] = fun;
        return true;
    }
    if (attr == MP_QSTR___name__ || (attr == MP_QSTR___qualname__ && place.owner == MP_QSTRnull)) {
        dest[0] = MP_OBJ_NEW_QSTR(place.name);
    } else if (attr == MP_QSTR___qualname__) {
        vstr_t vstr;
        mp_print_t print;
        vstr_init_print(&vstr, 32, &print);
        mp_printf(&print, "%q.%q", place.owner, place.name);
        dest[0] = mp_obj_new_str_from_vstr(&vstr);
    } else {
        // methods of types have no __module__ in CPython; functions do
        dest[0] = place.owner != MP_QSTRnull ? mp_const_none : MP_OBJ_NEW_QSTR(place.module);
    }
    return true;
}

// Builtins that CPython's "expected" family of texts speaks for ("max
// expected at least 1 argument, got 0"): they unpack their own arguments.
static bool speaks_expected(const place_t *place) {
    static const qstr_short_t names[][2] = {
        {MP_QSTRnull, MP_QSTR_max}, {MP_QSTRnull, MP_QSTR_min}, {MP_QSTRnull, MP_QSTR_getattr},
        {MP_QSTRnull, MP_QSTR_setattr}, {MP_QSTRnull, MP_QSTR_delattr}, {MP_QSTRnull, MP_QSTR_hasattr},
        {MP_QSTRnull, MP_QSTR_isinstance}, {MP_QSTRnull, MP_QSTR_issubclass}, {MP_QSTRnull, MP_QSTR_iter},
        {MP_QSTRnull, MP_QSTR_next}, {MP_QSTRnull, MP_QSTR_divmod}, {MP_QSTRnull, MP_QSTR_sorted},
        {MP_QSTRnull, MP_QSTR_vars}, {MP_QSTRnull, MP_QSTR_dir}, {MP_QSTRnull, MP_QSTR_pow},
        {MP_QSTR_dict, MP_QSTR_get}, {MP_QSTR_dict, MP_QSTR_pop}, {MP_QSTR_dict, MP_QSTR_setdefault},
        {MP_QSTR_dict, MP_QSTR_fromkeys}, {MP_QSTR_list, MP_QSTR_insert}, {MP_QSTR_list, MP_QSTR_pop},
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (place->owner == names[i][0] && place->name == names[i][1]) {
            return true;
        }
    }
    return false;
}

// A call of a builtin with the wrong number of arguments fails with CPython's
// text for functions written in C, which names the function and leaves out
// a method's self: "len() takes exactly one argument (0 given)",
// "list.append() takes no keyword arguments", "split() takes at most 2
// arguments (3 given)" (that form names the function alone).
void pywasm_builtin_arity_error(mp_obj_t fun, size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw, const mp_obj_t *args) {
    place_t place;
    if (!find_builtin(fun, n_args > 0 ? mp_obj_get_type(args[0]) : NULL, &place)) {
        mp_arg_check_num_sig(n_args, n_kw, MP_OBJ_FUN_MAKE_SIG(n_min, n_max, takes_kw));
        mp_raise_TypeError(NULL); // (not reached: the counts are wrong)
    }
    vstr_t name;
    mp_print_t print;
    vstr_init_print(&name, 32, &print);
    bool is_method = false;
    if (place.owner != MP_QSTRnull) {
        // a method takes its object (a classmethod its class) first; a
        // staticmethod takes nothing more
        const mp_map_t *dict = type_dict(place.owner_type);
        mp_map_elem_t *elem = dict == NULL ? NULL : mp_map_lookup((mp_map_t *)dict, MP_OBJ_NEW_QSTR(place.name), MP_MAP_LOOKUP);
        is_method = elem == NULL || !mp_obj_is_type(elem->value, &mp_type_staticmethod);
        mp_printf(&print, "%q.%q", place.owner, place.name);
    } else if (place.module != MP_QSTR_builtins) {
        mp_printf(&print, "%q.%q", place.module, place.name);
    } else {
        mp_printf(&print, "%q", place.name);
    }
    const char *what = vstr_null_terminated_str(&name);
    if (is_method) {
        if (n_args == 0) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("unbound method %s() needs an argument"), what);
        }
        n_args--;
        n_min -= n_min > 0;
        n_max -= n_max > 0;
    }
    size_t bound = n_args < n_min ? n_min : n_max;
    const char *s = bound == 1 ? "" : "s";
    if (n_kw > 0 && !takes_kw) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s() takes no keyword arguments"), what);
    } else if (speaks_expected(&place)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q expected %s%d argument%s, got %d"), place.name,
            n_min == n_max ? "" : n_args < n_min ? "at least " : "at most ", (int)bound, s, (int)n_args);
    } else if (n_min == n_max && n_min <= 1) {
        mp_raise_msg_varg(&mp_type_TypeError, n_min == 0
            ? MP_ERROR_TEXT("%s() takes no arguments (%d given)")
            : MP_ERROR_TEXT("%s() takes exactly one argument (%d given)"), what, (int)n_args);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() takes %s %d argument%s (%d given)"), place.name,
            n_min == n_max ? "exactly" : n_args < n_min ? "at least" : "at most", (int)bound, s, (int)n_args);
    }
}

// How CPython names a callable in the errors of a call: "module.qualname()",
// or "qualname()" when it is a builtin, or "T object" for another object.
mp_obj_t pywasm_callable_str(mp_obj_t fun) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 32, &print);
    mp_obj_t qualname[2], module[2];
    mp_load_method_protected(fun, MP_QSTR___qualname__, qualname, true);
    if (qualname[0] == MP_OBJ_NULL || !mp_obj_is_str(qualname[0])) {
        mp_printf(&print, "%s object", mp_obj_get_type_str(fun));
        return mp_obj_new_str_from_vstr(&vstr);
    }
    mp_load_method_protected(fun, MP_QSTR___module__, module, true);
    if (module[0] != MP_OBJ_NULL && mp_obj_is_str(module[0]) && !mp_obj_equal(module[0], MP_OBJ_NEW_QSTR(MP_QSTR_builtins))) {
        mp_printf(&print, "%s.", mp_obj_str_get_str(module[0]));
    }
    mp_printf(&print, "%s()", mp_obj_str_get_str(qualname[0]));
    return mp_obj_new_str_from_vstr(&vstr);
}

mp_obj_t pywasm_native_type_module(mp_obj_t type) {
    place_t place;
    if (find_place(type, &place) && place.owner == MP_QSTRnull && place.module != MP_QSTRnull) {
        return MP_OBJ_NEW_QSTR(place.module);
    }
    return MP_OBJ_NEW_QSTR(MP_QSTR_builtins);
}
