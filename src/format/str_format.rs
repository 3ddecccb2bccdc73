//! `format(str, spec)`: type `s` only; precision truncates, default left
//! alignment, and CPython's errors for numeric-only options.

use super::layout::{padded_buffer, write_padded};
use super::spec::{parse_spec, unknown_code, FormatSpec};
use super::{FResult, FormatError};

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &str) -> FResult<String> {
    format_str_typed(s, spec, "str")
}

/// `format(s, spec)` naming `type_name` in errors (str subclasses).
pub fn format_str_typed(s: &str, spec: &str, type_name: &str) -> FResult<String> {
    if spec.is_empty() {
        return Ok(s.to_owned());
    }
    let f = parse_spec(spec, Some('s'), '<', type_name)?;
    match f.ty {
        None | Some('s') => format_str_spec(s, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// Formats `s` with a parsed spec (also used for `format(obj, spec)`
/// defaults that fall back to `str`).
pub fn format_str_spec(s: &str, f: &FormatSpec) -> FResult<String> {
    match f.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut text = s;
    let mut len = s.chars().count();
    if let Some(p) = f.precision {
        if p < len {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            text = &s[..cut];
            len = p;
        }
    }
    let mut out = padded_buffer(text.len(), f.width, f.fill)?;
    write_padded(&mut out, text, len, f.width, f.align, f.fill);
    Ok(out)
}
