//! `repr(complex)` and `format(complex, spec)` as CPython 3.11 writes
//! them: `(1+2j)`, `1.5j`, `(-0-1j)`, and the `e f g n` types with the
//! imaginary part always signed.

use super::float_repr::{double_to_string, DtoaFlags};
use super::layout::{padded_buffer, write_number, write_padded, NumberParts};
use super::spec::{parse_spec, unknown_code, FormatSpec};
use super::{FResult, FormatError};

fn is_pos_zero(x: f64) -> bool {
    x == 0.0 && x.is_sign_positive()
}

/// `repr(complex(re, im))` (also `str`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut out = String::with_capacity(32);
    if is_pos_zero(re) {
        out.push_str(&double_to_string(im, b'r', 0, DtoaFlags::default()));
        out.push('j');
    } else {
        out.push('(');
        out.push_str(&double_to_string(re, b'r', 0, DtoaFlags::default()));
        out.push_str(&double_to_string(
            im,
            b'r',
            0,
            DtoaFlags {
                sign: true,
                ..DtoaFlags::default()
            },
        ));
        out.push_str("j)");
    }
    out
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> FResult<String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let f = parse_spec(spec, None, '>', "complex")?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => format_complex_spec(re, im, &f),
        Some(t) => Err(unknown_code(t, "complex")),
    }
}

/// Splits a formatted float into the parts the number layout needs.
fn parts(buf: &str) -> NumberParts<'_> {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body.as_bytes().get(ndig) == Some(&b'.');
    NumberParts {
        negative,
        prefix: "",
        digits: &body[..ndig],
        has_decimal,
        remainder: &body[ndig + usize::from(has_decimal)..],
    }
}

/// Formats with a parsed spec of a float presentation type.
pub fn format_complex_spec(re: f64, im: f64, f: &FormatSpec) -> FResult<String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if f.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == '=' {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    let (mut skip_re, mut add_parens) = (false, false);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if is_pos_zero(re) {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match f.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let re_buf = double_to_string(re, ty as u8, precision, flags);
    let im_buf = double_to_string(im, ty as u8, precision, flags);
    let mut tmp = f.clone();
    tmp.fill = ' ';
    tmp.align = '<';
    tmp.width = None;
    let mut body = String::with_capacity(re_buf.len() + im_buf.len() + 4);
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        write_number(&mut body, &tmp, &parts(&re_buf), false);
        tmp.sign = Some('+');
    }
    write_number(&mut body, &tmp, &parts(&im_buf), false);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let mut out = padded_buffer(body.len(), f.width, f.fill)?;
    write_padded(
        &mut out,
        &body,
        body.chars().count(),
        f.width,
        f.align,
        f.fill,
    );
    Ok(out)
}
