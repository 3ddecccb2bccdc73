//! `float.hex()` and `float.fromhex()` (CPython's `float_hex` /
//! `float_fromhex`): exact hexadecimal text, correctly rounded parsing.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use super::{FResult, FormatError};
use crate::numeric::convert::ldexp;

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", exp - 1023)
    }
}

fn invalid() -> FormatError {
    FormatError::value("invalid hexadecimal floating-point string")
}

fn too_large() -> FormatError {
    FormatError::overflow("hexadecimal value too large to represent as a float")
}

/// `n * 2^e` correctly rounded (half to even) to an f64, or `None` when it
/// overflows.
fn round_scaled(n: &BigUint, e: i64) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let bits = n.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return None;
    }
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = bits - keep;
    let (mant, shift) = if drop <= 0 {
        (n.to_u64().unwrap_or(0), e)
    } else {
        let d = drop as u64;
        let mut mant = if d >= n.bits() {
            0
        } else {
            (n >> d).to_u64().unwrap_or(0)
        };
        let half_bit = n.bit(d - 1);
        let below = n.trailing_zeros().is_some_and(|tz| tz < d - 1);
        if half_bit && (below || mant & 1 == 1) {
            mant += 1;
        }
        (mant, e + drop)
    };
    let v = ldexp(mant as f64, shift);
    (!v.is_infinite()).then_some(v)
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> FResult<f64> {
    let b = s
        .trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'))
        .as_bytes();
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
        return Ok(if negative { -v } else { v });
    }
    let mut i = 0;
    if lower.starts_with(b"0x") {
        i = 2;
    }
    let mut mant = BigUint::zero();
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while i < lower.len() {
        let c = lower[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4u32) + BigUint::from(d);
            ndigits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < lower.len() && lower[i] == b'p' {
        i += 1;
        let mut neg_exp = false;
        if i < lower.len() && (lower[i] == b'+' || lower[i] == b'-') {
            neg_exp = lower[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < lower.len() && lower[i].is_ascii_digit() {
            // Saturate: anything this large over/underflows anyway.
            exp = (exp * 10 + i64::from(lower[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        if neg_exp {
            exp = -exp;
        }
    }
    if i != lower.len() {
        return Err(invalid());
    }
    let v = round_scaled(&mant, exp - 4 * frac_digits).ok_or_else(too_large)?;
    Ok(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::float_repr;

    #[test]
    fn hex_output() {
        let cases: &[(f64, &str)] = &[
            (1.5, "0x1.8000000000000p+0"),
            (0.0, "0x0.0p+0"),
            (-0.0, "-0x0.0p+0"),
            (1e-320, "0x0.00000000007e8p-1022"),
            (5e-324, "0x0.0000000000001p-1022"),
            (1.7976931348623157e308, "0x1.fffffffffffffp+1023"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (-2.5, "-0x1.4000000000000p+1"),
            (0.1, "0x1.999999999999ap-4"),
            (3.0, "0x1.8000000000000p+1"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_hex(x), want);
        }
    }

    #[test]
    fn hex_parsing() {
        let cases: &[(&str, &str)] = &[
            ("0x1.8p+0", "1.5"),
            ("x", "!invalid hexadecimal floating-point string"),
            ("0x1p-1074", "5e-324"),
            ("0x1p-1075", "0.0"),
            ("0x1.8p-1075", "5e-324"),
            ("0X1.FFFFFFFFFFFFFP+1023", "1.7976931348623157e+308"),
            (
                "0x1p1024",
                "!hexadecimal value too large to represent as a float",
            ),
            ("  -0x1.0p+0  ", "-1.0"),
            ("inf", "inf"),
            ("-Infinity", "-inf"),
            ("nan", "nan"),
            ("0x.8", "0.5"),
            ("1.5", "1.3125"),
            ("0x1.", "1.0"),
            ("0x", "!invalid hexadecimal floating-point string"),
            ("0xp1", "!invalid hexadecimal floating-point string"),
            ("0x1p", "!invalid hexadecimal floating-point string"),
            ("0x1_0", "!invalid hexadecimal floating-point string"),
            ("1e2", "482.0"),
            ("0x10.8p-1", "8.25"),
            ("0x1.00000000000008p0", "1.0"),
            ("0x1.00000000000018p0", "1.0000000000000004"),
            ("0x1.000000000000081p0", "1.0000000000000002"),
            ("+0x0p0", "0.0"),
        ];
        for &(s, want) in cases {
            let got = match float_fromhex(s) {
                Ok(v) => float_repr(v),
                Err(e) => format!("!{}", e.message),
            };
            assert_eq!(got, want, "fromhex({s:?})");
        }
    }
}
