//! `int(str, base)` and `float(str)` parsing with CPython 3.11's rules:
//! Unicode whitespace and decimal digits, sign, base prefixes, single
//! underscores between digits, and the int max str digits limit.

use num_bigint::BigInt;
use num_traits::Num;

use super::repr::str_repr;
use super::{FResult, FormatError};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Code points of the `0` of every Unicode 14.0 decimal digit block
/// (each block holds 0..=9 contiguously). Generated with python3.
#[rustfmt::skip]
const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
    0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50,
    0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - u32::from(b'0'));
    }
    if cp < 0x660 {
        return None;
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

/// `c.isspace()` for Python.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029
            | 0x202f | 0x205f | 0x3000
    )
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace
/// becomes a space, non-ASCII decimal digits become ASCII digits, anything
/// else non-ASCII becomes `?` (which no parser accepts).
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_py_space(c) {
                b' '
            } else if let Some(d) = unicode_decimal(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn trim_ascii_space(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|&c| !is_ascii_space(c))
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_ascii_space(c))
        .map_or(start, |e| e + 1);
    &b[start..end]
}

/// `invalid literal for int() with base N: 'text'` (repr cut at 200 chars).
fn invalid_int(s: &str, base: i64) -> FormatError {
    let r: String = str_repr(s).chars().take(200).collect();
    FormatError::value(format!("invalid literal for int() with base {base}: {r}"))
}

/// The error `int(str)` raises past the digit limit.
pub fn int_limit_error(limit: usize, ndigits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(s, base)` with the default digit limit.
pub fn parse_int_literal(s: &str, base: i64) -> FResult<BigInt> {
    parse_int_with_limit(s, base, INT_MAX_STR_DIGITS)
}

/// `int(s, base)` with `sys.get_int_max_str_digits()` = `limit` (0 means
/// no limit). `base` 0 means "as a Python literal" (prefixes, no leading
/// zeros).
pub fn parse_int_with_limit(s: &str, base: i64, limit: usize) -> FResult<BigInt> {
    check_base(base)?;
    let ascii = to_ascii(s);
    parse_int_ascii(&ascii, base, limit, &|| invalid_int(s, base))
}

/// `int(b, base)` for bytes or bytearray contents (the error shows the
/// bytes repr, as CPython's does for both).
pub fn parse_int_bytes(b: &[u8], base: i64, limit: usize) -> FResult<BigInt> {
    check_base(base)?;
    let invalid = || {
        let r: String = super::repr::bytes_repr(b).chars().take(200).collect();
        FormatError::value(format!("invalid literal for int() with base {base}: {r}"))
    };
    parse_int_ascii(b, base, limit, &invalid)
}

fn check_base(base: i64) -> FResult<()> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    Ok(())
}

fn parse_int_ascii(
    ascii: &[u8],
    base: i64,
    limit: usize,
    invalid: &dyn Fn() -> FormatError,
) -> FResult<BigInt> {
    let b = trim_ascii_space(ascii);
    let mut pos = 0;
    let negative = match b.first() {
        Some(b'-') => {
            pos = 1;
            true
        }
        Some(b'+') => {
            pos = 1;
            false
        }
        _ => false,
    };
    let mut base = base as u32;
    let mut after_prefix = false;
    let mut literal_zero_rule = false;
    let prefix_base = |c: u8| match c {
        b'x' | b'X' => Some(16),
        b'o' | b'O' => Some(8),
        b'b' | b'B' => Some(2),
        _ => None,
    };
    if b.get(pos) == Some(&b'0') {
        if let Some(pb) = b.get(pos + 1).and_then(|&c| prefix_base(c)) {
            if base == 0 || base == pb {
                base = pb;
                pos += 2;
                after_prefix = true;
            }
        }
    }
    if base == 0 {
        base = 10;
        literal_zero_rule = true;
    }
    let mut digits = String::with_capacity(b.len());
    // `_` may follow a prefix or a digit, and must precede a digit.
    let mut prev_ok_for_underscore = after_prefix;
    let mut i = pos;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if !prev_ok_for_underscore {
                return Err(invalid());
            }
            prev_ok_for_underscore = false;
            i += 1;
            continue;
        }
        match (c as char).to_digit(36).filter(|&d| d < base) {
            Some(_) => {
                digits.push(c as char);
                prev_ok_for_underscore = true;
                i += 1;
            }
            None => break,
        }
    }
    let trailing_underscore = i > pos && b[i - 1] == b'_';
    if digits.is_empty() || trailing_underscore {
        return Err(invalid());
    }
    if !base.is_power_of_two() && limit != 0 && digits.len() > limit {
        return Err(int_limit_error(limit, digits.len()));
    }
    if i != b.len() {
        return Err(invalid());
    }
    if literal_zero_rule
        && digits.len() > 1
        && digits.starts_with('0')
        && digits.bytes().any(|d| d != b'0')
    {
        return Err(invalid());
    }
    let v = if digits.len() <= 18 && base == 10 {
        BigInt::from(digits.parse::<i64>().map_err(|_| invalid())?)
    } else {
        BigInt::from_str_radix(&digits, base).map_err(|_| invalid())?
    };
    Ok(if negative { -v } else { v })
}

/// `float(s)` for a str.
pub fn parse_float(s: &str) -> FResult<f64> {
    let err = || {
        FormatError::value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let ascii = to_ascii(s);
    let b = trim_ascii_space(&ascii);
    parse_float_ascii(b).ok_or_else(err)
}

/// `float(b)` for bytes (`bytearray` names the type in the error).
pub fn parse_float_bytes(b: &[u8], bytearray: bool) -> FResult<f64> {
    parse_float_ascii(trim_ascii_space(b)).ok_or_else(|| {
        let r = if bytearray {
            super::repr::bytearray_repr(b, "bytearray")
        } else {
            super::repr::bytes_repr(b)
        };
        FormatError::value(format!("could not convert string to float: {r}"))
    })
}

fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let (negative, body) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let lower: Vec<u8> = body.iter().map(u8::to_ascii_lowercase).collect();
    let special = match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    // Validate `digits[.digits][(e|E)[sign]digits]` with underscores only
    // between digits, building the underscore-free text.
    let mut clean = String::with_capacity(body.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut i = 0;
    let digit_run = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let start = *i;
        let mut n = 0;
        while *i < body.len() {
            let c = body[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
            } else if c == b'_' {
                let prev_digit = *i > start && body[*i - 1].is_ascii_digit();
                let next_digit = body.get(*i + 1).is_some_and(u8::is_ascii_digit);
                if !prev_digit || !next_digit {
                    return None;
                }
            } else {
                break;
            }
            *i += 1;
        }
        Some(n)
    };
    let int_digits = digit_run(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        clean.push('.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        clean.push('e');
        i += 1;
        if let Some(&s @ (b'+' | b'-')) = body.get(i) {
            clean.push(s as char);
            i += 1;
        }
        if digit_run(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != body.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}
