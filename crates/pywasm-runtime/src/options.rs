//! What a run is given: its command line, environment, mounts, streams,
//! host-call handler and limits. Nothing of the host process leaks in
//! unless it is put here.
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// A host directory made visible to the guest at an absolute guest path.
#[derive(Debug, Clone)]
pub struct Mount {
    pub host: PathBuf,
    pub guest: String,
    pub read_only: bool,
}

/// Where the guest's fd 0 reads from.
pub enum Stdin {
    /// Reads see end of file at once.
    Empty,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// Read as the guest reads (a pipe, a terminal, a file).
    Reader(Box<dyn Read + Send>),
}

/// Receives each guest write to stdout or stderr as it happens. An `Err`
/// is a WASI errno the guest's write returns instead (a reader that went
/// away: `PIPE`); the bytes of that write are not delivered.
pub type OutputSink = Box<dyn FnMut(&[u8]) -> Result<(), u16> + Send>;

/// Serves `pywasm.host_call`: request JSON text in, response JSON text out
/// (`{"ok": ...}` or `{"error": {"type", "message"}}`, docs/module-interface.md).
pub trait HostHandler: Send {
    fn call(&mut self, request: &str) -> String;
}

/// The default handler: every call is answered as missing.
pub struct NoHostCalls;

impl HostHandler for NoHostCalls {
    fn call(&mut self, request: &str) -> String {
        let name = serde_json::from_str::<serde_json::Value>(request)
            .ok()
            .and_then(|v| v.get("call").and_then(|c| c.as_str()).map(str::to_owned))
            .unwrap_or_default();
        missing_handler(&name)
    }
}

/// The response to a call nobody handles.
pub fn missing_handler(name: &str) -> String {
    serde_json::json!({"error": {"type": "HostCallError", "message": format!("no host handler for '{name}'")}})
        .to_string()
}

#[derive(Debug, Clone, Default)]
pub struct Limits {
    /// Wall-clock limit in milliseconds.
    pub timeout_ms: Option<u64>,
    /// Cap on the guest's linear memory, in bytes (rounded down to 64 KiB pages).
    pub max_memory_bytes: Option<u64>,
    /// Deterministic fuel: wasm operators the guest may execute.
    pub fuel: Option<u64>,
}

/// Flags the embedder may raise from another thread while the run goes on.
#[derive(Debug, Clone, Default)]
pub struct Signals {
    /// Ends the run at the next poll with `RunError::Cancelled`.
    pub cancel: Arc<AtomicBool>,
    /// Makes the next poll raise KeyboardInterrupt in the guest (then clears).
    pub interrupt: Arc<AtomicBool>,
}

pub struct RunOptions {
    /// The module's whole argv, argv[0] included (`pywasm`).
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub mounts: Vec<Mount>,
    pub stdin: Stdin,
    pub stdout: OutputSink,
    pub stderr: OutputSink,
    /// Reported to the guest by fd_fdstat_get: [stdin, stdout, stderr] are terminals.
    pub tty: [bool; 3],
    pub host: Box<dyn HostHandler>,
    pub limits: Limits,
    pub signals: Signals,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            args: vec!["pywasm".into()],
            env: Vec::new(),
            mounts: Vec::new(),
            stdin: Stdin::Empty,
            stdout: Box::new(|_| Ok(())),
            stderr: Box::new(|_| Ok(())),
            tty: [false; 3],
            host: Box::new(NoHostCalls),
            limits: Limits::default(),
            signals: Signals::default(),
        }
    }
}
