//! The native engine's Node addon: thin napi bindings over pywasm-runtime.
//! JavaScript (npm/pywasm/lib/engine-native.js) turns these into the engine
//! interface; everything about running Python lives in the runtime crate.
mod events;
mod job;

use events::{reply_channel, Deliver, Event, JsHostCalls, PullStdin};
use job::{run_options, JsJob};
use napi::bindgen_prelude::{Buffer, FnArgs, Function};
use napi::threadsafe_function::ThreadsafeFunctionCallMode;
use napi_derive::napi;
use pywasm_runtime::{RunOptions, Runtime, Signals};
use std::sync::atomic::Ordering;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, OnceLock};

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

/// Compiles (or loads from the cache) the interpreter now, so a later run
/// starts at once. Returns where it came from: "memory", "disk" or "compiled".
#[napi]
pub fn warm_up(metered: Option<bool>) -> napi::Result<String> {
    let (_, source) = runtime()
        .artifact(metered.unwrap_or(false))
        .map_err(|e| napi::Error::from_reason(e.to_string()))?;
    Ok(format!("{source:?}").to_lowercase())
}

/// Wires a run's output and host calls to `deliver`; the returned sender
/// answers host calls.
fn wire(opts: &mut RunOptions, deliver: Deliver) -> Sender<String> {
    let (tx, rx) = reply_channel();
    let out = deliver.clone();
    opts.stdout = Box::new(move |b| out(Event::Stdout(b.to_vec())));
    let err = deliver.clone();
    opts.stderr = Box::new(move |b| err(Event::Stderr(b.to_vec())));
    opts.host = Box::new(JsHostCalls { deliver, replies: rx });
    tx
}

/// Runs to the end, blocking the calling JS thread, which serves the run's
/// events meanwhile: `onEvent(kind, bytes, text)` gets output chunks (kinds 1
/// and 2) and host calls (kind 3, whose return value is the response JSON).
/// Returns the end as JSON: {"exitCode"} or {"error": {"code", "message"}}.
#[napi]
pub fn run_sync(job: JsJob, on_event: Function<FnArgs<(u32, Buffer, String)>, Option<String>>) -> napi::Result<String> {
    if job.stdin_pull == Some(true) {
        return Err(napi::Error::from_reason("stdin: pulling chunks needs start(), not runSync()"));
    }
    let mut opts = run_options(job)?;
    let signals = opts.signals.clone();
    let (events_tx, events_rx) = std::sync::mpsc::channel::<Event>();
    let deliver: Deliver = Arc::new(move |e| {
        let _ = events_tx.send(e);
    });
    let replies = wire(&mut opts, deliver.clone());
    std::thread::spawn(move || {
        let result = runtime().run(opts);
        deliver(Event::Done(result));
    });
    let mut failure: Option<napi::Error> = None;
    for event in events_rx {
        let (kind, bytes, text) = event.into_parts();
        if kind == Event::DONE {
            return match failure {
                Some(e) => Err(e),
                None => Ok(text),
            };
        }
        if failure.is_some() {
            // A callback threw: the run is being cancelled; answer and drain.
            let _ = replies.send(String::new());
            continue;
        }
        match on_event.call((kind, Buffer::from(bytes), text).into()) {
            Ok(reply) => {
                if kind == Event::HOST_CALL {
                    let _ = replies.send(reply.unwrap_or_default());
                }
            }
            Err(e) => {
                signals.cancel.store(true, Ordering::SeqCst);
                let _ = replies.send(String::new());
                failure = Some(e);
            }
        }
    }
    Err(napi::Error::from_reason("the interpreter thread ended without a result"))
}

/// A run going on off the JS thread.
#[napi]
pub struct RunHandle {
    signals: Signals,
    replies: Mutex<Sender<String>>,
    stdin: Mutex<Sender<Vec<u8>>>,
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
        let _ = self.stdin.lock().unwrap_or_else(|e| e.into_inner()).send(chunk.to_vec());
    }

    /// Answers the pending host call with its response JSON.
    #[napi]
    pub fn reply(&self, response: String) {
        let _ = self.replies.lock().unwrap_or_else(|e| e.into_inner()).send(response);
    }
}

/// Starts a run on its own thread. `onEvent(kind, bytes, text)` is called on
/// the JS thread in the order things happened: output (kinds 1, 2), host
/// calls (kind 3: answer with `handle.reply(json)`, now or later), and the
/// end (kind 4, text as runSync returns it).
#[napi]
pub fn start(job: JsJob, on_event: Function<FnArgs<(u32, Buffer, String)>, ()>) -> napi::Result<RunHandle> {
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
    let deliver: Deliver = Arc::new(move |e| {
        tsfn.call(e, ThreadsafeFunctionCallMode::NonBlocking);
    });
    let replies = wire(&mut opts, deliver.clone());
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
    std::thread::Builder::new()
        .name("pywasm-start".into())
        .spawn(move || {
            let result = runtime().run(opts);
            deliver(Event::Done(result));
        })
        .map_err(|e| napi::Error::from_reason(format!("starting the run: {e}")))?;
    Ok(RunHandle { signals, replies: Mutex::new(replies), stdin: Mutex::new(stdin_tx) })
}
