// "Did you mean: 'count'?" (patch 0217): CPython 3.10+ ends the printed
// line of an uncaught NameError or AttributeError with the nearest name that
// exists, when one is near enough. MicroPython keeps neither the object nor
// the namespace on the exception, so where they are raised (runtime.c),
// pywasm_raise_noting() keeps the last one's exception, namespace (globals
// dict) or object, and name in root pointers, and the printer (traceback.c)
// suggests only for that very exception. It also keeps the running
// function: for a NameError its local names (CPython 3.11's co_varnames)
// are the first candidates where the compiler kept them (patch 0222: not in
// frozen or .mpy code).
// As in 3.11, the traceback module does not suggest.
#include "py/bc.h"
#include "py/builtin.h"
#include "py/objfun.h"
#include "py/objexcept.h"
#include "py/runtime.h"
#include "py/unicode.h"

MP_REGISTER_ROOT_POINTER(mp_obj_t pywasm_noted_name_error[4]);

mp_obj_t pywasm_local_varnames(const mp_obj_fun_bc_t *fun);  // frames.c

NORETURN void pywasm_raise_noting(mp_obj_t exc, mp_obj_t where, qstr name) {
    mp_obj_t *noted = MP_STATE_VM(pywasm_noted_name_error);
    noted[0] = exc;
    noted[1] = where;
    noted[2] = MP_OBJ_NEW_QSTR(name);
    const mp_code_state_t *running = MP_STATE_THREAD(current_code_state);
    noted[3] = running == NULL ? MP_OBJ_NULL : MP_OBJ_FROM_PTR(running->fun_bc);
    nlr_raise(exc);
}

// The object whose attribute lookup raised exc, if exc is the error noted
// last (AttributeError.obj, port/exceptions.c), else MP_OBJ_NULL.
mp_obj_t pywasm_noted_object(mp_obj_t exc) {
    mp_obj_t *noted = MP_STATE_VM(pywasm_noted_name_error);
    return noted[0] == exc && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_AttributeError)) ? noted[1] : MP_OBJ_NULL;
}

#define SUGGEST_MOVE_COST 2
#define SUGGEST_MAX_LEN 40
#define SUGGEST_MAX_CANDIDATES 750

// Substituting b for a: free, 1 for a change of case, else a move.
static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) {
        return SUGGEST_MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    a = unichar_tolower(a);
    b = unichar_tolower(b);
    return a == b ? 1 : SUGGEST_MOVE_COST;
}

// The edit distance between a and b (bytes) with CPython's costs, or
// max_cost + 1 once it must exceed max_cost. One row of the matrix.
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na > 0 && nb > 0 && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * SUGGEST_MOVE_COST;
    }
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) {
        return max_cost + 1;
    }
    if (nb < na) {
        const char *t = a;
        a = b, b = t;
        size_t n = na;
        na = nb, nb = n;
    }
    if ((nb - na) * SUGGEST_MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    size_t row[SUGGEST_MAX_LEN];
    for (size_t i = 0; i < na; i++) {
        row[i] = (i + 1) * SUGGEST_MOVE_COST;
    }
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diagonal = j * SUGGEST_MOVE_COST;
        size_t left = diagonal;
        size_t minimum = (size_t)-1;
        result = left;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diagonal + substitution_cost(b[j], a[i]);
            diagonal = row[i];
            size_t move = MIN(result, diagonal) + SUGGEST_MOVE_COST;
            result = MIN(move, substitute);
            row[i] = result;
            minimum = MIN(minimum, result);
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

// The nearest of a list of names to name (CPython's rule: at most a third
// of the characters changed; the first of equals), else MP_OBJ_NULL.
static mp_obj_t nearest_name(mp_obj_t name, mp_obj_t list) {
    size_t n;
    mp_obj_t *names;
    mp_obj_get_array(list, &n, &names);
    if (n >= SUGGEST_MAX_CANDIDATES) {
        return MP_OBJ_NULL;
    }
    mp_obj_t best = MP_OBJ_NULL;
    size_t best_cost = (size_t)-1;
    size_t len;
    const char *str = mp_obj_str_get_data(name, &len);
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_str(names[i]) || mp_obj_equal(names[i], name)) {
            continue;
        }
        size_t item_len;
        const char *item = mp_obj_str_get_data(names[i], &item_len);
        size_t max_cost = (len + item_len + 3) * SUGGEST_MOVE_COST / 6;
        if (best_cost - 1 < max_cost) {
            max_cost = best_cost - 1;
        }
        size_t cost = edit_distance(str, len, item, item_len, max_cost);
        if (cost <= max_cost && (best == MP_OBJ_NULL || cost < best_cost)) {
            best = names[i];
            best_cost = cost;
        }
    }
    return best;
}

// list with the keys of map added; list.
static mp_obj_t add_keys(mp_obj_t list, const mp_map_t *map) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            mp_obj_list_append(list, map->table[i].key);
        }
    }
    return list;
}

// The name to suggest for exc, if it is the NameError or AttributeError
// noted last and a near name exists: for a NameError the function's local
// names first, then the globals, then the builtins; for an AttributeError
// what dir() of the object lists.
// The printer (traceback.c) ends the exception's line with it.
mp_obj_t pywasm_name_suggestion(mp_obj_t exc) {
    mp_obj_t *noted = MP_STATE_VM(pywasm_noted_name_error);
    if (exc != noted[0] || noted[1] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_NameError))) {
        return nearest_name(noted[2], mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_dir_obj), noted[1]));
    }
    mp_obj_t varnames = noted[3] == MP_OBJ_NULL ? MP_OBJ_NULL : pywasm_local_varnames(MP_OBJ_TO_PTR(noted[3]));
    mp_obj_t best = varnames == MP_OBJ_NULL ? MP_OBJ_NULL : nearest_name(noted[2], varnames);
    if (best == MP_OBJ_NULL) {
        best = nearest_name(noted[2], add_keys(mp_obj_new_list(0, NULL), mp_obj_dict_get_map(noted[1])));
    }
    if (best == MP_OBJ_NULL) {
        mp_obj_t builtins = add_keys(mp_obj_new_list(0, NULL), &mp_module_builtins_globals.map);
        #if MICROPY_CAN_OVERRIDE_BUILTINS
        if (MP_STATE_VM(mp_module_builtins_override_dict) != NULL) {
            add_keys(builtins, &MP_STATE_VM(mp_module_builtins_override_dict)->map);
        }
        #endif
        // CPython's builtins module also holds these three (made at run
        // time: as qstrs here they would clash with the frozen modules' own)
        mp_obj_list_append(builtins, mp_obj_new_str("None", 4));
        mp_obj_list_append(builtins, mp_obj_new_str("False", 5));
        mp_obj_list_append(builtins, mp_obj_new_str("True", 4));
        best = nearest_name(noted[2], builtins);
    }
    return best;
}
