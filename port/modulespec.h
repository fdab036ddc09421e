// A module's __spec__ and __package__, stored by the import system
// (modulespec.c, patch 0263).
#ifndef PYWASM_MODULESPEC_H
#define PYWASM_MODULESPEC_H
#include "py/obj.h"

// From the module's __name__, __file__ and __path__, before its code runs.
void pywasm_module_spec_store(mp_obj_dict_t *globals);

#endif
