// Float formatting and rounding as CPython does them: correctly rounded, half
// to even on the double's exact value (port/floatdecimal.c).
//
// MicroPython's formatter (py/formatfloat.c) works in floating point, so
// '%.0f' % 2.5 gave '3', '{:.2f}'.format(0.125) '0.13' (CPython: '2',
// '0.12'), and round(2.675, 2) 2.68 (2.675 is really 2.67499999...; CPython
// 2.67). Here the digits are rounded on the double's exact decimal
// expansion. The Makefile points MicroPython's float printing (mpprint.o,
// objfloat.o) here; patch 0016 points round() here.
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "py/runtime.h"
#include "floatdecimal.h"

int mp_format_float(double f, char *buf, size_t buf_size, char fmt, int prec, char sign);
int pywasm_float_repr_text(double x, char *buf, size_t size, char sign); // py/objfloat.c

#define MAX_DIGITS PYWASM_MAX_DIGITS
#define exact_digits pywasm_exact_decimal

// Keeps the first `keep` digits, rounding half to even on the exact digits;
// returns the new count (0: the value rounded to zero). A carry out of the
// first digit gives "1" and moves the point.
static size_t round_digits(char *d, size_t nd, int *point, int keep) {
    if (keep >= (int)nd) {
        return nd;
    }
    if (keep < 0) {
        return 0;
    }
    bool up;
    if (d[keep] != '5') {
        up = d[keep] > '5';
    } else {
        up = false;
        for (size_t i = keep + 1; i < nd; i++) {
            up |= d[i] != '0';
        }
        if (!up) {
            up = keep > 0 && ((d[keep - 1] - '0') & 1);  // a tie: to even
        }
    }
    nd = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && d[i] == '9') {
            i--;
        }
        if (i < 0) {
            d[0] = '1';
            *point += 1;
            return 1;
        }
        d[i]++;
        nd = i + 1;
    }
    while (nd > 0 && d[nd - 1] == '0') {
        nd--;
    }
    return nd;
}

static char digit_at(const char *d, size_t nd, int i) {
    return i >= 0 && i < (int)nd ? d[i] : '0';
}

typedef struct {
    char *buf;
    size_t size, len;
} out_t;

static void put(out_t *o, char c) {
    if (o->len + 1 < o->size) {
        o->buf[o->len] = c;
    }
    o->len++;
}

// A precision of -1 writes the point and no digits after it (the '#' form).
static void put_fixed(out_t *o, const char *d, size_t nd, int point, int prec) {
    if (point <= 0) {
        put(o, '0');
    }
    for (int i = 0; i < point; i++) {
        put(o, digit_at(d, nd, i));
    }
    if (prec) {
        put(o, '.');
        for (int i = 0; i < prec; i++) {
            put(o, digit_at(d, nd, point + i));
        }
    }
}

static void put_exp(out_t *o, const char *d, size_t nd, int point, int prec, char e) {
    put(o, digit_at(d, nd, 0));
    if (prec) {
        put(o, '.');
        for (int i = 1; i <= prec; i++) {
            put(o, digit_at(d, nd, i));
        }
    }
    int x = nd ? point - 1 : 0;
    put(o, e);
    put(o, x < 0 ? '-' : '+');
    x = abs(x);
    if (x >= 100) {
        put(o, '0' + x / 100);
    }
    put(o, '0' + x / 10 % 10);
    put(o, '0' + x % 10);
}

// MicroPython's mp_format_float, correctly rounded: fmt is e/f/g (or upper
// case, or 'z': see below, or 'r', repr), prec < 0 means 6, sign is '+', ' '
// or 0 for a non-negative value.
// Output that does not fit buf falls back to MicroPython's formatter (which
// switches a huge '%f' to exponent notation). alt is the '#' form: a point
// even with no digits after it ('3.', '3.e+00', repr's '1.e+16'), and 'g'
// keeps its trailing zeros ('3.50000'); py/mpprint.c passes it (patches
// 0123, 0142).
int pywasm_format_float_alt(double f, char *buf, size_t buf_size, char fmt, int prec, char sign, bool alt) {
    if (fmt == 'r') {
        int len = pywasm_float_repr_text(f, buf, buf_size, sign);
        char *e = alt ? memchr(buf, 'e', len) : NULL;
        if (e && !memchr(buf, '.', e - buf) && (size_t)len + 1 < buf_size) {
            memmove(e + 1, e, buf + len - e);
            *e = '.';
            buf[++len] = '\0';
        }
        return len;
    }
    char lower = fmt | 0x20;
    if (lower != 'e' && lower != 'f' && lower != 'g' && fmt != 'z') {
        return mp_format_float(f, buf, buf_size, fmt, prec, sign);
    }
    bool upper = fmt != lower;
    double orig = f;
    out_t o = { buf, buf_size, 0 };
    if (signbit(f) && !isnan(f)) {
        put(&o, '-');
        f = -f;
    } else if (sign) {
        put(&o, sign);
    }
    if (!isfinite(f)) {
        const char *s = isnan(f) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        while (*s) {
            put(&o, *s++);
        }
    } else {
        if (prec < 0) {
            prec = 6;
        }
        char d[MAX_DIGITS];
        int point = 1;
        size_t nd = 0;
        if (f != 0) {
            nd = exact_digits(f, d, &point);
        }
        char e = upper ? 'E' : 'e';
        if (lower == 'f') {
            nd = round_digits(d, nd, &point, point + prec);
            put_fixed(&o, d, nd, point, prec ? prec : -alt);
        } else if (lower == 'e') {
            nd = round_digits(d, nd, &point, prec + 1);
            put_exp(&o, d, nd, point, prec ? prec : -alt, e);
        } else {
            // 'g': exponent notation when the exponent is < -4 or >= the
            // precision, and no trailing zeros, as CPython. 'z' is a spec
            // with a precision and no type ('{:.3}'): as 'g', but fixed
            // notation keeps a digit after the point (12.0, not 12), and an
            // exponent of precision - 1 is already written as one (1.23e+02).
            int dot0 = fmt == 'z';
            if (prec == 0) {
                prec = 1;
            }
            nd = round_digits(d, nd, &point, prec);
            int x = nd ? point - 1 : 0;
            if (x >= -4 && x < prec - dot0) {
                int fprec = prec - 1 - x;
                int shown = (int)nd > point ? (int)nd - point : 0;
                put_fixed(&o, d, nd, nd ? point : 1, alt ? (fprec ? fprec : -1) : shown < fprec ? shown : fprec);
                if (dot0 && !alt && (shown == 0 || fprec == 0)) {
                    put(&o, '.');
                    put(&o, '0');
                }
            } else {
                put_exp(&o, d, nd, point, alt ? (prec > 1 ? prec - 1 : -1) : nd > 1 ? (int)nd - 1 : 0, e);
            }
        }
    }
    if (o.len + 1 > buf_size) {
        return mp_format_float(orig, buf, buf_size, fmt, prec, sign);
    }
    buf[o.len] = '\0';
    return o.len;
}

int pywasm_format_float(double f, char *buf, size_t buf_size, char fmt, int prec, char sign) {
    return pywasm_format_float_alt(f, buf, buf_size, fmt, prec, sign, false);
}

// The 'z' option of a format spec (patch 0142): whether f is negative and
// prints as zero in this format, so that it prints as positive zero: only
// '%f' rounds a non-zero value to zero, the others keep a digit.
bool pywasm_float_negative_zero(double f, char fmt, int prec) {
    if (!signbit(f) || isnan(f)) {
        return false;
    }
    if (f == 0) {
        return true;
    }
    if ((fmt | 0x20) != 'f' || isinf(f)) {
        return false;
    }
    char d[MAX_DIGITS];
    int point;
    size_t nd = exact_digits(-f, d, &point);
    return round_digits(d, nd, &point, point + (prec < 0 ? 6 : prec)) == 0;
}


// round(x, ndigits) for a float: the double nearest to x rounded to ndigits
// decimal places, half to even on x's exact value (patch 0016).
double pywasm_float_round(double x, mp_int_t ndigits) {
    if (!isfinite(x) || x == 0 || ndigits > 400) {
        return x;
    }
    if (ndigits < -400) {
        return copysign(0.0, x);
    }
    char d[MAX_DIGITS];
    int point;
    size_t nd = exact_digits(fabs(x), d, &point);
    nd = round_digits(d, nd, &point, point + (int)ndigits);
    if (nd == 0) {
        return copysign(0.0, x);
    }
    return copysign(pywasm_decimal_to_double(d, nd, point), x);
}
