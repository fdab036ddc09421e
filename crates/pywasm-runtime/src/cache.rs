//! The on-disk cache of compiled modules.
//!
//! Compiling the interpreter with Cranelift takes a few hundred milliseconds;
//! loading a compiled artifact takes about one. An entry is one file:
//!
//!   magic "PYWASMC2" | key length u32 | key | zero padding |
//!   payload length u64 | payload fingerprint u128 | payload
//!
//! The padding puts the payload at a multiple of 16 bytes in the file.
//!
//! The key names everything the artifact depends on (module bytes, wasmer
//! version, target and CPU features, metering). An entry whose magic, key,
//! length or fingerprint does not match is foreign, stale, truncated or
//! corrupt: it is removed and rebuilt, never handed to wasmer. Entries are
//! written to a temporary file and renamed into place, so concurrent fills
//! never expose half a file.
//!
//! Pruning: every new pywasm version brings a new module, so a machine would
//! collect one entry per version it ever ran. A hit refreshes its entry's
//! modification time (at most once a day); writing a new entry removes
//! entries unused for `MAX_IDLE` and temporary files a crashed writer left.
use crate::interpreter::fingerprint;
use bytes::Bytes;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

const MAGIC: &[u8; 8] = b"PYWASMC2";
/// The payload's offset in an entry is a multiple of this (see `get`).
const PAYLOAD_ALIGN: usize = 16;

/// An entry not loaded for this long is removed when another is written.
pub const MAX_IDLE: Duration = Duration::from_secs(30 * 24 * 3600);
/// A hit refreshes its entry's time only if it is older than this (one
/// metadata call per start, one write a day).
const REFRESH_AFTER: Duration = Duration::from_secs(24 * 3600);
/// A temporary file this old belongs to a writer that died.
const STALE_TMP: Duration = Duration::from_secs(3600);

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
        self.dir
            .join(format!("{:032x}.wasmer", fingerprint(key.as_bytes())))
    }

    /// The payload stored under `key`, if an intact entry exists. A damaged
    /// entry is deleted so the next fill replaces it. The payload is a view
    /// into the file mapped into memory: no copy of the multi-megabyte
    /// artifact, and only the pages wasmer reads are touched.
    pub fn get(&self, key: &str) -> Option<Bytes> {
        let path = self.path_for(key);
        let bytes = map_or_read(&path)?;
        match decode(&bytes, key) {
            Some(payload) => {
                refresh(&path);
                // wasmer reads the artifact's metadata in place, which needs
                // it aligned. `encode` pads the header so the payload sits at
                // a multiple of PAYLOAD_ALIGN in the file, and a mapping (or a
                // large allocation) starts on a page; if it did not, copy.
                if !(payload.as_ptr() as usize).is_multiple_of(PAYLOAD_ALIGN) {
                    return Some(Bytes::copy_from_slice(payload));
                }
                let start = payload.as_ptr() as usize - bytes.as_ptr() as usize;
                let end = start + payload.len();
                Some(bytes.slice(start..end))
            }
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
        self.prune();
        result
    }

    /// Removes entries idle for `MAX_IDLE` and stale temporary files.
    /// Best effort, like the rest of the cache.
    pub fn prune(&self) {
        let Ok(dir) = fs::read_dir(&self.dir) else {
            return;
        };
        let now = SystemTime::now();
        for entry in dir.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let max_age = if name.starts_with(".tmp-") {
                STALE_TMP
            } else if name.ends_with(".wasmer") {
                MAX_IDLE
            } else {
                continue; // not ours
            };
            let modified = entry.metadata().and_then(|m| m.modified());
            if modified.is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > max_age)) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// An entry's bytes: mapped read-only (reading 2.7 MB into fresh memory cost
/// a warm start ~2-4 ms), or read where mapping fails.
///
/// Why mapping is safe here: entries are never changed in place. A fill
/// writes a temporary file and renames it over the entry, and removal
/// unlinks it; either leaves a mapped inode intact. Only someone truncating
/// an entry by hand while a run has it mapped could fault the process.
fn map_or_read(path: &Path) -> Option<Bytes> {
    let mut file = fs::File::open(path).ok()?;
    // SAFETY: see above; the mapping is private and read-only.
    match unsafe { memmap2::Mmap::map(&file) } {
        Ok(map) => Some(Bytes::from_owner(map)),
        Err(_) => {
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).ok()?;
            Some(Bytes::from(bytes))
        }
    }
}

/// Marks an entry as recently used (see the module docs on pruning).
fn refresh(path: &Path) {
    let Ok(meta) = fs::metadata(path) else { return };
    let now = SystemTime::now();
    if meta
        .modified()
        .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > REFRESH_AFTER))
    {
        if let Ok(f) = fs::File::options().write(true).open(path) {
            let _ = f.set_modified(now);
        }
    }
}

fn default_dir() -> Option<PathBuf> {
    let var = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(windows) {
        var("LOCALAPPDATA")?
    } else if cfg!(target_os = "macos") {
        var("HOME")?.join("Library/Caches")
    } else {
        var("XDG_CACHE_HOME").or_else(|| var("HOME").map(|h| h.join(".cache")))?
    };
    Some(base.join("pywasm").join("native"))
}

/// Zero bytes after a key of `klen` bytes that align the payload: the fixed
/// fields are 8 (magic) + 4 + 8 + 16 = 36 bytes.
fn key_padding(klen: usize) -> usize {
    (PAYLOAD_ALIGN - (36 + klen) % PAYLOAD_ALIGN) % PAYLOAD_ALIGN
}

pub fn encode(key: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + key.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(key.len() as u32).to_le_bytes());
    out.extend_from_slice(key.as_bytes());
    out.resize(out.len() + key_padding(key.len()), 0);
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
    let (_, rest) = rest.split_at_checked(key_padding(klen))?;
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
