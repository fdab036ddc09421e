//! The compiled-module cache: hits after a fill, damaged or foreign entries
//! rebuilt (never loaded), concurrent fills safe, and it can be switched off.
use pywasm_runtime::cache::{decode, encode};
use pywasm_runtime::{interpreter, ArtifactSource, DiskCache, RunOptions, Runtime};
use std::fs;
use std::sync::{Arc, Mutex};

fn entry_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir).map_or(vec![], |d| {
        d.map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "wasmer"))
            .collect()
    })
}

fn hello(rt: &Runtime) -> String {
    let out = Arc::new(Mutex::new(Vec::new()));
    let o = out.clone();
    let code = rt.run(RunOptions {
        args: vec!["pywasm".into(), "-c".into(), "print('ok')".into()],
        stdout: Box::new(move |b| {
            o.lock().unwrap().extend_from_slice(b);
            Ok(())
        }),
        ..Default::default()
    });
    assert_eq!(code, Ok(0));
    let s = String::from_utf8(out.lock().unwrap().clone()).unwrap();
    s
}

#[test]
fn encode_decode_checks_everything() {
    let e = encode("k1", b"payload");
    assert_eq!(decode(&e, "k1"), Some(&b"payload"[..]));
    assert_eq!(decode(&e, "k2"), None, "foreign key");
    assert_eq!(decode(&e[..e.len() - 1], "k1"), None, "truncated");
    let mut flipped = e.clone();
    *flipped.last_mut().unwrap() ^= 1;
    assert_eq!(decode(&flipped, "k1"), None, "corrupt payload");
    assert_eq!(decode(b"not a cache file at all", "k1"), None, "garbage");
    assert_eq!(decode(b"", "k1"), None, "empty");
}

#[test]
fn fill_hit_and_corruption_rebuild() {
    let tmp = tempfile::tempdir().unwrap();
    let wasm = interpreter::embedded_wasm();
    let rt = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
    assert_eq!(rt.module(false).unwrap().1, ArtifactSource::Compiled);
    assert_eq!(rt.module(false).unwrap().1, ArtifactSource::Memory);
    let files = entry_files(tmp.path());
    assert_eq!(files.len(), 1);

    // A new process (a new Runtime) loads from disk and runs.
    let rt2 = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
    assert_eq!(rt2.module(false).unwrap().1, ArtifactSource::Disk);
    assert_eq!(hello(&rt2), "ok\n");

    // Truncated, bit-flipped and foreign entries are rebuilt, never loaded.
    let good = fs::read(&files[0]).unwrap();
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0xff;
    let foreign = encode("some other key", &good[100..]);
    for damaged in [
        good[..good.len() / 3].to_vec(),
        flipped,
        foreign,
        b"garbage".to_vec(),
    ] {
        fs::write(&files[0], &damaged).unwrap();
        let rt3 = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
        assert_eq!(rt3.module(false).unwrap().1, ArtifactSource::Compiled);
        assert_eq!(hello(&rt3), "ok\n");
        assert_eq!(
            fs::read(&files[0]).unwrap(),
            good,
            "the entry was rewritten intact"
        );
    }
}

#[test]
fn concurrent_fills_leave_one_intact_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let wasm = interpreter::embedded_wasm();
    std::thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| {
                let rt = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
                assert_eq!(hello(&rt), "ok\n");
            });
        }
    });
    let files = entry_files(tmp.path());
    assert_eq!(files.len(), 1);
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let rt = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
    assert_eq!(rt.module(false).unwrap().1, ArtifactSource::Disk);
}

fn set_age(path: &std::path::Path, days: u64) {
    let when = std::time::SystemTime::now() - std::time::Duration::from_secs(days * 24 * 3600);
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

fn age_days(path: &std::path::Path) -> u64 {
    fs::metadata(path)
        .unwrap()
        .modified()
        .unwrap()
        .elapsed()
        .unwrap()
        .as_secs()
        / (24 * 3600)
}

#[test]
fn writing_an_entry_prunes_idle_ones_and_hits_keep_theirs_alive() {
    let tmp = tempfile::tempdir().unwrap();
    let idle = tmp.path().join("0123456789abcdef0123456789abcdef.wasmer");
    let recent = tmp.path().join("fedcba9876543210fedcba9876543210.wasmer");
    let dead_writer = tmp.path().join(".tmp-1-0-x.wasmer");
    let other = tmp.path().join("notes.txt");
    for (path, days) in [(&idle, 40), (&recent, 5), (&dead_writer, 1), (&other, 400)] {
        fs::write(path, b"x").unwrap();
        set_age(path, days);
    }
    let wasm = interpreter::embedded_wasm();
    let rt = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
    assert_eq!(rt.module(false).unwrap().1, ArtifactSource::Compiled);
    assert!(!idle.exists(), "an entry idle for 40 days is removed");
    assert!(!dead_writer.exists(), "a day-old temporary file is removed");
    assert!(recent.exists(), "an entry used 5 days ago stays");
    assert!(other.exists(), "files that are not ours stay");

    // A hit makes its entry young again, so a busy entry is never pruned.
    let entry = entry_files(tmp.path())
        .into_iter()
        .find(|p| p != &recent)
        .unwrap();
    set_age(&entry, 29);
    let rt2 = Runtime::new(wasm, Some(DiskCache::new(tmp.path())));
    assert_eq!(rt2.module(false).unwrap().1, ArtifactSource::Disk);
    assert_eq!(age_days(&entry), 0);
}

#[test]
fn no_cache_means_no_files() {
    let rt = Runtime::new(interpreter::embedded_wasm(), None);
    assert_eq!(hello(&rt), "ok\n");
    assert!(rt.cache().is_none());
}

#[test]
fn keys_name_wasm_version_and_metering() {
    let a = pywasm_runtime::artifact_key(1, false);
    assert!(a.contains(pywasm_runtime::WASMER_VERSION) && a.contains("cpu="));
    assert_ne!(a, pywasm_runtime::artifact_key(2, false));
    assert_ne!(a, pywasm_runtime::artifact_key(1, true));
}

#[test]
fn the_embedded_fingerprint_is_the_modules() {
    assert_eq!(
        interpreter::embedded_fingerprint(),
        interpreter::fingerprint(interpreter::embedded_wasm())
    );
}
