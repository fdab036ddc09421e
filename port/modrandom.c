// _pywasm_random: the MT19937 generator under the frozen random module, in C.
//
// random.py keeps CPython's algorithms and sequences (seeding, randrange,
// choice, shuffle, the distributions); this is only its core: the 624-word
// state, the twist, 32-bit outputs, random(), getrandbits(k) and the
// rejection loop of _randbelow(n). In Python every word above 2**30 was a
// big integer, so one randrange() cost ~15 us on the wasm engine; here it
// costs a call. The algorithms are the reference ones (Matsumoto and
// Nishimura's mt19937ar.c, as CPython's _randommodule.c uses them).
#include <string.h>

#include "py/objint.h"
#include "py/runtime.h"

#define MT_N 624
#define MT_M 397

typedef struct {
    mp_obj_base_t base;
    uint32_t index;         // next word of mt to use; MT_N: twist first
    uint32_t mt[MT_N];
} mt_obj_t;

static const mp_obj_type_t mt_type;

static uint32_t mt_next(mt_obj_t *self) {
    uint32_t *mt = self->mt;
    if (self->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + MT_M] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        }
        for (; k < MT_N - 1; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
        self->index = 0;
    }
    uint32_t y = mt[self->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

static mt_obj_t *mt_alloc(void) {
    mt_obj_t *self = mp_obj_malloc(mt_obj_t, &mt_type);
    self->index = MT_N;
    return self;
}

static void mt_init_genrand(mt_obj_t *self, uint32_t s) {
    uint32_t *mt = self->mt;
    mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    }
    self->index = MT_N;
}

// from_key(words): init_by_array, as CPython's seed(int) (words: the
// integer's 32-bit digits, least significant first; at least one)
static mp_obj_t mt_from_key(mp_obj_t key_in) {
    size_t len;
    mp_obj_t *key;
    mp_obj_get_array(key_in, &len, &key);
    if (len == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("empty key"));
    }
    mt_obj_t *self = mt_alloc();
    uint32_t *mt = self->mt;
    mt_init_genrand(self, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        uint32_t kj = (uint32_t)mp_obj_get_int_truncated(key[j]);
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + kj + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mt_from_key_obj, mt_from_key);

// from_bytes(b): 624 little-endian words as the state (an unseeded
// generator's state straight from os.urandom); the first word's top bit is
// set, so the state is never all zero
static mp_obj_t mt_from_bytes(mp_obj_t data_in) {
    mp_buffer_info_t buf;
    mp_get_buffer_raise(data_in, &buf, MP_BUFFER_READ);
    if (buf.len != 4 * MT_N) {
        mp_raise_ValueError(MP_ERROR_TEXT("state must be 2496 bytes"));
    }
    mt_obj_t *self = mt_alloc();
    const byte *p = buf.buf;
    for (size_t i = 0; i < MT_N; i++, p += 4) {
        self->mt[i] = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    }
    self->mt[0] |= 0x80000000u;
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mt_from_bytes_obj, mt_from_bytes);

// from_state(s): the 625 integers of getstate() (624 words and the index)
static mp_obj_t mt_from_state(mp_obj_t state_in) {
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(state_in, &len, &items);
    if (len != MT_N + 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("state vector is the wrong size"));
    }
    mp_int_t index = mp_obj_get_int(items[MT_N]);
    if (index < 0 || index > MT_N) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid state"));
    }
    mt_obj_t *self = mt_alloc();
    for (size_t i = 0; i < MT_N; i++) {
        self->mt[i] = (uint32_t)mp_obj_get_int_truncated(items[i]);
    }
    self->index = index;
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mt_from_state_obj, mt_from_state);

static mp_obj_t mt_getstate(mp_obj_t self_in) {
    mt_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(MT_N + 1, NULL));
    for (size_t i = 0; i < MT_N; i++) {
        t->items[i] = mp_obj_new_int_from_uint(self->mt[i]);
    }
    t->items[MT_N] = MP_OBJ_NEW_SMALL_INT(self->index);
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mt_getstate_obj, mt_getstate);

// random(): 53 random bits as a float in [0, 1)
static mp_obj_t mt_random(mp_obj_t self_in) {
    mt_obj_t *self = MP_OBJ_TO_PTR(self_in);
    uint32_t a = mt_next(self) >> 5, b = mt_next(self) >> 6;
    return mp_obj_new_float(((mp_float_t)a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}
static MP_DEFINE_CONST_FUN_OBJ_1(mt_random_obj, mt_random);

static mp_obj_t mt_bits(mt_obj_t *self, mp_uint_t k) {
    if (k == 0) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (k <= 32) {
        return mp_obj_new_int_from_uint(mt_next(self) >> (32 - k));
    }
    // words from the least significant up, the last one shifted down to what
    // is left (CPython's order)
    size_t words = (k + 31) / 32;
    byte *buf = m_new(byte, words * 4);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = mt_next(self);
        if (k < 32) {
            r >>= 32 - k;
        }
        buf[4 * i] = r;
        buf[4 * i + 1] = r >> 8;
        buf[4 * i + 2] = r >> 16;
        buf[4 * i + 3] = r >> 24;
    }
    mp_obj_t result = mp_obj_int_from_bytes_impl(false, words * 4, buf);
    m_del(byte, buf, words * 4);
    return result;
}

static mp_obj_t mt_getrandbits(mp_obj_t self_in, mp_obj_t k_in) {
    mp_int_t k = mp_obj_get_int(k_in);
    if (k < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("number of bits must be non-negative"));
    }
    return mt_bits(MP_OBJ_TO_PTR(self_in), k);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mt_getrandbits_obj, mt_getrandbits);

// randbelow(n): getrandbits(n.bit_length()) until it is below n, for n > 0
// (the caller checks); small n in C, bigger ones through integer objects
static mp_obj_t mt_randbelow(mp_obj_t self_in, mp_obj_t n_in) {
    mt_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_small_int(n_in) && MP_OBJ_SMALL_INT_VALUE(n_in) > 0) {
        uint32_t n = MP_OBJ_SMALL_INT_VALUE(n_in);
        int k = 32 - __builtin_clz(n);
        uint32_t r;
        do {
            r = mt_next(self) >> (32 - k);
        } while (r >= n);
        return MP_OBJ_NEW_SMALL_INT(r);
    }
    // A bool or an int subclass is made a plain int first (shifting by 0
    // does that): int's own operators do not take a subclass's instances.
    mp_obj_t m = mp_obj_is_exact_type(n_in, &mp_type_int)
        ? n_in : mp_binary_op(MP_BINARY_OP_RSHIFT, n_in, MP_OBJ_NEW_SMALL_INT(0));
    if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE, m, MP_OBJ_NEW_SMALL_INT(0)))) {
        mp_raise_ValueError(MP_ERROR_TEXT("empty range"));
    }
    // k = m.bit_length(), from a big int's digits
    mp_uint_t k = 0;
    if (mp_obj_is_small_int(m)) {
        for (mp_int_t v = MP_OBJ_SMALL_INT_VALUE(m); v; v >>= 1) {
            k++;
        }
    } else {
        const mp_obj_int_t *big = MP_OBJ_TO_PTR(m);
        k = (big->mpz.len - 1) * MPZ_DIG_SIZE;
        for (mpz_dig_t top = big->mpz.dig[big->mpz.len - 1]; top; top >>= 1) {
            k++;
        }
    }
    mp_obj_t r;
    do {
        r = mt_bits(self, k);
    } while (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE_EQUAL, r, m)));
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_2(mt_randbelow_obj, mt_randbelow);

static const mp_rom_map_elem_t mt_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&mt_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&mt_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_randbelow), MP_ROM_PTR(&mt_randbelow_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&mt_getstate_obj) },
};
static MP_DEFINE_CONST_DICT(mt_locals, mt_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(mt_type, MP_QSTR_MT19937, MP_TYPE_FLAG_NONE,
    locals_dict, &mt_locals);

static const mp_rom_map_elem_t random_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm_random) },
    { MP_ROM_QSTR(MP_QSTR_from_key), MP_ROM_PTR(&mt_from_key_obj) },
    { MP_ROM_QSTR(MP_QSTR_from_bytes), MP_ROM_PTR(&mt_from_bytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_from_state), MP_ROM_PTR(&mt_from_state_obj) },
};
static MP_DEFINE_CONST_DICT(random_globals, random_globals_table);

const mp_obj_module_t mp_module_pywasm_random = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&random_globals,
};
MP_REGISTER_MODULE(MP_QSTR__pywasm_random, mp_module_pywasm_random);
