//! Shared helpers: one runtime per test binary (the module compiles once),
//! and a run that collects output.

use pywasm_runtime::{RunError, RunOptions, Runtime};
use std::sync::{Arc, Mutex, OnceLock};

pub fn runtime() -> &'static Runtime {
    static RT: OnceLock<Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("pywasm-test-cache-{}", std::process::id()));
        Runtime::new(
            pywasm_runtime::interpreter::embedded_wasm(),
            Some(pywasm_runtime::DiskCache::new(dir)),
        )
    })
}

pub struct Output {
    pub result: Result<i32, RunError>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `pywasm ARGS...` with `setup` adjusting the options.
pub fn run_with(args: &[&str], setup: impl FnOnce(&mut RunOptions)) -> Output {
    let out = Arc::new(Mutex::new(Vec::new()));
    let err = Arc::new(Mutex::new(Vec::new()));
    let (o, e) = (out.clone(), err.clone());
    let mut opts = RunOptions {
        args: std::iter::once("pywasm")
            .chain(args.iter().copied())
            .map(String::from)
            .collect(),
        stdout: Box::new(move |b| {
            o.lock().unwrap().extend_from_slice(b);
            Ok(())
        }),
        stderr: Box::new(move |b| {
            e.lock().unwrap().extend_from_slice(b);
            Ok(())
        }),
        ..Default::default()
    };
    setup(&mut opts);
    let result = runtime().run(opts);
    let text = |v: &Arc<Mutex<Vec<u8>>>| String::from_utf8_lossy(&v.lock().unwrap()).into_owned();
    Output {
        result,
        stdout: text(&out),
        stderr: text(&err),
    }
}

pub fn python(code: &str) -> Output {
    run_with(&["-c", code], |_| {})
}
