//! The control flow of one function body, one node per instruction: what
//! each does to the tracked locals, and where control can go next.
//!
//! Branches follow the structured labels; `else` and `catch` end the
//! section before them with a jump to the construct's `end`; a call or
//! `throw` inside a `try` gets an edge to every handler of every enclosing
//! `try` (a superset of the real ones: an extra edge can only add spills).

use anyhow::{bail, Context, Result};
use wasmparser::{FunctionBody, Operator};

/// What one instruction does, for the analyses.
#[derive(Clone, Copy, PartialEq)]
pub enum Effect {
    None,
    /// Reads tracked local `l`.
    Get(usize),
    /// Writes it (`local.set`, `local.tee`).
    Set(usize),
    /// A call that can reach the collector.
    Spill,
    /// An exit: `return` or a tail call (the epilogue goes before it).
    Exit,
}

/// A structured-control construct while its body is being read.
struct Frame {
    kind: Kind,
    start: usize,
    end: usize,
    /// Where its later sections start: a `try`'s `catch` instructions, an
    /// `if`'s `else`.
    catches: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Function,
    Block,
    Loop,
    If,
    Try,
}

/// Where the successors of an instruction go, before `end`s are known.
enum Jump {
    Next,
    None,
    /// To the label of frame `f`.
    Label(usize),
    /// To the `end` of frame `f`.
    End(usize),
    /// From `if`: the `else` (its next instruction) or, without one, the `end`.
    IfFalse(usize),
    /// A thrower: every handler of frame `f` (a `try`).
    Handlers(usize),
}

pub struct Flow {
    /// Where each instruction starts in the module's bytes.
    pub starts: Vec<usize>,
    pub effects: Vec<Effect>,
    pub succs: Vec<Vec<usize>>,
    pub preds: Vec<Vec<usize>>,
    /// Whether any call can reach the collector.
    pub any_spill: bool,
}

impl Flow {
    /// `tracked[local]` is the local's number among the tracked ones, or
    /// `usize::MAX`; `needs_spill` says which calls can reach the collector.
    pub fn decode(
        body: &FunctionBody,
        tracked: &[usize],
        needs_spill: impl Fn(&Operator) -> Result<bool>,
    ) -> Result<Flow> {
        // Decode: each instruction's bytes, effect and jumps.
        let mut starts = Vec::new();
        let mut effects = Vec::new();
        let mut jumps: Vec<Vec<Jump>> = Vec::new();
        let mut frames: Vec<Frame> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut any_spill = false;
        let label = |open: &[usize], frames: &[Frame], depth: u32| -> Result<Jump> {
            let f = *open
                .get(
                    open.len()
                        .checked_sub(depth as usize + 1)
                        .context("branch depth")?,
                )
                .context("branch depth")?;
            Ok(if frames[f].kind == Kind::Loop {
                Jump::Label(f)
            } else {
                Jump::End(f)
            })
        };
        for item in body.get_operators_reader()?.into_iter_with_offsets() {
            let (op, offset) = item?;
            let i = starts.len();
            starts.push(offset as usize);
            if i == 0 {
                frames.push(Frame {
                    kind: Kind::Function,
                    start: 0,
                    end: usize::MAX,
                    catches: Vec::new(),
                });
                open.push(0);
            }
            let mut effect = Effect::None;
            let mut jump = vec![Jump::Next];
            let mut throws = false;
            match &op {
                Operator::Block { .. }
                | Operator::Loop { .. }
                | Operator::If { .. }
                | Operator::Try { .. } => {
                    let kind = match op {
                        Operator::Block { .. } => Kind::Block,
                        Operator::Loop { .. } => Kind::Loop,
                        Operator::If { .. } => Kind::If,
                        _ => Kind::Try,
                    };
                    frames.push(Frame {
                        kind,
                        start: i,
                        end: usize::MAX,
                        catches: Vec::new(),
                    });
                    open.push(frames.len() - 1);
                    if kind == Kind::If {
                        jump.push(Jump::IfFalse(frames.len() - 1));
                    }
                }
                Operator::Else => {
                    let f = *open.last().context("else outside if")?;
                    frames[f].catches.push(i);
                    jump = vec![Jump::End(f)];
                }
                Operator::Catch { .. } | Operator::CatchAll => {
                    let f = *open.last().context("catch outside try")?;
                    frames[f].catches.push(i);
                    jump = vec![Jump::End(f)];
                }
                Operator::End | Operator::Delegate { .. } => {
                    let f = open.pop().context("unbalanced end")?;
                    frames[f].end = i;
                    if frames[f].kind == Kind::Function {
                        jump = vec![Jump::None];
                    }
                    // Throws inside a `try ... delegate` go to outer
                    // handlers, which every thrower already has edges to.
                }
                Operator::Br { relative_depth } => {
                    jump = vec![label(&open, &frames, *relative_depth)?]
                }
                Operator::BrIf { relative_depth } => {
                    jump.push(label(&open, &frames, *relative_depth)?)
                }
                Operator::BrTable { targets } => {
                    jump = vec![label(&open, &frames, targets.default())?];
                    for t in targets.targets() {
                        jump.push(label(&open, &frames, t?)?);
                    }
                }
                Operator::Return => {
                    effect = Effect::Exit;
                    jump = vec![Jump::None];
                }
                Operator::ReturnCall { .. } | Operator::ReturnCallIndirect { .. } => {
                    effect = Effect::Exit;
                    jump = vec![Jump::None];
                    throws = true;
                }
                Operator::Unreachable => jump = vec![Jump::None],
                Operator::Throw { .. } | Operator::Rethrow { .. } => {
                    jump = vec![Jump::None];
                    throws = true;
                }
                Operator::TryTable { .. } | Operator::ThrowRef => {
                    bail!("exnref exception handling in the input: this tool expects the legacy encoding")
                }
                Operator::LocalGet { local_index } => effect = Effect::Get(*local_index as usize),
                Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                    effect = Effect::Set(*local_index as usize)
                }
                Operator::Call { .. }
                | Operator::CallIndirect { .. }
                | Operator::CallRef { .. } => {
                    throws = true;
                    if needs_spill(&op)? {
                        effect = Effect::Spill;
                        any_spill = true;
                    }
                }
                _ => {}
            }
            if throws {
                for &f in &open {
                    if frames[f].kind == Kind::Try {
                        jump.push(Jump::Handlers(f));
                    }
                }
            }
            // Locals that are not i32 are not tracked.
            effect = match effect {
                Effect::Get(l) | Effect::Set(l) if tracked[l] == usize::MAX => Effect::None,
                Effect::Get(l) => Effect::Get(tracked[l]),
                Effect::Set(l) => Effect::Set(tracked[l]),
                e => e,
            };
            effects.push(effect);
            jumps.push(jump);
        }
        let count = starts.len();
        let mut succs: Vec<Vec<usize>> = Vec::with_capacity(count);
        for (i, js) in jumps.iter().enumerate() {
            let mut s = Vec::new();
            for j in js {
                match *j {
                    Jump::Next => s.push(i + 1),
                    Jump::None => {}
                    Jump::Label(f) => s.push(frames[f].start),
                    Jump::End(f) => s.push(frames[f].end),
                    Jump::IfFalse(f) => {
                        s.push(frames[f].catches.first().map_or(frames[f].end, |e| e + 1))
                    }
                    Jump::Handlers(f) => s.extend(frames[f].catches.iter().map(|c| c + 1)),
                }
            }
            s.retain(|&t| t < count);
            succs.push(s);
        }
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); count];
        for (i, s) in succs.iter().enumerate() {
            for &t in s {
                preds[t].push(i);
            }
        }

        Ok(Flow {
            starts,
            effects,
            succs,
            preds,
            any_spill,
        })
    }
}
