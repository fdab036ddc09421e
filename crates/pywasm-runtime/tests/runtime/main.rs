//! The runtime's integration tests, as one test binary: each binary is a
//! full LTO link of wasmer and Cranelift (minutes on 2 cores), so the areas
//! are modules here rather than files of their own under tests/.
mod common;

mod basics;
mod cache;
mod limits;
mod sandbox;
