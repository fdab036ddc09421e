//! `pywasm-spill`: a step of `scripts/build-wasm.sh` (why it is needed:
//! docs/interpreter.md, "Garbage collection and spilled locals").
//!
//! MicroPython's collector finds its roots by scanning the C stack, and a
//! wasm local is not in linear memory. `spill` stores the pointer-sized
//! locals a call must preserve to a frame on the C stack before each call
//! that can reach the collector (call graph from `gc_collect`, indirect
//! calls by signature), leaving out stores whose slot already holds the
//! value (spill.rs).
//!
//!   pywasm-spill spill IN OUT

mod callgraph;
mod dataflow;
mod flow;
mod module;
mod rewrite;
mod spill;

use anyhow::{bail, Context, Result};
use std::fs;

/// The functions where collection happens: a call that can reach one of
/// them must spill. `gc_collect` is the port's (port/heap.c); the other two
/// are MicroPython's mark and sweep phases, rooted too in case anything
/// else ever calls them.
const COLLECTOR: &[&str] = &["gc_collect", "gc_collect_start", "gc_collect_end"];

/// Functions left as they are although they can collect: the allocator and
/// its wrappers, whose parameters are a size and flags and whose locals
/// hold sizes, block numbers and heap-area descriptors (outside the
/// collected blocks), never a reference to a heap object. Their frames and
/// stores were the largest fixed cost of an allocation: gc_alloc stored 17
/// locals on every call.
const HOLD_NO_OBJECTS: &[&str] = &[
    "gc_alloc",
    "m_malloc",
    "m_malloc0",
    "m_malloc_maybe",
    "m_malloc_with_finaliser",
    "pywasm_m_malloc_no_scan",
];

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["spill", input, output] => {
            let bytes = fs::read(input).with_context(|| format!("reading {input}"))?;
            let (out, stats) = spill_module(&bytes, HOLD_NO_OBJECTS)
                .with_context(|| format!("spilling {input}"))?;
            fs::write(output, out).with_context(|| format!("writing {output}"))?;
            eprintln!(
                "pywasm-spill: {} functions get a frame; {} stores (one per live local at each call that can reach the collector would be {})",
                stats.functions_with_frames, stats.stores, stats.live_at_calls
            );
            Ok(())
        }
        _ => bail!("usage: pywasm-spill spill IN OUT"),
    }
}

/// The module with spills added to every function that needs them, except
/// those named in `left_alone` (each must be in the name section).
pub fn spill_module(bytes: &[u8], left_alone: &[&str]) -> Result<(Vec<u8>, spill::Stats)> {
    let module = module::Module::parse(bytes)?;
    let reaches = callgraph::reaching(&module, COLLECTOR)?;
    let stack_pointer = *module
        .global_names
        .get("__stack_pointer")
        .context("no global named __stack_pointer in the module's name section")?;
    let mut unchanged = vec![false; module.func_types.len()];
    for name in left_alone {
        let f = *module
            .names
            .get(*name)
            .with_context(|| format!("no function named {name} in the module's name section"))?;
        unchanged[f as usize] = true;
    }
    let mut rewriter = spill::Rewriter::new(&module, &reaches, stack_pointer)?;
    let mut code = Vec::new();
    rewrite::write_leb(&mut code, module.bodies.len() as u32);
    for (i, body) in module::function_bodies(bytes)?.iter().enumerate() {
        let index = module.imported_funcs + i as u32;
        let range = body.range().start as usize..body.range().end as usize;
        let rewritten = if unchanged[index as usize] {
            None
        } else {
            rewriter
                .function(index, body, bytes)
                .with_context(|| format!("function {index}"))?
        };
        let out = rewritten.as_deref().unwrap_or(&bytes[range]);
        rewrite::write_leb(&mut code, out.len() as u32);
        code.extend_from_slice(out);
    }
    Ok((rewrite::with_code_section(bytes, &code)?, rewriter.stats))
}

#[cfg(test)]
mod tests;
