//! The native engine's Node addon: thin napi bindings over pywasm-runtime.
//! JavaScript (npm/pywasm/lib/engine-native.js) turns these into the engine
//! interface; everything about running Python lives in the runtime crate.
mod events;
mod job;

use events::{reply_channel, Deliver, Event, JsHostCalls, OutputFlow, PullStdin};
use job::{run_options, JsJob};
use napi::bindgen_prelude::{Buffer, BufferSlice, FnArgs, Function};
use napi::threadsafe_function::{ThreadsafeFunctionCallMode, ThreadsafeFunctionHandle};
use napi_derive::napi;
use pywasm_runtime::{RunOptions, Runtime, Signals};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, OnceLock, Weak};

/// The embedded interpreter, shared by every run of this process.
fn runtime() -> &'static Runtime {
    static RT: OnceLock<Runtime> = OnceLock::new();
    RT.get_or_init(Runtime::embedded)
}

#[napi(object)]
pub struct EngineInfo {
    pub wasmer_version: String,
    /// Where compiled modules are cached, or null when the cache is off.
    pub cache_dir: Option<String>,
}

#[napi]
pub fn info() -> EngineInfo {
    EngineInfo {
        wasmer_version: pywasm_runtime::WASMER_VERSION.to_string(),
        cache_dir: runtime().cache().map(|c| c.dir().display().to_string()),
    }
}

/// Loads the interpreter now (from the disk cache, or by compiling it), so a
/// later run starts at once. Returns where it came from: "memory", "disk" or
/// "compiled".
#[napi]
pub fn warm_up(metered: Option<bool>) -> napi::Result<String> {
    let (_, source) = runtime()
        .module(metered.unwrap_or(false))
        .map_err(|e| napi::Error::from_reason(e.to_string()))?;
    Ok(format!("{source:?}").to_lowercase())
}

/// Starts loading the interpreter on a thread of its own and returns at once:
/// a caller that will run Python soon (the CLI, as it starts) overlaps the
/// load with its own start-up. A run that comes before the load is done
/// waits for it; a failed load is retried, and reported, by the run.
#[napi]
pub fn prepare() {
    std::thread::spawn(|| {
        let _ = runtime().module(false);
    });
}

/// The JavaScript side's ends of a run's channels.
struct Wired {
    /// Answers host calls.
    replies: Sender<String>,
    /// Answers Drain events.
    acks: Sender<()>,
    /// An output callback's errno, by fd (1, 2) - 1; the next write returns it.
    errors: Arc<[AtomicU16; 2]>,
}

/// Wires a run's output (with flow control) and host calls to `deliver`.
fn wire(opts: &mut RunOptions, deliver: Deliver) -> Wired {
    let (tx, rx) = reply_channel();
    let (acks_tx, acks_rx) = std::sync::mpsc::channel();
    let errors = Arc::new([AtomicU16::new(0), AtomicU16::new(0)]);
    let flow = Arc::new(Mutex::new(OutputFlow::new(
        deliver.clone(),
        acks_rx,
        opts.signals.cancel.clone(),
        errors.clone(),
    )));
    let out = flow.clone();
    opts.stdout = Box::new(move |b| out.lock().unwrap_or_else(|e| e.into_inner()).write(0, b));
    opts.stderr = Box::new(move |b| flow.lock().unwrap_or_else(|e| e.into_inner()).write(1, b));
    opts.host = Box::new(JsHostCalls {
        deliver,
        replies: rx,
        cancel: opts.signals.cancel.clone(),
    });
    Wired {
        replies: tx,
        acks: acks_tx,
        errors,
    }
}

/// Runs to the end, blocking the calling JS thread, which serves the run's
/// events meanwhile: `onEvent(kind, bytes, text)` gets output chunks (kinds 1
/// and 2; a returned number is a WASI errno the guest's next write to that
/// stream fails with) and host calls (kind 3, whose return value is the
/// response JSON). Returns the end as JSON: {"exitCode"} or {"error": {"code", "message"}}.
#[napi]
pub fn run_sync(
    env: napi::Env,
    job: JsJob,
    on_event: Function<FnArgs<(u32, BufferSlice<'static>, String)>, Option<String>>,
) -> napi::Result<String> {
    if job.stdin_pull == Some(true) {
        return Err(napi::Error::from_reason(
            "stdin: pulling chunks needs start(), not runSync()",
        ));
    }
    let mut opts = run_options(job)?;
    let signals = opts.signals.clone();
    let (events_tx, events_rx) = std::sync::mpsc::channel::<Event>();
    let deliver: Deliver = Arc::new(move |e| {
        let _ = events_tx.send(e);
    });
    let wired = wire(&mut opts, deliver.clone());
    let replies = wired.replies;
    runtime()
        .spawn(opts, move |result| deliver(Event::Done(result)))
        .map_err(|e| napi::Error::from_reason(e.to_string()))?;
    let mut failure: Option<napi::Error> = None;
    for event in events_rx {
        let (kind, bytes, text) = event.into_parts();
        if kind == Event::DONE {
            return match failure {
                Some(e) => Err(e),
                None => Ok(text),
            };
        }
        if kind == Event::DRAIN {
            // Everything before it was delivered synchronously.
            let _ = wired.acks.send(());
            continue;
        }
        if failure.is_some() {
            // A callback threw: the run is being cancelled; answer and drain.
            let _ = replies.send(String::new());
            continue;
        }
        // Each event in its own handle scope: the whole run is one native
        // call, and values left in its scope (every output Buffer) would live
        // until it returns. The bytes are copied into a buffer V8 allocates
        // (an external one is memory V8 does not see, so it would not collect
        // them soon enough while the run keeps this thread busy).
        match env.run_in_scope(|| {
            on_event.call((kind, BufferSlice::copy_from(&env, &bytes)?, text).into())
        }) {
            Ok(reply) => {
                if kind == Event::HOST_CALL {
                    let _ = replies.send(reply.unwrap_or_default());
                } else if let Some(errno) = reply
                    .and_then(|r| r.parse::<u16>().ok())
                    .filter(|e| *e != 0)
                {
                    if kind == Event::STDOUT || kind == Event::STDERR {
                        wired.errors[(kind - Event::STDOUT) as usize]
                            .store(errno, Ordering::SeqCst);
                    }
                }
            }
            Err(e) => {
                signals.cancel.store(true, Ordering::SeqCst);
                let _ = replies.send(String::new());
                failure = Some(e);
            }
        }
    }
    Err(napi::Error::from_reason(
        "the interpreter thread ended without a result",
    ))
}

/// A run going on off the JS thread.
#[napi]
pub struct RunHandle {
    signals: Signals,
    replies: Mutex<Sender<String>>,
    stdin: Mutex<Sender<Vec<u8>>>,
    acks: Mutex<Sender<()>>,
    /// The run's event channel into JavaScript; it keeps the event loop
    /// alive while the run goes on. Weak: the run thread owns it, and
    /// releasing it at the end lets the process exit.
    tsfn: Weak<ThreadsafeFunctionHandle>,
}

#[napi]
impl RunHandle {
    /// Ends the run at its next poll; it finishes with PYWASM_ABORTED.
    #[napi]
    pub fn cancel(&self) {
        self.signals.cancel.store(true, Ordering::SeqCst);
    }

    /// Raises KeyboardInterrupt in the guest at its next poll.
    #[napi]
    pub fn interrupt(&self) {
        self.signals.interrupt.store(true, Ordering::SeqCst);
    }

    /// Answers a stdin request with the next chunk (empty: end of input).
    #[napi]
    pub fn feed_stdin(&self, chunk: Buffer) {
        let _ = self
            .stdin
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(chunk.to_vec());
    }

    /// Answers the pending host call with its response JSON.
    #[napi]
    pub fn reply(&self, response: String) {
        let _ = self
            .replies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(response);
    }

    /// Answers a drain request (kind 6): the output sent so far is delivered
    /// and its destinations have room; the run may go on.
    #[napi]
    pub fn drained(&self) {
        let _ = self.acks.lock().unwrap_or_else(|e| e.into_inner()).send(());
    }

    /// Whether the run keeps Node's event loop alive (it does from the
    /// start). While the guest waits on a host handler, the JavaScript side
    /// lets go, so an idle interpreter does not hold the process open.
    #[napi]
    pub fn hold(&self, env: napi::Env, on: bool) -> napi::Result<()> {
        let Some(tsfn) = self.tsfn.upgrade() else {
            return Ok(());
        };
        let status = tsfn.with_read_aborted(|aborted| {
            if aborted {
                return napi::sys::Status::napi_ok;
            }
            // SAFETY: the tsfn is alive and not aborted (we hold a strong
            // reference and the read lock), and `env` is the JS thread's
            // environment that created it.
            unsafe {
                if on {
                    napi::sys::napi_ref_threadsafe_function(env.raw(), tsfn.get_raw())
                } else {
                    napi::sys::napi_unref_threadsafe_function(env.raw(), tsfn.get_raw())
                }
            }
        });
        if status == napi::sys::Status::napi_ok {
            Ok(())
        } else {
            Err(napi::Error::from_reason(format!(
                "hold: napi status {status}"
            )))
        }
    }
}

/// Starts a run on its own thread. `onEvent(kind, bytes, text)` is called on
/// the JS thread in the order things happened: output (kinds 1, 2), host
/// calls (kind 3: answer with `handle.reply(json)`, now or later), and the
/// end (kind 4, text as runSync returns it).
#[napi]
pub fn start(
    job: JsJob,
    on_event: Function<FnArgs<(u32, Buffer, String)>, ()>,
) -> napi::Result<RunHandle> {
    let pull = job.stdin_pull == Some(true);
    let mut opts = run_options(job)?;
    let tsfn = on_event
        .build_threadsafe_function::<Event>()
        .callee_handled::<false>()
        .build_callback(|ctx| {
            let (kind, bytes, text) = ctx.value.into_parts();
            Ok(FnArgs::from((kind, Buffer::from(bytes), text)))
        })?;
    let tsfn = Arc::new(tsfn);
    let weak_tsfn = Arc::downgrade(&tsfn.handle);
    let deliver: Deliver = Arc::new(move |e| {
        tsfn.call(e, ThreadsafeFunctionCallMode::NonBlocking);
    });
    let wired = wire(&mut opts, deliver.clone());
    let (stdin_tx, stdin_rx) = std::sync::mpsc::channel();
    if pull {
        opts.stdin = pywasm_runtime::Stdin::Reader(Box::new(PullStdin {
            deliver: deliver.clone(),
            chunks: stdin_rx,
            pending: Vec::new(),
            ended: false,
        }));
    }
    let signals = opts.signals.clone();
    runtime()
        .spawn(opts, move |result| deliver(Event::Done(result)))
        .map_err(|e| napi::Error::from_reason(format!("starting the run: {e}")))?;
    Ok(RunHandle {
        signals,
        replies: Mutex::new(wired.replies),
        stdin: Mutex::new(stdin_tx),
        acks: Mutex::new(wired.acks),
        tsfn: weak_tsfn,
    })
}
