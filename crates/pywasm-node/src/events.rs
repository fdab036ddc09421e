//! What the run thread tells JavaScript, in the order it happened: output
//! chunks, host calls (the run waits for the reply) and the end.
use pywasm_runtime::{HostHandler, RunError};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;

pub enum Event {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
    /// A host call's request JSON; the reply comes back on the run's channel.
    HostCall(String),
    /// The guest wants stdin: the next chunk comes back (empty at the end).
    StdinRead,
    /// The run is OUTPUT_WINDOW bytes of output ahead: it waits until
    /// JavaScript has delivered them and its destinations have room.
    Drain,
    Done(Result<i32, RunError>),
}

impl Event {
    pub const STDOUT: u32 = 1;
    pub const STDERR: u32 = 2;
    pub const HOST_CALL: u32 = 3;
    pub const DONE: u32 = 4;
    pub const STDIN_READ: u32 = 5;
    pub const DRAIN: u32 = 6;

    /// (kind, bytes, text) as the JavaScript callback receives them. The end
    /// is `{"exitCode": n}` or `{"error": {"code", "message"}}`.
    pub fn into_parts(self) -> (u32, Vec<u8>, String) {
        match self {
            Event::Stdout(b) => (Self::STDOUT, b, String::new()),
            Event::Stderr(b) => (Self::STDERR, b, String::new()),
            Event::HostCall(req) => (Self::HOST_CALL, Vec::new(), req),
            Event::StdinRead => (Self::STDIN_READ, Vec::new(), String::new()),
            Event::Drain => (Self::DRAIN, Vec::new(), String::new()),
            Event::Done(Ok(code)) => (
                Self::DONE,
                Vec::new(),
                serde_json::json!({ "exitCode": code }).to_string(),
            ),
            Event::Done(Err(e)) => (
                Self::DONE,
                Vec::new(),
                serde_json::json!({"error": {"code": e.code(), "message": e.to_string()}})
                    .to_string(),
            ),
        }
    }
}

/// Delivers events to JavaScript: a threadsafe function (async runs) or a
/// channel the blocked JS thread pumps (sync runs).
pub type Deliver = Arc<dyn Fn(Event) + Send + Sync>;

/// The run's host-call handler: hands the request to JavaScript and waits
/// for the reply. If JavaScript goes away (the run was dropped) the call
/// answers with an error instead of hanging.
pub struct JsHostCalls {
    pub deliver: Deliver,
    pub replies: Receiver<String>,
    /// A cancelled run stops waiting (a handler that never settles must not
    /// keep the run's thread forever); the run then ends at its next check.
    pub cancel: Arc<std::sync::atomic::AtomicBool>,
}

impl HostHandler for JsHostCalls {
    fn call(&mut self, request: &str) -> String {
        (self.deliver)(Event::HostCall(request.to_string()));
        let gone = || {
            serde_json::json!({"error": {"type": "HostCallError", "message": "the host went away before answering"}})
                .to_string()
        };
        loop {
            match self
                .replies
                .recv_timeout(std::time::Duration::from_millis(50))
            {
                Ok(reply) => return reply,
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return gone(),
                Err(_) if self.cancel.load(Ordering::SeqCst) => return gone(),
                Err(_) => {}
            }
        }
    }
}

pub fn reply_channel() -> (Sender<String>, Receiver<String>) {
    std::sync::mpsc::channel()
}

/// Stdin pulled from JavaScript chunk by chunk (an async iterable in run()).
pub struct PullStdin {
    pub deliver: Deliver,
    pub chunks: Receiver<Vec<u8>>,
    pub pending: Vec<u8>,
    pub ended: bool,
}

impl std::io::Read for PullStdin {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pending.is_empty() && !self.ended {
            (self.deliver)(Event::StdinRead);
            match self.chunks.recv() {
                Ok(chunk) if !chunk.is_empty() => self.pending = chunk,
                _ => self.ended = true,
            }
        }
        let n = self.pending.len().min(buf.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

/// How far a run's output may get ahead of JavaScript before the run waits
/// (the wasm engine's Worker uses the same window).
pub const OUTPUT_WINDOW: usize = 4 << 20;

/// The run side of output delivery, shared by stdout and stderr: counts what
/// was sent, waits for JavaScript past the window, and hands the guest the
/// errno an output callback reported (runSync: the write after a failed one
/// fails with it, as a write to a closed pipe would).
pub struct OutputFlow {
    deliver: Deliver,
    unacknowledged: usize,
    acks: Receiver<()>,
    cancel: Arc<std::sync::atomic::AtomicBool>,
    errors: Arc<[AtomicU16; 2]>,
}

impl OutputFlow {
    pub fn new(
        deliver: Deliver,
        acks: Receiver<()>,
        cancel: Arc<std::sync::atomic::AtomicBool>,
        errors: Arc<[AtomicU16; 2]>,
    ) -> Self {
        OutputFlow {
            deliver,
            unacknowledged: 0,
            acks,
            cancel,
            errors,
        }
    }

    /// One guest write to stdout (`index` 0) or stderr (1).
    pub fn write(&mut self, index: usize, bytes: &[u8]) -> Result<(), u16> {
        match self.errors[index].swap(0, Ordering::SeqCst) {
            0 => {}
            errno => return Err(errno),
        }
        let event = if index == 0 {
            Event::Stdout(bytes.to_vec())
        } else {
            Event::Stderr(bytes.to_vec())
        };
        (self.deliver)(event);
        self.unacknowledged += bytes.len();
        if self.unacknowledged >= OUTPUT_WINDOW {
            self.unacknowledged = 0;
            (self.deliver)(Event::Drain);
            // Wait for the answer; a cancelled run (or JavaScript gone) stops waiting.
            loop {
                match self.acks.recv_timeout(std::time::Duration::from_millis(50)) {
                    Ok(()) => break,
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                    Err(_) if self.cancel.load(Ordering::SeqCst) => break,
                    Err(_) => {}
                }
            }
        }
        Ok(())
    }
}
