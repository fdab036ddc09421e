//! The state every import function of a run shares, and the reasons a host
//! function stops the guest outright (they unwind wasm as traps).
use crate::options::HostHandler;
use crate::wasi::fds::FdTable;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Instant;
use wasmer::Memory;

pub struct RunEnv {
    pub memory: Option<Memory>,
    pub args: Vec<Vec<u8>>,
    pub env: Vec<Vec<u8>>,
    pub fds: FdTable,
    pub host: Box<dyn HostHandler>,
    /// The response of the last host_call, until host_result collects it.
    pub pending: Vec<u8>,
    pub deadline: Option<Instant>,
    pub cancel: Arc<AtomicBool>,
    pub interrupt: Arc<AtomicBool>,
    pub memory_limit_hit: Arc<AtomicBool>,
}

/// Why a host function ended the run.
#[derive(Debug)]
pub enum Stop {
    Exit(i32),
    Timeout,
    Cancelled,
    MemoryLimit,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Stop {}

impl RunEnv {
    /// Stops the run if the embedder or a limit says so (checked at every
    /// poll and at calls that may block).
    pub fn check_stop(&self) -> Result<(), Stop> {
        use std::sync::atomic::Ordering;
        if self.cancel.load(Ordering::Relaxed) {
            return Err(Stop::Cancelled);
        }
        if self.memory_limit_hit.load(Ordering::Relaxed) {
            return Err(Stop::MemoryLimit);
        }
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(Stop::Timeout);
        }
        Ok(())
    }
}
