// The GC heap and root scanning.
//
// The heap starts at a small area and grows in further areas from malloc (so
// wasm memory grows only as a script needs it) until the -X heapsize limit.
//
// Roots: wasm keeps locals out of linear memory, where the GC cannot see them.
// The build's spill pass (crates/pywasm-spill) stores every pointer-sized
// local a call must preserve to the C shadow stack before the calls that can
// reach gc_collect, so scanning the shadow stack from here to its top finds
// every live object.
#include <stdlib.h>

#include "py/gc.h"
#include "py/mpstate.h"
#include "py/runtime.h"
#include "heap.h"

static size_t heap_limit;

void pywasm_heap_init(size_t initial, size_t limit) {
    heap_limit = limit;
    if (initial > limit) {
        initial = limit;
    }
    char *area = malloc(initial);
    if (area == NULL) {
        abort();
    }
    gc_init(area, area + initial);
}

// How much more the GC may add as a new area (py/gc.c asks before growing).
size_t gc_get_max_new_split(void) {
    size_t total = 0;
    for (mp_state_mem_area_t *area = &MP_STATE_MEM(area); area != NULL; area = area->next) {
        total += area->gc_pool_end - area->gc_alloc_table_start + sizeof(mp_state_mem_area_t);
    }
    return total >= heap_limit ? 0 : heap_limit - total;
}

void gc_collect(void) {
    gc_collect_start();
    volatile uintptr_t marker = 0;
    uintptr_t sp = (uintptr_t)&marker;
    uintptr_t top = (uintptr_t)MP_STATE_THREAD(stack_top);
    gc_collect_root((void **)sp, (top - sp) / sizeof(uintptr_t));
    gc_collect_end();
}
