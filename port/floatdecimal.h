// Exact conversions between doubles and decimal text (floatdecimal.c). A
// decimal is digits d[0..nd) with no leading or trailing zero, standing for
// 0.d0d1d2... * 10^point.
#ifndef PYWASM_FLOATDECIMAL_H
#define PYWASM_FLOATDECIMAL_H
#include <stddef.h>

// The most digits a double's exact expansion (or a boundary's) takes.
#define PYWASM_MAX_DIGITS (800)

// x > 0 finite, exactly: into d (PYWASM_MAX_DIGITS), returns nd.
size_t pywasm_exact_decimal(double x, char *d, int *point);
// The shortest decimal that reads back as x > 0, the nearest to x of those
// (CPython's repr): into d (24 bytes), returns nd.
size_t pywasm_shortest_decimal(double x, char *d, int *point);
// The double nearest to the decimal (nd > 0), ties to even.
double pywasm_decimal_to_double(const char *d, size_t nd, int point);
// The same from text: digits with at most one '.', '_' between digits, an
// optional exponent 'e[+-]digits'; no sign, no spaces.
double pywasm_parse_decimal(const char *s, const char *end);
// repr() of a finite float into buf (32 bytes); returns the length.
size_t pywasm_float_repr_chars(double x, char *buf);

#endif
