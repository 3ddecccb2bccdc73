//! `format(float, spec)`: the `e E f F g G n %` presentation types and the
//! omitted type (like `g` with at least one digit after the point, or repr
//! when no precision is given), with CPython 3.11's layout rules.

use super::float_repr::{double_to_string, float_repr, DtoaFlags};
use super::layout::{padded_buffer, write_number, NumberParts};
use super::spec::{parse_spec, unknown_code, FormatSpec, Grouping};
use super::{FResult, FormatError};

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &str) -> FResult<String> {
    format_float_typed(x, spec, "float")
}

/// `format(x, spec)` where `type_name` names the object's type in errors
/// (for float subclasses and for ints formatted through floats).
pub fn format_float_typed(x: f64, spec: &str, type_name: &str) -> FResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec(spec, None, '>', type_name)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// Formats with an already parsed spec whose type is a float type.
pub fn format_float_spec(x: f64, f: &FormatSpec) -> FResult<String> {
    let precision = f.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    let mut val = x;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = double_to_string(val, ty as u8, precision, flags);
    if add_pct {
        buf.push('%');
    }
    if matches!(f.sign, None | Some('-')) && f.width.is_none() && f.grouping == Grouping::None {
        return Ok(buf);
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body.as_bytes().get(ndig) == Some(&b'.');
    let rem_start = ndig + usize::from(has_decimal);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..ndig],
        has_decimal,
        remainder: &body[rem_start..],
    };
    let mut out = padded_buffer(buf.len(), f.width, f.fill)?;
    write_number(&mut out, f, &parts, false);
    Ok(out)
}
