//! One run of a module: its own thread (8 MiB stack), its own store and
//! per-run engine, and how the ways a run can end become an exit code or a
//! typed `RunError`. Nothing that happens in the guest can take the host
//! process down: traps, panics in our code and exhausted limits all return.
use crate::engine::{self, WASM_STACK_BYTES};
use crate::error::RunError;
use crate::options::RunOptions;
use crate::state::{RunEnv, Stop};
use crate::tunables::RunTunables;
use crate::wasi::{self, fds::FdTable, sandbox::MountPoint};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmer::sys::vm::TrapCode;
use wasmer::{FunctionEnv, Imports, Instance, Module, RuntimeError, Store};
use wasmer_middlewares::metering::{get_remaining_points, set_remaining_points, MeteringPoints};

pub const THREAD_STACK_BYTES: usize = 8 << 20;

/// What is left of a finished run: its store (the guest's memory, its
/// instance). Freed after the caller has the result.
type Leftovers = Option<(Store, Instance)>;

/// Starts a run on a fresh thread (8 MiB stack): `load` gives the module,
/// then the run goes to its end and `done` gets the outcome. The thread then
/// frees the run's store and exits; unmapping the guest's memory and the
/// thread's stacks (~0.5 ms) is not the caller's wait.
pub fn spawn_run(
    load: impl FnOnce() -> Result<Module, RunError> + Send + 'static,
    opts: RunOptions,
    done: impl FnOnce(Result<i32, RunError>) + Send + 'static,
) -> Result<(), RunError> {
    std::thread::Builder::new()
        .name("pywasm-run".into())
        .stack_size(THREAD_STACK_BYTES)
        .spawn(move || {
            // wasmer's per-throw backtraces cost most of a Python raise (backtraces.rs).
            crate::backtraces::quiet_on_this_thread();
            let mut leftovers: Leftovers = None;
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                load().and_then(|module| run_here(module, opts, &mut leftovers))
            }))
            .unwrap_or_else(|p| {
                Err(RunError::Crashed(format!(
                    "engine panic: {}",
                    panic_text(&p)
                )))
            });
            done(result);
            drop(leftovers);
        })
        .map(|_| ())
        .map_err(|e| RunError::Setup(format!("starting the interpreter thread: {e}")))
}

/// Runs `opts` against a loaded `module` on a fresh thread and waits.
pub fn run_on_thread(module: Module, opts: RunOptions) -> Result<i32, RunError> {
    let (tx, rx) = std::sync::mpsc::channel();
    spawn_run(
        move || Ok(module),
        opts,
        move |result| {
            let _ = tx.send(result);
        },
    )?;
    rx.recv().unwrap_or_else(|_| {
        Err(RunError::Crashed(
            "the interpreter thread ended without a result".into(),
        ))
    })
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

fn run_here(module: Module, opts: RunOptions, leftovers: &mut Leftovers) -> Result<i32, RunError> {
    let limits = opts.limits.clone();
    let max_pages = limits
        .max_memory_bytes
        .map(|b| (b / 65536).min(65536) as u32);
    let limit_hit = Arc::new(AtomicBool::new(false));
    let engine = engine::run_engine(RunTunables::new(
        WASM_STACK_BYTES,
        max_pages,
        limit_hit.clone(),
    ));
    let mut store = Store::new(engine);

    let mut mounts = Vec::new();
    for m in &opts.mounts {
        if !m.guest.starts_with('/') {
            return Err(RunError::Setup(format!(
                "mount: the guest path '{}' must be absolute",
                m.guest
            )));
        }
        mounts.push(
            MountPoint::new(&m.host, &m.guest, m.read_only).map_err(|e| {
                RunError::Setup(format!("mount: cannot mount '{}': {e}", m.host.display()))
            })?,
        );
    }
    let cstr = |s: &str| {
        let mut b = s.as_bytes().to_vec();
        b.push(0);
        b
    };
    let state = RunEnv {
        memory: None,
        args: opts.args.iter().map(|a| cstr(a)).collect(),
        env: opts
            .env
            .iter()
            .map(|(k, v)| cstr(&format!("{k}={v}")))
            .collect(),
        fds: FdTable::new(mounts, opts.stdin, opts.stdout, opts.stderr, opts.tty),
        host: opts.host,
        pending: Vec::new(),
        deadline: limits
            .timeout_ms
            .map(|ms| Instant::now() + Duration::from_millis(ms)),
        cancel: opts.signals.cancel,
        interrupt: opts.signals.interrupt,
        memory_limit_hit: limit_hit.clone(),
    };
    let env = FunctionEnv::new(&mut store, state);
    let mut imports = Imports::new();
    wasi::add_imports(&mut store, &env, &mut imports);
    crate::host::add_imports(&mut store, &env, &mut imports);

    let memory_error = || RunError::MemoryLimit {
        limit_bytes: max_pages.unwrap_or(0) as u64 * 65536,
    };
    let instance = Instance::new(&mut store, &module, &imports).map_err(|e| {
        if limit_hit.load(Ordering::SeqCst) {
            memory_error()
        } else {
            RunError::Setup(format!("instantiating the module: {e}"))
        }
    })?;
    let memory = instance
        .exports
        .get_memory("memory")
        .map_err(|e| RunError::Setup(e.to_string()))?
        .clone();
    env.as_mut(&mut store).memory = Some(memory);
    if let Some(fuel) = limits.fuel {
        set_remaining_points(&mut store, &instance, fuel);
    }
    let start = instance
        .exports
        .get_function("_start")
        .map_err(|e| RunError::Setup(e.to_string()))?
        .clone();
    let outcome = start.call(&mut store, &[]);

    let fuel_out = limits.fuel.is_some()
        && matches!(
            get_remaining_points(&mut store, &instance),
            MeteringPoints::Exhausted
        );
    let hit = limit_hit.load(Ordering::SeqCst);
    let result = match outcome {
        Ok(_) => Ok(0),
        Err(err) => match classify(err) {
            Ended::Exit(code) if code != 0 && hit => Err(memory_error()),
            Ended::Exit(code) => Ok(code),
            Ended::Stop(Stop::Timeout) => Err(RunError::Timeout {
                limit_ms: limits.timeout_ms.unwrap_or(0),
            }),
            Ended::Stop(Stop::Cancelled) => Err(RunError::Cancelled),
            Ended::Stop(_) => Err(memory_error()),
            Ended::Trap(_) if fuel_out => Err(RunError::FuelExhausted {
                fuel: limits.fuel.unwrap_or(0),
            }),
            Ended::Trap(_) if hit => Err(memory_error()),
            Ended::StackOverflow => Err(RunError::StackExhausted),
            Ended::Trap(message) => Err(RunError::Crashed(message)),
        },
    };
    if matches!(
        result,
        Err(RunError::Timeout { .. } | RunError::FuelExhausted { .. })
    ) {
        flush_stopped(&mut store, &instance, limits.fuel.is_some());
    }
    *leftovers = Some((store, instance));
    result
}

/// A run stopped by a limit: what the script printed may still be in the
/// module's stdout buffer. Its `pywasm_flush_stdout` export writes it out
/// (one fd_write, no Python runs), as the wasm engine does after a timeout;
/// a module without it, or a failing write, loses only that.
fn flush_stopped(store: &mut Store, instance: &Instance, metered: bool) {
    let Ok(flush) = instance
        .exports
        .get_typed_function::<(), ()>(&*store, "pywasm_flush_stdout")
    else {
        return;
    };
    if metered {
        set_remaining_points(store, instance, 10_000_000);
    }
    let _ = flush.call(store);
}

enum Ended {
    Exit(i32),
    Stop(Stop),
    StackOverflow,
    Trap(String),
}

fn classify(err: RuntimeError) -> Ended {
    match err.downcast::<Stop>() {
        Ok(Stop::Exit(code)) => Ended::Exit(code),
        Ok(stop) => Ended::Stop(stop),
        Err(err) => {
            if err.clone().to_trap() == Some(TrapCode::StackOverflow) {
                Ended::StackOverflow
            } else {
                Ended::Trap(err.message())
            }
        }
    }
}
