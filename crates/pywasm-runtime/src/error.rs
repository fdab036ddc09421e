//! How a run can fail: each limit is its own variant so embedders can tell
//! them apart (the Node bindings turn `code()` into `err.code`).
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// The wall-clock limit passed; the run was stopped at the next poll.
    Timeout { limit_ms: u64 },
    /// The guest asked for more linear memory than the limit allows.
    MemoryLimit { limit_bytes: u64 },
    /// The deterministic fuel budget ran out.
    FuelExhausted { fuel: u64 },
    /// The embedder cancelled the run.
    Cancelled,
    /// The engine's own stack ran out before MicroPython's recursion check.
    StackExhausted,
    /// The module trapped: a bug in the module or in this engine.
    Crashed(String),
    /// The run could not start (bad options, a mount that does not exist, ...).
    Setup(String),
}

impl RunError {
    /// The stable code the JavaScript side reports as `err.code`.
    pub fn code(&self) -> &'static str {
        match self {
            RunError::Timeout { .. } => "PYWASM_TIMEOUT",
            RunError::MemoryLimit { .. } => "PYWASM_MEMORY_LIMIT",
            RunError::FuelExhausted { .. } => "PYWASM_FUEL_EXHAUSTED",
            RunError::Cancelled => "PYWASM_ABORTED",
            RunError::StackExhausted => "PYWASM_STACK_EXHAUSTED",
            RunError::Crashed(_) => "PYWASM_CRASHED",
            RunError::Setup(_) => "PYWASM_BAD_OPTION",
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Timeout { limit_ms } => write!(
                f,
                "the script ran longer than its time limit ({} s) and was stopped",
                *limit_ms as f64 / 1000.0
            ),
            RunError::MemoryLimit { limit_bytes } => write!(
                f,
                "the script needed more than its memory limit ({limit_bytes} bytes of wasm memory) and was stopped"
            ),
            RunError::FuelExhausted { fuel } => {
                write!(f, "the script used up its fuel ({fuel} units) and was stopped")
            }
            RunError::Cancelled => write!(f, "the run was aborted"),
            RunError::StackExhausted => write!(
                f,
                "RecursionError: maximum recursion depth exceeded (the engine ran out of native stack)"
            ),
            RunError::Crashed(why) => {
                write!(f, "the interpreter stopped with an engine error: {why}")
            }
            RunError::Setup(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for RunError {}
