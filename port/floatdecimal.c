// Exact conversions between doubles and decimal text, in plain C (no
// MicroPython headers): linked into the interpreter module, into mpy-cross
// (which writes a float constant into a .mpy as its repr and the module
// reads it back) and into the native unix baseline, so all three read and
// write floats as CPython does.
//
// A double m * 2^e is expanded exactly into decimal digits (an integer D
// with value D * 10^-k: m * 2^e for e >= 0, m * 5^k for e = -k). Reading
// compares a decimal with the exact boundaries between doubles; writing
// picks the shortest decimal between the boundaries around a double.
// libc's strtod is exact too, but works in 128-bit soft float: ~16 KB of
// wasm, against ~3 KB for this file.
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "floatdecimal.h"

// Exact decimals of m * 2^e2 (m > 0, below 2^56): digits d[0..n) with no
// leading or trailing zero, the value = 0.d0d1d2... * 10^point. 2^1024 has
// 309 digits and 2^55 * 5^1076 (a rounding boundary of the smallest
// subnormal, 2^-1075, scaled) 769.
#define MAX_DIGITS PYWASM_MAX_DIGITS
#define LIMBS (MAX_DIGITS / 9 + 2)

static size_t exact_decimal(uint64_t m, int e2, char *d, int *point) {
    while (!(m & 1)) {
        m >>= 1;
        e2++;
    }
    // D in base 10^9 limbs, least significant first
    uint32_t limb[LIMBS];
    size_t n = 0;
    for (; m; m /= 1000000000) {
        limb[n++] = m % 1000000000;
    }
    int k = e2 < 0 ? -e2 : 0;
    int todo = e2 < 0 ? -e2 : e2;
    while (todo > 0) {
        // multiply by 5^13 or 2^29 at a time (a limb times either fits 64 bits)
        int step = e2 < 0 ? (todo < 13 ? todo : 13) : (todo < 29 ? todo : 29);
        uint64_t mul = 1;
        for (int i = 0; i < step; i++) {
            mul *= e2 < 0 ? 5 : 2;
        }
        uint64_t carry = 0;
        for (size_t i = 0; i < n; i++) {
            uint64_t v = limb[i] * mul + carry;
            limb[i] = v % 1000000000;
            carry = v / 1000000000;
        }
        while (carry) {
            limb[n++] = carry % 1000000000;
            carry /= 1000000000;
        }
        todo -= step;
    }
    size_t nd = 0;
    for (size_t i = n; i-- > 0;) {
        char tmp[9];
        uint32_t v = limb[i];
        for (int j = 8; j >= 0; j--) {
            tmp[j] = '0' + v % 10;
            v /= 10;
        }
        for (int j = 0; j < 9; j++) {
            if (nd || tmp[j] != '0') {
                d[nd++] = tmp[j];
            }
        }
    }
    *point = (int)nd - k;
    while (nd > 1 && d[nd - 1] == '0') {
        nd--;
    }
    return nd;
}

// A finite x > 0 as m * 2^e2 with e2 >= -1074 (the subnormals' exponent), so
// that x's neighbours are (m +- 1) * 2^e2 (m - 1/2 below a power of two).
static void decompose(double x, uint64_t *m, int *e2) {
    int e;
    double fr = frexp(x, &e);
    *m = (uint64_t)ldexp(fr, 53);
    *e2 = e - 53;
    if (*e2 < -1074) {
        *m >>= -1074 - *e2;
        *e2 = -1074;
    }
}

// The boundaries of the doubles that round to x = m * 2^e2: halfway to each
// neighbour. Below a normal power of two the neighbour is half as far.
static size_t upper_boundary(uint64_t m, int e2, char *d, int *point) {
    return exact_decimal(2 * m + 1, e2 - 1, d, point);
}

static size_t lower_boundary(uint64_t m, int e2, char *d, int *point) {
    if (m == (uint64_t)1 << 52 && e2 > -1074) {
        return exact_decimal(4 * m - 1, e2 - 2, d, point);
    }
    return exact_decimal(2 * m - 1, e2 - 1, d, point);
}

// Compares two decimals in exact_decimal's form.
static int compare_decimal(const char *a, size_t na, int pa, const char *b, size_t nb, int pb) {
    if (pa != pb) {
        return pa < pb ? -1 : 1;
    }
    for (size_t i = 0; i < na || i < nb; i++) {
        char ca = i < na ? a[i] : '0';
        char cb = i < nb ? b[i] : '0';
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
    }
    return 0;
}


size_t pywasm_exact_decimal(double x, char *d, int *point) {
    uint64_t m;
    int e2;
    decompose(x, &m, &e2);
    return exact_decimal(m, e2, d, point);
}

// Reading: the double nearest to a decimal, ties to even, as CPython's
// float() and literals (MicroPython's sum of digits times a power of ten can
// be an ulp off: float('1e23')). An estimate is corrected by comparing the
// decimal with the exact boundaries of the doubles around it.

static const double exact_powers_of_ten[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

double pywasm_decimal_to_double(const char *d, size_t nd, int point) {
    if (point > 310) {
        return INFINITY;
    }
    if (point < -324) {
        return 0;  // below half the smallest subnormal
    }
    // at most 19 digits fit an integer; a double holds 15 exactly, and so
    // does a power of ten up to 1e22: then one division or product is one
    // correct rounding (Clinger's fast path)
    size_t nt = nd < 19 ? nd : 19;
    uint64_t top = 0;
    for (size_t i = 0; i < nt; i++) {
        top = top * 10 + (d[i] - '0');
    }
    int k = point - (int)nt;
    if (nd <= 15 && k >= -22 && k <= 22) {
        return k < 0 ? (double)top / exact_powers_of_ten[-k] : (double)top * exact_powers_of_ten[k];
    }
    // within a few ulps; 10^k in two halves so that neither overflows
    double x = (double)top * pow(10, k / 2) * pow(10, k - k / 2);
    if (isinf(x)) {
        x = DBL_MAX;
    } else if (x == 0) {
        x = 4.9406564584124654e-324;
    }
    char b[MAX_DIGITS];
    int pb;
    for (int tries = 0; tries < 100; tries++) {
        uint64_t m;
        int e2;
        decompose(x, &m, &e2);
        size_t nb = upper_boundary(m, e2, b, &pb);
        int c = compare_decimal(d, nd, point, b, nb, pb);
        if (c > 0 || (c == 0 && (m & 1))) {
            if (x == DBL_MAX) {
                return INFINITY;
            }
            x = nextafter(x, INFINITY);
            continue;
        }
        nb = lower_boundary(m, e2, b, &pb);
        c = compare_decimal(d, nd, point, b, nb, pb);
        if (c < 0 || (c == 0 && (m & 1))) {
            x = nextafter(x, 0);
            if (x == 0) {
                return 0;
            }
            continue;
        }
        break;
    }
    return x;
}

// The text of a decimal number as MicroPython's parser accepted it: digits
// with at most one '.', '_' between them, an optional exponent; no sign.
double pywasm_parse_decimal(const char *s, const char *end) {
    char d[MAX_DIGITS + 1];
    size_t nd = 0;
    int point = 0;
    bool frac = false, sticky = false;
    for (; s < end && (*s | 0x20) != 'e'; s++) {
        if (*s == '.') {
            frac = true;
        } else if (*s >= '0' && *s <= '9') {
            if (nd == 0 && *s == '0') {
                point -= frac;  // a leading zero: only moves the point
            } else if (nd < MAX_DIGITS) {
                d[nd++] = *s;
                point += !frac;
            } else {
                // digits past any boundary's length only matter as not zero
                sticky |= *s != '0';
                point += !frac;
            }
        }
    }
    if (s < end) {
        s++;  // the 'e'
        bool neg = s < end && *s == '-';
        s += s < end && (*s == '-' || *s == '+');
        int exp = 0;
        for (; s < end; s++) {
            if (*s >= '0' && *s <= '9' && exp < 100000) {
                exp = exp * 10 + (*s - '0');
            }
        }
        point += neg ? -exp : exp;
    }
    if (sticky) {
        d[nd++] = '1';
    }
    while (nd > 0 && d[nd - 1] == '0') {
        nd--;
    }
    return nd == 0 ? 0 : pywasm_decimal_to_double(d, nd, point);
}

// Writing: repr(x) is the shortest decimal that reads back as x, and of those
// the nearest to x (CPython's). For each length from 1 digit: the decimals
// of that length just below and above x's exact value, checked against the
// boundaries of the doubles that round to x (boundaries included when x's
// m is even: a tie reads back to the even one).
size_t pywasm_shortest_decimal(double x, char *out, int *out_point) {
    uint64_t m;
    int e2;
    decompose(x, &m, &e2);
    char xd[MAX_DIGITS], lo[MAX_DIGITS], hi[MAX_DIGITS];
    int px, pl, ph;
    size_t nx = exact_decimal(m, e2, xd, &px);
    size_t nl = lower_boundary(m, e2, lo, &pl);
    size_t nh = upper_boundary(m, e2, hi, &ph);
    int inside = (m & 1) ? 1 : 0;  // how far past a boundary a candidate must be
    for (int len = 1;; len++) {
        // below: x's first len digits; above: that plus one in the last place
        char below[24], above[24];
        size_t nb = (size_t)len < nx ? (size_t)len : nx;
        memcpy(below, xd, nb);
        if (nb == nx) {
            memcpy(out, xd, nx);  // x itself has len digits
            *out_point = px;
            return nx;
        }
        memcpy(above, xd, nb);
        int pa = px, i = len - 1;
        while (i >= 0 && above[i] == '9') {
            i--;
        }
        size_t na;
        if (i < 0) {
            above[0] = '1';
            na = 1;
            pa++;
        } else {
            above[i]++;
            na = i + 1;
        }
        while (nb > 1 && below[nb - 1] == '0') {
            nb--;
        }
        bool below_ok = compare_decimal(below, nb, px, lo, nl, pl) >= inside;
        bool above_ok = compare_decimal(above, na, pa, hi, nh, ph) <= -inside;
        if (below_ok && above_ok) {
            // both read back: the nearer, by the digits after the cut
            char next = xd[len];
            bool rest = false;
            for (size_t j = len + 1; j < nx; j++) {
                rest |= xd[j] != '0';
            }
            above_ok = next > '5' || (next == '5' && (rest || ((below[len - 1] - '0') & 1)));
            below_ok = !above_ok;
        }
        if (below_ok || above_ok) {
            const char *src = below_ok ? below : above;
            size_t n = below_ok ? nb : na;
            memcpy(out, src, n);
            *out_point = below_ok ? px : pa;
            return n;
        }
    }
}

// repr() of a finite float into buf (32 bytes), in CPython's layout: fixed
// notation for decimal exponents -4..15, else d.ddde+XX. Returns the length.
size_t pywasm_float_repr_chars(double x, char *buf) {
    char d[24];
    int point = 1;
    size_t nd = 1;
    d[0] = '0';
    if (x != 0) {
        nd = pywasm_shortest_decimal(fabs(x), d, &point);
    }
    char *o = buf;
    if (signbit(x)) {
        *o++ = '-';
    }
    int exp10 = point - 1;
    if (exp10 >= -4 && exp10 < 16) {
        for (int i = point > 0 ? 0 : point - 1; i < (int)nd || i < point + 1; i++) {
            if (i == point) {
                *o++ = '.';
            }
            *o++ = i >= 0 && i < (int)nd ? d[i] : '0';
        }
    } else {
        *o++ = d[0];
        if (nd > 1) {
            *o++ = '.';
            memcpy(o, d + 1, nd - 1);
            o += nd - 1;
        }
        *o++ = 'e';
        *o++ = exp10 < 0 ? '-' : '+';
        int e = exp10 < 0 ? -exp10 : exp10;
        if (e >= 100) {
            *o++ = '0' + e / 100;
        }
        *o++ = '0' + e / 10 % 10;
        *o++ = '0' + e % 10;
    }
    return o - buf;
}
