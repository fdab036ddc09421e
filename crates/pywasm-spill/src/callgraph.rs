//! Which functions can reach the collector: a fixed point over the call
//! graph. A direct call reaches what its target reaches; an indirect call
//! may run any table function of the same signature. Imported functions
//! (WASI and pywasm's host calls) never call back into the module, so
//! they reach nothing.

use crate::module::Module;
use anyhow::{bail, Result};

/// `reaches[f]`: calling function `f` can run one of the `roots`.
pub fn reaching(module: &Module, roots: &[&str]) -> Result<Vec<bool>> {
    let count = module.func_types.len();
    let mut reaches = vec![false; count];
    let mut found = 0;
    for name in roots {
        if let Some(&f) = module.names.get(*name) {
            reaches[f as usize] = true;
            found += 1;
        }
    }
    if found == 0 {
        bail!("none of {roots:?} is in the module's name section (was it stripped?)");
    }
    // Signatures whose indirect calls can reach a root, recomputed as the
    // set of reaching functions grows.
    loop {
        let mut changed = false;
        let mut reaching_signatures = Vec::new();
        for &f in &module.table_funcs {
            if reaches[f as usize] {
                reaching_signatures.push(module.signature(module.func_types[f as usize])?);
            }
        }
        for (i, body) in module.bodies.iter().enumerate() {
            let f = module.imported_funcs as usize + i;
            if reaches[f] {
                continue;
            }
            let direct = body
                .calls
                .iter()
                .copied()
                .chain(body.tail_calls.iter().copied());
            let mut reached = false;
            for target in direct {
                reached |= reaches[target as usize];
            }
            for &ty in &body.indirect {
                let signature = module.signature(ty)?;
                reached |= reaching_signatures.contains(&signature);
            }
            if reached {
                reaches[f] = true;
                changed = true;
            }
        }
        if !changed {
            return Ok(reaches);
        }
    }
}
