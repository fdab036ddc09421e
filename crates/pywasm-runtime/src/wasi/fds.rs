//! The guest's file descriptors: standard streams, preopened mounts, and the
//! files and directories opened through them.
use super::sandbox::{resolve, MountPoint, Resolved};
use super::types::{errno, errno_of, filetype, oflags, rights, Errno, FDFLAGS_APPEND};
use crate::options::{OutputSink, Stdin};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

pub enum Entry {
    Stdin,
    Stdout,
    Stderr,
    Dir {
        mount: usize,
        relative: String,
        preopen: bool,
    },
    File {
        file: File,
        position: u64,
        append: bool,
    },
}

pub struct FdTable {
    entries: BTreeMap<u32, Entry>,
    pub mounts: Vec<MountPoint>,
    stdin: Stdin,
    stdin_offset: usize,
    stdout: OutputSink,
    stderr: OutputSink,
    tty: [bool; 3],
}

/// What `path_open` was asked for.
pub struct OpenRequest {
    pub follow: bool,
    pub oflags: u16,
    pub rights: u64,
    pub fdflags: u16,
}

impl FdTable {
    pub fn new(
        mounts: Vec<MountPoint>,
        stdin: Stdin,
        stdout: OutputSink,
        stderr: OutputSink,
        tty: [bool; 3],
    ) -> Self {
        let mut entries = BTreeMap::new();
        entries.insert(0, Entry::Stdin);
        entries.insert(1, Entry::Stdout);
        entries.insert(2, Entry::Stderr);
        for i in 0..mounts.len() {
            entries.insert(
                3 + i as u32,
                Entry::Dir {
                    mount: i,
                    relative: String::new(),
                    preopen: true,
                },
            );
        }
        FdTable {
            entries,
            mounts,
            stdin,
            stdin_offset: 0,
            stdout,
            stderr,
            tty,
        }
    }

    fn add(&mut self, entry: Entry) -> u32 {
        let fd = (3..).find(|fd| !self.entries.contains_key(fd)).unwrap();
        self.entries.insert(fd, entry);
        fd
    }

    pub fn get(&self, fd: u32) -> Result<&Entry, Errno> {
        self.entries.get(&fd).ok_or(errno::BADF)
    }

    /// The guest path of a preopened mount, for fd_prestat_*.
    pub fn preopen_name(&self, fd: u32) -> Result<&str, Errno> {
        match self.get(fd)? {
            Entry::Dir {
                mount,
                preopen: true,
                ..
            } => Ok(&self.mounts[*mount].guest),
            _ => Err(errno::BADF),
        }
    }

    /// Resolves `path` relative to directory fd `dir_fd`, inside its mount.
    pub fn resolve_at(
        &self,
        dir_fd: u32,
        path: &str,
        follow_final: bool,
    ) -> Result<(usize, Resolved), Errno> {
        match self.get(dir_fd)? {
            Entry::Dir {
                mount, relative, ..
            } => Ok((
                *mount,
                resolve(&self.mounts[*mount], relative, path, follow_final)?,
            )),
            _ => Err(errno::NOTDIR),
        }
    }

    pub fn writable(&self, mount: usize) -> Result<(), Errno> {
        if self.mounts[mount].read_only {
            Err(errno::ROFS)
        } else {
            Ok(())
        }
    }

    pub fn open(&mut self, dir_fd: u32, path: &str, req: &OpenRequest) -> Result<u32, Errno> {
        let (mount, resolved) = self.resolve_at(dir_fd, path, req.follow)?;
        let wants_write =
            req.rights & rights::FD_WRITE != 0 || req.oflags & (oflags::CREAT | oflags::TRUNC) != 0;
        let meta = std::fs::metadata(&resolved.host).ok();
        let is_dir = meta.as_ref().is_some_and(|m| m.is_dir());
        if req.oflags & oflags::DIRECTORY != 0 || (is_dir && !wants_write) {
            match meta {
                None => return Err(errno::NOENT),
                Some(m) if !m.is_dir() => return Err(errno::NOTDIR),
                _ => {}
            }
            return Ok(self.add(Entry::Dir {
                mount,
                relative: resolved.relative,
                preopen: false,
            }));
        }
        if wants_write {
            self.writable(mount)?;
        }
        if is_dir {
            return Err(errno::ISDIR);
        }
        let mut o = OpenOptions::new();
        let append = req.fdflags & FDFLAGS_APPEND != 0;
        o.read(!wants_write || req.rights & rights::FD_READ != 0);
        o.write(wants_write && !append)
            .append(wants_write && append);
        if req.oflags & oflags::CREAT != 0 {
            if req.oflags & oflags::EXCL != 0 {
                o.create_new(true);
            } else {
                o.create(true);
            }
        }
        o.truncate(req.oflags & oflags::TRUNC != 0);
        // Not following a final symlink is what O_NOFOLLOW gives: ELOOP.
        if !req.follow
            && std::fs::symlink_metadata(&resolved.host).is_ok_and(|m| m.file_type().is_symlink())
        {
            return Err(errno::LOOP);
        }
        let file = o.open(&resolved.host).map_err(|e| errno_of(&e))?;
        Ok(self.add(Entry::File {
            file,
            position: 0,
            append,
        }))
    }

    pub fn close(&mut self, fd: u32) -> Result<(), Errno> {
        match self.get(fd)? {
            Entry::Dir { preopen: true, .. } => Err(errno::BADF), // mounts stay for the whole run
            _ => {
                self.entries.remove(&fd);
                Ok(())
            }
        }
    }

    pub fn read(&mut self, fd: u32, buf: &mut [u8]) -> Result<usize, Errno> {
        match self.entries.get_mut(&fd).ok_or(errno::BADF)? {
            Entry::Stdin => match &mut self.stdin {
                Stdin::Empty => Ok(0),
                Stdin::Bytes(data) => {
                    let rest = &data[self.stdin_offset.min(data.len())..];
                    let n = rest.len().min(buf.len());
                    buf[..n].copy_from_slice(&rest[..n]);
                    self.stdin_offset += n;
                    Ok(n)
                }
                Stdin::Reader(r) => loop {
                    match r.read(buf) {
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        other => return other.map_err(|e| errno_of(&e)),
                    }
                },
            },
            Entry::File { file, position, .. } => {
                file.seek(SeekFrom::Start(*position))
                    .map_err(|e| errno_of(&e))?;
                let n = file.read(buf).map_err(|e| errno_of(&e))?;
                *position += n as u64;
                Ok(n)
            }
            Entry::Dir { .. } => Err(errno::ISDIR),
            _ => Err(errno::BADF),
        }
    }

    pub fn write(&mut self, fd: u32, bytes: &[u8]) -> Result<usize, Errno> {
        match self.entries.get_mut(&fd).ok_or(errno::BADF)? {
            Entry::Stdout => (self.stdout)(bytes).map(|()| bytes.len()),
            Entry::Stderr => (self.stderr)(bytes).map(|()| bytes.len()),
            Entry::File {
                file,
                position,
                append,
            } => {
                if !*append {
                    file.seek(SeekFrom::Start(*position))
                        .map_err(|e| errno_of(&e))?;
                }
                file.write_all(bytes).map_err(|e| errno_of(&e))?;
                *position = if *append {
                    file.metadata().map_err(|e| errno_of(&e))?.len()
                } else {
                    *position + bytes.len() as u64
                };
                Ok(bytes.len())
            }
            Entry::Dir { .. } => Err(errno::ISDIR),
            Entry::Stdin => Err(errno::BADF),
        }
    }

    pub fn seek(&mut self, fd: u32, offset: i64, whence: u8) -> Result<u64, Errno> {
        match self.entries.get_mut(&fd).ok_or(errno::BADF)? {
            Entry::File { file, position, .. } => {
                let base = match whence {
                    0 => 0,
                    1 => *position as i64,
                    2 => file.metadata().map_err(|e| errno_of(&e))?.len() as i64,
                    _ => return Err(errno::INVAL),
                };
                let next = base
                    .checked_add(offset)
                    .filter(|n| *n >= 0)
                    .ok_or(errno::INVAL)?;
                *position = next as u64;
                Ok(*position)
            }
            Entry::Dir { .. } => Err(errno::ISDIR),
            _ => Err(errno::SPIPE),
        }
    }

    pub fn sync(&mut self, fd: u32) -> Result<(), Errno> {
        match self.get(fd)? {
            Entry::File { file, .. } => file.sync_all().map_err(|e| errno_of(&e)),
            _ => Ok(()),
        }
    }

    /// A file's or directory's metadata for fd_filestat_get; None for a
    /// standard stream.
    pub fn metadata(&self, fd: u32) -> Result<Option<std::fs::Metadata>, Errno> {
        match self.get(fd)? {
            Entry::File { file, .. } => file.metadata().map(Some).map_err(|e| errno_of(&e)),
            Entry::Dir { .. } => std::fs::metadata(self.dir_host(fd)?)
                .map(Some)
                .map_err(|e| errno_of(&e)),
            _ => Ok(None),
        }
    }

    /// fd_filestat_set_size: files only (EINVAL otherwise, as Linux's
    /// ftruncate of a directory or pipe).
    pub fn set_size(&mut self, fd: u32, size: u64) -> Result<(), Errno> {
        match self.get(fd)? {
            Entry::File { file, .. } => file.set_len(size).map_err(|e| errno_of(&e)),
            _ => Err(errno::INVAL),
        }
    }

    /// Where a directory fd is on the host.
    fn dir_host(&self, fd: u32) -> Result<PathBuf, Errno> {
        match self.get(fd)? {
            Entry::Dir {
                mount, relative, ..
            } => {
                let root = &self.mounts[*mount].host;
                Ok(if relative.is_empty() {
                    root.clone()
                } else {
                    root.join(relative)
                })
            }
            _ => Err(errno::NOTDIR),
        }
    }

    /// (filetype, seekable, append) for fd_fdstat_get.
    pub fn kind(&self, fd: u32) -> Result<(u8, bool, bool), Errno> {
        let tty = |i: usize| {
            if self.tty[i] {
                filetype::CHARACTER_DEVICE
            } else {
                filetype::UNKNOWN
            }
        };
        Ok(match self.get(fd)? {
            Entry::Stdin => (tty(0), false, false),
            Entry::Stdout => (tty(1), false, false),
            Entry::Stderr => (tty(2), false, false),
            Entry::Dir { .. } => (filetype::DIRECTORY, false, false),
            Entry::File { append, .. } => (filetype::REGULAR_FILE, true, *append),
        })
    }

    /// A directory fd's entries as (name, filetype), sorted by name for a
    /// stable order.
    pub fn list(&self, fd: u32) -> Result<Vec<(String, u8)>, Errno> {
        let host = self.dir_host(fd)?;
        let mut out = Vec::new();
        for item in std::fs::read_dir(host).map_err(|e| errno_of(&e))? {
            let item = item.map_err(|e| errno_of(&e))?;
            let ft = item
                .file_type()
                .map(|t| super::types::filetype_of(&t))
                .unwrap_or(filetype::UNKNOWN);
            out.push((item.file_name().to_string_lossy().into_owned(), ft));
        }
        out.sort();
        Ok(out)
    }
}
