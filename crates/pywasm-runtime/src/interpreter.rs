//! The interpreter module embedded in this library, and a fingerprint of
//! any module's bytes for the compiled-module cache.
use flate2::read::GzDecoder;
use std::io::Read;
use std::sync::OnceLock;

static EMBEDDED_GZ: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/micropython.wasm.gz"));

/// The embedded MicroPython module, decompressed once per process.
pub fn embedded_wasm() -> &'static [u8] {
    static WASM: OnceLock<Vec<u8>> = OnceLock::new();
    WASM.get_or_init(|| {
        let mut out = Vec::with_capacity(EMBEDDED_GZ.len() * 3);
        GzDecoder::new(EMBEDDED_GZ)
            .read_to_end(&mut out)
            .expect("the embedded interpreter is a valid gzip stream (checked at build time)");
        out
    })
}

pub use crate::fingerprint::fingerprint;

/// The embedded module's fingerprint, computed at build time: a warm start
/// (the compiled module in the cache) never decompresses the module.
pub fn embedded_fingerprint() -> u128 {
    u128::from_str_radix(env!("PYWASM_WASM_FINGERPRINT"), 16)
        .expect("build.rs writes a hex fingerprint")
}
