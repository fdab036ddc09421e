//! WASI preview1 numbers we use (from the preview1 spec), and how host I/O
//! errors become errnos.
use std::io;

pub type Errno = u16;

pub mod errno {
    use super::Errno;
    pub const SUCCESS: Errno = 0;
    pub const ACCES: Errno = 2;
    pub const AGAIN: Errno = 6;
    pub const BADF: Errno = 8;
    pub const BUSY: Errno = 10;
    pub const EXIST: Errno = 20;
    pub const FAULT: Errno = 21;
    pub const FBIG: Errno = 22;
    pub const INVAL: Errno = 28;
    pub const IO: Errno = 29;
    pub const ISDIR: Errno = 31;
    pub const LOOP: Errno = 32;
    pub const MFILE: Errno = 33;
    pub const NAMETOOLONG: Errno = 37;
    pub const NOENT: Errno = 44;
    pub const NOSPC: Errno = 51;
    pub const NOTDIR: Errno = 54;
    pub const NOTEMPTY: Errno = 55;
    pub const NOTSUP: Errno = 58;
    pub const PERM: Errno = 63;
    pub const PIPE: Errno = 64;
    pub const ROFS: Errno = 69;
    pub const SPIPE: Errno = 70;
    pub const XDEV: Errno = 75;
    pub const NOTCAPABLE: Errno = 76;
}

pub mod filetype {
    pub const UNKNOWN: u8 = 0;
    pub const CHARACTER_DEVICE: u8 = 2;
    pub const DIRECTORY: u8 = 3;
    pub const REGULAR_FILE: u8 = 4;
    pub const SYMBOLIC_LINK: u8 = 7;
}

pub mod rights {
    pub const FD_READ: u64 = 1 << 1;
    pub const FD_SEEK: u64 = 1 << 2;
    pub const FD_TELL: u64 = 1 << 5;
    pub const FD_WRITE: u64 = 1 << 6;
    pub const ALL: u64 = (1 << 30) - 1;
}

pub mod oflags {
    pub const CREAT: u16 = 1;
    pub const DIRECTORY: u16 = 2;
    pub const EXCL: u16 = 4;
    pub const TRUNC: u16 = 8;
}

pub const FDFLAGS_APPEND: u16 = 1;
pub const LOOKUP_SYMLINK_FOLLOW: u32 = 1;

/// Which times path_filestat_set_times sets: the one given, or now.
pub mod fstflags {
    pub const ATIM: u32 = 1;
    pub const ATIM_NOW: u32 = 2;
    pub const MTIM: u32 = 4;
    pub const MTIM_NOW: u32 = 8;
}

pub fn errno_of(err: &io::Error) -> Errno {
    use io::ErrorKind as K;
    #[cfg(unix)]
    if let Some(code) = err.raw_os_error() {
        // Linux, macOS and the BSDs agree on these numbers.
        match code {
            1 => return errno::PERM,
            2 => return errno::NOENT,
            9 => return errno::BADF,
            13 => return errno::ACCES,
            16 => return errno::BUSY,
            17 => return errno::EXIST,
            18 => return errno::XDEV,
            20 => return errno::NOTDIR,
            21 => return errno::ISDIR,
            22 => return errno::INVAL,
            24 => return errno::MFILE,
            27 => return errno::FBIG,
            28 => return errno::NOSPC,
            29 => return errno::SPIPE,
            30 => return errno::ROFS,
            32 => return errno::PIPE,
            _ => {}
        }
        #[cfg(target_os = "linux")]
        match code {
            11 => return errno::AGAIN,
            36 => return errno::NAMETOOLONG,
            39 => return errno::NOTEMPTY,
            40 => return errno::LOOP,
            _ => {}
        }
    }
    match err.kind() {
        K::NotFound => errno::NOENT,
        K::PermissionDenied => errno::ACCES,
        K::AlreadyExists => errno::EXIST,
        K::NotADirectory => errno::NOTDIR,
        K::IsADirectory => errno::ISDIR,
        K::DirectoryNotEmpty => errno::NOTEMPTY,
        K::ReadOnlyFilesystem => errno::ROFS,
        K::CrossesDevices => errno::XDEV,
        K::InvalidInput | K::InvalidFilename => errno::INVAL,
        K::ResourceBusy => errno::BUSY,
        K::StorageFull => errno::NOSPC,
        K::BrokenPipe => errno::PIPE,
        K::WouldBlock => errno::AGAIN,
        _ => errno::IO,
    }
}

pub fn filetype_of(ft: &std::fs::FileType) -> u8 {
    if ft.is_dir() {
        filetype::DIRECTORY
    } else if ft.is_file() {
        filetype::REGULAR_FILE
    } else if ft.is_symlink() {
        filetype::SYMBOLIC_LINK
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ft.is_char_device() {
                return filetype::CHARACTER_DEVICE;
            }
        }
        filetype::UNKNOWN
    }
}
