fn main() {
    napi_build::setup();
    // wasmer takes a native backtrace for every wasm exception; on interpreter
    // threads pywasm-runtime answers those calls itself (its src/backtraces.rs).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg=-Wl,--wrap=_Unwind_Backtrace");
    }
}
