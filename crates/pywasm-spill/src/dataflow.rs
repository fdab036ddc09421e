//! The two analyses over a function's flow, on sets of tracked locals:
//! liveness (backward: what a call must preserve is what is live after it)
//! and which slots already hold their local's current value (forward, on
//! every path), from which the stores before each call follow.

use crate::flow::{Effect, Flow};

/// A set of tracked locals (the function's `i32` locals, renumbered).
#[derive(Clone, PartialEq)]
pub struct Set(Vec<u64>);

impl Set {
    pub fn empty(n: usize) -> Set {
        Set(vec![0; n.div_ceil(64)])
    }
    pub fn full(n: usize) -> Set {
        let mut s = Set(vec![!0; n.div_ceil(64)]);
        if !n.is_multiple_of(64) {
            *s.0.last_mut().unwrap() = (1u64 << (n % 64)) - 1;
        }
        s
    }
    pub fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    pub fn union(&mut self, o: &Set) {
        self.0.iter_mut().zip(&o.0).for_each(|(a, b)| *a |= b);
    }
    pub fn intersect(&mut self, o: &Set) {
        self.0.iter_mut().zip(&o.0).for_each(|(a, b)| *a &= b);
    }
    pub fn minus(&self, o: &Set) -> Set {
        Set(self.0.iter().zip(&o.0).map(|(a, b)| a & !b).collect())
    }
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.0.len() * 64).filter(|i| self.0[i / 64] & (1 << (i % 64)) != 0)
    }
    pub fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// `live_out[i]`: the locals live after instruction `i`.
pub fn liveness(flow: &Flow, n: usize) -> Vec<Set> {
    let (succs, effects) = (&flow.succs, &flow.effects);
    let count = flow.starts.len();
    // Liveness, backward: live_out[i] is what is live after i.
    let mut live_in = vec![Set::empty(n); count];
    let mut live_out = vec![Set::empty(n); count];
    let mut changed = true;
    while changed {
        changed = false;
        for i in (0..count).rev() {
            let mut out = Set::empty(n);
            for &s in &succs[i] {
                out.union(&live_in[s]);
            }
            let mut inn = out.clone();
            match effects[i] {
                Effect::Get(l) => inn.insert(l),
                Effect::Set(l) => inn.remove(l),
                _ => {}
            }
            live_out[i] = out;
            if inn != live_in[i] {
                live_in[i] = inn;
                changed = true;
            }
        }
    }

    live_out
}

/// The stores before each call that can reach the collector: the locals
/// live after it whose slots do not hold them already on every path to it.
/// Code no path reaches stores nothing.
pub fn stores(flow: &Flow, live_out: &[Set], n: usize) -> Vec<Option<Set>> {
    let (preds, effects) = (&flow.preds, &flow.effects);
    let count = flow.starts.len();
    // Every node but the entry starts full (the must-analysis' top).
    let mut avail_out = vec![Set::full(n); count];
    let mut stores: Vec<Option<Set>> = vec![None; count];
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..count {
            let mut inn = if i == 0 { Set::empty(n) } else { Set::full(n) };
            for &p in &preds[i] {
                inn.intersect(&avail_out[p]);
            }
            if i != 0 && preds[i].is_empty() {
                continue; // unreachable code: nothing to store
            }
            match effects[i] {
                Effect::Set(l) => inn.remove(l),
                Effect::Spill => {
                    let needed = &live_out[i];
                    stores[i] = Some(needed.minus(&inn));
                    inn.union(needed);
                }
                _ => {}
            }
            if inn != avail_out[i] {
                avail_out[i] = inn;
                changed = true;
            }
        }
    }

    stores
}

/// The locals better stored after each definition (a parameter: at entry)
/// than before calls: those stored before more calls than they have
/// definitions. Their slots then always hold them, and the stores before
/// calls leave them out: the VM's loop stores `code_state` and its like
/// once, not in each of its cases. `is_param[l]` for each tracked local.
pub fn eager(flow: &Flow, stores: &mut [Option<Set>], is_param: &[bool], n: usize) -> Set {
    let mut stored = vec![0usize; n];
    let mut defs = vec![0usize; n];
    for s in stores.iter().flatten() {
        s.iter().for_each(|l| stored[l] += 1);
    }
    for e in &flow.effects {
        if let Effect::Set(l) = e {
            defs[*l] += 1;
        }
    }
    let mut eager = Set::empty(n);
    for l in 0..n {
        let entry = usize::from(is_param[l]);
        if stored[l] > 0 && defs[l] + entry < stored[l] {
            eager.insert(l);
        }
    }
    for s in stores.iter_mut().flatten() {
        *s = s.minus(&eager);
    }
    eager
}
