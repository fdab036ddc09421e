//! `pywasm-spill`: a step of `scripts/build-wasm.sh`, around binaryen's
//! `--spill-pointers` (why it is needed: docs/interpreter.md).
//!
//! The pass stores every live pointer-sized local to the C stack before
//! *every* call, so that MicroPython's conservative collector finds it. Only
//! a call that can reach the collector needs that. `hide` finds the calls
//! that cannot (call graph from `gc_collect`, indirect calls by signature)
//! and writes each as `ref.func $f; call_ref`, which the pass leaves alone;
//! binaryen's optimizer turns them back into direct calls afterwards.
//! `restore-features` then gives binaryen's output the original module's
//! feature list in place of the one binaryen wrote, so the final optimization runs, and validates, under
//! exactly the features the module had (no reference types, no GC).
//!
//!   pywasm-spill hide IN OUT
//!   pywasm-spill restore-features ORIGINAL IN OUT

mod callgraph;
mod module;
mod rewrite;

use anyhow::{bail, Context, Result};
use std::fs;

/// The functions where collection happens: a call that can reach one of
/// them must spill. `gc_collect` is the port's (port/heap.c); the other two
/// are MicroPython's mark and sweep phases, rooted too in case anything
/// else ever calls them.
const COLLECTOR: &[&str] = &["gc_collect", "gc_collect_start", "gc_collect_end"];

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["hide", input, output] => hide(input, output),
        ["restore-features", original, input, output] => restore_features(original, input, output),
        _ => {
            bail!("usage: pywasm-spill hide IN OUT | pywasm-spill restore-features ORIGINAL IN OUT")
        }
    }
}

fn read(path: &str) -> Result<Vec<u8>> {
    fs::read(path).with_context(|| format!("reading {path}"))
}

fn hide(input: &str, output: &str) -> Result<()> {
    let bytes = read(input)?;
    let module = module::Module::parse(&bytes).with_context(|| format!("parsing {input}"))?;
    let reaches = callgraph::reaching(&module, COLLECTOR)?;
    let (out, stats) = rewrite::hide_calls(&bytes, &module, &reaches)?;
    fs::write(output, out).with_context(|| format!("writing {output}"))?;
    eprintln!(
        "pywasm-spill: {} of {} functions can reach the collector; {} of {} direct calls cannot and are not spilled around",
        reaches.iter().filter(|r| **r).count(),
        reaches.len(),
        stats.hidden,
        stats.direct_calls
    );
    Ok(())
}

fn restore_features(original: &str, input: &str, output: &str) -> Result<()> {
    let features = module::custom_section(&read(original)?, "target_features")?
        .with_context(|| format!("{original} has no target_features section"))?;
    // binaryen wrote the features it ran with (reference types and GC
    // included); the original list replaces them.
    let mut out = rewrite::without_custom_section(&read(input)?, "target_features")?;
    rewrite::append_custom_section(&mut out, "target_features", &features);
    fs::write(output, out).with_context(|| format!("writing {output}"))?;
    Ok(())
}

#[cfg(test)]
mod tests;
