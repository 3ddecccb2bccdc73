//! Pure text formatting: float repr, the format-spec mini-language, `%`
//! formatting and number parsing. No heap access; the types call into it.
//!
//! Every function returns `Result<_, FormatError>`; the error names the
//! Python exception type and carries CPython 3.11's exact message so the
//! runtime can raise it unchanged.

pub mod complex_format;
pub mod float_format;
pub mod float_hex;
pub mod float_repr;
pub mod int_format;
pub mod layout;
pub mod parse_num;
pub mod printf;
pub mod repr;
pub mod spec;
pub mod str_format;
pub mod template;
mod unicode_printable;

pub use complex_format::{complex_repr, format_complex};
pub use float_format::format_float;
pub use float_hex::{float_fromhex, float_hex};
pub use float_repr::{float_repr, float_to_string};
pub use int_format::{format_i64, format_int, int_to_string_radix};
pub use parse_num::{parse_float, parse_int_literal, INT_MAX_STR_DIGITS};
pub use repr::{ascii_repr, bytes_repr, is_printable, str_repr};
pub use spec::FormatSpec;
pub use str_format::format_str;

use std::fmt;

/// A Python exception to raise: its type name (e.g. `"ValueError"`) and
/// CPython's message, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: &'static str,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        FormatError {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> Self {
        Self::new("ValueError", message)
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new("TypeError", message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new("OverflowError", message)
    }
    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new("ZeroDivisionError", message)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

pub type FResult<T> = Result<T, FormatError>;

#[cfg(test)]
mod format_cases;
#[cfg(test)]
mod printf_cases;
#[cfg(test)]
mod repr_cases;
#[cfg(test)]
mod tests;
