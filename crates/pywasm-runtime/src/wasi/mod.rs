//! Our WASI preview1 layer: the subset the interpreter imports, capability
//! based (only mounted directories exist for the guest). Each import returns
//! an errno; only proc_exit and the run's stop conditions unwind the guest.
mod calls_fs;
mod calls_proc;
pub mod fds;
mod guest;
pub mod sandbox;
pub mod types;

use crate::state::RunEnv;
use guest::Guest;
use types::{errno, Errno};
use wasmer::{imports, Function, FunctionEnv, FunctionEnvMut, Imports, Store};

/// Runs `f` with the run's state and a view of guest memory.
pub(crate) fn with<R>(
    ctx: &mut FunctionEnvMut<RunEnv>,
    f: impl FnOnce(&mut RunEnv, &Guest) -> Result<R, Errno>,
) -> Result<R, Errno> {
    let memory = ctx.data().memory.clone().ok_or(errno::FAULT)?;
    let (env, store) = ctx.data_and_store_mut();
    let guest = Guest(memory.view(&store));
    f(env, &guest)
}

/// The errno a WASI import returns.
pub(crate) fn ret(r: Result<(), Errno>) -> i32 {
    match r {
        Ok(()) => errno::SUCCESS as i32,
        Err(e) => e as i32,
    }
}

pub fn add_imports(store: &mut Store, env: &FunctionEnv<RunEnv>, imports: &mut Imports) {
    use calls_fs::*;
    use calls_proc::*;
    macro_rules! f {
        ($name:ident) => {
            Function::new_typed_with_env(store, env, $name)
        };
    }
    let wasi = imports! {
        "wasi_snapshot_preview1" => {
            "args_get" => f!(args_get),
            "args_sizes_get" => f!(args_sizes_get),
            "environ_get" => f!(environ_get),
            "environ_sizes_get" => f!(environ_sizes_get),
            "clock_time_get" => f!(clock_time_get),
            "random_get" => f!(random_get),
            "poll_oneoff" => f!(poll_oneoff),
            "proc_exit" => f!(proc_exit),
            "fd_fdstat_get" => f!(fd_fdstat_get),
            "fd_filestat_get" => f!(fd_filestat_get),
            "fd_filestat_set_size" => f!(fd_filestat_set_size),
            "fd_prestat_get" => f!(fd_prestat_get),
            "fd_prestat_dir_name" => f!(fd_prestat_dir_name),
            "fd_read" => f!(fd_read),
            "fd_write" => f!(fd_write),
            "fd_seek" => f!(fd_seek),
            "fd_sync" => f!(fd_sync),
            "fd_close" => f!(fd_close),
            "fd_readdir" => f!(fd_readdir),
            "path_open" => f!(path_open),
            "path_filestat_get" => f!(path_filestat_get),
            "path_filestat_set_times" => f!(path_filestat_set_times),
            "path_create_directory" => f!(path_create_directory),
            "path_remove_directory" => f!(path_remove_directory),
            "path_unlink_file" => f!(path_unlink_file),
            "path_rename" => f!(path_rename),
        },
        // What WASI preview1 lacks for files (docs/module-interface.md).
        "pywasm_fs" => {
            "path_permissions_set" => f!(path_permissions_set),
        }
    };
    imports.extend(&wasi);
}
