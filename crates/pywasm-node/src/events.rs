//! What the run thread tells JavaScript, in the order it happened: output
//! chunks, host calls (the run waits for the reply) and the end.
use pywasm_runtime::{HostHandler, RunError};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;

pub enum Event {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
    /// A host call's request JSON; the reply comes back on the run's channel.
    HostCall(String),
    /// The guest wants stdin: the next chunk comes back (empty at the end).
    StdinRead,
    Done(Result<i32, RunError>),
}

impl Event {
    pub const STDOUT: u32 = 1;
    pub const STDERR: u32 = 2;
    pub const HOST_CALL: u32 = 3;
    pub const DONE: u32 = 4;
    pub const STDIN_READ: u32 = 5;

    /// (kind, bytes, text) as the JavaScript callback receives them. The end
    /// is `{"exitCode": n}` or `{"error": {"code", "message"}}`.
    pub fn into_parts(self) -> (u32, Vec<u8>, String) {
        match self {
            Event::Stdout(b) => (Self::STDOUT, b, String::new()),
            Event::Stderr(b) => (Self::STDERR, b, String::new()),
            Event::HostCall(req) => (Self::HOST_CALL, Vec::new(), req),
            Event::StdinRead => (Self::STDIN_READ, Vec::new(), String::new()),
            Event::Done(Ok(code)) => (Self::DONE, Vec::new(), serde_json::json!({ "exitCode": code }).to_string()),
            Event::Done(Err(e)) => (
                Self::DONE,
                Vec::new(),
                serde_json::json!({"error": {"code": e.code(), "message": e.to_string()}}).to_string(),
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
}

impl HostHandler for JsHostCalls {
    fn call(&mut self, request: &str) -> String {
        (self.deliver)(Event::HostCall(request.to_string()));
        self.replies.recv().unwrap_or_else(|_| {
            serde_json::json!({"error": {"type": "HostCallError", "message": "the host went away before answering"}})
                .to_string()
        })
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
