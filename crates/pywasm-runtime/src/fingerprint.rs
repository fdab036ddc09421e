// The fingerprint of module bytes and cache payloads. Plain Rust with no
// dependencies: build.rs includes this file too, to fingerprint the embedded
// module at build time.

/// A 128-bit fingerprint of `bytes`: four independent 64-bit lanes of
/// multiply-xorshift over 8-byte words (fast enough to check a multi-megabyte
/// artifact in well under a millisecond), folded into two. It detects damage
/// and names cache entries; it is not a defence against a deliberate
/// collision (the cache directory belongs to the user who runs us).
pub fn fingerprint(bytes: &[u8]) -> u128 {
    const K: [u64; 4] = [
        0x9e37_79b9_7f4a_7c15,
        0xc2b2_ae3d_27d4_eb4f,
        0x1656_67b1_9e37_79f9,
        0xd6e8_feb8_6659_fd93,
    ];
    fn mix(h: u64, w: u64, k: u64) -> u64 {
        let x = (h ^ w).wrapping_mul(k);
        x ^ (x >> 29)
    }
    let mut lanes = [K[0] ^ bytes.len() as u64, K[1], K[2], K[3]];
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        for (i, lane) in lanes.iter_mut().enumerate() {
            let w = u64::from_le_bytes(chunk[i * 8..i * 8 + 8].try_into().unwrap());
            *lane = mix(*lane, w, K[i]);
        }
    }
    for (i, b) in chunks.remainder().iter().enumerate() {
        lanes[i % 4] = mix(lanes[i % 4], *b as u64 | 0x100, K[i % 4]);
    }
    let fold = |a: u64, b: u64, k: u64| mix(mix(a, b, k), a.rotate_left(31), k);
    let hi = fold(lanes[0], lanes[1], K[2]);
    let lo = fold(lanes[2], lanes[3], K[3]);
    ((fold(hi, lo, K[0]) as u128) << 64) | fold(lo, hi, K[1]) as u128
}
