//! The on-disk cache of compiled modules.
//!
//! Compiling the interpreter with Cranelift takes a few hundred milliseconds;
//! loading a compiled artifact takes about one. An entry is one file:
//!
//!   magic "PYWASMC1" | key length u32 | key | payload length u64 |
//!   payload fingerprint u128 | payload
//!
//! The key names everything the artifact depends on (module bytes, wasmer
//! version, target and CPU features, metering). An entry whose magic, key,
//! length or fingerprint does not match is foreign, stale, truncated or
//! corrupt: it is removed and rebuilt, never handed to wasmer. Entries are
//! written to a temporary file and renamed into place, so concurrent fills
//! never expose half a file.
use crate::interpreter::fingerprint;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

const MAGIC: &[u8; 8] = b"PYWASMC1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskCache {
    dir: PathBuf,
}

impl DiskCache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        DiskCache { dir: dir.into() }
    }

    /// The cache the environment asks for: `PYWASM_CACHE_DIR` if set,
    /// none if `PYWASM_CACHE` is `0`/`off`/`false`, else the platform's
    /// user cache directory.
    pub fn from_env() -> Option<Self> {
        let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        if let Some(v) = env("PYWASM_CACHE") {
            if matches!(v.to_str(), Some("0" | "off" | "false" | "no")) {
                return None;
            }
        }
        if let Some(dir) = env("PYWASM_CACHE_DIR") {
            return Some(DiskCache::new(dir));
        }
        default_dir().map(DiskCache::new)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_for(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{:032x}.wasmer", fingerprint(key.as_bytes())))
    }

    /// The payload stored under `key`, if an intact entry exists. A damaged
    /// entry is deleted so the next fill replaces it.
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        let path = self.path_for(key);
        let bytes = fs::read(&path).ok()?;
        match decode(&bytes, key) {
            Some(payload) => Some(payload.to_vec()),
            None => {
                let _ = fs::remove_file(&path);
                None
            }
        }
    }

    /// Stores `payload` under `key`. Failures are ignored: the cache only
    /// saves time, a read-only home must not break a run.
    pub fn put(&self, key: &str, payload: &[u8]) {
        let _ = self.try_put(key, payload);
    }

    fn try_put(&self, key: &str, payload: &[u8]) -> std::io::Result<()> {
        static SEQ: AtomicU64 = AtomicU64::new(0);
        fs::create_dir_all(&self.dir)?;
        let path = self.path_for(key);
        let tmp = self.dir.join(format!(
            ".tmp-{}-{}-{}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::Relaxed),
            path.file_name().unwrap().to_string_lossy()
        ));
        let result = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(&encode(key, payload))?;
            f.sync_all()?;
            fs::rename(&tmp, &path)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
}

fn default_dir() -> Option<PathBuf> {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = if cfg!(windows) {
        var("LOCALAPPDATA")?
    } else if cfg!(target_os = "macos") {
        var("HOME")?.join("Library/Caches")
    } else {
        var("XDG_CACHE_HOME").or_else(|| var("HOME").map(|h| h.join(".cache")))?
    };
    Some(base.join("pywasm").join("native"))
}

pub fn encode(key: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + key.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(key.len() as u32).to_le_bytes());
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&fingerprint(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The payload of an entry written by `encode` for this `key`, or None.
pub fn decode<'a>(bytes: &'a [u8], key: &str) -> Option<&'a [u8]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (klen, rest) = rest.split_at_checked(4)?;
    let klen = u32::from_le_bytes(klen.try_into().ok()?) as usize;
    let (stored_key, rest) = rest.split_at_checked(klen)?;
    if stored_key != key.as_bytes() {
        return None;
    }
    let (plen, rest) = rest.split_at_checked(8)?;
    let (sum, payload) = rest.split_at_checked(16)?;
    if payload.len() as u64 != u64::from_le_bytes(plen.try_into().ok()?) {
        return None;
    }
    if fingerprint(payload) != u128::from_le_bytes(sum.try_into().ok()?) {
        return None;
    }
    Some(payload)
}
