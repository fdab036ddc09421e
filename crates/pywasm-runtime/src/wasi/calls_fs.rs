//! File-descriptor and path imports, over the FdTable and the sandbox.
use super::fds::OpenRequest;
use super::guest::Guest;
use super::types::{errno, errno_of, filetype_of, fstflags, rights, Errno, LOOKUP_SYMLINK_FOLLOW};
use super::{ret, with};
use crate::state::{RunEnv, Stop};
use std::time::UNIX_EPOCH;
use wasmer::FunctionEnvMut;

type Ctx<'a> = FunctionEnvMut<'a, RunEnv>;

pub fn fd_fdstat_get(mut ctx: Ctx, fd: u32, ptr: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let (ft, seekable, append) = env.fds.kind(fd)?;
        g.set_u8(ptr, ft)?;
        g.set_u16(ptr + 2, append as u16)?;
        let base = if seekable {
            rights::ALL
        } else {
            rights::ALL & !(rights::FD_SEEK | rights::FD_TELL)
        };
        g.set_u64(ptr + 8, base)?;
        g.set_u64(ptr + 16, rights::ALL)
    }))
}

/// os.fstat: a file's or directory's own stat, as path_filestat_get gives
/// it; a standard stream is a terminal (character device) or nothing known,
/// with every other field 0 (the wasm engine's too).
pub fn fd_filestat_get(mut ctx: Ctx, fd: u32, ptr: u32) -> i32 {
    ret(with(&mut ctx, |env, g| match env.fds.metadata(fd)? {
        Some(meta) => write_filestat(g, ptr, &meta),
        None => {
            g.write(ptr, &[0u8; 64])?;
            g.set_u8(ptr + 16, env.fds.kind(fd)?.0)
        }
    }))
}

/// os.ftruncate. Only a file opened for writing can be resized (the host's
/// descriptor says so), and a file in a read-only mount never is.
pub fn fd_filestat_set_size(mut ctx: Ctx, fd: u32, size: u64) -> i32 {
    ret(with(&mut ctx, |env, _| env.fds.set_size(fd, size)))
}

pub fn fd_prestat_get(mut ctx: Ctx, fd: u32, ptr: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let len = env.fds.preopen_name(fd)?.len() as u32;
        g.set_u8(ptr, 0)?;
        g.set_u32(ptr + 4, len)
    }))
}

pub fn fd_prestat_dir_name(mut ctx: Ctx, fd: u32, ptr: u32, len: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let name = env.fds.preopen_name(fd)?.as_bytes();
        g.write(ptr, &name[..name.len().min(len as usize)])
    }))
}

pub fn fd_read(mut ctx: Ctx, fd: u32, iovs: u32, count: u32, nread: u32) -> Result<i32, Stop> {
    ctx.data().check_stop()?;
    Ok(ret(with(&mut ctx, |env, g| {
        let mut total = 0u32;
        for (ptr, len) in g.iovecs(iovs, count)? {
            let mut buf = vec![0u8; len as usize];
            let n = env.fds.read(fd, &mut buf)?;
            g.write(ptr, &buf[..n])?;
            total += n as u32;
            if n < len as usize {
                break;
            }
        }
        g.set_u32(nread, total)
    })))
}

pub fn fd_write(mut ctx: Ctx, fd: u32, iovs: u32, count: u32, nwritten: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        // One guest write is delivered as one chunk, as the guest made it.
        let mut data = Vec::new();
        for (ptr, len) in g.iovecs(iovs, count)? {
            data.extend_from_slice(&g.bytes(ptr, len)?);
        }
        let n = if data.is_empty() {
            0
        } else {
            env.fds.write(fd, &data)?
        };
        g.set_u32(nwritten, n as u32)
    }))
}

pub fn fd_seek(mut ctx: Ctx, fd: u32, offset: i64, whence: u32, out: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        g.set_u64(out, env.fds.seek(fd, offset, whence as u8)?)
    }))
}

pub fn fd_sync(mut ctx: Ctx, fd: u32) -> i32 {
    ret(with(&mut ctx, |env, _| env.fds.sync(fd)))
}

pub fn fd_close(mut ctx: Ctx, fd: u32) -> i32 {
    ret(with(&mut ctx, |env, _| env.fds.close(fd)))
}

/// Entries from index `cookie` on, each a 24-byte dirent and its name; a
/// truncated last entry tells the guest to call again with a bigger buffer.
pub fn fd_readdir(
    mut ctx: Ctx,
    fd: u32,
    buf: u32,
    buf_len: u32,
    cookie: u64,
    used_ptr: u32,
) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let list = env.fds.list(fd)?;
        let mut used = 0u32;
        for (i, (name, ft)) in list.iter().enumerate().skip(cookie as usize) {
            if used >= buf_len {
                break;
            }
            let mut entry = Vec::with_capacity(24 + name.len());
            entry.extend_from_slice(&(i as u64 + 1).to_le_bytes());
            entry.extend_from_slice(&(i as u64 + 1).to_le_bytes());
            entry.extend_from_slice(&(name.len() as u32).to_le_bytes());
            entry.extend_from_slice(&[*ft, 0, 0, 0]);
            entry.extend_from_slice(name.as_bytes());
            let n = entry.len().min((buf_len - used) as usize);
            g.write(buf + used, &entry[..n])?;
            used += n as u32;
        }
        g.set_u32(used_ptr, used)
    }))
}

#[allow(clippy::too_many_arguments)]
pub fn path_open(
    mut ctx: Ctx,
    dir_fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    oflags: u32,
    rights_base: u64,
    _inheriting: u64,
    fdflags: u32,
    fd_out: u32,
) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let path = g.string(path, path_len)?;
        let req = OpenRequest {
            follow: lookup & LOOKUP_SYMLINK_FOLLOW != 0,
            oflags: oflags as u16,
            rights: rights_base,
            fdflags: fdflags as u16,
        };
        let fd = env.fds.open(dir_fd, &path, &req)?;
        g.set_u32(fd_out, fd)
    }))
}

fn nanos(t: std::io::Result<std::time::SystemTime>) -> u64 {
    t.ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64)
}

fn write_filestat(g: &Guest, ptr: u32, m: &std::fs::Metadata) -> Result<(), Errno> {
    // ctime is the inode's last change (as Node's fs.stat and CPython give
    // it), which only unix has; elsewhere the creation time stands in.
    #[cfg(unix)]
    let (dev, ino, nlink, ctime) = {
        use std::os::unix::fs::MetadataExt;
        let ctime = (m.ctime() as u64) * 1_000_000_000 + m.ctime_nsec() as u64;
        (m.dev(), m.ino(), m.nlink(), ctime)
    };
    #[cfg(not(unix))]
    let (dev, ino, nlink, ctime) = (
        0u64,
        0u64,
        1u64,
        nanos(m.created().or_else(|_| m.modified())),
    );
    g.set_u64(ptr, dev)?;
    g.set_u64(ptr + 8, ino)?;
    // Our extension: the permission bits in the padding after the filetype
    // (docs/module-interface.md, "Permission bits").
    let [lo, hi] = permission_bits(m).to_le_bytes();
    g.write(
        ptr + 16,
        &[filetype_of(&m.file_type()), 0, lo, hi, 0, 0, 0, 0],
    )?;
    g.set_u64(ptr + 24, nlink)?;
    g.set_u64(ptr + 32, m.len())?;
    g.set_u64(ptr + 40, nanos(m.accessed()))?;
    g.set_u64(ptr + 48, nanos(m.modified()))?;
    g.set_u64(ptr + 56, ctime)
}

#[cfg(unix)]
fn permission_bits(m: &std::fs::Metadata) -> u16 {
    use std::os::unix::fs::PermissionsExt;
    (m.permissions().mode() & 0o7777) as u16
}

/// Where files have no mode, what Node's fs.stat reports: read-write, or
/// read-only, for owner, group and others.
#[cfg(not(unix))]
fn permission_bits(m: &std::fs::Metadata) -> u16 {
    if m.permissions().readonly() {
        0o444
    } else {
        0o666
    }
}

/// os.chmod (`pywasm_fs.path_permissions_set`): a change, so only in a
/// writable mount; a final symlink is followed (Linux has no permission bits
/// of a link's own).
pub fn path_permissions_set(
    mut ctx: Ctx,
    dir_fd: u32,
    _lookup: u32,
    path: u32,
    len: u32,
    mode: u32,
) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let (mount, r) = env.fds.resolve_at(dir_fd, &g.string(path, len)?, true)?;
        env.fds.writable(mount)?;
        set_permission_bits(&r.host, mode & 0o7777).map_err(|e| errno_of(&e))
    }))
}

#[cfg(unix)]
fn set_permission_bits(host: &std::path::Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(host, std::fs::Permissions::from_mode(mode))
}

/// Where files have no mode, as Node's fs.chmod: the owner's write bit
/// decides read-only.
#[cfg(not(unix))]
fn set_permission_bits(host: &std::path::Path, mode: u32) -> std::io::Result<()> {
    let mut permissions = std::fs::metadata(host)?.permissions();
    permissions.set_readonly(mode & 0o200 == 0);
    std::fs::set_permissions(host, permissions)
}

pub fn path_filestat_get(
    mut ctx: Ctx,
    dir_fd: u32,
    lookup: u32,
    path: u32,
    len: u32,
    ptr: u32,
) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let follow = lookup & LOOKUP_SYMLINK_FOLLOW != 0;
        let (_, r) = env.fds.resolve_at(dir_fd, &g.string(path, len)?, follow)?;
        let meta = if follow {
            std::fs::metadata(&r.host)
        } else {
            std::fs::symlink_metadata(&r.host)
        };
        write_filestat(g, ptr, &meta.map_err(|e| errno_of(&e))?)
    }))
}

/// os.utime: a change, so only in a writable mount. std sets times through
/// an open file, which follows a final symlink; setting a link's own times
/// (follow_symlinks=False) is refused.
#[allow(clippy::too_many_arguments)] // the WASI call's own signature
pub fn path_filestat_set_times(
    mut ctx: Ctx,
    dir_fd: u32,
    lookup: u32,
    path: u32,
    len: u32,
    atim: u64,
    mtim: u64,
    flags: u32,
) -> i32 {
    ret(with(&mut ctx, |env, g| {
        if lookup & LOOKUP_SYMLINK_FOLLOW == 0 {
            return Err(errno::NOTSUP);
        }
        let (mount, r) = env.fds.resolve_at(dir_fd, &g.string(path, len)?, true)?;
        env.fds.writable(mount)?;
        let at = |now: u32, set: u32, ns: u64| {
            if flags & now != 0 {
                Some(std::time::SystemTime::now())
            } else if flags & set != 0 {
                Some(UNIX_EPOCH + std::time::Duration::from_nanos(ns))
            } else {
                None
            }
        };
        let mut times = std::fs::FileTimes::new();
        if let Some(t) = at(fstflags::ATIM_NOW, fstflags::ATIM, atim) {
            times = times.set_accessed(t);
        }
        if let Some(t) = at(fstflags::MTIM_NOW, fstflags::MTIM, mtim) {
            times = times.set_modified(t);
        }
        let file = std::fs::File::open(&r.host).map_err(|e| errno_of(&e))?;
        file.set_times(times).map_err(|e| errno_of(&e))
    }))
}

/// Resolves a path for a change (no final symlink followed) in a writable mount.
fn for_change(
    env: &RunEnv,
    g: &Guest,
    dir_fd: u32,
    path: u32,
    len: u32,
) -> Result<super::sandbox::Resolved, Errno> {
    let (mount, r) = env.fds.resolve_at(dir_fd, &g.string(path, len)?, false)?;
    env.fds.writable(mount)?;
    Ok(r)
}

pub fn path_create_directory(mut ctx: Ctx, dir_fd: u32, path: u32, len: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let r = for_change(env, g, dir_fd, path, len)?;
        std::fs::create_dir(&r.host).map_err(|e| errno_of(&e))
    }))
}

pub fn path_remove_directory(mut ctx: Ctx, dir_fd: u32, path: u32, len: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let (mount, r) = env.fds.resolve_at(dir_fd, &g.string(path, len)?, false)?;
        if r.relative.is_empty() {
            return Err(errno::BUSY); // a mount's root stays
        }
        env.fds.writable(mount)?;
        std::fs::remove_dir(&r.host).map_err(|e| errno_of(&e))
    }))
}

pub fn path_unlink_file(mut ctx: Ctx, dir_fd: u32, path: u32, len: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let r = for_change(env, g, dir_fd, path, len)?;
        if std::fs::symlink_metadata(&r.host)
            .map_err(|e| errno_of(&e))?
            .is_dir()
        {
            return Err(errno::ISDIR);
        }
        std::fs::remove_file(&r.host).map_err(|e| errno_of(&e))
    }))
}

pub fn path_rename(
    mut ctx: Ctx,
    old_fd: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> i32 {
    ret(with(&mut ctx, |env, g| {
        let from_mount = env
            .fds
            .resolve_at(old_fd, &g.string(old, old_len)?, false)?
            .0;
        let to_mount = env
            .fds
            .resolve_at(new_fd, &g.string(new, new_len)?, false)?
            .0;
        let from = for_change(env, g, old_fd, old, old_len)?;
        let to = for_change(env, g, new_fd, new, new_len)?;
        if from_mount != to_mount {
            return Err(errno::XDEV);
        }
        std::fs::rename(&from.host, &to.host).map_err(|e| errno_of(&e))
    }))
}
