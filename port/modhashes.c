// _pywasm_hashes: MD5 (RFC 1321), SHA-1, SHA-224 and SHA-256 (FIPS 180-4)
// digest objects: update, digest (repeatable, more updates may follow) and
// copy. MicroPython takes MD5 and SHA-1 from axtls or mbedtls, which
// Debian's source package removes, and its own SHA-256 cannot be copied or
// updated after digest() (hmac and pbkdf2 copy states), so all four are
// here; the library's hashlib puts them under CPython's names.
#include <string.h>

#include "py/runtime.h"

typedef struct {
    uint32_t state[8];
    uint64_t length;        // bytes hashed so far
    uint8_t block[64];
    size_t used;            // bytes waiting in block
} digest_ctx_t;

static inline uint32_t rotl(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

static inline uint32_t load_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

// ---- SHA-256 and SHA-224 ---------------------------------------------------

// The first 32 bits of the fractional parts of the cube roots of the first
// 64 primes (FIPS 180-4, 4.2.2).
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t rotr(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

static void sha256_compress(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be32(p + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t v[8];
    memcpy(v, h, sizeof(v));
    for (int i = 0; i < 64; i++) {
        uint32_t e = v[4], a = v[0];
        uint32_t t1 = v[7] + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & v[5]) ^ (~e & v[6])) + sha256_k[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof(uint32_t));
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) {
        h[i] += v[i];
    }
}

// ---- SHA-1 ----------------------------------------------------------------

static void sha1_compress(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be32(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

// ---- MD5 --------------------------------------------------------------------

// Per-round shift amounts, and the sine-derived constants floor(2^32 * |sin(i + 1)|).
static const uint8_t md5_shift[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};
static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static void md5_compress(uint32_t *h, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_k[i] + m[g], md5_shift[i]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

// ---- the shared Merkle–Damgård framing ------------------------------------

typedef struct {
    void (*compress)(uint32_t *h, const uint8_t *p);
    const uint32_t *init;   // the initial state
    uint8_t words;          // state words in the digest
    bool big_endian;        // the SHAs are big-endian throughout; MD5 little-endian
} digest_algo_t;

// MD5 uses the first four of SHA-1's; SHA-256's are the first 32 bits of the
// fractional parts of the square roots of the first 8 primes, SHA-224's the
// second 32 bits of those of the 9th to 16th.
static const uint32_t init_sha1[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
static const uint32_t init_sha256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
static const uint32_t init_sha224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };

static const digest_algo_t algo_md5 = { md5_compress, init_sha1, 4, false };
static const digest_algo_t algo_sha1 = { sha1_compress, init_sha1, 5, true };
static const digest_algo_t algo_sha256 = { sha256_compress, init_sha256, 8, true };
static const digest_algo_t algo_sha224 = { sha256_compress, init_sha224, 7, true };

static void ctx_update(const digest_algo_t *algo, digest_ctx_t *ctx, const uint8_t *data, size_t len) {
    ctx->length += len;
    while (len > 0) {
        size_t n = MIN(64 - ctx->used, len);
        memcpy(ctx->block + ctx->used, data, n);
        ctx->used += n;
        data += n;
        len -= n;
        if (ctx->used == 64) {
            algo->compress(ctx->state, ctx->block);
            ctx->used = 0;
        }
    }
}

// Pads a copy of the context, so digest() can be called again after more updates.
static void ctx_final(const digest_algo_t *algo, const digest_ctx_t *in, uint8_t *out) {
    digest_ctx_t ctx = *in;
    uint64_t bits = ctx.length * 8;
    uint8_t pad[72] = { 0x80 };
    size_t pad_len = (ctx.used < 56 ? 56 : 120) - ctx.used;
    for (int i = 0; i < 8; i++) {
        pad[pad_len + i] = algo->big_endian ? bits >> (56 - 8 * i) : bits >> (8 * i);
    }
    ctx_update(algo, &ctx, pad, pad_len + 8);
    for (int i = 0; i < algo->words; i++) {
        for (int j = 0; j < 4; j++) {
            out[4 * i + j] = algo->big_endian ? ctx.state[i] >> (24 - 8 * j) : ctx.state[i] >> (8 * j);
        }
    }
}

// ---- Python objects ------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    const digest_algo_t *algo;
    digest_ctx_t ctx;
} digest_obj_t;

static mp_obj_t digest_update(mp_obj_t self_in, mp_obj_t data_in) {
    digest_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t buf;
    mp_get_buffer_raise(data_in, &buf, MP_BUFFER_READ);
    ctx_update(self->algo, &self->ctx, buf.buf, buf.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(digest_update_obj, digest_update);

static mp_obj_t digest_digest(mp_obj_t self_in) {
    digest_obj_t *self = MP_OBJ_TO_PTR(self_in);
    uint8_t out[32];
    ctx_final(self->algo, &self->ctx, out);
    return mp_obj_new_bytes(out, self->algo->words * 4);
}
static MP_DEFINE_CONST_FUN_OBJ_1(digest_digest_obj, digest_digest);

static mp_obj_t digest_copy(mp_obj_t self_in) {
    digest_obj_t *self = MP_OBJ_TO_PTR(self_in);
    digest_obj_t *copy = mp_obj_malloc(digest_obj_t, self->base.type);
    copy->algo = self->algo;
    copy->ctx = self->ctx;
    return MP_OBJ_FROM_PTR(copy);
}
static MP_DEFINE_CONST_FUN_OBJ_1(digest_copy_obj, digest_copy);

static const mp_rom_map_elem_t digest_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&digest_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&digest_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&digest_copy_obj) },
};
static MP_DEFINE_CONST_DICT(digest_locals, digest_locals_table);

static mp_obj_t digest_make(const mp_obj_type_t *type, const digest_algo_t *algo, size_t n_args, const mp_obj_t *args) {
    mp_arg_check_num(n_args, 0, 0, 1, false);
    digest_obj_t *self = mp_obj_malloc(digest_obj_t, type);
    self->algo = algo;
    memset(&self->ctx, 0, sizeof(self->ctx));
    memcpy(self->ctx.state, algo->init, (algo->words < 5 ? 5 : 8) * sizeof(uint32_t));
    if (n_args == 1) {
        digest_update(MP_OBJ_FROM_PTR(self), args[0]);
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t md5_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return digest_make(type, &algo_md5, n_args, args);
}

static mp_obj_t sha1_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return digest_make(type, &algo_sha1, n_args, args);
}

static mp_obj_t sha256_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return digest_make(type, &algo_sha256, n_args, args);
}

static mp_obj_t sha224_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return digest_make(type, &algo_sha224, n_args, args);
}

static MP_DEFINE_CONST_OBJ_TYPE(md5_type, MP_QSTR_md5, MP_TYPE_FLAG_NONE,
    make_new, md5_make_new, locals_dict, &digest_locals);
static MP_DEFINE_CONST_OBJ_TYPE(sha1_type, MP_QSTR_sha1, MP_TYPE_FLAG_NONE,
    make_new, sha1_make_new, locals_dict, &digest_locals);

static MP_DEFINE_CONST_OBJ_TYPE(sha256_type, MP_QSTR_sha256, MP_TYPE_FLAG_NONE,
    make_new, sha256_make_new, locals_dict, &digest_locals);
static MP_DEFINE_CONST_OBJ_TYPE(sha224_type, MP_QSTR_sha224, MP_TYPE_FLAG_NONE,
    make_new, sha224_make_new, locals_dict, &digest_locals);

static const mp_rom_map_elem_t hashes_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__pywasm_hashes) },
    { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&md5_type) },
    { MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&sha1_type) },
    { MP_ROM_QSTR(MP_QSTR_sha224), MP_ROM_PTR(&sha224_type) },
    { MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&sha256_type) },
};
static MP_DEFINE_CONST_DICT(hashes_globals, hashes_globals_table);

const mp_obj_module_t mp_module_pywasm_hashes = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&hashes_globals,
};
MP_REGISTER_MODULE(MP_QSTR__pywasm_hashes, mp_module_pywasm_hashes);
