//! Python numeric semantics as pure functions: hashing, floor division and
//! modulo, true division, powers, shifts, rounding, int/float conversion
//! and exact mixed comparisons. No heap access; errors are
//! [`FormatError`](crate::format::FormatError)s naming the exception type.

pub mod arith;
pub mod convert;
pub mod hash;
pub mod round;

pub use crate::format::{FResult, FormatError};

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
