//! `spill`: store pointer-sized locals to the C stack where the collector
//! can see them, before the calls that can reach it, and only where the
//! stack does not hold the value already.
//!
//! binaryen's `--spill-pointers` stores every live `i32` local before every
//! call. Here, per function:
//! 1. its control flow (flow.rs);
//! 2. liveness of its `i32` locals, which slots already hold their value,
//!    and which locals to store at their definitions instead (dataflow.rs);
//! 3. the stores, `local.get $frame; local.get $x; i32.store offset=slot`,
//!    go right before the `call`, after its operands are on the stack
//!    (a store takes its own two operands off the top and leaves them).
//!
//! A function that stores anything gets a frame: the stack pointer moves
//! down at entry and back at every exit (the body is wrapped in a block so
//! that a branch to the function's label also passes the epilogue). An
//! exception unwinding through skips the epilogue; the catching function
//! resets the stack pointer, as it must for LLVM's own frames.
//!
//! What it does not see, as binaryen's pass does not: a value left on the
//! operand stack across a call, pushed from a local no longer live after
//! the call. The local still holds it, but no slot does.

use crate::dataflow;
use crate::flow::{Effect, Flow};
use crate::module::Module;
use crate::rewrite::write_leb;
use anyhow::{bail, Result};
use wasmparser::{FunctionBody, Operator, ValType};

const OP_BLOCK: u8 = 0x02;
const OP_END: u8 = 0x0b;
const OP_LOCAL_GET: u8 = 0x20;
const OP_LOCAL_TEE: u8 = 0x22;
const OP_GLOBAL_GET: u8 = 0x23;
const OP_GLOBAL_SET: u8 = 0x24;
const OP_I32_STORE: u8 = 0x36;
const OP_I32_CONST: u8 = 0x41;
const OP_I32_ADD: u8 = 0x6a;
const OP_I32_SUB: u8 = 0x6b;
const BLOCKTYPE_EMPTY: u8 = 0x40;
/// `i32.store` memarg flags: 4-byte alignment (log2 = 2), memory 0.
const ALIGN_4: u8 = 2;

#[derive(Default, Debug)]
pub struct Stats {
    /// Stores binaryen's pass would write: each live `i32` local at each call.
    pub live_at_calls: usize,
    /// Stores written.
    pub stores: usize,
    pub functions_with_frames: usize,
}

pub struct Rewriter<'a> {
    module: &'a Module,
    reaches: &'a [bool],
    reaching_signatures: Vec<&'a wasmparser::FuncType>,
    stack_pointer: u32,
    pub stats: Stats,
}

impl<'a> Rewriter<'a> {
    pub fn new(module: &'a Module, reaches: &'a [bool], stack_pointer: u32) -> Result<Self> {
        let mut reaching_signatures = Vec::new();
        for &f in &module.table_funcs {
            if reaches[f as usize] {
                reaching_signatures.push(module.signature(module.func_types[f as usize])?);
            }
        }
        Ok(Rewriter {
            module,
            reaches,
            reaching_signatures,
            stack_pointer,
            stats: Stats::default(),
        })
    }

    fn needs_spill(&self, op: &Operator) -> Result<bool> {
        Ok(match op {
            Operator::Call { function_index } => self.reaches[*function_index as usize],
            Operator::CallIndirect { type_index, .. } => {
                let signature = self.module.signature(*type_index)?;
                self.reaching_signatures.contains(&signature)
            }
            Operator::CallRef { .. } => bail!("call_ref in the input"),
            _ => false,
        })
    }

    /// The body (locals and code, without its size) with spills, or `None`
    /// when it needs none.
    pub fn function(
        &mut self,
        index: u32,
        body: &FunctionBody,
        bytes: &[u8],
    ) -> Result<Option<Vec<u8>>> {
        let signature = self
            .module
            .signature(self.module.func_types[index as usize])?;
        let mut local_types: Vec<ValType> = signature.params().to_vec();
        let mut locals_reader = body.get_locals_reader()?;
        let local_groups = locals_reader.get_count();
        for _ in 0..local_groups {
            let (n, ty) = locals_reader.read()?;
            local_types.extend(std::iter::repeat_n(ty, n as usize));
        }
        let code_start = locals_reader.original_position() as usize;
        let body_start = body.range().start as usize;
        let body_end = body.range().end as usize;
        // Tracked locals: the i32 ones, numbered densely.
        let mut tracked = vec![usize::MAX; local_types.len()];
        let mut tracked_locals = Vec::new();
        for (i, ty) in local_types.iter().enumerate() {
            if *ty == ValType::I32 {
                tracked[i] = tracked_locals.len();
                tracked_locals.push(i as u32);
            }
        }
        let n = tracked_locals.len();

        let flow = Flow::decode(body, &tracked, |op| self.needs_spill(op))?;
        if !flow.any_spill || n == 0 {
            return Ok(None);
        }
        let (starts, effects) = (&flow.starts, &flow.effects);
        let count = starts.len();
        let live_out = dataflow::liveness(&flow, n);
        let mut stores = dataflow::stores(&flow, &live_out, n);
        let params = signature.params().len();
        let is_param: Vec<bool> = tracked_locals
            .iter()
            .map(|&l| (l as usize) < params)
            .collect();
        let eager = dataflow::eager(&flow, &mut stores, &is_param, n);

        // A slot for every local stored anywhere.
        let mut slot_of = vec![None; n];
        let mut slots = 0u32;
        for (i, s) in stores.iter().enumerate() {
            let Some(s) = s else { continue };
            self.stats.live_at_calls += live_out[i].iter().count();
            for l in s.iter().chain(eager.iter()) {
                if slot_of[l].is_none() {
                    slot_of[l] = Some(slots * 4);
                    slots += 1;
                }
            }
        }
        if slots == 0 {
            return Ok(None);
        }
        self.stats.functions_with_frames += 1;
        let frame_size = (slots * 4).div_ceil(16) * 16;
        let frame_local = local_types.len() as u32;

        // Write: locals plus $frame, prologue, the code in a block, epilogue.
        let mut out = Vec::with_capacity(bytes.len() + 64);
        write_leb(&mut out, local_groups + 1);
        out.extend_from_slice(&bytes[body_start + leb_len(bytes, body_start)?..code_start]);
        out.extend_from_slice(&[1, 0x7f]);
        out.push(OP_GLOBAL_GET);
        write_leb(&mut out, self.stack_pointer);
        out.push(OP_I32_CONST);
        write_sleb(&mut out, frame_size as i32);
        out.push(OP_I32_SUB);
        out.push(OP_LOCAL_TEE);
        write_leb(&mut out, frame_local);
        out.push(OP_GLOBAL_SET);
        write_leb(&mut out, self.stack_pointer);
        let store = |out: &mut Vec<u8>, l: usize| {
            out.push(OP_LOCAL_GET);
            write_leb(out, frame_local);
            out.push(OP_LOCAL_GET);
            write_leb(out, tracked_locals[l]);
            out.push(OP_I32_STORE);
            out.push(ALIGN_4);
            write_leb(out, slot_of[l].unwrap());
        };
        let mut count_stores = 0;
        for l in eager.iter() {
            if is_param[l] {
                store(&mut out, l);
                count_stores += 1;
            }
        }
        out.push(OP_BLOCK);
        match signature.results() {
            [] => out.push(BLOCKTYPE_EMPTY),
            [ty] => out.push(valtype_byte(*ty)?),
            _ => bail!("function {index} returns several values"),
        }
        let epilogue = |out: &mut Vec<u8>| {
            out.push(OP_LOCAL_GET);
            write_leb(out, frame_local);
            out.push(OP_I32_CONST);
            write_sleb(out, frame_size as i32);
            out.push(OP_I32_ADD);
            out.push(OP_GLOBAL_SET);
            write_leb(out, self.stack_pointer);
        };
        for i in 0..count {
            let start = starts[i];
            let end = if i + 1 < count {
                starts[i + 1]
            } else {
                body_end
            };
            if let Some(s) = &stores[i] {
                for l in s.iter() {
                    store(&mut out, l);
                    count_stores += 1;
                }
            }
            if effects[i] == Effect::Exit {
                epilogue(&mut out);
            }
            // The function's own `end` closes the block; the epilogue and a
            // new `end` follow.
            out.extend_from_slice(&bytes[start..end]);
            if let Effect::Set(l) = effects[i] {
                if eager.contains(l) {
                    store(&mut out, l);
                    count_stores += 1;
                }
            }
        }
        self.stats.stores += count_stores;
        epilogue(&mut out);
        out.push(OP_END);
        Ok(Some(out))
    }
}

fn leb_len(bytes: &[u8], at: usize) -> Result<usize> {
    Ok(crate::module::read_leb(&bytes[at..])?.1)
}

fn valtype_byte(ty: ValType) -> Result<u8> {
    Ok(match ty {
        ValType::I32 => 0x7f,
        ValType::I64 => 0x7e,
        ValType::F32 => 0x7d,
        ValType::F64 => 0x7c,
        ValType::V128 => 0x7b,
        _ => bail!("a function returning a reference"),
    })
}

fn write_sleb(out: &mut Vec<u8>, mut value: i32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0);
        out.push(if done { byte } else { byte | 0x80 });
        if done {
            return;
        }
    }
}
