//! Wasmer engines: the compiling one (Cranelift, exceptions on, optionally
//! metered), the process's loading engine that holds loaded modules, and
//! the per-run clones of it that carry a run's tunables (stack size, memory
//! cap).
use crate::tunables::RunTunables;
use bytes::Bytes;
use std::sync::{Arc, OnceLock};
use wasmer::sys::{Cranelift, EngineBuilder, Features, NativeEngineExt, Target};
use wasmer::{Engine, Module};
use wasmer_middlewares::Metering;

/// The wasm stack every run gets (wasmer runs guest code on its own stack,
/// whatever the thread's). Deep enough that MicroPython's own recursion check
/// (its 1 MiB shadow stack) fires first.
pub const WASM_STACK_BYTES: usize = 8 << 20;

pub const WASMER_VERSION: &str = env!("PYWASM_WASMER_VERSION");

pub fn features() -> Features {
    let mut f = Features::new();
    f.exceptions(true);
    f
}

/// Everything a compiled artifact depends on besides the module bytes.
pub fn artifact_key(wasm_fingerprint: u128, metered: bool) -> String {
    let target = Target::default();
    let mut cpu: Vec<String> = target
        .cpu_features()
        .iter()
        .map(|f| format!("{f:?}"))
        .collect();
    cpu.sort();
    format!(
        "wasm={wasm_fingerprint:032x} wasmer={WASMER_VERSION} target={} cpu={} metered={metered} eh=exnref",
        target.triple(),
        cpu.join(",")
    )
}

/// Compiles `wasm` and returns the serialized artifact. With `metered`, every
/// operator costs one unit of fuel; the budget is set per run.
pub fn compile(wasm: &[u8], metered: bool) -> Result<Vec<u8>, String> {
    let mut compiler = Cranelift::default();
    if metered {
        use wasmer::sys::CompilerConfig;
        compiler.push_middleware(Arc::new(Metering::new(0, |_: &_| 1)));
    }
    let engine: Engine = EngineBuilder::new(compiler)
        .set_features(Some(features()))
        .engine()
        .into();
    let module = Module::new(&engine, wasm).map_err(|e| format!("compiling the module: {e}"))?;
    module
        .serialize()
        .map(|b| b.to_vec())
        .map_err(|e| format!("serializing the module: {e}"))
}

/// The engine every artifact is loaded into, once per process: a loaded
/// module's code lives as long as the engine that loaded it, so this one is
/// never dropped. Runs use clones of it (`run_engine`), which share its code
/// and signature registry but carry their own tunables.
fn loader() -> &'static Engine {
    static LOADER: OnceLock<Engine> = OnceLock::new();
    LOADER.get_or_init(|| {
        EngineBuilder::headless()
            .set_features(Some(features()))
            .engine()
            .into()
    })
}

/// A run's engine: the loader with that run's tunables (stack size, memory
/// cap). Instantiation takes its tunables from the store's engine, so a
/// module loaded once serves runs with different limits.
pub fn run_engine(tunables: RunTunables) -> Engine {
    let mut engine = loader().clone();
    engine.set_tunables(tunables);
    engine
}

/// Loads an artifact produced by `compile`.
///
/// # Safety
/// `artifact` must come from `compile` in this build: the cache hands bytes
/// here only after checking the entry's key (module fingerprint, wasmer
/// version, CPU features) and the payload's fingerprint, which is why
/// wasmer's own layout check (a quarter of the load time) is skipped.
pub unsafe fn load(artifact: Bytes) -> Result<Module, String> {
    // SAFETY: see the function's contract.
    unsafe { Module::deserialize_unchecked(loader(), artifact) }
        .map_err(|e| format!("loading the compiled module: {e}"))
}
