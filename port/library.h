// The library beside the module: where the engines mount it, and the import
// lookups and loads that library.c answers for it.
#ifndef PYWASM_LIBRARY_H
#define PYWASM_LIBRARY_H

#include "py/builtin.h"
#include "py/reader.h"

// The guest path of dist/pylib (scripts/build-pylib.py), read-only, the
// last entry of sys.path.
#define PYWASM_LIBRARY_DIR "/usr/lib/pywasm"

// sys.executable: no file, a name the hosts' process.run recognises and
// runs as a child pywasm (npm/pywasm/lib/module.js has the same path).
#define PYWASM_EXECUTABLE PYWASM_LIBRARY_DIR "/bin/python3"

mp_import_stat_t pywasm_import_stat(const char *path);
const char *pywasm_library_first(qstr mod_name);
void pywasm_reader_new_file(mp_reader_t *reader, qstr filename);

#endif
