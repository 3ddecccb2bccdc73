//! `format(int, spec)` (`b c d o x X n`, the omitted type, and `e E f F g G
//! %` through float), `str(int)` with 3.11's digit limit, and the
//! `bin()`/`oct()`/`hex()` text (`int_to_string_radix`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_format::format_float_spec;
use super::layout::{padded_buffer, write_number, NumberParts};
use super::spec::{parse_spec, unknown_code, FormatSpec, Grouping};
use super::{FResult, FormatError};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// An integer argument: the i64 fast path or a big integer.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(v) => *v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// `abs(v)` in `radix`, lower case, no prefix.
    fn abs_digits(&self, radix: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let a = v.unsigned_abs();
                match radix {
                    2 => format!("{a:b}"),
                    8 => format!("{a:o}"),
                    16 => format!("{a:x}"),
                    _ => a.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }
    fn as_f64(self) -> FResult<f64> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(b) => crate::numeric::convert::bigint_to_f64(b),
        }
    }
}

fn limit_error() -> FormatError {
    FormatError::value(
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    )
}

fn limit_error_n(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// CPython's early refusal before converting a big int to decimal
/// (`long_to_decimal_string_internal`): from the value's size in 30-bit
/// digits alone, so that `str(1 << 10**10)` fails at once instead of
/// building billions of digits first.
pub fn surely_exceeds_str_digits(bits: u64, limit: usize) -> bool {
    let size = bits.div_ceil(30);
    limit != 0 && size >= 10 * 640 / 90 + 2 && (limit as u64 / 90) <= (size - 11) / 10
}

/// The ValueError text for an int too long for `str()` under `limit`.
pub fn str_digits_error(limit: usize) -> FormatError {
    if limit == DEFAULT_MAX_STR_DIGITS {
        limit_error()
    } else {
        limit_error_n(limit)
    }
}

/// `str(v)` honouring the int max str digits `limit` (0 = unlimited).
pub fn int_to_decimal(v: &BigInt, limit: usize) -> FResult<String> {
    if surely_exceeds_str_digits(v.bits(), limit) {
        return Err(str_digits_error(limit));
    }
    let s = v.to_string();
    let ndigits = s.len() - usize::from(v.is_negative());
    if limit != 0 && ndigits > limit {
        return Err(if limit == DEFAULT_MAX_STR_DIGITS {
            limit_error()
        } else {
            limit_error_n(limit)
        });
    }
    Ok(s)
}

/// `bin()`/`oct()`/`hex()` text (`-0b101`, `0o17`, `0xff`); radix 10 gives
/// plain decimal (without the digit limit check).
pub fn int_to_string_radix(v: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = v.magnitude().to_str_radix(radix);
    let mut s = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}

/// [`int_to_string_radix`] for an `i64`.
pub fn i64_to_string_radix(v: i64, radix: u32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    match radix {
        2 => format!("{sign}0b{a:b}"),
        8 => format!("{sign}0o{a:o}"),
        16 => format!("{sign}0x{a:x}"),
        _ => v.to_string(),
    }
}

/// `format(v, spec)` for an `int` (default digit limit, type name `int`).
pub fn format_int(v: &BigInt, spec: &str) -> FResult<String> {
    format_int_ref(IntRef::Big(v), spec, "int", DEFAULT_MAX_STR_DIGITS)
}

/// `format(v, spec)` for an `int` that fits in an i64.
pub fn format_i64(v: i64, spec: &str) -> FResult<String> {
    format_int_ref(IntRef::Small(v), spec, "int", DEFAULT_MAX_STR_DIGITS)
}

/// The general entry point: `type_name` names the type in errors (`bool`,
/// int subclasses) and `limit` is `sys.get_int_max_str_digits()`.
/// An empty spec gives `str(v)` for exact ints; bool's `str` is the
/// runtime's business.
pub fn format_int_ref(v: IntRef<'_>, spec: &str, type_name: &str, limit: usize) -> FResult<String> {
    if spec.is_empty() {
        return decimal_checked(v, limit);
    }
    let f = parse_spec(spec, Some('d'), '>', type_name)?;
    match f.ty {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_spec(v, &f, limit),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(v.as_f64()?, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

fn decimal_checked(v: IntRef<'_>, limit: usize) -> FResult<String> {
    match v {
        IntRef::Small(x) => Ok(x.to_string()),
        IntRef::Big(b) => int_to_decimal(b, limit),
    }
}

/// Formats with an already parsed spec of an integer presentation type.
pub fn format_int_spec(v: IntRef<'_>, f: &FormatSpec, limit: usize) -> FResult<String> {
    if f.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = f.ty.unwrap_or('d');
    let mut out = padded_buffer(0, f.width, f.fill)?;
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match v {
            IntRef::Small(x) => x,
            IntRef::Big(b) => b.to_i64().ok_or_else(|| {
                FormatError::overflow("Python int too large to convert to C long")
            })?,
        };
        let ch = u32::try_from(x)
            .ok()
            .filter(|&c| c <= 0x10ffff)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates cannot live in a Rust `str`; the runtime's str type
        // must special-case them (documented gap).
        let c = char::from_u32(ch).unwrap_or('\u{fffd}');
        let mut tmp = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut tmp),
        };
        write_number(&mut out, f, &parts, false);
        return Ok(out);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.abs_digits(radix);
    if radix == 10 && limit != 0 && digits.len() > limit {
        return Err(if limit == DEFAULT_MAX_STR_DIGITS {
            limit_error()
        } else {
            limit_error_n(limit)
        });
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let fast =
        !matches!(f.sign, Some('+' | ' ')) && f.width.is_none() && f.grouping == Grouping::None;
    if fast && ty != 'X' {
        if parts.negative {
            out.push('-');
        }
        out.push_str(parts.prefix);
        out.push_str(&digits);
        return Ok(out);
    }
    write_number(&mut out, f, &parts, ty == 'X');
    Ok(out)
}
