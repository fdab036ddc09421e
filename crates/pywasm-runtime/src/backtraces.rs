//! No native backtraces on interpreter threads.
//!
//! wasmer records a native backtrace (`Backtrace::new_unresolved`: a DWARF
//! walk from the throw to the base of the thread's stack) for every wasm
//! exception it allocates, and keeps it as long as the store lives (wasm
//! exception objects are never freed in wasmer 7.4). MicroPython raises
//! through nlr, which is setjmp/longjmp, which the module implements with
//! wasm exceptions: every Python exception that leaves a C function is one
//! throw. That walk was most of the time of such a raise (about 15 of 19 µs
//! per raise measured) and most of what each raise leaked (~0.8 KB). Nothing
//! reads those backtraces.
//!
//! So the addon and this crate's tests are linked with
//! `--wrap=_Unwind_Backtrace` (see build.rs): every call the linked Rust
//! code makes to `_Unwind_Backtrace` comes here. On a thread that runs an
//! interpreter it reports the end of the stack at once; anywhere else it
//! calls the platform unwinder's own function. Unwinding for the throws
//! themselves (`_Unwind_RaiseException`) is not affected. A binary linked
//! without the flag never calls this and behaves as before.
use std::cell::Cell;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// From now on this thread takes no native backtraces.
pub(crate) fn quiet_on_this_thread() {
    QUIET.with(|q| q.set(true));
}

#[cfg(target_os = "linux")]
mod wrap {
    use std::ffi::{c_char, c_int, c_void};
    use std::sync::OnceLock;

    /// `_URC_END_OF_STACK`.
    const END_OF_STACK: c_int = 5;

    type TraceFn = unsafe extern "C" fn(*mut c_void, *mut c_void) -> c_int;
    type BacktraceFn = unsafe extern "C" fn(TraceFn, *mut c_void) -> c_int;

    extern "C" {
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    }

    /// The unwinder's own `_Unwind_Backtrace` (glibc's RTLD_DEFAULT is null).
    fn platform() -> Option<BacktraceFn> {
        static REAL: OnceLock<usize> = OnceLock::new();
        // SAFETY: dlsym with a NUL-terminated name; null means "not found".
        let p = *REAL.get_or_init(|| unsafe {
            dlsym(std::ptr::null_mut(), c"_Unwind_Backtrace".as_ptr())
        } as usize);
        // SAFETY: the symbol is the unwinder's `_Unwind_Backtrace`, whose type this is.
        (p != 0).then(|| unsafe { std::mem::transmute::<usize, BacktraceFn>(p) })
    }

    /// Where the linker sends `_Unwind_Backtrace` calls (`--wrap`).
    ///
    /// # Safety
    /// As `_Unwind_Backtrace`: `trace` is called with `arg` for each frame.
    #[no_mangle]
    pub unsafe extern "C" fn __wrap__Unwind_Backtrace(trace: TraceFn, arg: *mut c_void) -> c_int {
        if super::QUIET.try_with(|q| q.get()).unwrap_or(false) {
            return END_OF_STACK;
        }
        match platform() {
            // SAFETY: forwarded unchanged to the real function.
            Some(f) => unsafe { f(trace, arg) },
            None => END_OF_STACK,
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::ffi::{c_int, c_void};

    extern "C" {
        // Wrapped by the linker: this is `__wrap__Unwind_Backtrace` above.
        fn _Unwind_Backtrace(
            trace: unsafe extern "C" fn(*mut c_void, *mut c_void) -> c_int,
            arg: *mut c_void,
        ) -> c_int;
    }

    unsafe extern "C" fn count(_ctx: *mut c_void, arg: *mut c_void) -> c_int {
        // SAFETY: `arg` is the &mut usize passed below.
        unsafe { *(arg as *mut usize) += 1 };
        0
    }

    fn frames() -> usize {
        let mut n = 0usize;
        // SAFETY: `count` only increments the counter it is given.
        unsafe { _Unwind_Backtrace(count, &mut n as *mut usize as *mut c_void) };
        n
    }

    #[test]
    fn interpreter_threads_take_no_backtraces_others_do() {
        assert!(std::thread::spawn(frames).join().unwrap() > 0);
        let quiet = std::thread::spawn(|| {
            super::quiet_on_this_thread();
            frames()
        });
        assert_eq!(quiet.join().unwrap(), 0);
    }
}
