#include <stddef.h>
void pywasm_heap_init(size_t initial, size_t limit);
