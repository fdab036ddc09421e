// Imports from the host's `pywasm` module (docs/module-interface.md).
#include <stdint.h>

__attribute__((import_module("pywasm"), import_name("host_call")))
int32_t pywasm_host_call(const char *request, int32_t request_len);

__attribute__((import_module("pywasm"), import_name("host_result")))
int32_t pywasm_host_result(char *buf, int32_t buf_len);

__attribute__((import_module("pywasm"), import_name("poll")))
int32_t pywasm_host_poll(void);

void pywasm_stdout_flush_if_stale(void);
