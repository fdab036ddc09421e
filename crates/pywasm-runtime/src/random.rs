//! Randomness for the guest (random_get, which seeds Python's `random` and
//! the delimiters of GitHub file commands) from the operating system.
use std::io::{self, Read};

#[cfg(unix)]
pub fn fill(buf: &mut [u8]) -> io::Result<()> {
    use std::sync::Mutex;
    static URANDOM: Mutex<Option<std::fs::File>> = Mutex::new(None);
    let mut slot = URANDOM.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_none() {
        *slot = Some(std::fs::File::open("/dev/urandom")?);
    }
    slot.as_mut().unwrap().read_exact(buf)
}

#[cfg(not(unix))]
pub fn fill(_buf: &mut [u8]) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "no randomness source on this platform yet",
    ))
}
