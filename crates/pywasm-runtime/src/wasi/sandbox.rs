//! Which host path a guest path names, within the mounts: the capability check.
//!
//! The guest names files relative to a directory fd (a mount's root or a
//! directory opened in it). Resolution is lexical first ("." and ".." are
//! applied to the path; ".." past the mount's root and absolute paths are
//! refused), then the host's real path of the result (or of its parent, for a
//! name about to be created or a link not followed) must still lie inside the
//! mount's real root: a symlink that points out of the mount is refused,
//! never followed. Between this check and the use of the path a concurrent
//! host process could swap a directory for a symlink; the guest itself
//! cannot, because creating symlinks is not offered to it.
use super::types::{errno, Errno};
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct MountPoint {
    pub host: PathBuf,
    pub real_host: PathBuf,
    pub guest: String,
    pub read_only: bool,
}

impl MountPoint {
    pub fn new(host: &Path, guest: &str, read_only: bool) -> io::Result<Self> {
        let real_host = std::fs::canonicalize(host)?;
        if !real_host.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                "a mount must be a directory",
            ));
        }
        Ok(MountPoint {
            host: host.to_path_buf(),
            real_host,
            guest: guest.to_string(),
            read_only,
        })
    }
}

/// A resolved guest path: the host path and the path relative to the mount root.
#[derive(Debug)]
pub struct Resolved {
    pub host: PathBuf,
    pub relative: String,
}

/// Resolves `guest_path` relative to `base` (a path relative to the mount
/// root, "" for the root). With `follow_final`, the last component may be a
/// symlink to follow and must end up inside the mount too.
pub fn resolve(
    mount: &MountPoint,
    base: &str,
    guest_path: &str,
    follow_final: bool,
) -> Result<Resolved, Errno> {
    if guest_path.contains('\0') {
        return Err(errno::INVAL);
    }
    if guest_path.starts_with('/') {
        return Err(errno::NOTCAPABLE);
    }
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in guest_path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(errno::NOTCAPABLE);
                }
            }
            name => parts.push(name),
        }
    }
    let relative = parts.join("/");
    let host = if relative.is_empty() {
        mount.host.clone()
    } else {
        mount.host.join(&relative)
    };
    if !parts.is_empty() {
        let probe = if follow_final {
            host.clone()
        } else {
            host.parent().unwrap_or(&mount.host).to_path_buf()
        };
        check_inside(mount, &probe)?;
    }
    Ok(Resolved { host, relative })
}

/// The real path of `probe`, or of its nearest existing ancestor, must lie in
/// the mount's real root.
fn check_inside(mount: &MountPoint, probe: &Path) -> Result<(), Errno> {
    let mut p = probe.to_path_buf();
    let real = loop {
        match std::fs::canonicalize(&p) {
            Ok(real) => break real,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                // Exists but has no real path: a dangling symlink. Creating
                // through it would write wherever it points.
                if std::fs::symlink_metadata(&p).is_ok() {
                    return Err(errno::NOTCAPABLE);
                }
                if p.as_os_str().len() <= mount.host.as_os_str().len() {
                    return Ok(());
                }
                if !p.pop() {
                    return Ok(());
                }
            }
            Err(e) if e.raw_os_error() == Some(40) => return Err(errno::NOTCAPABLE),
            Err(e) => return Err(super::types::errno_of(&e)),
        }
    };
    if real.starts_with(&mount.real_host) {
        Ok(())
    } else {
        Err(errno::NOTCAPABLE)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn mount() -> (tempfile::TempDir, MountPoint) {
        let tmp = tempfile::tempdir().unwrap();
        let m = tmp.path().join("m");
        std::fs::create_dir_all(m.join("sub")).unwrap();
        std::fs::write(tmp.path().join("secret"), "s").unwrap();
        symlink(tmp.path().join("secret"), m.join("out")).unwrap();
        symlink(tmp.path(), m.join("up")).unwrap();
        let mp = MountPoint::new(&m, "/m", false).unwrap();
        (tmp, mp)
    }

    #[test]
    fn escapes_are_not_capable() {
        let (_t, m) = mount();
        for (base, path, follow) in [
            ("", "..", true),
            ("", "../secret", true),
            ("sub", "../../secret", true),
            ("", "/etc/passwd", true),
            ("", "out", true),
            ("", "up/secret", true),
            ("", "up/new-file", false),
        ] {
            assert_eq!(
                resolve(&m, base, path, follow).unwrap_err(),
                errno::NOTCAPABLE,
                "{base} {path}"
            );
        }
    }

    #[test]
    fn inside_paths_resolve() {
        let (_t, m) = mount();
        assert_eq!(
            resolve(&m, "", "sub/../sub/x", false).unwrap().relative,
            "sub/x"
        );
        assert_eq!(resolve(&m, "sub", "..", true).unwrap().relative, "");
        // Not following the final link: the link itself is inside.
        assert_eq!(resolve(&m, "", "out", false).unwrap().relative, "out");
        assert_eq!(resolve(&m, "", "a\0b", true).unwrap_err(), errno::INVAL);
    }
}
