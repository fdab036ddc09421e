//! Each limit ends the run with its own typed error, and later runs are unharmed.

use crate::common::{python, run_with};
use pywasm_runtime::RunError;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

#[test]
fn timeout_interrupts_a_busy_loop() {
    let started = Instant::now();
    let out = run_with(&["-c", "while True: pass"], |o| {
        o.limits.timeout_ms = Some(300)
    });
    assert_eq!(out.result, Err(RunError::Timeout { limit_ms: 300 }));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(out.result.unwrap_err().code(), "PYWASM_TIMEOUT");
    assert_eq!(python("print(1)").result, Ok(0));
}

#[test]
fn timeout_interrupts_sleep() {
    let started = Instant::now();
    let out = run_with(&["-c", "import time\ntime.sleep(30)"], |o| {
        o.limits.timeout_ms = Some(200)
    });
    assert_eq!(out.result, Err(RunError::Timeout { limit_ms: 200 }));
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn memory_limit_is_typed() {
    let out = run_with(
        &[
            "-X",
            "heapsize=256m",
            "-c",
            "x = bytearray(200 * 1024 * 1024)\nprint('allocated')",
        ],
        |o| o.limits.max_memory_bytes = Some(32 << 20),
    );
    assert!(
        matches!(out.result, Err(RunError::MemoryLimit { .. })),
        "{:?} {}",
        out.result,
        out.stderr
    );
    assert_eq!(out.result.unwrap_err().code(), "PYWASM_MEMORY_LIMIT");
    let fine = run_with(&["-c", "x = bytearray(1024 * 1024)\nprint(len(x))"], |o| {
        o.limits.max_memory_bytes = Some(64 << 20)
    });
    assert_eq!(fine.result, Ok(0), "{}", fine.stderr);
}

#[test]
fn fuel_is_deterministic_and_typed() {
    let out = run_with(&["-c", "while True: pass"], |o| {
        o.limits.fuel = Some(50_000_000)
    });
    assert_eq!(
        out.result,
        Err(RunError::FuelExhausted { fuel: 50_000_000 })
    );
    assert_eq!(out.result.unwrap_err().code(), "PYWASM_FUEL_EXHAUSTED");
    let enough = run_with(&["-c", "print(sum(range(100)))"], |o| {
        o.limits.fuel = Some(1_000_000_000)
    });
    assert_eq!(enough.result, Ok(0), "{}", enough.stderr);
    assert_eq!(enough.stdout, "4950\n");
}

#[test]
fn cancel_stops_the_run() {
    let out = run_with(&["-c", "while True: pass"], |o| {
        let cancel = o.signals.cancel.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            cancel.store(true, Ordering::SeqCst);
        });
    });
    assert_eq!(out.result, Err(RunError::Cancelled));
}

#[test]
fn interrupt_raises_keyboard_interrupt() {
    let out = run_with(
        &[
            "-c",
            "try:\n  while True: pass\nexcept KeyboardInterrupt:\n  print('interrupted')",
        ],
        |o| {
            let flag = o.signals.interrupt.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(200));
                flag.store(true, Ordering::SeqCst);
            });
            o.limits.timeout_ms = Some(10_000);
        },
    );
    assert_eq!(out.result, Ok(0), "{}", out.stderr);
    assert_eq!(out.stdout, "interrupted\n");
}

#[test]
fn output_before_a_timeout_is_kept() {
    // Buffered in the module when the limit stops it; flushed afterwards.
    let out = run_with(
        &[
            "-c",
            "import sys\nsys.stdout.write('abc')\nwhile True: pass",
        ],
        |o| o.limits.timeout_ms = Some(300),
    );
    assert_eq!(out.result, Err(RunError::Timeout { limit_ms: 300 }));
    assert_eq!(out.stdout, "abc");
}
