// Embeds the interpreter gzip-compressed, so the addon is one file: the
// committed dist/micropython.exnref.wasm (wasmer/Cranelift runs only exnref
// exception handling), or PYWASM_WASM when set.
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let wasm = match std::env::var_os("PYWASM_WASM") {
        Some(p) => PathBuf::from(p),
        None => manifest.join("../../dist/micropython.exnref.wasm"),
    };
    println!("cargo:rerun-if-env-changed=PYWASM_WASM");
    println!("cargo:rerun-if-changed={}", wasm.display());
    let bytes = std::fs::read(&wasm)
        .unwrap_or_else(|e| panic!("reading the interpreter {}: {e}", wasm.display()));
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&bytes).unwrap();
    println!(
        "cargo:rustc-env=PYWASM_WASM_FINGERPRINT={:032x}",
        fingerprint(&bytes)
    );
    println!("cargo:rerun-if-changed=src/fingerprint.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("micropython.wasm.gz");
    std::fs::write(out, gz.finish().unwrap()).unwrap();
    println!(
        "cargo:rustc-env=PYWASM_WASMER_VERSION={}",
        wasmer_version(&manifest)
    );
    // This crate's tests get the backtrace wrap the addon has (src/backtraces.rs).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg=-Wl,--wrap=_Unwind_Backtrace");
    }
}

// The wasmer version, for the compiled-module cache key: an artifact from
// another wasmer must never be loaded. Read from the workspace's lock file.
fn wasmer_version(manifest: &std::path::Path) -> String {
    let lock = manifest.join("../../Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    let text = std::fs::read_to_string(lock).unwrap_or_default();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasmer\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = ")) {
                return v.trim_matches('"').to_string();
            }
        }
    }
    "unknown".to_string()
}

include!("src/fingerprint.rs");
