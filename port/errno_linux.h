// Force-included into MicroPython files that read the C library's errno
// (see errors.c): from here on, `errno` reads as Linux's number.
#include <errno.h>
int pywasm_linux_errno(void);
#undef errno
#define errno (pywasm_linux_errno())
