//! pywasm's native engine: runs the MicroPython WASI module on wasmer with
//! our own capability-based WASI layer, limits and a compiled-module cache.
//! No Node in here: `crates/pywasm-node` binds this to JavaScript.
mod backtraces;
pub mod cache;
mod engine;
pub mod error;
mod fingerprint;
mod host;
pub mod interpreter;
pub mod options;
mod random;
mod run;
mod state;
mod tunables;
mod wasi;

pub use cache::DiskCache;
pub use engine::{artifact_key, WASMER_VERSION, WASM_STACK_BYTES};
pub use error::RunError;
pub use options::{
    HostHandler, Limits, Mount, NoHostCalls, OutputSink, RunOptions, Signals, Stdin,
};
pub use run::THREAD_STACK_BYTES;

use bytes::Bytes;
use std::sync::{Arc, Mutex};
use wasmer::Module;

/// Where the compiled module of a run came from (for tests and timing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArtifactSource {
    Memory,
    Disk,
    Compiled,
}

/// A module ready to run many times: its bytes, and its compiled artifacts
/// (plain and metered), in the disk cache and, once loaded, in memory.
pub struct Runtime {
    /// The module's bytes; None: the embedded module, decompressed only if
    /// it has to be compiled.
    wasm: Option<Arc<[u8]>>,
    fingerprint: u128,
    cache: Option<DiskCache>,
    /// Loaded once, instantiated by every run of this process (a `Module`
    /// clone counts a reference).
    modules: Mutex<[Option<Module>; 2]>,
}

impl Runtime {
    /// The embedded interpreter, with the cache the environment asks for.
    pub fn embedded() -> Self {
        Runtime {
            fingerprint: interpreter::embedded_fingerprint(),
            wasm: None,
            cache: DiskCache::from_env(),
            modules: Mutex::new([None, None]),
        }
    }

    pub fn new(wasm: &[u8], cache: Option<DiskCache>) -> Self {
        Runtime {
            fingerprint: interpreter::fingerprint(wasm),
            wasm: Some(Arc::from(wasm)),
            cache,
            modules: Mutex::new([None, None]),
        }
    }

    pub fn cache(&self) -> Option<&DiskCache> {
        self.cache.as_ref()
    }

    /// The loaded module, from memory, the disk cache, or Cranelift. One
    /// load (or compile) per process even when runs start together: the
    /// others wait for it.
    pub fn module(&self, metered: bool) -> Result<(Module, ArtifactSource), RunError> {
        let mut slots = self.modules.lock().unwrap_or_else(|e| e.into_inner());
        let slot = &mut slots[metered as usize];
        if let Some(m) = slot {
            return Ok((m.clone(), ArtifactSource::Memory));
        }
        let key = artifact_key(self.fingerprint, metered);
        let cached = self
            .cache
            .as_ref()
            .and_then(|c| c.get(&key))
            .and_then(|bytes| {
                // SAFETY: the cache returns a payload only after checking its key
                // and fingerprint: bytes `engine::compile` made in this build.
                // One that wasmer still refuses is compiled again and replaced.
                unsafe { engine::load(bytes) }.ok()
            });
        let (module, source) = match cached {
            Some(m) => (m, ArtifactSource::Disk),
            None => {
                let wasm: &[u8] = match &self.wasm {
                    Some(bytes) => bytes,
                    None => interpreter::embedded_wasm(),
                };
                let bytes = engine::compile(wasm, metered).map_err(RunError::Crashed)?;
                if let Some(c) = &self.cache {
                    c.put(&key, &bytes);
                }
                // SAFETY: compiled just now by this build.
                let m = unsafe { engine::load(Bytes::from(bytes)) }.map_err(RunError::Crashed)?;
                (m, ArtifactSource::Compiled)
            }
        };
        *slot = Some(module.clone());
        Ok((module, source))
    }

    /// Starts a run on its own thread and returns; `done` gets the exit code,
    /// or why the run did not exit. Loading the module (or compiling it, on a
    /// cache miss) happens on that thread too, so the caller never waits.
    pub fn spawn(
        &'static self,
        opts: RunOptions,
        done: impl FnOnce(Result<i32, RunError>) + Send + 'static,
    ) -> Result<(), RunError> {
        let metered = opts.limits.fuel.is_some();
        run::spawn_run(move || self.module(metered).map(|(m, _)| m), opts, done)
    }

    /// Runs the module to its end: the exit code, or why it did not exit.
    pub fn run(&self, opts: RunOptions) -> Result<i32, RunError> {
        let (module, _) = self.module(opts.limits.fuel.is_some())?;
        run::run_on_thread(module, opts)
    }
}
