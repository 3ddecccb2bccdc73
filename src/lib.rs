//! pyrite: a Python 3.11 interpreter whose private heap, reference counts and
//! cycle collector behave like CPython's.
//!
//! Pipeline: `syntax` (source → AST) → `compile` (AST → bytecode) → `vm`
//! (execution on the `heap`). `main.rs` and `repl.rs` only see the
//! [`Interpreter`] facade.

// `deny`, not `forbid`: the one heap module that needs `unsafe` (heap/gil.rs,
// the baton hand-off between OS threads) opts out with `#[allow]`.
#![deny(unsafe_code)]

pub mod bytecode;
pub mod compile;
pub mod format;
pub mod numeric;
pub mod interactive;
pub mod syntax;
pub mod heap;
pub mod types;
pub mod vm;
pub mod builtins;
pub mod modules;

mod interpreter;

pub use interpreter::{Config, Interpreter, ReplOutcome};
