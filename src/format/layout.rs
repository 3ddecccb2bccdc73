//! Number field layout shared by int and float formatting: sign, prefix,
//! padding (`<` `>` `^` `=`), zero fill and thousands grouping — CPython's
//! `calc_number_widths` / `fill_number` / `_PyUnicode_InsertThousandsGrouping`.

use super::spec::{FormatSpec, Grouping};
use super::{FResult, FormatError};

/// The pieces of a formatted number, before padding.
pub struct NumberParts<'a> {
    /// True when the value is negative (a `-` is always written).
    pub negative: bool,
    /// `0x`, `0b`, `0o` or empty.
    pub prefix: &'a str,
    /// The integer digits, which grouping applies to (may be empty).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits): fraction,
    /// exponent, `%`, `inf`, or the character of `c` formatting.
    pub remainder: &'a str,
}

/// An output buffer with room for `len` bytes of text plus `width` padding
/// characters. The width comes from the user's format spec, so a width the
/// system cannot allocate is a MemoryError, as CPython's failed malloc is,
/// rather than an abort when the padding is written.
pub fn padded_buffer(len: usize, width: Option<usize>, fill: char) -> FResult<String> {
    let pad = width.unwrap_or(0).checked_mul(fill.len_utf8());
    let total = pad.and_then(|p| p.checked_add(len));
    let mut out = String::new();
    match total {
        Some(n) if out.try_reserve_exact(n).is_ok() => Ok(out),
        _ => Err(FormatError::new("MemoryError", "")),
    }
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// Writes the integer digits with grouping, zero-extended to `min_width`.
fn write_grouped(out: &mut String, digits: &[u8], min_width: i64, grouping: Grouping) {
    let (sep, size) = match grouping {
        Grouping::None => (None, 0i64),
        Grouping::Comma => (Some(','), 3),
        Grouping::Underscore => (Some('_'), 3),
        Grouping::UnderscoreFour => (Some('_'), 4),
    };
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    // Built right to left, then reversed.
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + 8);
    let mut idx = digits.len();
    let mut take = |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64| {
        for _ in 0..n_chars {
            idx -= 1;
            rev.push(digits[idx]);
        }
        for _ in 0..n_zeros {
            rev.push(b'0');
        }
    };
    match sep {
        None => {
            let l = remaining.max(min_width).max(1);
            take(&mut rev, remaining.min(l).max(0), (l - remaining).max(0));
        }
        Some(sep) => {
            let mut use_sep = false;
            loop {
                let l = size.min(remaining.max(min_width).max(1));
                let n_zeros = (l - remaining).max(0);
                let n_chars = remaining.min(l).max(0);
                if use_sep {
                    rev.push(sep as u8);
                }
                take(&mut rev, n_chars, n_zeros);
                use_sep = true;
                remaining -= n_chars;
                min_width -= size;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
    }
    rev.reverse();
    // Digits and separators are ASCII.
    out.extend(rev.iter().map(|&b| b as char));
}

/// Lays out `parts` according to `spec` (width, alignment, fill, sign,
/// grouping) and appends the result. `upper` upper-cases prefix and digits
/// (the `X` type).
pub fn write_number(out: &mut String, spec: &FormatSpec, parts: &NumberParts<'_>, upper: bool) {
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.len() as i64;
    let n_decimal = i64::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - non_digit
    } else {
        0
    };

    let mut grouped = String::new();
    if !parts.digits.is_empty() {
        write_grouped(
            &mut grouped,
            parts.digits.as_bytes(),
            min_width,
            spec.grouping,
        );
        if upper {
            grouped.make_ascii_uppercase();
        }
    }
    let n_padding = width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        let n = n_padding as usize;
        match spec.align {
            '<' => rpad = n,
            '^' => {
                lpad = n / 2;
                rpad = n - lpad;
            }
            '=' => spad = n,
            _ => lpad = n,
        }
    }
    push_n(out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_n(out, spec.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_n(out, spec.fill, rpad);
}

/// Pads an already formatted text to `width` with `fill` using `align`
/// (`<`, `>`, `^`), as CPython's `calc_padding`/`fill_padding`.
pub fn write_padded(
    out: &mut String,
    text: &str,
    nchars: usize,
    width: Option<usize>,
    align: char,
    fill: char,
) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let l = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let r = total - nchars - l;
    push_n(out, fill, l);
    out.push_str(text);
    push_n(out, fill, r);
}
