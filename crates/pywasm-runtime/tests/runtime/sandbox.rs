//! Nothing outside the mounts is reachable from Python: `..` past a root,
//! absolute paths outside every mount, and symlinks pointing out are refused
//! (ENOTCAPABLE in WASI, which the port reports as PermissionError), on real
//! directories and symlinks.

use crate::common::run_with;
use pywasm_runtime::Mount;
use std::fs;
use std::path::Path;

struct Fixture {
    _tmp: tempfile::TempDir,
    root: std::path::PathBuf,
}

/// root/secret.txt (outside), root/mount/ (mounted at /w) with a file, a
/// subdirectory, and symlinks pointing out.
fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    fs::write(root.join("secret.txt"), "TOP SECRET").unwrap();
    fs::create_dir_all(root.join("outside-dir")).unwrap();
    fs::write(root.join("outside-dir/inner.txt"), "ALSO SECRET").unwrap();
    let m = root.join("mount");
    fs::create_dir_all(m.join("sub")).unwrap();
    fs::write(m.join("hello.txt"), "hello").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(root.join("secret.txt"), m.join("link-out")).unwrap();
        symlink(root.join("outside-dir"), m.join("dir-out")).unwrap();
        symlink(root.join("not-yet.txt"), m.join("dangling-out")).unwrap();
        symlink("hello.txt", m.join("link-in")).unwrap();
    }
    Fixture { _tmp: tmp, root }
}

fn python_in(fx: &Fixture, read_only: bool, code: &str) -> crate::common::Output {
    let mount = Mount {
        host: fx.root.join("mount"),
        guest: "/w".into(),
        read_only,
    };
    run_with(&["-c", code], |o| {
        o.mounts = vec![mount];
        o.env = vec![("PWD".into(), "/w".into())];
    })
}

const TRY_READ: &str = "def attempt(p):\n  try:\n    print(p, open(p).read())\n  except OSError as e:\n    print(p, 'refused', e.errno)\n";

#[test]
fn reads_inside_the_mount_work() {
    let fx = fixture();
    let out = python_in(
        &fx,
        false,
        &format!(
            "{TRY_READ}attempt('/w/hello.txt')\nattempt('sub/../hello.txt')\nattempt('link-in')"
        ),
    );
    assert_eq!(
        out.stdout, "/w/hello.txt hello\nsub/../hello.txt hello\nlink-in hello\n",
        "{}",
        out.stderr
    );
}

#[test]
fn escapes_are_refused() {
    let fx = fixture();
    let secret = fx.root.join("secret.txt");
    let code = format!(
        "{TRY_READ}for p in ['../secret.txt', '/w/../secret.txt', 'sub/../../secret.txt', '{}', 'link-out', 'dir-out/inner.txt', '/etc/passwd']:\n  attempt(p)",
        secret.display()
    );
    let out = python_in(&fx, false, &code);
    assert!(
        !out.stdout.contains("SECRET") && !out.stdout.contains("root:"),
        "leaked: {}",
        out.stdout
    );
    // Leaving a mount is ENOTCAPABLE in WASI, EACCES (13) in Python; a path
    // under no mount at all does not exist for the guest (ENOENT, 2).
    let errnos: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(
        errnos,
        ["13", "13", "13", "2", "13", "13", "2"],
        "{}\n{}",
        out.stdout,
        out.stderr
    );
}

#[test]
fn writes_through_outward_symlinks_are_refused() {
    let fx = fixture();
    let out = python_in(&fx, false, "try:\n  open('dangling-out', 'w').write('x')\n  print('wrote')\nexcept OSError as e:\n  print('refused', e.errno)\ntry:\n  open('dir-out/new.txt', 'w').write('x')\n  print('wrote')\nexcept OSError as e:\n  print('refused', e.errno)");
    assert_eq!(out.stdout, "refused 13\nrefused 13\n", "{}", out.stderr);
    assert!(!fx.root.join("not-yet.txt").exists());
    assert!(!fx.root.join("outside-dir/new.txt").exists());
}

#[test]
fn listing_an_outward_symlink_is_refused() {
    let fx = fixture();
    let out = python_in(&fx, false, "import os\nprint(sorted(os.listdir('/w')))\ntry:\n  print(os.listdir('dir-out'))\nexcept OSError as e:\n  print('refused', e.errno)");
    assert!(
        out.stdout
            .contains("'hello.txt', 'link-in', 'link-out', 'sub'"),
        "{}\n{}",
        out.stdout,
        out.stderr
    );
    assert!(out.stdout.ends_with("refused 13\n"), "{}", out.stdout);
    assert!(!out.stdout.contains("inner.txt"));
}

#[test]
fn read_only_mounts_refuse_changes() {
    let fx = fixture();
    // io.open is MicroPython's own open, under the CPython-compat wrapper of
    // builtins.open; the os functions go through the compat layer, whose
    // error mapping is not what this tests (any exception counts as refused,
    // the files on disk are what is checked).
    let code = "import io, os\nfor f in [lambda: io.open('new.txt', 'w'), lambda: os.remove('hello.txt'), lambda: os.mkdir('d'), lambda: os.rename('hello.txt', 'x.txt')]:\n  try:\n    f()\n    print('changed')\n  except Exception as e:\n    print('refused', getattr(e, 'errno', None))\nprint(open('hello.txt').read())";
    let out = python_in(&fx, true, code);
    // EROFS (30).
    assert!(
        out.stdout.starts_with("refused 30\n"),
        "{}\n{}",
        out.stdout,
        out.stderr
    );
    assert_eq!(
        out.stdout.matches("refused").count(),
        4,
        "{}\n{}",
        out.stdout,
        out.stderr
    );
    assert!(out.stdout.ends_with("hello\n"));
    let m = fx.root.join("mount");
    assert!(
        !m.join("new.txt").exists()
            && !m.join("d").exists()
            && !m.join("x.txt").exists()
            && m.join("hello.txt").exists()
    );
}

#[test]
fn files_round_trip_in_a_writable_mount() {
    let fx = fixture();
    let code = "import os\nos.mkdir('d')\nwith open('d/a.txt', 'w') as f: f.write('abc')\nwith open('d/a.txt', 'a') as f: f.write('def')\nos.rename('d/a.txt', 'd/b.txt')\nprint(open('d/b.txt').read(), os.listdir('d'), os.stat('d/b.txt')[6])\nos.remove('d/b.txt')\nos.rmdir('d')\nprint(os.listdir('/w').count('d'))";
    let out = python_in(&fx, false, code);
    assert_eq!(out.stdout, "abcdef ['b.txt'] 6\n0\n", "{}", out.stderr);
    assert!(!Path::new(&fx.root.join("mount/d")).exists());
}

#[test]
fn a_missing_mount_is_a_setup_error() {
    let out = run_with(&["-c", "pass"], |o| {
        o.mounts = vec![Mount {
            host: "/nonexistent/pywasm".into(),
            guest: "/x".into(),
            read_only: false,
        }]
    });
    assert_eq!(out.result.as_ref().unwrap_err().code(), "PYWASM_BAD_OPTION");
}
