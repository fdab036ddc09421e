//! The run options JavaScript passes (built by engine-native.js from the
//! engine interface's job), turned into the runtime's RunOptions.
use napi::bindgen_prelude::Buffer;
use napi_derive::napi;
use pywasm_runtime::{Limits, Mount, RunOptions, Stdin};
use std::io::Read;

#[napi(object)]
pub struct JsMount {
    pub host: String,
    pub guest: String,
    pub read_only: Option<bool>,
}

#[napi(object)]
pub struct JsJob {
    /// The module's whole argv, "pywasm" first.
    pub args: Vec<String>,
    /// [name, value] pairs: the guest's whole environment.
    pub env: Vec<Vec<String>>,
    pub mounts: Vec<JsMount>,
    /// Stdin bytes, then end of file (ignored when stdinFd is set).
    pub stdin: Option<Buffer>,
    /// A host fd read as the guest reads (the CLI passes 0).
    pub stdin_fd: Option<i32>,
    /// Stdin is pulled from JavaScript (start() only): kind-5 events ask
    /// for the next chunk, handle.feedStdin answers.
    pub stdin_pull: Option<bool>,
    /// [stdin, stdout, stderr] are terminals.
    pub tty: Option<Vec<bool>>,
    pub timeout_ms: Option<f64>,
    pub max_memory_bytes: Option<f64>,
    pub fuel: Option<f64>,
}

pub fn run_options(job: JsJob) -> napi::Result<RunOptions> {
    let mut env = Vec::with_capacity(job.env.len());
    for pair in job.env {
        match <[String; 2]>::try_from(pair) {
            Ok([k, v]) => env.push((k, v)),
            Err(_) => {
                return Err(napi::Error::from_reason(
                    "env: each entry must be [name, value]",
                ))
            }
        }
    }
    let stdin = match (job.stdin_fd, job.stdin) {
        (Some(fd), _) => Stdin::Reader(fd_reader(fd)?),
        (None, Some(b)) => Stdin::Bytes(b.to_vec()),
        (None, None) => Stdin::Empty,
    };
    let tty = job.tty.unwrap_or_default();
    let limit = |v: Option<f64>| v.filter(|n| n.is_finite() && *n > 0.0).map(|n| n as u64);
    Ok(RunOptions {
        args: job.args,
        env,
        mounts: job
            .mounts
            .into_iter()
            .map(|m| Mount {
                host: m.host.into(),
                guest: m.guest,
                read_only: m.read_only.unwrap_or(false),
            })
            .collect(),
        stdin,
        tty: [0, 1, 2].map(|i| tty.get(i).copied().unwrap_or(false)),
        limits: Limits {
            timeout_ms: limit(job.timeout_ms),
            max_memory_bytes: limit(job.max_memory_bytes),
            fuel: limit(job.fuel),
        },
        ..Default::default()
    })
}

/// Reads a host fd without taking ownership of it (Node keeps it). A
/// non-blocking fd (Node may set O_NONBLOCK on pipes and terminals) is
/// retried after a short wait.
#[cfg(unix)]
fn fd_reader(fd: i32) -> napi::Result<Box<dyn Read + Send>> {
    use std::os::fd::FromRawFd;
    struct Borrowed(std::mem::ManuallyDrop<std::fs::File>);
    impl Read for Borrowed {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            loop {
                match self.0.read(buf) {
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        std::thread::sleep(std::time::Duration::from_millis(5))
                    }
                    other => return other,
                }
            }
        }
    }
    if fd < 0 {
        return Err(napi::Error::from_reason("stdin: bad fd"));
    }
    // SAFETY: the fd stays open in Node for the run; ManuallyDrop never closes it.
    Ok(Box::new(Borrowed(std::mem::ManuallyDrop::new(unsafe {
        std::fs::File::from_raw_fd(fd)
    }))))
}

#[cfg(not(unix))]
fn fd_reader(_fd: i32) -> napi::Result<Box<dyn Read + Send>> {
    Err(napi::Error::from_reason(
        "stdin: reading a host fd is not supported on this platform yet",
    ))
}
